/// Common English words (lower case), to tell words from names: a glued token splits only
/// into real words, and a capitalised word that is also a common word is not a name by
/// default. Names are deliberately absent, so `contains("kyiv")` is false.
public struct Lexicon: Sendable {
    private let words: Set<Substring>
    /// The words of the lexicon this one extends, shared with it rather than parsed again.
    private let extended: Set<Substring>

    /// The built-in list (SCOWL size 50, about 40,000 words), parsed once per process.
    public static let english = Lexicon(lines: englishWordList)

    /// The built-in list and rarer words (SCOWL up to size 70, about 115,000 words), for
    /// deciding that a capitalised word with nothing else to go on is a name: "Musicology"
    /// is not one, though it is too rare for `english`.
    public static let englishWide = Lexicon(lines: rareEnglishWordList, extending: .english)

    /// Months and weekdays, which the word lists leave out as proper nouns: never names,
    /// never glued words ("December" is no "Dec ember").
    public static let calendarNames: Set<String> = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    ]

    /// `extending`: a lexicon whose words this one holds too.
    public init(lines: String, extending base: Lexicon? = nil) {
        words = Set(lines.split(separator: "\n"))
        extended = base.map { $0.extended.isEmpty ? $0.words : $0.words.union($0.extended) } ?? []
    }

    public init(words: some Sequence<String>) {
        self.words = Set(words.map { Substring($0) })
        extended = []
    }

    /// Whether `word` (any case) is a common English word, also as a regular plural or
    /// possessive of one.
    public func contains(_ word: some StringProtocol) -> Bool {
        let lower = Substring(word.lowercased())
        if words.contains(lower) || extended.contains(lower) { return true }
        if lower.hasSuffix("'s") { return words.contains(lower.dropLast(2)) || extended.contains(lower.dropLast(2)) }
        return false
    }

    public var count: Int { words.count + extended.subtracting(words).count }
}
