/// The JSON shapes of Sitrep's answers, shared by the embedded CLI and the daemon so both
/// print the same thing for the same index. Field names are part of the documented,
/// stable interface (docs/ARCHITECTURE.md): add fields, never rename them.

/// An entity as it appears in hits and facets.
public struct EntityRef: Codable, Sendable, Hashable {
    public var id: String
    public var name: String
    public var kind: String?

    public init(id: String, name: String, kind: String? = nil) {
        self.id = id
        self.name = name
        self.kind = kind
    }
}

public struct FacetCount: Codable, Sendable, Hashable {
    public var id: String
    public var name: String
    public var kind: String?
    public var count: Int
    /// For places: the ids of the region and country that contain it, innermost first (roll-up).
    public var within: [String]?

    public init(id: String, name: String, kind: String? = nil, count: Int, within: [String]? = nil) {
        self.id = id
        self.name = name
        self.kind = kind
        self.count = count
        self.within = within
    }
}

public struct Facets: Codable, Sendable, Hashable {
    public var actor: [FacetCount]
    public var place: [FacetCount]

    public init(actor: [FacetCount] = [], place: [FacetCount] = []) {
        self.actor = actor
        self.place = place
    }
}

public struct SearchHit: Codable, Sendable, Hashable {
    public var id: String
    public var title: String
    public var date: String?
    public var source: String?
    public var score: Double
    /// HTML-escaped text with the query's words in `<b>…</b>`.
    public var snippet: String
    public var actors: [EntityRef]
    public var places: [EntityRef]

    public init(id: String, title: String, date: String?, source: String?, score: Double, snippet: String,
                actors: [EntityRef], places: [EntityRef]) {
        self.id = id
        self.title = title
        self.date = date
        self.source = source
        self.score = score
        self.snippet = snippet
        self.actors = actors
        self.places = places
    }
}

public struct SearchResponse: Codable, Sendable, Hashable {
    public var total: Int
    /// False when `total` is Xapian's estimate (only when exact counting was not asked for).
    public var totalIsExact: Bool
    /// "all" when every word had to match, "any" when no article had them all and the
    /// search fell back to matching any word.
    public var matched: String
    public var hits: [SearchHit]
    public var facets: Facets
    /// The index revision the search read.
    public var revision: UInt64

    public init(total: Int, totalIsExact: Bool, matched: String, hits: [SearchHit], facets: Facets, revision: UInt64) {
        self.total = total
        self.totalIsExact = totalIsExact
        self.matched = matched
        self.hits = hits
        self.facets = facets
        self.revision = revision
    }
}

/// One facet on its own (`sitrep facets actor QUERY`).
public struct FacetResponse: Codable, Sendable, Hashable {
    public var facet: String
    public var total: Int
    public var counts: [FacetCount]
    public var revision: UInt64

    public init(facet: String, total: Int, counts: [FacetCount], revision: UInt64) {
        self.facet = facet
        self.total = total
        self.counts = counts
        self.revision = revision
    }
}
