/// Common given names (US Census 1990, see tools/names): "Jude Law" and "Mike Banks" are
/// people even where no title or verb of speech says so.
enum GivenNames {
    static let all: Set<Substring> = Set(givenNameList.split(separator: "\n"))

    static func contains(_ word: some StringProtocol) -> Bool {
        all.contains(Substring(word.lowercased()))
    }
}
