/// Letter and case tests on words, byte-wise when the word is ASCII. `Character`'s
/// properties segment graphemes and look up Unicode tables for every character; the
/// extractor asks these questions of most words of every article, and in profiles the
/// look-ups cost more than the rules asking them. Text with any non-ASCII byte is answered
/// by `Character`, so the answers are the same either way. Inlinable, so that callers in
/// other modules get code specialised for `String` and `Substring`, not generic witness calls.
extension StringProtocol {
    /// Any lower-case letter ("Reuters" yes, "NATO" no).
    @inlinable public var containsLowercase: Bool {
        asciiAnswer(any: Self.isASCIILowercase) ?? contains(where: \.isLowercase)
    }

    /// Any upper-case letter.
    @inlinable public var containsUppercase: Bool {
        asciiAnswer(any: Self.isASCIIUppercase) ?? contains(where: \.isUppercase)
    }

    /// Any digit or other number character.
    @inlinable public var containsNumber: Bool {
        asciiAnswer(any: Self.isASCIIDigit) ?? contains(where: \.isNumber)
    }

    /// Lower-case letters only (true for the empty string, like `allSatisfy`).
    @inlinable public var isAllLowercase: Bool {
        asciiAnswer(all: Self.isASCIILowercase) ?? allSatisfy(\.isLowercase)
    }

    /// Upper-case letters only (true for the empty string).
    @inlinable public var isAllUppercase: Bool {
        asciiAnswer(all: Self.isASCIIUppercase) ?? allSatisfy(\.isUppercase)
    }

    /// Letters only (true for the empty string).
    @inlinable public var isAllLetters: Bool {
        asciiAnswer(all: { Self.isASCIILowercase($0) || Self.isASCIIUppercase($0) }) ?? allSatisfy(\.isLetter)
    }

    /// Starts with an upper-case letter.
    @inlinable public var startsWithUppercase: Bool {
        firstASCIIAnswer(Self.isASCIIUppercase) ?? (first?.isUppercase == true)
    }

    /// Starts with a lower-case letter.
    @inlinable public var startsWithLowercase: Bool {
        firstASCIIAnswer(Self.isASCIILowercase) ?? (first?.isLowercase == true)
    }

    /// Starts with a letter.
    @inlinable public var startsWithLetter: Bool {
        firstASCIIAnswer { Self.isASCIILowercase($0) || Self.isASCIIUppercase($0) } ?? (first?.isLetter == true)
    }

    /// Starts with a digit or other number character.
    @inlinable public var startsWithNumber: Bool {
        firstASCIIAnswer(Self.isASCIIDigit) ?? (first?.isNumber == true)
    }

    /// `test` of the first byte when it is ASCII and no combining mark can follow it into
    /// the same character (NFC text has none after ASCII letters and digits, but raw text
    /// may: then `Character` answers); false for empty text, nil otherwise.
    @inlinable func firstASCIIAnswer(_ test: (UInt8) -> Bool) -> Bool? {
        var bytes = utf8.makeIterator()
        guard let first = bytes.next() else { return false }
        guard first < 0x80 else { return nil }
        if let second = bytes.next(), second >= 0x80 { return nil }
        return test(first)
    }

    /// Whether some byte satisfies `test`; nil when the text is not all ASCII.
    @inlinable func asciiAnswer(any test: (UInt8) -> Bool) -> Bool? {
        var found = false
        for byte in utf8 {
            if byte >= 0x80 { return nil }
            if !found, test(byte) { found = true }
        }
        return found
    }

    /// Whether every byte satisfies `test`; nil when the text is not all ASCII.
    @inlinable func asciiAnswer(all test: (UInt8) -> Bool) -> Bool? {
        var all = true
        for byte in utf8 {
            if byte >= 0x80 { return nil }
            if all, !test(byte) { all = false }
        }
        return all
    }

    @inlinable static func isASCIILowercase(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z") }
    @inlinable static func isASCIIUppercase(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") }
    @inlinable static func isASCIIDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
}
