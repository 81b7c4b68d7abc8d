/// Common surnames (US Census 1990, see tools/names): a capitalised word with no cue around
/// it ("Greenwell hit a double") is a person's name when it is one, not an organisation's.
enum Surnames {
    static let all: Set<Substring> = Set(surnameList.split(separator: "\n"))

    static func contains(_ word: some StringProtocol) -> Bool {
        all.contains(Substring(word.lowercased()))
    }
}
