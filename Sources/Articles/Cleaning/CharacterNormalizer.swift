import Foundation

/// Makes text comparable character by character: the same word typed on different
/// keyboards, pages and encodings becomes the same characters, so it indexes and matches
/// as one term and duplicate paragraphs are recognisably equal.
public enum CharacterNormalizer {
    /// Decodes HTML entities, applies Unicode NFC, turns typographic quotes, dashes and
    /// spaces into their ASCII forms, removes invisible and control characters, and folds
    /// runs of spaces. Line breaks, and indentation as a single space, are kept: paragraph
    /// structure is decided later.
    public static func normalize(_ text: String) -> String {
        var decoded = decodeHTMLEntities(text)
        if !decoded.utf8.allSatisfy({ $0 < 0x80 }) {
            decoded = decoded.precomposedStringWithCanonicalMapping
        }
        // UTF-8 bytes, not a scalar view: appending scalars one by one to a string was the
        // larger part of cleaning time in profiles.
        var out: [UInt8] = []
        out.reserveCapacity(decoded.utf8.count)
        var pendingSpace = false
        for scalar in decoded.unicodeScalars {
            let mapped: Unicode.Scalar?
            switch scalar.value {
            case 0x0A: // line feed: keep, dropping spaces before it
                pendingSpace = false
                out.append(0x0A)
                continue
            case 0x0D: mapped = nil // CR of CRLF; a lone CR is rare enough to drop
            case 0x09, 0x0B, 0x0C, 0x20, 0xA0, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000,
                 0x2028, 0x2029:
                pendingSpace = true
                continue
            case 0x00...0x1F, 0x7F...0x9F: mapped = nil // control characters
            case 0xAD, 0x200B...0x200D, 0x2060, 0xFEFF: mapped = nil // soft hyphen, zero-width, BOM
            case 0x2018, 0x2019, 0x201A, 0x201B, 0x2032, 0x02BC: mapped = "'"
            case 0x201C, 0x201D, 0x201E, 0x201F, 0x2033, 0x00AB, 0x00BB: mapped = "\""
            case 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xFE58, 0xFE63, 0xFF0D: mapped = "-"
            case 0x2026: // ellipsis
                if pendingSpace, let last = out.last, last != 0x0A { out.append(0x20) }
                pendingSpace = false
                out.append(contentsOf: [0x2E, 0x2E, 0x2E])
                continue
            default: mapped = scalar
            }
            guard let mapped else { continue }
            // Spaces at the start of a line stay (as one): wire copy marks paragraphs so.
            if pendingSpace, !out.isEmpty { out.append(0x20) }
            pendingSpace = false
            if mapped.isASCII {
                out.append(UInt8(truncatingIfNeeded: mapped.value))
            } else {
                out.append(contentsOf: mapped.utf8)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Scraped text often carries HTML entities (`&amp;`, `&#233;`); unknown or malformed
    /// ones are left as they are, since `&QL;` in a Usenet post is text, not markup.
    static func decodeHTMLEntities(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "&")) else { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count)
        var rest = Substring(text)
        while let amp = rest.firstIndex(of: "&") {
            result += rest[..<amp]
            let after = rest[rest.index(after: amp)...]
            if let semi = after.prefix(10).firstIndex(of: ";"),
               let decoded = entity(after[..<semi]) {
                result.unicodeScalars.append(decoded)
                rest = after[after.index(after: semi)...]
            } else {
                result += "&"
                rest = after
            }
        }
        result += rest
        return result
    }

    private static let namedEntities: [Substring: Unicode.Scalar] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ",
        "mdash": "\u{2014}", "ndash": "\u{2013}", "lsquo": "\u{2018}", "rsquo": "\u{2019}",
        "ldquo": "\u{201C}", "rdquo": "\u{201D}", "hellip": "\u{2026}", "eacute": "é",
    ]

    private static func entity(_ name: Substring) -> Unicode.Scalar? {
        if name.hasPrefix("#x") || name.hasPrefix("#X") {
            return UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init)
        }
        if name.hasPrefix("#") {
            return UInt32(name.dropFirst(), radix: 10).flatMap(Unicode.Scalar.init)
        }
        return namedEntities[name]
    }
}
