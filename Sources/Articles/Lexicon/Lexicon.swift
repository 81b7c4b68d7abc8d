/// Common English words (lower case), to tell words from names: a glued token splits only
/// into real words, and a capitalised word that is also a common word is not a name by
/// default. Names are deliberately absent, so `contains("kyiv")` is false.
public struct Lexicon: Sendable {
    /// One set even for a lexicon that extends another, so that a word that is not there
    /// (every name) costs one lookup, not two.
    private let words: Set<Substring>

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
        // Split on bytes: a word list is a megabyte, and splitting it by characters took
        // longer than anything else at start-up.
        let own = Set(lines.utf8.split(separator: UInt8(ascii: "\n")).map { Substring($0) })
        words = base.map { $0.words.union(own) } ?? own
    }

    public init(words: some Sequence<String>) {
        self.words = Set(words.map { Substring($0) })
    }

    /// Whether `word` (any case) is a common English word, also as the possessive of one.
    public func contains(_ word: Substring) -> Bool {
        // Most words asked about are lower-case ASCII already: looked up as they are,
        // without making a lower-case copy.
        let lower = word.utf8.contains { ($0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z")) || $0 >= 0x80 }
            ? Substring(word.lowercased()) : word
        return words.contains(lower) || (lower.endsWithPossessive && words.contains(lower.dropLast(2)))
    }

    /// The same for a whole string. Concrete types, not `some StringProtocol`: a generic
    /// function of another module runs unspecialised, and this one is asked of most words.
    public func contains(_ word: String) -> Bool {
        contains(Substring(word))
    }

    public var count: Int { words.count }
}
