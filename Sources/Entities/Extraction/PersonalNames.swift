import Articles

/// Common given names and surnames (US Census 1990, and other countries' given names from
/// Faker; see tools/names), held as word lists like the lexicon: case-insensitive, parsed
/// once per process.
enum PersonalNames {
    /// "Jude Law" and "Mike Banks" are people even where no title or verb of speech says so.
    static let given = Lexicon(lines: givenNameList)
    /// Given names the Census lists lack ("Geoff", "Dai", "Volodymyr"): evidence where a name
    /// starts with one, never against anything, since rarer names collide with more words.
    static let worldGiven = Lexicon(lines: worldGivenNameList)
    /// A capitalised word with no cue around it ("Greenwell hit a double") is a person's
    /// name when it is a common surname, not an organisation's.
    static let surnames = Lexicon(lines: surnameList)

    /// A given name in either list.
    static func isGivenName(_ word: Substring) -> Bool {
        given.contains(word) || worldGiven.contains(word)
    }
}
