internal import CXapian

/// A search query, built directly or by `QueryParser`.
///
/// Sendable although it wraps a C++ object: a Query is never changed after it is made
/// (every operation builds a new one), and the one hazard of sharing Xapian::Query across
/// threads, its non-atomic reference counts, is handled in the C layer, which takes a lock
/// whenever it copies or drops a reference to a caller's query and searches with a
/// private deep copy.
public final class Query: @unchecked Sendable, CustomStringConvertible {
    public enum Operator: Sendable {
        case and, or, andNot
        /// Like `and`, but only the first subquery contributes to the weight: for filters.
        case filter
    }

    let handle: OpaquePointer

    private init(handle: OpaquePointer) {
        self.handle = handle
    }

    private static func make(
        _ operation: @autoclosure () -> String,
        _ body: (UnsafeMutablePointer<OpaquePointer?>, UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> cxp_status
    ) throws -> Query {
        var handle: OpaquePointer? = nil
        try check(operation()) { body(&handle, $0) }
        return Query(handle: handle!)
    }

    init(parsedHandle handle: OpaquePointer) {
        self.handle = handle
    }

    deinit { cxp_query_free(handle) }

    /// Documents indexing `term` exactly (no stemming); the empty term is refused.
    public static func term(_ term: String) throws -> Query {
        try withBytes(term) { bytes, length in
            try make("make term query \(term)") { cxp_query_new_term(bytes, length, $0, $1) }
        }
    }

    /// Every document; useful as the base of a filter-only search.
    public static var matchAll: Query {
        get throws { try make("make match-all query") { cxp_query_new_match_all($0, $1) } }
    }

    /// Documents whose `slot` value lies in `from...to` by byte order; nil leaves that end open.
    public static func valueRange(slot: UInt32, from: String?, to: String?) throws -> Query {
        let operation = "make value range query on slot \(slot)"
        switch (from, to) {
        case let (low?, high?):
            return try make(operation) { cxp_query_new_value_range(slot, low, high, $0, $1) }
        case let (low?, nil):
            return try make(operation) { cxp_query_new_value_range(slot, low, nil, $0, $1) }
        case let (nil, high?):
            return try make(operation) { cxp_query_new_value_range(slot, nil, high, $0, $1) }
        case (nil, nil):
            return try make(operation) { cxp_query_new_value_range(slot, nil, nil, $0, $1) }
        }
    }

    /// Combines queries without consuming them; no subqueries gives a query matching nothing.
    public static func combine(_ op: Operator, _ subqueries: [Query]) throws -> Query {
        let cOp: cxp_query_op
        switch op {
        case .and: cOp = CXP_QUERY_AND
        case .or: cOp = CXP_QUERY_OR
        case .andNot: cOp = CXP_QUERY_AND_NOT
        case .filter: cOp = CXP_QUERY_FILTER
        }
        let handles: [OpaquePointer?] = subqueries.map(\.handle)
        return try withExtendedLifetime(subqueries) {
            try handles.withUnsafeBufferPointer { buffer in
                try make("combine \(subqueries.count) queries with \(op)") {
                    cxp_query_combine(cOp, buffer.baseAddress, buffer.count, $0, $1)
                }
            }
        }
    }

    /// Xapian's rendering, such as "Query((Zrun@1 AND XPLACEkyiv))": for logs and tests.
    public var description: String {
        var text: UnsafeMutablePointer<CChar>? = nil
        var message: UnsafeMutablePointer<CChar>? = nil
        guard cxp_query_describe(handle, &text, &message) == CXP_OK, let text else {
            defer { cxp_string_free(message) }
            return "Query(<undescribable: \(message.map { String(cString: $0) } ?? "unknown error")>)"
        }
        defer { cxp_string_free(text) }
        return String(cString: text)
    }

    /// True when the query matches nothing by construction, such as the parse of "".
    public var isEmpty: Bool { cxp_query_is_empty(handle) != 0 }
}
