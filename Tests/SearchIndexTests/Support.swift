import Articles
import Foundation
import SearchIndex

/// A temporary index holding the five seeds, removed when the value is released.
final class SeedIndex {
    let path: String
    let searcher: IndexSearcher

    static let seedsFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("seeds").path

    init(extra: [RawArticle] = []) throws {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("sitrep-index-\(UUID().uuidString)").path
        let writer = try IndexWriter(path: path)
        try ArticleReader().read([Self.seedsFolder]) { result in try writer.add(try result.get()) }
        for raw in extra { try writer.add(raw) }
        try writer.commit()
        searcher = try IndexSearcher(path: path)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }
}

func temporaryIndexPath() -> String {
    FileManager.default.temporaryDirectory.appendingPathComponent("sitrep-index-\(UUID().uuidString)").path
}

func raw(_ id: String, title: String? = nil, date: String? = nil, body: String, source: String? = nil) -> RawArticle {
    RawArticle(id: id, title: title, date: date.flatMap { ArticleDate(parsing: $0) }, body: body, source: source,
               origin: SourceLocation(path: "test.jsonl", line: 1), format: .jsonLines)
}
