internal import CXapian

/// Calls `body` with a string's UTF-8 bytes as a (pointer, length) pair, the form the C
/// layer uses for terms and values because they may contain NUL.
func withBytes<R>(_ string: String, _ body: (UnsafePointer<CChar>?, Int) throws -> R) rethrows -> R {
    var string = string
    return try string.withUTF8 { buffer in
        try buffer.withMemoryRebound(to: CChar.self) { try body($0.baseAddress, $0.count) }
    }
}

/// Takes ownership of a malloc'd byte string from the C layer and frees it.
func takeBytes(_ pointer: UnsafeMutablePointer<CChar>?, _ length: Int) -> [UInt8] {
    defer { cxp_string_free(pointer) }
    guard let pointer else { return [] }
    return pointer.withMemoryRebound(to: UInt8.self, capacity: length) {
        Array(UnsafeBufferPointer(start: $0, count: length))
    }
}

/// As `takeBytes`, decoding UTF-8 (invalid sequences become U+FFFD rather than failing).
func takeString(_ pointer: UnsafeMutablePointer<CChar>?, _ length: Int) -> String {
    String(decoding: takeBytes(pointer, length), as: UTF8.self)
}

/// A term with a count: a term frequency, a within-document frequency or a facet count,
/// depending on where it came from.
public struct TermCount: Sendable, Hashable {
    public var term: String
    public var count: Int

    public init(term: String, count: Int) {
        self.term = term
        self.count = count
    }
}

/// Copies a C term list into Swift values and frees it.
func takeTermList(_ list: OpaquePointer?) -> [TermCount] {
    defer { cxp_term_list_free(list) }
    guard let list else { return [] }
    let count = cxp_term_list_count(list)
    var result: [TermCount] = []
    result.reserveCapacity(count)
    for index in 0..<count {
        var length = 0
        let term = cxp_term_list_term(list, index, &length)
        let text = term.map { pointer in
            pointer.withMemoryRebound(to: UInt8.self, capacity: length) {
                String(decoding: UnsafeBufferPointer(start: $0, count: length), as: UTF8.self)
            }
        } ?? ""
        result.append(TermCount(term: text, count: Int(cxp_term_list_frequency(list, index))))
    }
    return result
}
