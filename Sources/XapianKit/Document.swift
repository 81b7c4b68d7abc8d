internal import CXapian

/// A document being built for indexing, or one read back from a database.
///
/// Free text is stemmed with the document's language, and stemmed forms are stored with
/// Xapian's "Z" prefix next to the exact words, which is what `QueryParser` searches.
public final class Document {
    let handle: OpaquePointer
    /// The database a read-back document loads its data from lazily; kept alive with it.
    private let owner: Database?

    init(handle: OpaquePointer, owner: Database?) {
        self.handle = handle
        self.owner = owner
    }

    /// `stemLanguage` is a Xapian stemmer name ("en", "english", ...) or "none".
    public init(stemLanguage: String = "en") throws {
        var handle: OpaquePointer? = nil
        try check("create document (stemmer \(stemLanguage))") {
            cxp_document_new(stemLanguage, &handle, $0)
        }
        self.handle = handle!
        self.owner = nil
    }

    deinit { cxp_document_free(handle) }

    /// `weight` > 1 makes these words count more (titles); `positions: false` saves space
    /// where phrase searches are not needed. Consecutive calls continue the word positions.
    public func indexText(_ text: String, weight: Int = 1, prefix: String = "", positions: Bool = true) throws {
        let operation = "index text"
        let wdfInc = try uint32(weight, "weight", operation)
        try withBytes(text) { bytes, length in
            try check(operation) {
                cxp_document_index_text(handle, bytes, length, wdfInc, prefix, positions ? 1 : 0, $0)
            }
        }
    }

    /// Leaves a gap in word positions so a phrase cannot match across two fields.
    public func increasePosition(by delta: Int) throws {
        let operation = "increase term position"
        let amount = try uint32(delta, "position delta", operation)
        try check(operation) { cxp_document_increase_position(handle, amount, $0) }
    }

    /// A term for filtering, ids or facets that does not affect ranking.
    public func addBooleanTerm(_ term: String) throws {
        try withBytes(term) { bytes, length in
            try check("add boolean term \(term)") {
                cxp_document_add_boolean_term(handle, bytes, length, $0)
            }
        }
    }

    /// Opaque stored bytes returned with search hits (Xapian does not index them).
    public func setData(_ bytes: [UInt8]) throws {
        try bytes.withUnsafeBufferPointer { buffer in
            try buffer.withMemoryRebound(to: CChar.self) { chars in
                try check("set document data") {
                    cxp_document_set_data(handle, chars.baseAddress, chars.count, $0)
                }
            }
        }
    }

    public func data() throws -> [UInt8] {
        var pointer: UnsafeMutablePointer<CChar>? = nil
        var length = 0
        try check("read document data") { cxp_document_get_data(handle, &pointer, &length, $0) }
        return takeBytes(pointer, length)
    }

    /// A value slot, for sorting and ranges; compared as bytes, so store dates as YYYYMMDD.
    public func setValue(_ value: String, slot: UInt32) throws {
        try withBytes(value) { bytes, length in
            try check("set value slot \(slot)") {
                cxp_document_set_value(handle, slot, bytes, length, $0)
            }
        }
    }

    /// "" when the slot is unset.
    public func value(slot: UInt32) throws -> String {
        var pointer: UnsafeMutablePointer<CChar>? = nil
        var length = 0
        try check("read value slot \(slot)") {
            cxp_document_get_value(handle, slot, &pointer, &length, $0)
        }
        return takeString(pointer, length)
    }

    /// The document's terms starting with `prefix`, with within-document frequencies.
    public func terms(withPrefix prefix: String) throws -> [TermCount] {
        var list: OpaquePointer? = nil
        try withBytes(prefix) { bytes, length in
            try check("list document terms with prefix \(prefix)") {
                cxp_document_terms_with_prefix(handle, bytes, length, &list, $0)
            }
        }
        return takeTermList(list)
    }
}
