import Foundation
import SitrepAPI
import Testing
@testable import SearchIndex

@Suite struct StoredArticleTests {
    static let article = StoredArticle(
        id: "a-1", title: "Tabs\tand\nnewlines", titleIsDerived: true, date: "2023-05-01", source: nil,
        url: "https://example.org/x?a=1&b=2", origin: "feed.jsonl:3",
        body: "First paragraph with 12 digits and ünïcödé.\n\nSecond: sitrep-article 1\nbody 99\n",
        actors: [EntityRef(id: "oleksandr-syrskyi", name: "Oleksandr Syrskyi", kind: "person")],
        places: [EntityRef(id: "geo-703448", name: "Kyiv", kind: "place"), EntityRef(id: "x", name: "No kind")])

    @Test func roundTripsEveryField() throws {
        #expect(try StoredArticle.decode(Self.article.encoded(), id: "a-1") == Self.article)
    }

    @Test func readsDataWrittenAsJSONByEarlierVersions() throws {
        let json = Array(try JSONEncoder().encode(Self.article))
        #expect(try StoredArticle.decode(json, id: "a-1") == Self.article)
    }

    @Test func damagedDataIsReportedAsACorruptIndex() {
        var damaged = Self.article.encoded()
        damaged.removeLast(10)
        #expect(throws: SitrepError.self) { try StoredArticle.decode(damaged, id: "a-1") }
        #expect(throws: SitrepError.self) { try StoredArticle.decode(Array("sitrep-article 1\nbody x\n".utf8), id: "a-1") }
    }

    @Test func snippetsBecomeOneLine() {
        #expect(IndexSearcher.oneLine("a\n\nb\nc") == "a b c")
        #expect(IndexSearcher.oneLine("plain") == "plain")
    }
}
