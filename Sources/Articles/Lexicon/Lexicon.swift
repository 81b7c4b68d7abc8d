/// Common English words (lower case), to tell words from names: a glued token splits only
/// into real words, and a capitalised word that is also a common word is not a name by
/// default. Names are deliberately absent, so `contains("kyiv")` is false.
public struct Lexicon: Sendable {
    private let words: Set<Substring>

    /// The built-in list (SCOWL size 50, about 40,000 words), parsed once per process.
    public static let english = Lexicon(lines: englishWordList)

    /// The built-in list and rarer words (SCOWL up to size 70, about 115,000 words), for
    /// deciding that a capitalised word with nothing else to go on is a name: "Musicology"
    /// is not one, though it is too rare for `english`.
    public static let englishWide = Lexicon(lines: englishWordList + "\n" + rareEnglishWordList)

    public init(lines: String) {
        words = Set(lines.split(separator: "\n"))
    }

    public init(words: some Sequence<String>) {
        self.words = Set(words.map { Substring($0) })
    }

    /// Whether `word` (any case) is a common English word, also as a regular plural or
    /// possessive of one.
    public func contains(_ word: some StringProtocol) -> Bool {
        let lower = word.lowercased()
        if words.contains(Substring(lower)) { return true }
        if lower.hasSuffix("'s") { return words.contains(Substring(lower.dropLast(2))) }
        return false
    }

    public var count: Int { words.count }
}
