import Articles

extension ArticleCleaner {
    /// A cleaner whose glued-word splitting knows the extractor's well-known names.
    public init(knowing extractor: EntityExtractor) {
        self.init(splitter: GluedWordSplitter(isKnownName: { extractor.isWellKnownName($0) }))
    }
}
