import Foundation
import Testing
import XapianKit

/// Runs `body` with a fresh directory that is removed afterwards, so tests running in
/// parallel never share a database.
func withTemporaryDirectory<R>(_ body: (String) async throws -> R) async throws -> R {
    let url = FileManager.default.temporaryDirectory
        .appendingPathComponent("xapiankit-tests-\(UUID().uuidString)", isDirectory: true)
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: url) }
    return try await body(url.path)
}

/// Expects `body` to throw a `XapianError` with `code`, and returns it for further checks.
@discardableResult
func expectXapianError(
    _ code: XapianError.Code, sourceLocation: SourceLocation = #_sourceLocation, _ body: () throws -> Void
) throws -> XapianError {
    do {
        try body()
    } catch let error as XapianError {
        #expect(error.code == code, "\(error)", sourceLocation: sourceLocation)
        return error
    }
    Issue.record("expected XapianError \(code), nothing was thrown", sourceLocation: sourceLocation)
    throw XapianError(code: .internal, message: "no error thrown", operation: "test")
}

let dateSlot: UInt32 = 0

struct Article {
    var id: String
    var title: String
    var body: String
    var date: String
    var places: [String]
    var actors: [String]
}

let articles: [Article] = [
    Article(id: "a1", title: "Ceasefire talks in Kyiv",
            body: "Diplomats are running negotiations as troops advanced near the city.",
            date: "20230701", places: ["kyiv"], actors: ["zelensky", "blinken"]),
    Article(id: "a2", title: "Markets rally",
            body: "Stock markets climbed higher on strong earnings.",
            date: "20230705", places: ["london"], actors: ["sunak"]),
    Article(id: "a3", title: "Kyiv power outages",
            body: "Power outages hit Kyiv after strikes; engineers advance repairs.",
            date: "20230708", places: ["kyiv"], actors: ["zelensky"]),
    Article(id: "a4", title: "Summit in Vilnius",
            body: "NATO leaders met in Vilnius to discuss Ukraine membership.",
            date: "20230711", places: ["vilnius"], actors: ["blinken", "stoltenberg"]),
    Article(id: "a5", title: "Election in London",
            body: "Voters in London head to the polls.",
            date: "20230630", places: ["london"], actors: ["sunak"]),
]

func makeDocument(_ article: Article) throws -> Document {
    let doc = try Document()
    try doc.indexText(article.title, weight: 3, prefix: "S")
    try doc.increasePosition(by: 100)
    try doc.indexText(article.title)
    try doc.increasePosition(by: 100)
    try doc.indexText(article.body)
    for place in article.places { try doc.addBooleanTerm("XPLACE" + place) }
    for actor in article.actors { try doc.addBooleanTerm("XACTOR" + actor) }
    try doc.setValue(article.date, slot: dateSlot)
    try doc.setData(Array(article.id.utf8))
    return doc
}

/// A committed index of `articles` at `path`, opened read-only.
func makeNewsIndex(at path: String) throws -> Database {
    do {
        let writer = try WritableDatabase(path: path)
        for article in articles {
            try writer.replaceDocument(idTerm: "Q" + article.id, makeDocument(article))
        }
        try writer.commit()
    }
    return try Database(path: path)
}

/// The article ids of the hits, in rank order.
func ids(_ results: SearchResults) throws -> [String] {
    try results.hits.map { String(decoding: try $0.document.data(), as: UTF8.self) }
}

func search(_ db: Database, _ query: Query, limit: Int = 100) throws -> [String] {
    try ids(db.search(query, options: SearchOptions(limit: limit)))
}

func newsParser() throws -> QueryParser {
    let parser = try QueryParser()
    try parser.addPrefix(field: "title", prefix: "S")
    try parser.addBooleanPrefix(field: "place", prefix: "XPLACE")
    try parser.addDateRange(slot: dateSlot, field: "date")
    return parser
}
