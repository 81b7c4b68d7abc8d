import Articles

/// Spelling-insensitive keys for names. Transliterations of one name differ mostly in
/// vowels, doubled letters and a few consonant pairs (Zelensky/Zelenskyy/Zelenskiy,
/// Malyar/Maliar, Hanna/Ganna, Klishchiivka/Klishchevka, Odessa/Odesa), so the key keeps
/// each word's consonant skeleton with those pairs folded.
public enum NameKey {
    /// Lower case, diacritics and apostrophes removed, letters and digits only, words
    /// separated by single spaces: "Hanna Malyar" and "HANNA  MALYAR" are equal.
    public static func normalized(_ name: some StringProtocol) -> String {
        if let ascii = normalizedASCII(name) { return ascii }
        var out = ""
        var pendingSpace = false
        for scalar in name.lowercased().decomposedScalars() {
            switch scalar.properties.generalCategory {
            case .nonspacingMark, .spacingMark, .enclosingMark: continue
            default: break
            }
            if scalar == "'" || scalar == "." { continue }
            if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                if pendingSpace && !out.isEmpty { out.append(" ") }
                pendingSpace = false
                out.unicodeScalars.append(scalar)
            } else {
                pendingSpace = true
            }
        }
        return out
    }

    /// The common case, ASCII, without Unicode property lookups; nil for other text.
    private static func normalizedASCII(_ name: some StringProtocol) -> String? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(name.utf8.count)
        var pendingSpace = false
        for byte in name.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                if pendingSpace && !bytes.isEmpty { bytes.append(UInt8(ascii: " ")) }
                pendingSpace = false
                bytes.append(byte)
            case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                if pendingSpace && !bytes.isEmpty { bytes.append(UInt8(ascii: " ")) }
                pendingSpace = false
                bytes.append(byte + 32)
            case UInt8(ascii: "'"), UInt8(ascii: "."): continue
            case 0x80...: return nil
            default: pendingSpace = true
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Whether `full` ("Simon Taylor", "Richard J. Caley") spells out the initials of
    /// `initialled` ("S Taylor", "R. J. Caley"): the same surname, and each initial the first
    /// letter of a given or middle name, in order ("C.S. Lewis" is no "Chris Lewis").
    public static func spellsOutInitials(_ full: some StringProtocol, of initialled: some StringProtocol) -> Bool {
        let long = full.split(separator: " "), short = initialled.split(separator: " ")
        guard long.count >= 2, short.count >= 2, normalized(long[long.count - 1]) == normalized(short[short.count - 1]) else { return false }
        var letters: [Character] = []
        for word in short.dropLast() {
            let bare = word.filter { $0 != "." }
            guard (1...2).contains(bare.count), bare.allSatisfy(\.isUppercase) else { return false }
            letters += bare
        }
        let given = long.dropLast()
        guard given.first?.containsLowercase == true, given.count >= letters.count else { return false }
        return zip(letters, given).allSatisfy { $0 == $1.first }
    }

    /// Whether two names are spellings of one another, not merely names with one skeleton:
    /// a few letters apart ("Zelensky"/"Zelenskyy", "Hanna Malyar"/"Ganna Maliar"), where
    /// "McLean" and "Macklin" (both `mkln`) are different people.
    public static func isCloseSpelling(_ a: some StringProtocol, _ b: some StringProtocol) -> Bool {
        let left = Array(normalized(a).unicodeScalars), right = Array(normalized(b).unicodeScalars)
        let allowed = max(1, min(left.count, right.count) / 4)
        guard abs(left.count - right.count) <= allowed else { return false }
        // Levenshtein distance, one row at a time.
        var previous = Array(0...right.count)
        for (i, l) in left.enumerated() {
            var current = [i + 1] + Array(repeating: 0, count: right.count)
            for (j, r) in right.enumerated() {
                current[j + 1] = min(previous[j + 1] + 1, current[j] + 1, previous[j] + (l == r ? 0 : 1))
            }
            previous = current
        }
        return previous[right.count] <= allowed
    }

    /// The consonant skeleton of each word: "Oleksandr Syrskyi" -> "lksndr srsk".
    public static func skeleton(_ name: some StringProtocol) -> String {
        normalized(name).spaceSeparated().map(wordSkeleton).joined(separator: " ")
    }

    static func wordSkeleton(_ word: Substring) -> String {
        // Asked for every name of every article, and most names are ASCII: their bytes are
        // their scalars, read and written without decoding (the cost of this function).
        let isASCII = word.utf8.allSatisfy { $0 < 0x80 }
        let letters = isASCII ? word.utf8.map { Unicode.Scalar($0) } : Array(word.unicodeScalars)
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(letters.count)
        func emit(_ letter: Unicode.Scalar) {
            switch letter {
            case "a", "e", "i", "o", "u", "y", "j": return
            default: if out.last != letter { out.append(letter) }
            }
        }
        var index = 0
        while index < letters.count {
            let letter = letters[index]
            let next = index + 1 < letters.count ? letters[index + 1] : nil
            // Digraphs of Cyrillic transliteration that have one-letter alternatives.
            switch (letter, next) {
            case ("k", "h"?): emit("h"); index += 2; continue
            case ("z", "h"?): emit("z"); index += 2; continue
            case ("c", "k"?): emit("k"); index += 2; continue
            default: break
            }
            switch letter {
            case "g": emit("h")
            case "w": emit("v")
            case "c": emit("k")
            case "x": emit("k"); emit("s")
            default: emit(letter)
            }
            index += 1
        }
        guard !out.isEmpty else { return String(word) }
        if isASCII { return String(decoding: out.map { UInt8(truncatingIfNeeded: $0.value) }, as: UTF8.self) }
        var skeleton = ""
        skeleton.unicodeScalars.append(contentsOf: out)
        return skeleton
    }

    /// An organisation's name without word order, function words or British/American
    /// spelling: "Russian Defense Ministry" and "Russian Ministry of Defence" share
    /// "dfns mnstr rsn". Nil for names of fewer than two such words, which it would blur.
    public static func organisationKey(_ name: some StringProtocol) -> String? {
        let words = normalized(name).spaceSeparated().filter { !organisationFunctionWords.contains($0) }
        guard words.count >= 2 else { return nil }
        return words.map { wordSkeleton(Substring(Self.americanSpelling($0))) }.sorted().joined(separator: " ")
    }

    /// Function words, and the legal forms that wire copy adds or drops at will ("Kidder,
    /// Peabody and Co Inc", "Kidder Peabody and Co").
    private static let organisationFunctionWords: Set<Substring> = [
        "of", "the", "for", "and", "on", "in", "at", "de",
        "co", "inc", "ltd", "corp", "plc", "llc", "company", "corporation", "limited",
    ]

    /// defence/defense, organisation/organization: the spellings that differ in consonants.
    private static func americanSpelling(_ word: Substring) -> String {
        var text = String(word)
        if text.hasSuffix("ence"), text.count > 6, text.hasPrefix("def") || text.hasPrefix("off") || text.hasPrefix("lic") {
            text = String(text.dropLast(4)) + "ense"
        }
        if text.contains("is") { text = text.replacingOccurrences(of: "isation", with: "ization").replacingOccurrences(of: "ise", with: "ize") }
        return text
    }

    /// A lower-case ASCII id: "Oleksandr Syrskyi" -> "oleksandr-syrskyi". Lower case keeps
    /// Xapian's query parser from inserting ":" after the prefix.
    public static func slug(_ name: some StringProtocol) -> String {
        let ascii = normalized(name).unicodeScalars.map { scalar -> String in
            if scalar.isASCII { return String(scalar) }
            return ""
        }.joined()
        let words = ascii.spaceSeparated()
        return words.isEmpty ? "x" : words.joined(separator: "-")
    }
}

extension String {
    func decomposedScalars() -> String.UnicodeScalarView {
        guard !utf8.allSatisfy({ $0 < 0x80 }) else { return unicodeScalars }
        return decomposedForKeys.unicodeScalars
    }
}
