/// A search, as the CLI's options and the daemon's query parameters describe it.
public struct SearchRequest: Codable, Sendable, Hashable {
    public enum Sort: String, Codable, Sendable, CaseIterable {
        case relevance
        case date
    }

    public var query: String
    public var actors: [String]
    public var places: [String]
    /// Places whose articles, or articles about anything inside them, match (roll-up).
    public var within: [String] = []
    /// `YYYY-MM-DD`, inclusive.
    public var from: String?
    public var to: String?
    public var sort: Sort
    public var offset: Int
    public var limit: Int
    /// How many entries each facet lists.
    public var facetLimit: Int
    /// Read at least this index revision (a client's own writes); the daemon refuses when it
    /// has not committed it yet.
    public var minRevision: UInt64?

    public init(query: String = "", actors: [String] = [], places: [String] = [], from: String? = nil, to: String? = nil,
                sort: Sort = .relevance, offset: Int = 0, limit: Int = 10, facetLimit: Int = 10, minRevision: UInt64? = nil) {
        self.minRevision = minRevision
        self.query = query
        self.actors = actors
        self.places = places
        self.from = from
        self.to = to
        self.sort = sort
        self.offset = offset
        self.limit = limit
        self.facetLimit = facetLimit
    }

    public static let maximumLimit = 1000
    public static let maximumQueryLength = 1000
}
