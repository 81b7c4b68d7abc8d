/// Turns what a reader found into an indexable article: normalised characters, paragraphs,
/// no scrape junk, no repeated paragraphs, no glued words, and a title.
public struct ArticleCleaner: Sendable {
    public var splitter: GluedWordSplitter

    public init(splitter: GluedWordSplitter = GluedWordSplitter()) {
        self.splitter = splitter
    }

    public func clean(_ raw: RawArticle) throws(ArticleError) -> Article {
        var paragraphs = ParagraphSplitter.paragraphs(in: MailQuoting.stripped(MailQuoting.withoutSignature(CharacterNormalizer.normalize(MailQuoting.withoutFarRightClosingBlock(raw.body)))))
        var title = raw.title.map { CharacterNormalizer.normalize($0).split(separator: "\n").joined(separator: " ") }
        var date = raw.date
        var hasDateHeader = false
        if raw.format == .plainText, let first = paragraphs.first, let header = PlainTextHeader.dateLine(first) {
            date = header.date
            hasDateHeader = true
            paragraphs[0] = header.lede
            if header.lede.isEmpty { paragraphs.removeFirst() }
        }
        let junkFree = ScrapeJunkFilter.clean(paragraphs)
        var seen: Set<String> = []
        var unique: [String] = []
        var captions: Set<Int> = []
        for (index, paragraph) in junkFree.paragraphs.enumerated() where seen.insert(paragraph).inserted {
            if junkFree.captionIndexes.contains(index) { captions.insert(unique.count) }
            unique.append(paragraph)
        }
        // A headline is only recognisable once junk is gone (a page may open with an ad marker).
        if raw.format == .plainText, !hasDateHeader, unique.count > 1, !captions.contains(0),
           PlainTextHeader.looksLikeHeadline(unique[0]) {
            title = unique.removeFirst()
            captions = Set(captions.map { $0 - 1 })
        }
        let body = splitter.split(unique, context: title.map { [$0] } ?? [])
        let trimmedTitle = title?.trimmingSpaces() ?? ""
        if body.isEmpty && trimmedTitle.isEmpty {
            throw ArticleError(.empty, at: raw.origin, "no text left after cleaning; nothing to index")
        }
        var article = Article(
            id: raw.id, title: trimmedTitle, date: date, paragraphs: body,
            source: raw.source, url: raw.url, origin: raw.origin)
        if trimmedTitle.isEmpty {
            let lede = body.indices.first { !captions.contains($0) } ?? 0
            article.title = TitleDeriver.title(fromLede: body[lede])
            article.titleIsDerived = true
        }
        return article
    }
}

/// The first line of a plain-text article may be ` date YYYY-MM-DD lede...` or a headline.
enum PlainTextHeader {
    static func dateLine(_ paragraph: String) -> (date: ArticleDate, lede: String)? {
        let words = paragraph.split(separator: " ", maxSplits: 2)
        guard words.count >= 2, words[0] == "date", let date = ArticleDate(parsing: words[1]) else { return nil }
        return (date, words.count > 2 ? String(words[2]) : "")
    }

    /// Headlines are short, unpunctuated at the end, and start with a capital.
    static func looksLikeHeadline(_ text: String) -> Bool {
        guard let first = text.first, first.isUppercase || first.isNumber || first == "\"" || first == "'",
              text.utf8.count <= 250, text.spaceSeparated().count <= 30,
              let last = text.last
        else { return false }
        return !".,;:!?".contains(last) || text.hasSuffix("?") && text.spaceSeparated().count <= 15
    }
}

/// A title for an article that has none: the lede's first sentence, cut at a word boundary.
enum TitleDeriver {
    static let maximumLength = 110

    static func title(fromLede lede: String) -> String {
        var sentence = Substring(lede)
        var index = lede.startIndex
        while let end = lede[index...].firstIndex(where: { ".!?".contains($0) }) {
            let next = lede.index(after: end)
            let before = lede[..<end].spaceSeparated().last ?? ""
            if (next == lede.endIndex || lede[next] == " ") && before.count > 3 {
                sentence = lede[...end]
                break
            }
            index = next
        }
        if sentence.count <= maximumLength { return String(sentence) }
        let cut = sentence.prefix(maximumLength)
        let boundary = cut.lastIndex(of: " ") ?? cut.endIndex
        var title = String(cut[..<boundary])
        while let last = title.last, ",;:-".contains(last) { title.removeLast() }
        return title + "..."
    }
}
