import Articles

extension ArticleCleaner {
    /// A cleaner whose glued-word splitting knows the extractor's well-known names, and
    /// leaves whole every token that is a name of its own (given name, surname, place).
    public init(knowing extractor: EntityExtractor) {
        self.init(splitter: GluedWordSplitter(
            isKnownName: { extractor.isWellKnownName($0) },
            isName: { PersonalNames.given.contains($0) || PersonalNames.surnames.contains($0) || extractor.isKnownName($0) }))
    }
}
