import Articles

/// Common given names and surnames (US Census 1990, see tools/names), held as word lists
/// like the lexicon: case-insensitive, parsed once per process.
enum PersonalNames {
    /// "Jude Law" and "Mike Banks" are people even where no title or verb of speech says so.
    static let given = Lexicon(lines: givenNameList)
    /// A capitalised word with no cue around it ("Greenwell hit a double") is a person's
    /// name when it is a common surname, not an organisation's.
    static let worldGiven = Lexicon(lines: worldGivenNameList)
    static let surnames = Lexicon(lines: surnameList)
}
