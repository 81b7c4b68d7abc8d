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
        // Records relayed by a client (sitrep index -> sitrepd) carry where they were read
        // and whether they were plain text, so errors and cleaning are as if read locally.
        var origin = location
        if let relayed = try Self.text(fields, "origin", at: location), !relayed.isEmpty {
            origin = SourceLocation(relayed: relayed)
        }
        let format: RawArticle.Format
        switch try Self.text(fields, "format", at: location) {
        case nil, "jsonl": format = .jsonLines
        case "text": format = .plainText
        case let other?:
            throw ArticleError(.invalidField, at: location, field: "format", "'\(other)' is not a format; expected text or jsonl")
        }
        if body.allSatisfy(\.isWhitespace) && (title ?? "").allSatisfy(\.isWhitespace) {
            throw ArticleError(.empty, at: origin, field: "body", "article has neither body nor title")
        }
        return RawArticle(
            id: id, title: title, date: date, body: body,
            source: try Self.text(fields, "source", at: location),
            url: try Self.text(fields, "url", at: location),
            origin: origin, format: format)
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

extension ArticleReader {
    /// Parses one JSON article (a JSON Lines line or a request body). Besides the article
    /// fields it accepts `origin` ("path:line", used in errors) and `format` ("text" for a
    /// plain-text article's body, with its date line and headline).
    public func parseRecord(_ bytes: [UInt8], at location: SourceLocation) throws(ArticleError) -> RawArticle {
        let result = bytes.withUnsafeBytes { buffer in
            Result { () throws(ArticleError) in try JSONLinesReader(limits: limits).parse(buffer, at: location) }
        }
        return try result.get()
    }

    /// The record form of an article, for relaying it to a daemon: `parseRecord` reads it back.
    public static func record(of raw: RawArticle) -> [String: String] {
        var record = ["id": raw.id, "body": raw.body, "origin": raw.origin.description,
                      "format": raw.format == .plainText ? "text" : "jsonl"]
        record["title"] = raw.title
        record["date"] = raw.date?.description
        record["source"] = raw.source
        record["url"] = raw.url
        return record
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
