import Foundation
import SitrepAPI

/// The document data: what a hit or `show` displays without re-reading the source.
///
/// Every hit of every search decodes it, so it is a length-prefixed text format rather than
/// JSON (JSONDecoder took a tenth of a search): still readable with `xapian-delve`,
/// parsed by slicing bytes. One field per record, `name length\n` then `length` bytes and a
/// newline; entity references are `id\tname\tkind`. Unknown names are skipped, so fields can
/// be added. Data written as JSON by earlier versions is still read.
struct StoredArticle: Codable, Equatable {
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

    static let header = Array("sitrep-article 1\n".utf8)

    func encoded() -> [UInt8] {
        var out = Self.header
        out.reserveCapacity(body.utf8.count + 512)
        func field(_ name: String, _ value: String?) {
            guard let value else { return }
            out += Array("\(name) \(value.utf8.count)\n".utf8)
            out += Array(value.utf8)
            out.append(UInt8(ascii: "\n"))
        }
        field("id", id)
        field("title", title)
        if titleIsDerived { field("derived", "1") }
        field("date", date)
        field("source", source)
        field("url", url)
        field("origin", origin)
        field("body", body)
        for actor in actors { field("actor", Self.line(actor)) }
        for place in places { field("place", Self.line(place)) }
        return out
    }

    static func decode(_ bytes: [UInt8], id: String) throws(SitrepError) -> StoredArticle {
        if bytes.first == UInt8(ascii: "{") { return try decodeJSON(bytes, id: id) }
        guard let article = bytes.withUnsafeBufferPointer({ parse($0) }) else {
            throw SitrepError(.indexCorrupt, "stored data of article '\(id)' is unreadable",
                              cause: "not a sitrep-article record; re-index the article")
        }
        return article
    }

    var view: ArticleView {
        ArticleView(id: id, title: title, titleIsDerived: titleIsDerived, date: date, source: source, url: url,
                    origin: origin, body: body, actors: actors, places: places)
    }

    // MARK: Format

    private static func line(_ entity: EntityRef) -> String {
        "\(entity.id)\t\(entity.name)\t\(entity.kind ?? "")"
    }

    private static func entity(_ line: String) -> EntityRef? {
        let parts = line.split(separator: "\t", omittingEmptySubsequences: false)
        guard parts.count == 3 else { return nil }
        return EntityRef(id: String(parts[0]), name: String(parts[1]), kind: parts[2].isEmpty ? nil : String(parts[2]))
    }

    private static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> StoredArticle? {
        guard bytes.starts(with: header) else { return nil }
        var article = StoredArticle(id: "", title: "", titleIsDerived: false, body: "", actors: [], places: [])
        var position = header.count
        while position < bytes.count {
            guard let space = bytes[position...].firstIndex(of: UInt8(ascii: " ")),
                  let newline = bytes[space...].firstIndex(of: UInt8(ascii: "\n")) else { return nil }
            var length = 0
            for digit in bytes[(space + 1)..<newline] {
                guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(digit) else { return nil }
                length = length * 10 + Int(digit - UInt8(ascii: "0"))
            }
            let start = newline + 1, end = start + length
            guard end < bytes.count, bytes[end] == UInt8(ascii: "\n") else { return nil }
            let value = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
            switch String(decoding: UnsafeBufferPointer(rebasing: bytes[position..<space]), as: UTF8.self) {
            case "id": article.id = value
            case "title": article.title = value
            case "derived": article.titleIsDerived = value == "1"
            case "date": article.date = value
            case "source": article.source = value
            case "url": article.url = value
            case "origin": article.origin = value
            case "body": article.body = value
            case "actor": if let entity = entity(value) { article.actors.append(entity) }
            case "place": if let entity = entity(value) { article.places.append(entity) }
            default: break
            }
            position = end + 1
        }
        return article
    }

    private static func decodeJSON(_ bytes: [UInt8], id: String) throws(SitrepError) -> StoredArticle {
        do { return try JSONDecoder().decode(StoredArticle.self, from: Data(bytes)) } catch {
            throw SitrepError(.indexCorrupt, "stored data of article '\(id)' is unreadable", cause: "\(error)")
        }
    }
}
