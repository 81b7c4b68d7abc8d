import Foundation
import SitrepAPI

/// The document data: what a hit or `show` displays without re-reading the source. JSON,
/// so that the format is inspectable with `xapian-delve` and extensible.
struct StoredArticle: Codable {
    var id: String
    var title: String
    var titleIsDerived: Bool
    var date: String?
    var source: String?
    var url: String?
    var origin: String?
    var body: String
    var actors: [EntityRef]
    var places: [EntityRef]

    func encoded() throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return Array(try encoder.encode(self))
    }

    static func decode(_ bytes: [UInt8], id: String) throws(SitrepError) -> StoredArticle {
        do { return try JSONDecoder().decode(StoredArticle.self, from: Data(bytes)) } catch {
            throw SitrepError(.indexCorrupt, "stored data of article '\(id)' is unreadable", cause: "\(error)")
        }
    }

    var view: ArticleView {
        ArticleView(id: id, title: title, titleIsDerived: titleIsDerived, date: date, source: source, url: url,
                    origin: origin, body: body, actors: actors, places: places)
    }
}
