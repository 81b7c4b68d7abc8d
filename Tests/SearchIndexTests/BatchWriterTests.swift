import Articles
import Foundation
import SitrepAPI
import Testing
@testable import SearchIndex

/// `add(contentsOf:)` prepares articles on other threads, chunk by chunk; what it writes
/// and reports must be what adding them one by one would.
@Suite struct BatchWriterTests {
    /// Enough articles for several preparation chunks, with people, places and a bad one.
    static func articles(count: Int) -> [RawArticle] {
        let ports = ["Rotterdam", "Hamburg", "Antwerp", "Marseille", "Genoa"]
        return (0..<count).map { number in
            number == 70
                ? raw("bad-\(number)", body: "ADVERTISEMENT")
                : raw("a\(number)", title: "Port report \(number)",
                      body: "Dockers in \(ports[number % ports.count]) stopped work on day \(number). "
                          + "Union leader Maria Jansen said the strike would go on.")
        }
    }

    @Test func aBatchWritesWhatOneByOneWrites() throws {
        let batched = temporaryIndexPath(), single = temporaryIndexPath()
        defer { for path in [batched, single] { try? FileManager.default.removeItem(atPath: path) } }
        let articles = Self.articles(count: 150)
        let outcomes = try IndexWriter(path: batched).add(contentsOf: articles)
        let oneByOne = try IndexWriter(path: single)
        let expected = try articles.map { article -> Result<IndexWriter.Outcome, ArticleError> in
            do { return .success(try oneByOne.add(article)) } catch let error as ArticleError { return .failure(error) }
        }
        try oneByOne.commit()
        #expect(outcomes.map(Self.summary) == expected.map(Self.summary))
        #expect(Self.summary(outcomes[70]).hasPrefix("rejected"))
        for path in [batched, single] {
            let searcher = try IndexSearcher(path: path)
            #expect(try searcher.status(version: "t").articles == 149)
            let response = try searcher.search(SearchRequest(query: "dockers", places: ["Genoa"], limit: 100))
            #expect(response.total == 30)
            #expect(response.facets.actor.first?.name == "Maria Jansen")
            #expect(try searcher.article(id: "a149").places.map(\.name) == ["Genoa"])
        }
    }

    @Test func anIdRepeatedInABatchCountsAsOneByOneWould() throws {
        let path = temporaryIndexPath()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let writer = try IndexWriter(path: path)
        let outcomes = try writer.add(contentsOf: [
            raw("a", body: "Tides rose."), raw("a", body: "Tides rose."), raw("a", body: "Tides fell."), raw("b", body: "Calm."),
        ])
        #expect(outcomes.map(Self.summary) == ["added", "unchanged", "updated", "added"])
        try writer.commit()
        let searcher = try IndexSearcher(path: path)
        #expect(try searcher.status(version: "t").articles == 2)
        #expect(try searcher.search(SearchRequest(query: "fell")).hits.map(\.id) == ["a"])
        #expect(try searcher.search(SearchRequest(query: "rose")).total == 0)
    }

    @Test func aRejectedCopyLeavesNothingForTheNextCopyToMatch() throws {
        let path = temporaryIndexPath()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let writer = try IndexWriter(path: path)
        let outcomes = try writer.add(contentsOf: [
            raw("a", body: "ADVERTISEMENT"), raw("a", body: "ADVERTISEMENT"), raw("a", body: "Tides rose."),
        ])
        #expect(outcomes.map(Self.summary).map { $0.hasPrefix("rejected") ? "rejected" : $0 } == ["rejected", "rejected", "added"])
    }

    @Test func batchedIngestReportsCountsAndRejectionsAsTheyAreKnown() throws {
        let path = temporaryIndexPath()
        defer { try? FileManager.default.removeItem(atPath: path) }
        var seen: [String] = []
        let ingest = BatchedIngest(writer: try IndexWriter(path: path), batchSize: 40) { seen.append($0.location) }
        for article in Self.articles(count: 100) { try ingest.submit(.success(article)) }
        try ingest.submit(.failure(ArticleError(.malformedJSON, at: SourceLocation(path: "feed.jsonl", line: 9), "not JSON")))
        let report = try ingest.finish()
        #expect(report.added == 99)
        #expect(report.rejected.map(\.location) == ["test.jsonl:1", "feed.jsonl:9"])
        #expect(seen == report.rejected.map(\.location))
        #expect(report.revision == (try IndexSearcher(path: path).revision))
    }

    static func summary(_ outcome: Result<IndexWriter.Outcome, ArticleError>) -> String {
        switch outcome {
        case .success(let outcome): "\(outcome)"
        case .failure(let error): "rejected: \(error.message)"
        }
    }
}

/// Facet counting makes the matcher visit every match; a search that asks for no facets
/// must not pay for it, and must say that its total is an estimate when it is one.
@Suite struct CountingTests {
    @Test func facetsAreExactAndOnlyCountedWhenAsked() throws {
        let path = temporaryIndexPath()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let writer = try IndexWriter(path: path)
        _ = try writer.add(contentsOf: BatchWriterTests.articles(count: 400))
        try writer.commit()
        let searcher = try IndexSearcher(path: path)
        let counted = try searcher.search(SearchRequest(query: "dockers", limit: 3, facetLimit: 5))
        #expect(counted.total == 399 && counted.totalIsExact)
        #expect(counted.facets.place.map(\.count).reduce(0, +) == 399)
        let plain = try searcher.search(SearchRequest(query: "dockers", limit: 3, facetLimit: 0))
        #expect(plain.facets.actor.isEmpty && plain.facets.place.isEmpty)
        #expect(plain.hits.map(\.id) == counted.hits.map(\.id))
        #expect(plain.totalIsExact ? plain.total == 399 : plain.total > 0)
    }
}
