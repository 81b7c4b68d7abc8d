import Foundation
import SitrepAPI
import Testing
@testable import SearchIndex

/// The examples on the seeds, through the real index.
@Suite struct SeedSearchTests {
    let index: SeedIndex

    init() throws { index = try SeedIndex() }

    func ids(_ request: SearchRequest) throws -> [String] {
        var request = request
        request.limit = 100
        return try index.searcher.search(request).hits.map { String($0.id.prefix(3)) }.sorted()
    }

    @Test func actorSyrskyiFindsTheThreeArticlesNamingHim() throws {
        #expect(try ids(SearchRequest(actors: ["Syrskyi"])) == ["000", "002", "003"])
        #expect(try ids(SearchRequest(query: "actor:Syrskyi")) == ["000", "002", "003"])
    }

    @Test func kievAndKyivGiveTheSameFourArticles() throws {
        let kiev = try ids(SearchRequest(places: ["Kiev"]))
        #expect(kiev == ["000", "001", "003", "004"])
        #expect(try ids(SearchRequest(places: ["Kyiv"])) == kiev)
        #expect(try ids(SearchRequest(query: "place:kiev")) == kiev)
    }

    @Test func counteroffensiveMatchesBothSpellings() throws {
        #expect(try ids(SearchRequest(query: "counteroffensive")) == ["000", "001", "002", "003"])
        #expect(try ids(SearchRequest(query: "counter-offensive")) == ["000", "001", "002", "003"])
    }

    @Test(arguments: ["getElementById", "divWithLink", "innerHTML", "linkPremium", "backgroundColor", "cb0f3e"])
    func appendedJavaScriptIsNotSearchable(_ word: String) throws {
        #expect(try index.searcher.search(SearchRequest(query: word)).total == 0)
    }

    @Test func multiWordQueryPrefersAllWordsAndSaysWhenItFallsBack() throws {
        let all = try index.searcher.search(SearchRequest(query: "Klishchiivka village"))
        #expect(all.matched == "all")
        #expect(all.total == 2)
        let any = try index.searcher.search(SearchRequest(query: "Klishchiivka xylophone"))
        #expect(any.matched == "any")
        #expect(any.total == 2)
    }

    @Test func phrasesBooleansAndTitleField() throws {
        #expect(try ids(SearchRequest(query: "\"land forces\"")) == ["000", "003"])
        #expect(try ids(SearchRequest(query: "Klishchiivka NOT Freedman")) == ["000"])
        #expect(try ids(SearchRequest(query: "title:success")) == ["001"])
        #expect(try ids(SearchRequest(query: "Kadyrov OR Freedman")) == ["002", "004"])
    }

    @Test func dateRangesInQueryAndOptions() throws {
        #expect(try ids(SearchRequest(query: "date:2023-07-08..2023-07-31")) == ["002"])
        #expect(try ids(SearchRequest(query: "Bakhmut", from: "2023-07-01", to: "2023-07-07")) == ["000"])
        #expect(try ids(SearchRequest(query: "date:..20230708")) == ["000"])
    }

    @Test func facetsAreExactOverTheWholeMatchingSet() throws {
        let response = try index.searcher.search(SearchRequest(query: "Bakhmut", limit: 1, facetLimit: 100))
        #expect(response.totalIsExact)
        #expect(response.hits.count == 1)
        let bakhmut = response.facets.place.first { $0.name == "Bakhmut" }
        #expect(bakhmut?.count == 5)
        #expect(response.facets.place.first { $0.name == "Kyiv" }?.count == 4)
        #expect(response.facets.actor.first { $0.name.hasSuffix("Syrskyi") }?.count == 3)
        #expect(response.facets.actor.first { $0.name.hasSuffix("Zelensky") }?.kind == "person")
    }

    @Test func sortByDateNewestFirstWithUndatedLast() throws {
        let hits = try index.searcher.search(SearchRequest(query: "Bakhmut", sort: .date, limit: 5)).hits
        #expect(hits.prefix(2).map(\.date) == ["2023-07-09", "2023-07-07"])
        #expect(hits.dropFirst(2).allSatisfy { $0.date == nil })
    }

    @Test func paginationWalksTheRankingWithoutOverlap() throws {
        let all = try index.searcher.search(SearchRequest(query: "Bakhmut", limit: 5)).hits.map(\.id)
        var paged: [String] = []
        for offset in stride(from: 0, to: 5, by: 2) {
            paged += try index.searcher.search(SearchRequest(query: "Bakhmut", offset: offset, limit: 2)).hits.map(\.id)
        }
        #expect(paged == all)
        #expect(try index.searcher.search(SearchRequest(query: "Bakhmut", offset: 10)).hits.isEmpty)
    }

    @Test func snippetsHighlightQueryWordsAndStems() throws {
        let hit = try #require(try index.searcher.search(SearchRequest(query: "advance")).hits.first)
        #expect(hit.snippet.contains("<b>"))
        #expect(hit.snippet.lowercased().contains("<b>advanc"))
        #expect(!hit.snippet.contains("\n"))
    }

    @Test func showReturnsTheCleanedArticleWithEntities() throws {
        let article = try index.searcher.article(id: "003_14416cf3e32a0ff7")
        #expect(article.body.contains("Bakhmut despite"))
        #expect(article.places.contains { $0.id == "kyiv-ua" })
        #expect(article.origin?.hasSuffix("003_14416cf3e32a0ff7.txt") == true)
    }

    @Test func entitiesListSpellingsAndCounts() throws {
        let listing = try index.searcher.entities(prefix: "Kiev", limit: 10)
        #expect(listing.first?.id == "kyiv-ua")
        #expect(listing.first?.articles == 4)
        #expect(listing.first?.within == ["ua"])
    }

    @Test func statusCountsArticlesAndEntities() throws {
        let status = try index.searcher.status(version: "test")
        #expect(status.articles == 5)
        #expect(status.entities == status.actors + status.places)
        #expect(status.places >= 10)
        #expect(status.lastUpdate != nil)
        #expect(status.sizeBytes > 0)
    }

    @Test func placesRollUpToTheirCountry() throws {
        let response = try index.searcher.search(SearchRequest(query: "Klishchiivka", facetLimit: 100))
        // Found from context ("the village of"), it takes the country its articles are about.
        #expect(response.facets.place.first { $0.name == "Klishchiivka" }?.within == ["ua"])
        #expect(response.facets.place.first { $0.name == "Bakhmut" }?.within == ["ua"])
        var within = SearchRequest(limit: 100)
        within.within = ["Ukraine"]
        #expect(try index.searcher.search(within).total == 5)
        #expect(try ids(SearchRequest(query: "within:Lithuania")) == ["001", "004"])
    }
}
