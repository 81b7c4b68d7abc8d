import Articles
import Foundation
import Testing
@testable import Entities

/// The seeds name the same people and places in several spellings; each must be one entity.
@Suite struct SeedEntityTests {
    static let articles: [Article] = {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("seeds").path
        var articles: [Article] = []
        let extractor = EntityExtractor()
        let cleaner = ArticleCleaner(knowing: extractor)
        try? ArticleReader().read([folder]) { result in
            if let raw = try? result.get(), let article = try? cleaner.clean(raw) { articles.append(article) }
        }
        return articles
    }()

    /// Resolves every seed through one registry, as the indexer does; returns ids per article.
    static func resolved() -> (registry: EntityRegistry, ids: [String: Set<String>]) {
        var registry = EntityRegistry()
        var ids: [String: Set<String>] = [:]
        let extractor = EntityExtractor()
        for article in articles {
            for entity in extractor.entities(in: article) {
                ids[article.id, default: []].insert(registry.resolve(entity).id)
            }
        }
        return (registry, ids)
    }

    func articles(mentioning text: String, _ facet: EntityFacet) -> [String] {
        let (registry, ids) = Self.resolved()
        let targets = Set(registry.lookup(text, facet: facet).map(\.id))
        return ids.filter { !$0.value.isDisjoint(with: targets) }.keys.map { String($0.prefix(3)) }.sorted()
    }

    @Test func allFiveSeedsAreRead() {
        #expect(Self.articles.count == 5)
    }

    @Test(arguments: [
        (["Syrskyi", "Oleksander Syrskyi", "Oleksandr Syrskyi"], EntityFacet.actor, ["000", "002", "003"]),
        (["Kyiv", "Kiev", "KYIV"], .place, ["000", "001", "003", "004"]),
        (["Zelensky", "Zelenskyy", "Volodimr Zelensky"], .actor, ["001", "003", "004"]),
        (["Hanna Malyar", "Ganna Maliar", "Hana Malyar", "Malyar"], .actor, ["003", "004"]),
        (["Klishchiivka", "Klishchevka"], .place, ["000", "002", "004"]),
        (["Wagner", "Wagner Group"], .actor, ["002", "003", "004"]),
        (["Freedman", "Lawrence Freedman"], .actor, ["002"]),
        (["Liman", "Lyman"], .place, ["004"]),
    ])
    func variantsResolveToOneEntity(_ names: [String], _ facet: EntityFacet, _ expected: [String]) {
        let (registry, _) = Self.resolved()
        let ids = Set(names.flatMap { registry.lookup($0, facet: facet).map(\.id) })
        #expect(ids.count == 1, "\(names) resolved to \(ids)")
        #expect(articles(mentioning: names[0], facet) == expected)
    }

    @Test func creditsBylinesAndJunkAreNotEntities() {
        let (registry, _) = Self.resolved()
        let names = Set(registry.records.values.map(\.name))
        for junk in ["LIBKOS", "Evgeniy Maloletka", "AP", "Jerusalem Post", "Jerusalem Post Store", "Russian", "Ukrainian", "Scroll"] {
            #expect(!names.contains(junk), "\(junk) should not be an entity")
        }
    }
}
