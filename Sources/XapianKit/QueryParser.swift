internal import CXapian
#if canImport(Glibc)
internal import Glibc
#elseif canImport(Musl)
internal import Musl
#elseif canImport(Darwin)
internal import Darwin
#endif

/// Turns what users type into a `Query`, with the same stemming the documents were indexed
/// with (the languages must match for stemmed words to be found).
///
/// Not thread-safe; field resolvers run synchronously inside `parse`.
public final class QueryParser {
    /// The syntax to accept; raw values are the C layer's.
    public struct ParseFlags: OptionSet, Sendable {
        public let rawValue: UInt32
        public init(rawValue: UInt32) { self.rawValue = rawValue }

        /// AND, OR, NOT, XOR and parentheses.
        public static let boolean = ParseFlags(rawValue: 1)
        /// "Quoted phrases" (needs documents indexed with positions).
        public static let phrase = ParseFlags(rawValue: 2)
        /// +must and -mustnot.
        public static let loveHate = ParseFlags(rawValue: 4)
        /// Trailing `*` (needs a database passed to `parse`).
        public static let wildcard = ParseFlags(rawValue: 8)
        /// Lower-case and/or/not as operators too.
        public static let booleanAnyCase = ParseFlags(rawValue: 16)

        public static let `default`: ParseFlags = [.boolean, .phrase, .loveHate]
    }

    /// Holds a resolver closure at a stable address the C callback can be given.
    private final class FieldResolver {
        let resolve: (String) throws -> [String]
        init(_ resolve: @escaping (String) throws -> [String]) { self.resolve = resolve }
    }

    private let handle: OpaquePointer
    private let stemLanguage: String
    /// Retained here because the C parser holds only raw pointers to them.
    private var resolvers: [Unmanaged<FieldResolver>] = []

    /// true: every word must match (AND); false (Xapian's default): any word (OR).
    public var defaultOperatorIsAnd = false
    /// Caps how many terms one `word*` expands to, keeping the most frequent; nil for no cap.
    public var maxWildcardExpansion: Int? = nil

    public init(stemLanguage: String = "en") throws {
        var handle: OpaquePointer? = nil
        try check("create query parser (stemmer \(stemLanguage))") {
            cxp_query_parser_new(stemLanguage, &handle, $0)
        }
        self.handle = handle!
        self.stemLanguage = stemLanguage
    }

    deinit {
        cxp_query_parser_free(handle)
        for resolver in resolvers { resolver.release() }
    }

    /// `field:words` searches free text indexed with `prefix`.
    public func addPrefix(field: String, prefix: String) throws {
        try check("add prefix \(field):") { cxp_query_parser_add_prefix(handle, field, prefix, $0) }
    }

    /// `field:value` filters on the boolean term `prefix + value`, taken literally.
    public func addBooleanPrefix(field: String, prefix: String) throws {
        try check("add boolean prefix \(field):") {
            cxp_query_parser_add_boolean_prefix(handle, field, prefix, $0)
        }
    }

    /// `field:value` filters on the terms `resolve` returns (ORed), so spelling variants can
    /// map to one canonical term. An error thrown by `resolve` fails the parse with
    /// `.fieldRejected` and the error's description as the message; no terms matches nothing.
    public func addBooleanField(_ field: String, resolve: @escaping (String) throws -> [String]) throws {
        let resolver = Unmanaged.passRetained(FieldResolver(resolve))
        do {
            try check("add boolean field \(field):") {
                cxp_query_parser_add_boolean_callback(handle, field, { context, value, length, sink, errorOut in
                    let resolver = Unmanaged<FieldResolver>.fromOpaque(context!).takeUnretainedValue()
                    let text = value.map { pointer in
                        pointer.withMemoryRebound(to: UInt8.self, capacity: length) {
                            String(decoding: UnsafeBufferPointer(start: $0, count: length), as: UTF8.self)
                        }
                    } ?? ""
                    do {
                        for term in try resolver.resolve(text) {
                            withBytes(term) { cxp_term_sink_add(sink, $0, $1) }
                        }
                        return 0
                    } catch {
                        errorOut?.pointee = strdup(String(describing: error))
                        return 1
                    }
                }, resolver.toOpaque(), $0)
            }
        } catch {
            resolver.release()
            throw error
        }
        resolvers.append(resolver)
    }

    /// `field:FROM..TO` on dates stored in `slot` as YYYYMMDD; FROM and TO may be YYYY-MM-DD
    /// or YYYYMMDD, and either may be left out.
    public func addDateRange(slot: UInt32, field: String) throws {
        try check("add date range \(field):") {
            cxp_query_parser_add_date_range(handle, slot, field, $0)
        }
    }

    /// `database` supplies the vocabulary that wildcards expand against.
    public func parse(_ string: String, flags: ParseFlags = .default, database: Database? = nil) throws -> Query {
        let operation = "parse query \"\(string)\""
        // The settings are applied here so that setting them cannot fail.
        try check(operation) { cxp_query_parser_set_default_and(handle, defaultOperatorIsAnd ? 1 : 0, $0) }
        let expansion = try uint32(maxWildcardExpansion ?? 0, "maxWildcardExpansion", operation)
        try check(operation) { cxp_query_parser_set_max_wildcard_expansion(handle, expansion, $0) }
        var query: OpaquePointer? = nil
        try withExtendedLifetime(database) {
            try withBytes(string) { bytes, length in
                try check(operation) {
                    cxp_query_parser_parse(handle, database?.handle, bytes, length, flags.rawValue, &query, $0)
                }
            }
        }
        return Query(parsedHandle: query!)
    }
}
