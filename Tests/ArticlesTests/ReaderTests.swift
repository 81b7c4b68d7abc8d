import Foundation
import Testing
@testable import Articles

/// Every bad input gets an error that names the place, and the others are still read.
@Suite final class ReaderTests {
    let folder: String

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("sitrep-reader-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: folder) }

    func write(_ name: String, _ bytes: [UInt8]) -> String {
        let path = folder + "/" + name
        _ = FileManager.default.createFile(atPath: path, contents: Data(bytes))
        return path
    }

    func write(_ name: String, _ text: String) -> String { write(name, Array(text.utf8)) }

    func readAll(_ paths: [String], limits: ArticleReader.Limits = .init()) throws -> [Result<RawArticle, ArticleError>] {
        var results: [Result<RawArticle, ArticleError>] = []
        try ArticleReader(limits: limits).read(paths) { results.append($0) }
        return results
    }

    func errors(_ results: [Result<RawArticle, ArticleError>]) -> [ArticleError] {
        results.compactMap { if case .failure(let error) = $0 { error } else { nil } }
    }

    @Test func jsonLinesReportEachBadLineAndKeepTheRest() throws {
        let path = write("batch.jsonl", """
        {"id": "a1", "title": "First", "date": "2023-07-01T10:00:00", "body": "Body one.", "source": "Wire"}
        {"id": "a2", "title": "Second", "body": "Body two."
        {"id": "a3", "date": "July 2023", "body": "Body three."}
        {"title": "no id", "body": "x"}
        {"id": 7, "body": "Numeric ids are fine.", "url": "https://example.com/7"}
        {"id": "a5", "body": ["not", "a", "string"]}

        {"id": "a6", "title": "", "body": "  "}
        ["an", "array"]
        """)
        let results = try readAll([path])
        let articles = results.compactMap { try? $0.get() }
        #expect(articles.map(\.id) == ["a1", "7"])
        #expect(articles[0].date == ArticleDate(year: 2023, month: 7, day: 1))
        #expect(articles[0].source == "Wire")
        #expect(articles[1].url == "https://example.com/7")
        let problems = errors(results).map { "\($0.location.line ?? 0) \($0.code) \($0.field ?? "-")" }
        #expect(problems == ["2 malformedJSON -", "3 badDate date", "4 missingField id", "6 invalidField body",
                             "8 empty body", "9 malformedJSON -"])
        #expect(errors(results)[1].description.hasPrefix("\(path):3: field 'date': 'July 2023' is not a date"))
    }

    @Test func invalidUTF8IsReportedWithLine() throws {
        let path = write("bad.txt", Array("Title\n\nfine line\nbad \u{00}".utf8.dropLast()) + [0xC3, 0x28])
        let error = try #require(errors(try readAll([path])).first)
        #expect(error.code == .invalidUTF8)
        #expect(error.location.line == 4)
    }

    @Test func binaryEmptyAndOversizedFilesAreRefused() throws {
        let binary = write("blob.txt", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x01])
        let empty = write("empty.txt", " \n\n ")
        let big = write("big.txt", String(repeating: "x", count: 2000))
        var limits = ArticleReader.Limits()
        limits.maximumArticleBytes = 1000
        let codes = errors(try readAll([binary, empty, big], limits: limits)).map(\.code)
        #expect(codes == [.binary, .empty, .tooLarge])
    }

    @Test func missingPathIsAnError() throws {
        let error = try #require(errors(try readAll([folder + "/nope"])).first)
        #expect(error.code == .unreadable)
        #expect(error.description.contains("nope"))
    }

    @Test func foldersAreWalkedRecursivelyInNameOrderSkippingHiddenAndOtherFiles() throws {
        try FileManager.default.createDirectory(atPath: folder + "/sub/.hidden", withIntermediateDirectories: true)
        _ = write("b.txt", "B body.")
        _ = write("sub/a.txt", "A body.")
        _ = write("sub/.hidden/c.txt", "C body.")
        _ = write("notes.md", "not an article")
        let ids = try readAll([folder]).compactMap { try? $0.get().id }
        #expect(ids == ["b", "a"])
    }

    @Test func cleanerRejectsArticleThatIsOnlyJunk() throws {
        let raw = RawArticle(id: "junk", body: "ADVERTISEMENT\n\nScroll to continue with content",
                             origin: SourceLocation(path: "x.txt"), format: .plainText)
        #expect(throws: ArticleError.self) { try ArticleCleaner().clean(raw) }
    }
}
