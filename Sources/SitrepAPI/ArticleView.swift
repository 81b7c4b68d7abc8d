/// A whole article as stored (`sitrep show`).
public struct ArticleView: Codable, Sendable, Hashable {
    public var id: String
    public var title: String
    public var titleIsDerived: Bool
    public var date: String?
    public var source: String?
    public var url: String?
    public var origin: String?
    public var body: String
    public var actors: [EntityRef]
    public var places: [EntityRef]

    public init(id: String, title: String, titleIsDerived: Bool, date: String?, source: String?, url: String?,
                origin: String?, body: String, actors: [EntityRef], places: [EntityRef]) {
        self.id = id
        self.title = title
        self.titleIsDerived = titleIsDerived
        self.date = date
        self.source = source
        self.url = url
        self.origin = origin
        self.body = body
        self.actors = actors
        self.places = places
    }
}

/// What an ingest did (`sitrep index`).
public struct IngestReport: Codable, Sendable, Hashable {
    public struct Rejection: Codable, Sendable, Hashable {
        /// `path:line` or the request position.
        public var location: String
        public var field: String?
        public var code: String
        public var message: String

        public init(location: String, field: String?, code: String, message: String) {
            self.location = location
            self.field = field
            self.code = code
            self.message = message
        }
    }

    public var added = 0
    public var updated = 0
    public var unchanged = 0
    public var rejected: [Rejection] = []
    /// The revision that holds every accepted article.
    public var revision: UInt64 = 0

    public init() {}
}

/// The state of an index (`sitrep status`).
public struct IndexStatus: Codable, Sendable, Hashable {
    public var index: String
    public var articles: Int
    public var entities: Int
    public var actors: Int
    public var places: Int
    public var sizeBytes: Int64
    public var revision: UInt64
    /// ISO-8601 time of the last commit that changed articles, nil for a new index.
    public var lastUpdate: String?
    public var version: String

    public init(index: String, articles: Int, entities: Int, actors: Int, places: Int, sizeBytes: Int64,
                revision: UInt64, lastUpdate: String?, version: String) {
        self.index = index
        self.articles = articles
        self.entities = entities
        self.actors = actors
        self.places = places
        self.sizeBytes = sizeBytes
        self.revision = revision
        self.lastUpdate = lastUpdate
        self.version = version
    }
}

/// An entity with its spellings and how many articles mention it (`sitrep entities`).
public struct EntityListing: Codable, Sendable, Hashable {
    public var id: String
    public var name: String
    public var kind: String
    public var aliases: [String]
    public var articles: Int
    public var within: [String]?

    public init(id: String, name: String, kind: String, aliases: [String], articles: Int, within: [String]?) {
        self.id = id
        self.name = name
        self.kind = kind
        self.aliases = aliases
        self.articles = articles
        self.within = within
    }
}

/// Errors as JSON: `{"error": {"code", "message"}}`.
public struct ErrorResponse: Codable, Sendable, Hashable {
    public struct Body: Codable, Sendable, Hashable {
        public var code: String
        public var message: String
    }

    public var error: Body

    public init(code: String, message: String) {
        error = Body(code: code, message: message)
    }
}
