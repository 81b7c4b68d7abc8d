import Articles
import SitrepAPI

/// The articles in a POST /v1/articles body.
enum ArticleBody {
    /// One JSON object, or JSON Lines: each line an article, each bad line a rejection
    /// naming it ("request:3", or the client's file and line when it relays them).
    static func records(in body: [UInt8]) throws -> [Result<RawArticle, ArticleError>] {
        let reader = ArticleReader()
        // A single (possibly pretty-printed) object; JSON Lines fail this at their second line.
        if body.first(where: { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 }) == UInt8(ascii: "{"),
           let single = try? reader.parseRecord(body, at: SourceLocation(path: "request", line: 1)) {
            return [.success(single)]
        }
        var records: [Result<RawArticle, ArticleError>] = []
        var lineNumber = 0
        for line in body.split(separator: 0x0A, omittingEmptySubsequences: false) {
            lineNumber += 1
            guard line.contains(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }) else { continue }
            let location = SourceLocation(path: "request", line: lineNumber)
            records.append(Result { () throws(ArticleError) in try reader.parseRecord(Array(line), at: location) })
        }
        guard !records.isEmpty else { throw SitrepError(.badRequest, "the request body holds no article") }
        // Batches report bad lines one by one; a body with no JSON article at all is refused.
        let unreadable: Set<ArticleError.Code> = [.malformedJSON, .invalidUTF8, .tooLarge]
        if records.allSatisfy({ if case .failure(let error) = $0 { unreadable.contains(error.code) } else { false } }),
           case .failure(let first) = records[0] {
            throw SitrepError(.badRequest, "the request body is not a JSON article or JSON Lines: \(first)")
        }
        return records
    }
}
