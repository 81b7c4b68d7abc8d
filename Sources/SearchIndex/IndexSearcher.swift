import Articles
import Entities
import Foundation
import SitrepAPI
import XapianKit

/// Answers searches on one index. A searcher reads the revision it opened (or last
/// reopened); it is not thread-safe (Xapian handles are not), so use one per thread.
public final class IndexSearcher {
    public let path: String
    private let database: Database
    private let store: MetadataEntityStore

    /// Bytes of body text around the best match that a hit shows.
    public static let snippetLength = 240
    public static let maximumWildcardExpansion = 200
    /// Seconds the matcher may spend on one search (nil: unlimited). Past it Xapian stops
    /// evaluating, and the response says `totalIsExact: false`.
    public var timeBudget: Double?

    public init(path: String) throws(SitrepError) {
        self.path = path
        guard FileManager.default.fileExists(atPath: path) else {
            throw SitrepError(.indexMissing, "no index at \(path); create one with `sitrep index PATH...`")
        }
        database = try translatingErrors(index: path) { try Database(path: path) }
        store = MetadataEntityStore(database: database)
    }

    /// Moves to the latest committed revision; true when there was a newer one.
    @discardableResult
    public func reopen() throws(SitrepError) -> Bool {
        let changed = try translatingErrors(index: path) { try database.reopen() }
        if changed { store.invalidate() }
        return changed
    }

    public var revision: UInt64 {
        get throws(SitrepError) { try translatingErrors(index: path) { try database.revision } }
    }

    // MARK: Search

    public func search(_ request: SearchRequest) throws(SitrepError) -> SearchResponse {
        try validate(request)
        return try translatingErrors(index: path) { try reopeningIfOverwritten { try unsafeSearch(request) } }
    }

    /// A reader left behind by many commits gets DatabaseModifiedError; it must reopen and
    /// try again (once: a second failure is reported).
    private func reopeningIfOverwritten<T>(_ body: () throws -> T) throws -> T {
        do { return try body() } catch let error as XapianError where error.code == .databaseModified {
            try database.reopen()
            store.invalidate()
            return try body()
        }
    }

    private func unsafeSearch(_ request: SearchRequest) throws -> SearchResponse {
        let filter = try filterQuery(actors: request.actors, places: request.places, within: request.within,
                                     from: request.from, to: request.to)
        var matched = "all"
        var results = try run(request, text: request.query, defaultAnd: true, filter: filter)
        if results.totals.upper == 0, request.query.split(whereSeparator: \.isWhitespace).count > 1 {
            let anyWord = try run(request, text: request.query, defaultAnd: false, filter: filter)
            if anyWord.totals.upper > 0 {
                results = anyWord
                matched = "any"
            }
        }
        let hits = try results.hits.map { hit -> SearchHit in
            let stored = try StoredArticle.decode(try hit.document.data(), id: "docid \(hit.docid)")
            let snippet = Self.oneLine(try results.snippet(of: stored.body, length: Self.snippetLength,
                                                           highlight: ("<b>", "</b>"), omit: "..."))
            return SearchHit(id: stored.id, title: stored.title, date: stored.date, source: stored.source,
                             score: (hit.weight * 1000).rounded() / 1000,
                             snippet: snippet.isEmpty ? Self.escapedLead(of: stored.body) : snippet,
                             actors: stored.actors, places: stored.places)
        }
        let counts = try results.facetCounts()
        let facets = Facets(actor: facetCounts(counts, .actor, limit: request.facetLimit),
                            place: facetCounts(counts, .place, limit: request.facetLimit))
        let exact = results.totals.lower == results.totals.upper
        return SearchResponse(total: exact ? results.totals.lower : results.totals.estimated, totalIsExact: exact,
                              matched: matched, hits: hits, facets: facets, revision: try database.revision)
    }

    /// One facet's counts over the articles matching `query` (every article when empty).
    public func facets(_ facet: EntityFacet, query: String, limit: Int) throws(SitrepError) -> FacetResponse {
        guard limit >= 0 else { throw SitrepError(.badRequest, "limit must not be negative") }
        let request = SearchRequest(query: query, limit: 0, facetLimit: limit)
        let response = try search(request)
        return FacetResponse(facet: facet.rawValue, total: response.total,
                             counts: facet == .actor ? response.facets.actor : response.facets.place,
                             revision: response.revision)
    }

    private func run(_ request: SearchRequest, text: String, defaultAnd: Bool, filter: Query?) throws -> SearchResults {
        var query = try parse(text, defaultAnd: defaultAnd)
        if let filter { query = try Query.combine(.filter, [query, filter]) }
        // Facets are exact, so the matcher must see every match (and the total is exact too).
        // Without facets it may stop once the page is certain, and the total is estimated:
        // on a large index that is the difference between reading every posting and a few.
        let counting = request.facetLimit > 0
        let options = SearchOptions(
            offset: request.offset, limit: request.limit,
            sort: request.sort == .date ? .value(slot: Schema.Slot.date, descending: true) : .relevance,
            checkAtLeast: counting ? try database.documentCount : 0,
            facetPrefixes: counting ? [Schema.Prefix.actor, Schema.Prefix.place] : [],
            stemLanguage: Schema.stemLanguage, timeLimit: timeBudget, facetValueSlot: Schema.Slot.facetTerms)
        return try database.search(query, options: options)
    }

    private func parse(_ text: String, defaultAnd: Bool) throws -> Query {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed.isEmpty || trimmed == "*" { return try Query.matchAll }
        let parser = try QueryParser(stemLanguage: Schema.stemLanguage)
        try parser.addPrefix(field: "title", prefix: Schema.Prefix.title)
        for facet in EntityFacet.allCases {
            try parser.addBooleanField(facet.rawValue) { [store] value in
                try Self.entityTerms(value, facet: facet, store: store)
            }
        }
        try parser.addBooleanField("source") { value in [Schema.Prefix.source + Schema.sourceSlug(value)] }
        try parser.addBooleanField("within") { [store] value in try Self.rollUpTerms(value, store: store) }
        try parser.addDateRange(slot: Schema.Slot.date, field: "date")
        parser.defaultOperatorIsAnd = defaultAnd
        parser.maxWildcardExpansion = Self.maximumWildcardExpansion
        let query = try parser.parse(QueryText.expandingHyphenatedWords(trimmed),
                                     flags: [.boolean, .phrase, .loveHate, .wildcard], database: database)
        return query
    }

    /// The start of the body, for hits that matched on filters alone, escaped like snippets.
    private static func escapedLead(of body: String) -> String {
        var lead = oneLine(String(body.prefix(snippetLength)))
        if body.count > snippetLength { lead += "..." }
        var escaped = ""
        escaped.reserveCapacity(lead.utf8.count + 16)
        for character in lead.unicodeScalars {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            default: escaped.unicodeScalars.append(character)
            }
        }
        return escaped
    }

    /// Paragraph breaks mean nothing in a one-line passage: each becomes a space. (A byte
    /// loop: Foundation's replacingOccurrences bridged to NSString cost more than the match.)
    static func oneLine(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "\n")) else { return text }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var previousWasBreak = false
        for byte in text.utf8 {
            if byte == UInt8(ascii: "\n") {
                if !previousWasBreak { bytes.append(UInt8(ascii: " ")) }
                previousWasBreak = true
            } else {
                bytes.append(byte)
                previousWasBreak = false
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func entityTerms(_ value: String, facet: EntityFacet, store: MetadataEntityStore) throws -> [String] {
        let records = store.lookup(value, facet: facet)
        guard !records.isEmpty else {
            throw SitrepError(.unknownEntity, "unknown \(facet.rawValue) '\(value)'; list known ones with `sitrep entities`")
        }
        return records.map { Schema.Prefix.entity(facet) + $0.id }
    }

    /// A place and everything indexed as inside it ("within:Ukraine": Kyiv, Bakhmut, ...).
    private static func rollUpTerms(_ value: String, store: MetadataEntityStore) throws -> [String] {
        try entityTerms(value, facet: .place, store: store).flatMap { term in
            [term, Schema.Prefix.within + term.dropFirst(Schema.Prefix.place.count)]
        }
    }

    private func filterQuery(actors: [String], places: [String], within: [String], from: String?, to: String?) throws -> Query? {
        var filters: [Query] = []
        for value in within {
            filters.append(try Query.combine(.or, try Self.rollUpTerms(value, store: store).map { try Query.term($0) }))
        }
        for (values, facet) in [(actors, EntityFacet.actor), (places, .place)] {
            for value in values {
                let terms = try Self.entityTerms(value, facet: facet, store: store).map { try Query.term($0) }
                filters.append(try Query.combine(.or, terms))
            }
        }
        if from != nil || to != nil {
            filters.append(try Query.valueRange(slot: Schema.Slot.date, from: try compactDate(from, "from"),
                                                to: try compactDate(to, "to")))
        }
        return filters.isEmpty ? nil : try Query.combine(.and, filters)
    }

    private func compactDate(_ text: String?, _ name: String) throws(SitrepError) -> String? {
        guard let text else { return nil }
        guard let date = ArticleDate(parsing: text) else {
            throw SitrepError(.badRequest, "bad date '\(text)' for \(name): expected YYYY-MM-DD")
        }
        return date.compact
    }

    private func validate(_ request: SearchRequest) throws(SitrepError) {
        if request.query.count > SearchRequest.maximumQueryLength {
            throw SitrepError(.badRequest, "query is \(request.query.count) characters; the limit is \(SearchRequest.maximumQueryLength)")
        }
        if request.limit < 0 || request.limit > SearchRequest.maximumLimit {
            throw SitrepError(.badRequest, "limit must be 0 to \(SearchRequest.maximumLimit), not \(request.limit)")
        }
        if request.offset < 0 { throw SitrepError(.badRequest, "offset must not be negative") }
        if request.facetLimit < 0 { throw SitrepError(.badRequest, "facet limit must not be negative") }
    }

    private func facetCounts(_ counts: [TermCount], _ facet: EntityFacet, limit: Int) -> [FacetCount] {
        let prefix = Schema.Prefix.entity(facet)
        return counts.lazy.filter { $0.term.hasPrefix(prefix) }.prefix(limit).map { count in
            let id = String(count.term.dropFirst(prefix.count))
            let record = store.record(id: id)
            return FacetCount(id: id, name: record?.name ?? id, kind: record?.kind.rawValue, count: count.count, within: record?.within)
        }
    }

    // MARK: Articles, status, entities

    public func article(id: String) throws(SitrepError) -> ArticleView {
        try translatingErrors(index: path) { try reopeningIfOverwritten {
            guard let document = try database.document(idTerm: Schema.Prefix.id + id) else {
                throw SitrepError(.notFound, "no article '\(id)' in \(path)")
            }
            return try StoredArticle.decode(try document.data(), id: id).view
        } }
    }

    public func status(version: String) throws(SitrepError) -> IndexStatus {
        try translatingErrors(index: path) {
            let actors = try database.terms(withPrefix: Schema.Prefix.actor).count
            let places = try database.terms(withPrefix: Schema.Prefix.place).count
            return IndexStatus(index: path, articles: try database.documentCount, entities: actors + places,
                               actors: actors, places: places, sizeBytes: folderSize(path),
                               revision: try database.revision,
                               lastUpdate: try database.metadata(Schema.Metadata.lastUpdate), version: version)
        }
    }

    /// Canonical entities whose name or an alias starts with `prefix`, most mentioned first;
    /// entities no article mentions any more are left out.
    public func entities(prefix: String, limit: Int) throws(SitrepError) -> [EntityListing] {
        guard limit >= 0 else { throw SitrepError(.badRequest, "limit must not be negative") }
        return try translatingErrors(index: path) {
            let normalized = NameKey.normalized(prefix)
            var ids = normalized.isEmpty ? Set(try store.allIDs()) : try store.ids(aliasPrefix: normalized)
            // A whole name in another spelling ("Zelenskyy") finds its entity too.
            for facet in EntityFacet.allCases where !normalized.isEmpty {
                ids.formUnion(store.lookup(prefix, facet: facet).map(\.id))
            }
            var listings: [EntityListing] = []
            for id in ids {
                guard let record = store.record(id: id) else { continue }
                let articles = try database.termFrequency(Schema.Prefix.entity(record.kind.facet) + id)
                guard articles > 0 else { continue }
                listings.append(EntityListing(id: id, name: record.name, kind: record.kind.rawValue,
                                              aliases: record.aliases, articles: articles, within: record.within))
            }
            listings.sort { ($1.articles, $0.name, $0.id) < ($0.articles, $1.name, $1.id) }
            return Array(listings.prefix(limit))
        }
    }
}
