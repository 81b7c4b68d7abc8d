import Foundation

/// One article per file: the id is the file name without extension; date and headline,
/// when present, are in the text itself (see `PlainTextHeader`).
struct PlainTextReader {
    var limits: ArticleReader.Limits

    func read(path: String) throws(ArticleError) -> RawArticle {
        let location = SourceLocation(path: path)
        let attributes: [FileAttributeKey: Any]
        do { attributes = try FileManager.default.attributesOfItem(atPath: path) } catch {
            throw ArticleError(.unreadable, at: location, "cannot read file: \(error.localizedDescription)")
        }
        let size = (attributes[.size] as? NSNumber)?.intValue ?? 0
        if size > limits.maximumArticleBytes {
            throw ArticleError(.tooLarge, at: location,
                               "file is \(size) bytes, over the \(limits.maximumArticleBytes)-byte limit for one article")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ArticleError(.unreadable, at: location, "cannot read file (permissions?)")
        }
        if data.contains(0) {
            throw ArticleError(.binary, at: location, "binary file (contains NUL bytes); expected UTF-8 text")
        }
        let text = try StrictUTF8.decode(data, at: location)
        if text.allSatisfy(\.isWhitespace) {
            throw ArticleError(.empty, at: location, "file is empty")
        }
        let id = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
        if let problem = ArticleIdentifier.problem(with: id) {
            throw ArticleError(.invalidField, at: location, "the file name gives the article id, which \(problem); rename the file")
        }
        return RawArticle(id: id, body: text, origin: location, format: .plainText)
    }
}
