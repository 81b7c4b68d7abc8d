import Foundation

/// One JSON object per line: `{"id", "title", "date", "body", "source", "url"}`; other
/// fields are ignored. Streams the file, so its size is unbounded.
struct JSONLinesReader {
    var limits: ArticleReader.Limits

    func read(path: String, _ handle: (Result<RawArticle, ArticleError>) throws -> Void) throws {
        guard let file = fopen(path, "rb") else {
            let reason = String(cString: strerror(errno))
            try handle(.failure(ArticleError(.unreadable, at: SourceLocation(path: path), "cannot open: \(reason)")))
            return
        }
        defer { fclose(file) }
        var buffer: UnsafeMutablePointer<CChar>?
        var capacity = 0
        defer { free(buffer) }
        var lineNumber = 0
        while true {
            let length = getline(&buffer, &capacity, file)
            if length < 0 { break }
            lineNumber += 1
            guard let buffer else { continue }
            let bytes = UnsafeRawBufferPointer(start: buffer, count: length)
            let location = SourceLocation(path: path, line: lineNumber)
            if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) { continue }
            try handle(Result { () throws(ArticleError) in try parse(bytes, at: location) })
        }
    }

    func parse(_ bytes: UnsafeRawBufferPointer, at location: SourceLocation) throws(ArticleError) -> RawArticle {
        if bytes.count > limits.maximumArticleBytes {
            throw ArticleError(.tooLarge, at: location,
                               "line is \(bytes.count) bytes, over the \(limits.maximumArticleBytes)-byte limit for one article")
        }
        _ = try StrictUTF8.decode(bytes, at: location)
        let object: Any
        do { object = try JSONSerialization.jsonObject(with: Data(bytes)) } catch {
            throw ArticleError(.malformedJSON, at: location, "malformed JSON: \(Self.reason(error))")
        }
        guard let fields = object as? [String: Any] else {
            throw ArticleError(.malformedJSON, at: location, "expected a JSON object per line")
        }
        let id = try Self.text(fields, "id", at: location, required: true)!
        guard !id.isEmpty, id.utf8.count <= ArticleIdentifier.maximumLength else {
            throw ArticleError(.invalidField, at: location, field: "id",
                               "must be 1 to \(ArticleIdentifier.maximumLength) bytes")
        }
        if let problem = ArticleIdentifier.problem(with: id) {
            throw ArticleError(.invalidField, at: location, field: "id", problem)
        }
        var date: ArticleDate?
        if let text = try Self.text(fields, "date", at: location), !text.isEmpty {
            guard let parsed = ArticleDate(parsing: text) else {
                throw ArticleError(.badDate, at: location, field: "date",
                                   "'\(text)' is not a date; expected YYYY-MM-DD or an ISO-8601 date-time")
            }
            date = parsed
        }
        let title = try Self.text(fields, "title", at: location)
        let body = try Self.text(fields, "body", at: location) ?? ""
        if body.allSatisfy(\.isWhitespace) && (title ?? "").allSatisfy(\.isWhitespace) {
            throw ArticleError(.empty, at: location, field: "body", "article has neither body nor title")
        }
        return RawArticle(
            id: id, title: title, date: date, body: body,
            source: try Self.text(fields, "source", at: location),
            url: try Self.text(fields, "url", at: location),
            origin: location, format: .jsonLines)
    }

    /// A string field; null and absent are nil; numbers are accepted for ids.
    private static func text(_ fields: [String: Any], _ name: String, at location: SourceLocation,
                             required: Bool = false) throws(ArticleError) -> String? {
        switch fields[name] {
        case let value as String: return value
        case let value as NSNumber where name == "id": return value.stringValue
        case nil, is NSNull:
            if required { throw ArticleError(.missingField, at: location, field: name, "required field is missing") }
            return nil
        default:
            throw ArticleError(.invalidField, at: location, field: name, "expected a string")
        }
    }

    private static func reason(_ error: any Error) -> String {
        let text = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String
        return text ?? "not valid JSON"
    }
}

/// Article ids end up in Xapian terms (at most 245 bytes) and in URLs and file names.
public enum ArticleIdentifier {
    public static let maximumLength = 200

    /// Why `id` cannot be an article id, or nil when it can.
    public static func problem(with id: String) -> String? {
        if id.isEmpty { return "must not be empty" }
        if id.utf8.count > maximumLength { return "is longer than \(maximumLength) bytes" }
        if id.unicodeScalars.contains(where: { $0.properties.generalCategory == .control || $0 == " " || $0 == "/" }) {
            return "must not contain spaces, slashes or control characters"
        }
        return nil
    }
}
