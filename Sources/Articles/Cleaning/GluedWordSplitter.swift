/// Separates words that scraping glued together: a name run into the next word
/// ("Bakhmutdespite", "Syrskyicommander"), a sentence run into the next ("PrigozhinHe",
/// "Bakhmut.scene"). Glued tokens hide the name from search and entity extraction.
///
/// A split needs evidence from two sides: the left part stands alone elsewhere in the same
/// article or is a name the caller knows (a gazetteer place, a registered organisation), and
/// the right part is a common English word. A token that occurs more than once is taken as intended (brand names such
/// as "YouTube" repeat; scraping accidents do not).
public struct GluedWordSplitter: Sendable {
    public let lexicon: Lexicon
    /// Well-known names (registered organisations, sizeable places by their main name), as
    /// they are capitalised: evidence for a split, and never split themselves ("Boston").
    public let isKnownName: @Sendable (Substring) -> Bool
    /// Names in their own right, however minor (a listed given name or surname, any
    /// gazetteer place): never split, though they are no evidence for a split ("Kenton" is
    /// no "Kent on").
    public let isName: @Sendable (Substring) -> Bool

    public init(lexicon: Lexicon = .english, isKnownName: @escaping @Sendable (Substring) -> Bool = { _ in false },
                isName: @escaping @Sendable (Substring) -> Bool = { _ in false }) {
        self.lexicon = lexicon
        self.isKnownName = isKnownName
        self.isName = isName
    }

    /// Short right parts that are real words, not suffixes ("Wagnerin" -> "Wagner in").
    static let shortWords: Set<String> = [
        "a", "an", "as", "at", "by", "he", "if", "in", "is", "it", "of", "on", "or", "so", "to",
        "up", "we", "and", "but", "for", "has", "had", "his", "her", "its", "not", "the", "was",
        "who", "are", "she", "they", "that", "this", "with", "from", "said", "says",
    ]
    /// Right parts that are really suffixes: "Russians" is not "Russian s", nor
    /// "Londoner" "London er".
    static let suffixes: Set<String> = [
        "s", "es", "ed", "er", "ers", "ing", "ian", "ians", "an", "ans", "ese", "ite", "ites",
        "ism", "ist", "ists", "ic", "ish", "ly", "ness", "ov", "ova", "sky", "ski", "burg", "grad",
    ]
    /// Right parts that end English place and family names as often as they are words:
    /// "Brentford" is no "Brent ford", "Kentwood" no "Kent wood".
    static let nameEndings: Set<String> = [
        "ford", "ton", "field", "fields", "wood", "land", "ham", "bury", "ville", "port", "wick",
        "stead", "ley", "well", "dale", "borough", "mouth", "worth", "hill", "bridge", "water",
        "side", "gate", "more", "stone", "haven", "town", "shire", "by", "berg", "man", "son",
    ]
    /// Name prefixes that legitimately carry an inner capital ("McDonald", "O'Brien", "D'Arcy").
    public static let camelPrefixes: Set<String> = ["Mc", "Mac", "De", "Di", "Du", "Da", "La", "Le", "Van", "Von", "O'", "D'"]
    static let topLevelDomains: Set<String> = ["com", "org", "net", "gov", "edu", "int", "mil", "info", "co", "uk", "io"]

    /// `context` (the headline) is not split, but a token it holds is as intended as one that
    /// repeats: "Artemis" in "NASA Reschedules Artemis Moon Mission" is no "Artem is".
    public func split(_ paragraphs: [String], context: [String] = []) -> [String] {
        // Only a capitalised token, or one with an inner period, can be split or be evidence
        // for a split; the rest (most of any text) is skipped without Unicode work. Each
        // paragraph is read once: its tokens and the cores that may matter are kept for the
        // second pass.
        var counts: [Substring: Int] = [:]
        var readings: [(tokens: [Substring], candidates: [(index: Int, core: Substring)])] = []
        readings.reserveCapacity(paragraphs.count)
        for (number, paragraph) in (paragraphs + context).enumerated() {
            let tokens = Self.tokens(paragraph)
            var candidates: [(index: Int, core: Substring)] = []
            for (index, token) in tokens.enumerated() where !Self.isPlainLowercase(token) {
                let core = Self.core(of: token)
                guard Self.mayMatter(core) else { continue }
                counts[core, default: 0] += 1
                if core.utf8.count >= 5 { candidates.append((index, core)) }
            }
            if number < paragraphs.count { readings.append((tokens, candidates)) }
        }
        return zip(paragraphs, readings).map { paragraph, reading in
            var replacements: [(index: Int, text: String)] = []
            for (index, core) in reading.candidates {
                guard counts[core, default: 0] == 1, core.count >= 5, !isKnownName(core),
                      let replacement = splitCore(core, counts: counts), !isName(core) else { continue }
                let token = reading.tokens[index]
                replacements.append((index, String(token[..<core.startIndex]) + replacement + String(token[core.endIndex...])))
            }
            // Most paragraphs have nothing to split: they are returned as they came.
            guard !replacements.isEmpty else { return paragraph }
            var words = reading.tokens.map(String.init)
            for replacement in replacements { words[replacement.index] = replacement.text }
            return words.joined(separator: " ")
        }
    }

    /// A token that starts with a lower-case ASCII letter and has no period can neither be
    /// split nor be evidence for a split (checked on bytes, before any Unicode work).
    static func isPlainLowercase(_ token: Substring) -> Bool {
        guard let first = token.utf8.first, first >= UInt8(ascii: "a"), first <= UInt8(ascii: "z") else { return false }
        return !token.utf8.contains(UInt8(ascii: "."))
    }

    /// Space-separated tokens (cleaned text has single spaces).
    static func tokens(_ paragraph: String) -> [Substring] {
        paragraph.spaceSeparated()
    }

    static func mayMatter(_ core: Substring) -> Bool {
        guard let first = core.utf8.first else { return false }
        if first >= UInt8(ascii: "A") && first <= UInt8(ascii: "Z") { return true }
        if first >= 0x80 { return core.startsWithUppercase || core.utf8.contains(UInt8(ascii: ".")) }
        return core.utf8.contains(UInt8(ascii: "."))
    }

    /// The token without surrounding punctuation; inner periods and apostrophes stay.
    static func core(of token: Substring) -> Substring {
        let scalars = token.unicodeScalars
        let isInner = { (scalar: Unicode.Scalar) -> Bool in
            scalar.isASCII
                ? (("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar))
                : (scalar.properties.isAlphabetic || scalar.properties.numericType != nil)
        }
        guard let first = scalars.firstIndex(where: isInner), let last = scalars.lastIndex(where: isInner) else { return "" }
        return token[first...last]
    }

    private func splitCore(_ core: Substring, counts: [Substring: Int]) -> String? {
        if let dot = core.firstIndex(of: ".") {
            return splitAtPeriod(core, dot: dot, counts: counts)
        }
        guard core.isAllLetters, let first = core.first, first.isUppercase else { return nil }
        if let inner = core.dropFirst().firstIndex(where: \.isUppercase) {
            return splitCamel(core, at: inner, counts: counts)
        }
        guard !lexicon.contains(core), !Lexicon.calendarNames.contains(String(core)) else { return nil }
        return splitNameFromWord(core, counts: counts)
    }

    /// "Bakhmut.scene" -> "Bakhmut. scene"; never "e.g", "U.S." or "example.com".
    private func splitAtPeriod(_ core: Substring, dot: Substring.Index, counts: [Substring: Int]) -> String? {
        let left = core[..<dot], right = core[core.index(after: dot)...]
        guard left.count >= 3, right.count >= 3, left.isAllLetters, right.isAllLetters,
              right.startsWithLowercase, left.last?.isLowercase == true,
              !Self.topLevelDomains.contains(String(right)), lexicon.contains(right),
              counts[left, default: 0] > 0 || lexicon.contains(left)
        else { return nil }
        return "\(left). \(right)"
    }

    /// "PrigozhinHe" -> "Prigozhin He"; not "McDonald", not "YouTube" when it repeats.
    private func splitCamel(_ core: Substring, at inner: Substring.Index, counts: [Substring: Int]) -> String? {
        let left = core[..<inner], right = core[inner...]
        guard left.count >= 3, right.count >= 2, !Self.camelPrefixes.contains(String(left)),
              right.dropFirst().isAllLowercase, left.dropFirst().isAllLowercase,
              counts[left, default: 0] > 0,
              counts[right, default: 0] > 0 || lexicon.contains(right)
        else { return nil }
        return "\(left) \(right)"
    }

    /// "Syrskyicommander" -> "Syrskyi commander": the longest left part that stands alone in
    /// the article or is a known name, followed by a common word. Without such evidence
    /// nothing is split: "Andreychuck" is a surname, not "Andrey chuck".
    private func splitNameFromWord(_ core: Substring, counts: [Substring: Int]) -> String? {
        guard core.count >= 5, core.dropFirst().isAllLowercase else { return nil }
        var cut = core.index(core.endIndex, offsetBy: -2)
        while core.distance(from: core.startIndex, to: cut) >= 3 {
            let left = core[..<cut], right = String(core[cut...])
            let rightIsWord = right.count > 3 ? lexicon.contains(right) : Self.shortWords.contains(right)
            if !Self.suffixes.contains(right), !Self.nameEndings.contains(right), rightIsWord,
               counts[left, default: 0] > 0 || isKnownName(left) {
                return "\(left) \(right)"
            }
            cut = core.index(before: cut)
        }
        return nil
    }
}
