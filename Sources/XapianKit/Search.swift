internal import CXapian
#if canImport(Glibc)
internal import Glibc
#elseif canImport(Musl)
internal import Musl
#elseif canImport(Darwin)
internal import Darwin
#endif

/// How to run a search.
public struct SearchOptions: Sendable {
    public enum Sort: Sendable {
        /// BM25 relevance.
        case relevance
        /// By a value slot (byte order), relevance breaking ties.
        case value(slot: UInt32, descending: Bool)
    }

    public var offset: Int
    public var limit: Int
    public var sort: Sort
    /// Evaluate at least this many matches. Totals and facet counts are estimates unless
    /// the matcher sees every match; the document count makes them exact.
    public var checkAtLeast: Int
    /// Term prefixes to count over the matching documents (see `SearchResults.facetCounts`).
    public var facetPrefixes: [String]
    /// A value slot listing each document's facet terms, separated by "\n": read instead of
    /// the termlist, which is much slower (it is stored compressed).
    public var facetValueSlot: UInt32?
    /// The stemmer `snippet` uses to find the query's words; match the indexing language.
    public var stemLanguage: String
    /// Seconds of matching before Xapian stops evaluating (nil: no limit); past it totals and
    /// facets are estimates, which `totals` shows as lower < upper.
    public var timeLimit: Double?

    public init(offset: Int = 0, limit: Int = 10, sort: Sort = .relevance, checkAtLeast: Int = 0,
                facetPrefixes: [String] = [], stemLanguage: String = "en", timeLimit: Double? = nil,
                facetValueSlot: UInt32? = nil) {
        self.timeLimit = timeLimit
        self.facetValueSlot = facetValueSlot
        self.offset = offset
        self.limit = limit
        self.sort = sort
        self.checkAtLeast = checkAtLeast
        self.facetPrefixes = facetPrefixes
        self.stemLanguage = stemLanguage
    }
}

/// One page of a search, with totals and facets over the whole evaluated match set.
///
/// Keeps the database open (documents are read lazily) and keeps what `snippet` needs.
public final class SearchResults {
    public struct Hit {
        public let docid: UInt32
        public let weight: Double
        public let document: Document
    }

    private let handle: OpaquePointer
    private let database: Database
    public let hits: [Hit]
    /// Match counts; equal to each other only when the matcher saw every match.
    public let totals: (lower: Int, estimated: Int, upper: Int)
    /// How many matching documents fed the facet counts; less than `totals.upper` means
    /// the counts are a sample.
    public let facetDocumentsSeen: Int

    init(database: Database, query: Query, options: SearchOptions) throws {
        let operation = "search \(database.path) for \(query)"
        let offset = try uint32(options.offset, "offset", operation)
        let limit = try uint32(options.limit, "limit", operation)
        let checkAtLeast = try uint32(options.checkAtLeast, "checkAtLeast", operation)
        var sortSlot: Int32 = -1
        var descending: Int32 = 0
        if case let .value(slot, isDescending) = options.sort {
            guard let slot = Int32(exactly: slot) else {
                throw XapianError(code: .invalidArgument, message: "sort slot \(slot) is too large",
                                  operation: operation)
            }
            sortSlot = slot
            descending = isDescending ? 1 : 0
        }
        let prefixes = options.facetPrefixes.map { strdup($0) }
        defer { prefixes.forEach { free($0) } }
        let prefixPointers: [UnsafePointer<CChar>?] = prefixes.map { UnsafePointer($0) }

        var results: OpaquePointer? = nil
        try withExtendedLifetime(query) {
            try prefixPointers.withUnsafeBufferPointer { prefixBuffer in
                try options.stemLanguage.withCString { stem in
                    var cOptions = cxp_search_options(
                        offset: offset, limit: limit, sort_slot: sortSlot, sort_descending: descending,
                        check_at_least: checkAtLeast, facet_prefixes: prefixBuffer.baseAddress,
                        facet_prefix_count: prefixBuffer.count,
                        facet_value_slot: options.facetValueSlot.map { Int32($0) } ?? -1, stem_language: stem,
                        time_limit: options.timeLimit ?? 0)
                    try check(operation) {
                        cxp_search(database.handle, query.handle, &cOptions, &results, $0)
                    }
                }
            }
        }
        let handle = results!
        self.handle = handle
        self.database = database

        var lower: UInt32 = 0, estimated: UInt32 = 0, upper: UInt32 = 0
        cxp_results_totals(handle, &lower, &estimated, &upper)
        totals = (Int(lower), Int(estimated), Int(upper))
        facetDocumentsSeen = Int(cxp_results_facet_documents_seen(handle))

        var hits: [Hit] = []
        do {
            for index in 0..<cxp_results_count(handle) {
                var docid: UInt32 = 0
                var weight = 0.0
                var document: OpaquePointer? = nil
                try check("read hit \(index) of \(operation)") {
                    cxp_results_hit(handle, index, &docid, &weight, &document, $0)
                }
                hits.append(Hit(docid: docid, weight: weight,
                                document: Document(handle: document!, owner: database)))
            }
        } catch {
            cxp_results_free(handle)
            throw error
        }
        self.hits = hits
    }

    deinit { cxp_results_free(handle) }

    /// The passage of `text` (at most `length` bytes) that best matches the query, with the
    /// query's words, stemmed forms included, wrapped in `highlight`. The result is
    /// HTML-escaped, so highlight markup can be HTML.
    public func snippet(of text: String, length: Int, highlight: (start: String, end: String),
                        omit: String = "…") throws -> String {
        var pointer: UnsafeMutablePointer<CChar>? = nil
        var outLength = 0
        try withBytes(text) { bytes, textLength in
            try check("make snippet") {
                cxp_results_snippet(handle, bytes, textLength, length < 0 ? 0 : length,
                                    highlight.start, highlight.end, omit, &pointer, &outLength, $0)
            }
        }
        return takeString(pointer, outLength)
    }

    /// Counts of each facet term (prefix included) over the evaluated matches, most frequent
    /// first, ties in term order. A document counts once for each of its facet terms.
    public func facetCounts() throws -> [TermCount] {
        var list: OpaquePointer? = nil
        try check("read facet counts") { cxp_results_facets(handle, &list, $0) }
        return takeTermList(list)
    }
}
