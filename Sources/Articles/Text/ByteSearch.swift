import Foundation

extension StringProtocol {
    /// Byte-wise substring test on the UTF-8. Foundation's `contains` and `range(of:)` go
    /// through CFString, and the standard library's generic `firstRange(of:)` compares
    /// element by element; both dominated their callers in profiles.
    @inlinable public func containsBytes(_ needle: String) -> Bool {
        firstRangeOfBytes(needle) != nil
    }

    /// Whether the text holds an ASCII character, by a byte scan (`contains(" ")` with
    /// Foundation imported is its CFString-backed `range(of:)`).
    @inlinable public func containsASCII(_ character: Unicode.Scalar) -> Bool {
        utf8.contains(UInt8(ascii: character))
    }

    /// The first occurrence of `needle`, searched byte-wise on the UTF-8 (see `containsBytes`).
    @inlinable public func firstRangeOfBytes(_ needle: String) -> Range<Index>? {
        rangeOfBytes(needle, last: false)
    }

    /// The last occurrence of `needle`, searched byte-wise on the UTF-8.
    @inlinable public func lastRangeOfBytes(_ needle: String) -> Range<Index>? {
        rangeOfBytes(needle, last: true)
    }

    @inlinable func rangeOfBytes(_ needle: String, last: Bool) -> Range<Index>? {
        // Native strings are contiguous; anything else is searched in a native copy, whose
        // UTF-8 offsets are the same.
        let found = utf8.withContiguousStorageIfAvailable { byteOffset(of: needle, in: $0, last: last) }
            ?? { var copy = String(self); return copy.withUTF8 { byteOffset(of: needle, in: $0, last: last) } }()
        guard let offset = found else { return nil }
        let lower = utf8.index(utf8.startIndex, offsetBy: offset)
        return lower..<utf8.index(lower, offsetBy: needle.utf8.count)
    }
}

/// The byte offset of the first (or last) occurrence of `needle` in `text`.
@inlinable func byteOffset(of needle: String, in text: UnsafeBufferPointer<UInt8>, last: Bool) -> Int? {
    var needle = needle
    return needle.withUTF8 { pattern -> Int? in
        guard let first = pattern.first else { return last ? text.count : 0 }
        guard text.count >= pattern.count, let base = text.baseAddress else { return nil }
        let lastStart = text.count - pattern.count
        if last {
            for offset in stride(from: lastStart, through: 0, by: -1)
            where base[offset] == first && memcmp(base + offset, pattern.baseAddress!, pattern.count) == 0 {
                return offset
            }
            return nil
        }
        var start = 0
        while start <= lastStart {
            guard let hit = memchr(base + start, Int32(first), lastStart - start + 1) else { return nil }
            let offset = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            if memcmp(base + offset, pattern.baseAddress!, pattern.count) == 0 { return offset }
            start = offset + 1
        }
        return nil
    }
}

extension StringProtocol where SubSequence == Substring {
    /// The text's words between spaces (runs of spaces leave no empty words), split on the
    /// UTF-8 bytes: `split(separator: " ")` segments every character into graphemes first,
    /// and names are split into words many times over in every article.
    @inlinable public func spaceSeparated() -> [Substring] {
        var words: [Substring] = []
        let base = utf8.startIndex
        let piece = { (start: Int, end: Int) in self[utf8.index(base, offsetBy: start)..<utf8.index(base, offsetBy: end)] }
        let scan = { (bytes: UnsafeBufferPointer<UInt8>) in
            var start = 0
            for offset in 0..<bytes.count where bytes[offset] == UInt8(ascii: " ") {
                if offset > start { words.append(piece(start, offset)) }
                start = offset + 1
            }
            if bytes.count > start { words.append(piece(start, bytes.count)) }
        }
        // Native strings are contiguous; anything else is read from a native copy, whose
        // UTF-8 offsets are the same.
        if utf8.withContiguousStorageIfAvailable(scan) == nil {
            var copy = String(self)
            copy.withUTF8(scan)
        }
        return words
    }
}

extension Substring {
    /// Ends in "'s" or "'S" ("Putin's", "REUTERS'S"), by its last two bytes: `hasSuffix`
    /// walks characters, and the tokenizer asks this of every word.
    @inlinable public var endsWithPossessive: Bool {
        let bytes = utf8
        guard bytes.count >= 2, let last = bytes.last, last == UInt8(ascii: "s") || last == UInt8(ascii: "S") else { return false }
        return bytes[bytes.index(bytes.endIndex, offsetBy: -2)] == UInt8(ascii: "'")
    }
}
