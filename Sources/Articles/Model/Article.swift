/// A news article after reading and cleaning: what gets indexed and displayed.
public struct Article: Sendable, Equatable {
    /// Stable identity: re-indexing an article with the same id replaces it.
    public var id: String
    public var title: String
    /// True when the source had no headline and the title was cut from the lede, so a UI
    /// can show it differently and relevance can trust it less.
    public var titleIsDerived: Bool
    public var date: ArticleDate?
    /// Cleaned paragraphs, in order; the display text and the text that is indexed.
    public var paragraphs: [String]
    public var source: String?
    public var url: String?
    /// Where the article was read from, for error messages and `show`.
    public var origin: SourceLocation

    public init(
        id: String, title: String, titleIsDerived: Bool = false, date: ArticleDate? = nil,
        paragraphs: [String], source: String? = nil, url: String? = nil, origin: SourceLocation
    ) {
        self.id = id
        self.title = title
        self.titleIsDerived = titleIsDerived
        self.date = date
        self.paragraphs = paragraphs
        self.source = source
        self.url = url
        self.origin = origin
    }

    /// Paragraphs separated by blank lines, the form stored for snippets and display.
    public var body: String { paragraphs.joined(separator: "\n\n") }
}

/// An article as a reader found it, before any cleaning.
public struct RawArticle: Sendable, Equatable {
    public var id: String
    public var title: String?
    public var date: ArticleDate?
    public var body: String
    public var source: String?
    public var url: String?
    public var origin: SourceLocation
    /// Plain-text files carry their date and headline inside the text; JSON has fields.
    public var format: Format

    public enum Format: Sendable, Equatable {
        case plainText
        case jsonLines
    }

    public init(
        id: String, title: String? = nil, date: ArticleDate? = nil, body: String,
        source: String? = nil, url: String? = nil, origin: SourceLocation, format: Format
    ) {
        self.id = id
        self.title = title
        self.date = date
        self.body = body
        self.source = source
        self.url = url
        self.origin = origin
        self.format = format
    }
}
