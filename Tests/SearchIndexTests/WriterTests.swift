import Articles
import Foundation
import SitrepAPI
import Testing
@testable import SearchIndex

@Suite struct WriterTests {
    @Test func reindexingSkipsUnchangedAndReplacesChanged() throws {
        let path = temporaryIndexPath()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let writer = try IndexWriter(path: path)
        #expect(try writer.add(raw("a", title: "Harbour strike", body: "Dockers walked out in Rotterdam.")) == .added)
        let first = try writer.commit()
        #expect(try writer.add(raw("a", title: "Harbour strike", body: "Dockers walked out in Rotterdam.")) == .unchanged)
        #expect(try writer.commit() == first)
        #expect(try writer.add(raw("a", title: "Harbour strike ends", body: "Dockers returned in Rotterdam.")) == .updated)
        try writer.commit()
        let searcher = try IndexSearcher(path: path)
        #expect(try searcher.status(version: "t").articles == 1)
        #expect(try searcher.search(SearchRequest(query: "returned")).total == 1)
        #expect(try searcher.search(SearchRequest(query: "walked")).total == 0)
    }

    @Test func deleteRemovesTheArticle() throws {
        let path = temporaryIndexPath()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let writer = try IndexWriter(path: path)
        try writer.add(raw("a", body: "One article about tides."))
        try writer.add(raw("b", body: "Another article about tides."))
        try writer.commit()
        #expect(try writer.delete(id: "a"))
        #expect(try !writer.delete(id: "missing"))
        try writer.commit()
        let searcher = try IndexSearcher(path: path)
        #expect(try searcher.search(SearchRequest(query: "tides")).hits.map(\.id) == ["b"])
        #expect(throws: SitrepError.self) { try searcher.article(id: "a") }
    }

    @Test func readersSeeCommitsOnlyAfterReopen() throws {
        let path = temporaryIndexPath()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let writer = try IndexWriter(path: path)
        try writer.add(raw("a", body: "Glaciers retreat."))
        try writer.commit()
        let searcher = try IndexSearcher(path: path)
        try writer.add(raw("b", body: "Glaciers advance."))
        try writer.commit()
        #expect(try searcher.search(SearchRequest(query: "glaciers")).total == 1)
        #expect(try searcher.reopen())
        let response = try searcher.search(SearchRequest(query: "glaciers"))
        #expect(response.total == 2)
        #expect(response.revision == (try writer.revision))
    }

    @Test func entitiesJoinAcrossArticlesAndAcrossWriterSessions() throws {
        let path = temporaryIndexPath()
        defer { try? FileManager.default.removeItem(atPath: path) }
        do {
            let writer = try IndexWriter(path: path)
            try writer.add(raw("a", body: "President Volodymyr Zelensky said the front held."))
            try writer.commit()
        }
        let writer = try IndexWriter(path: path)
        try writer.add(raw("b", body: "Zelenskyy said more aid was needed."))
        try writer.commit()
        let searcher = try IndexSearcher(path: path)
        #expect(try searcher.search(SearchRequest(actors: ["Zelenskiy"])).hits.map(\.id).sorted() == ["a", "b"])
    }

    @Test func anArticleListsAnEntityOnceWhateverNamesItUses() throws {
        let path = temporaryIndexPath()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let writer = try IndexWriter(path: path)
        // The first article teaches the index that AWC is Acme Widgets Corp; the second names
        // it both ways without saying so.
        try writer.add(raw("a", body: "Acme Widgets Corp (AWC) said profits rose."))
        try writer.add(raw("b", body: "Acme Widgets Corp said sales fell on Monday. AWC shares slipped."))
        try writer.commit()
        let actors = try IndexSearcher(path: path).article(id: "b").actors.map(\.id)
        #expect(actors == ["acme-widgets-corp"])
    }

    @Test func sourcesAreFilterable() throws {
        let index = try SeedIndex(extra: [raw("w1", title: "Grain", body: "Wheat prices rose.", source: "Wire Service")])
        #expect(try index.searcher.search(SearchRequest(query: "source:\"Wire Service\"")).hits.map(\.id) == ["w1"])
        #expect(try index.searcher.search(SearchRequest(query: "source:wire-service wheat")).total == 1)
    }

    @Test func articleXapianRefusesIsRejectedAndTheRestIsKept() throws {
        let path = temporaryIndexPath()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let writer = try IndexWriter(path: path)
        try writer.add(raw("ok", body: "Calm seas."))
        var long = raw("long", body: "Calm seas again.")
        long.url = String(repeating: "u", count: 10)
        long.source = String(repeating: "s", count: 400)
        #expect(try writer.add(long) == .added, "an overlong source is shortened, not fatal")
        try writer.commit()
        #expect(try IndexSearcher(path: path).status(version: "t").articles == 2)
    }

    @Test func closingAWriterCommitsDocumentsWithTheirEntities() throws {
        let path = temporaryIndexPath()
        defer { try? FileManager.default.removeItem(atPath: path) }
        do {
            let writer = try IndexWriter(path: path)
            try writer.add(raw("a", body: "President Ada Lind said the harbour would reopen."))
        }
        let searcher = try IndexSearcher(path: path)
        let response = try searcher.search(SearchRequest(actors: ["Lind"]))
        #expect(response.hits.map(\.id) == ["a"])
        #expect(response.facets.actor.first?.name == "Ada Lind")
    }
}
