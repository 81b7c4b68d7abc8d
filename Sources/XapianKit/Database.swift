internal import CXapian

/// A Xapian database open for reading.
///
/// A reader sees the commit that was current when it was opened (or last reopened), so
/// long-lived readers call `reopen()` to pick up new commits. Not thread-safe: use one
/// instance per thread at a time.
public class Database {
    let handle: OpaquePointer
    let path: String

    init(handle: OpaquePointer, path: String) {
        self.handle = handle
        self.path = path
    }

    /// Opens an existing database; a missing one is an error (`.databaseOpening`) rather
    /// than silently creating an empty index.
    public convenience init(path: String) throws {
        var handle: OpaquePointer? = nil
        try check("open \(path) read-only") { cxp_database_open(path, &handle, $0) }
        self.init(handle: handle!, path: path)
    }

    deinit {
        // Closes the database (and for a writer commits and releases the lock) now rather
        // than when Xapian drops its last internal reference.
        cxp_database_free(handle)
    }

    /// Moves to the latest commit; returns whether there was a newer one. Also the cure for
    /// `.databaseModified`.
    @discardableResult
    public func reopen() throws -> Bool {
        var changed: Int32 = 0
        try check("reopen \(path)") { cxp_database_reopen(handle, &changed, $0) }
        return changed != 0
    }

    public var documentCount: Int {
        get throws {
            var count: UInt32 = 0
            try check("count documents in \(path)") { cxp_database_doccount(handle, &count, $0) }
            return Int(count)
        }
    }

    /// Increases by one per commit, so callers can tell whether anything changed.
    public var revision: UInt64 {
        get throws {
            var revision: UInt64 = 0
            try check("read revision of \(path)") { cxp_database_revision(handle, &revision, $0) }
            return revision
        }
    }

    /// How many documents index `term` (0 when none).
    public func termFrequency(_ term: String) throws -> Int {
        var frequency: UInt32 = 0
        try withBytes(term) { bytes, length in
            try check("term frequency of \(term) in \(path)") {
                cxp_database_term_frequency(handle, bytes, length, &frequency, $0)
            }
        }
        return Int(frequency)
    }

    /// Every term starting with `prefix`, in byte order, with its term frequency.
    public func terms(withPrefix prefix: String) throws -> [TermCount] {
        var list: OpaquePointer? = nil
        try withBytes(prefix) { bytes, length in
            try check("list terms with prefix \(prefix) in \(path)") {
                cxp_database_terms_with_prefix(handle, bytes, length, &list, $0)
            }
        }
        return takeTermList(list)
    }

    /// User metadata; nil when unset, because Xapian does not distinguish unset from empty.
    public func metadata(_ key: String) throws -> String? {
        var value: UnsafeMutablePointer<CChar>? = nil
        var length = 0
        try withBytes(key) { bytes, keyLength in
            try check("read metadata \(key) in \(path)") {
                cxp_database_get_metadata(handle, bytes, keyLength, &value, &length, $0)
            }
        }
        let text = takeString(value, length)
        return text.isEmpty ? nil : text
    }

    public func metadataKeys(withPrefix prefix: String) throws -> [String] {
        var list: OpaquePointer? = nil
        try withBytes(prefix) { bytes, length in
            try check("list metadata keys with prefix \(prefix) in \(path)") {
                cxp_database_metadata_keys(handle, bytes, length, &list, $0)
            }
        }
        return takeTermList(list).map(\.term)
    }

    /// The document indexed by `idTerm`, or nil when there is none.
    public func document(idTerm: String) throws -> Document? {
        var document: OpaquePointer? = nil
        do {
            try withBytes(idTerm) { bytes, length in
                try check("find document \(idTerm) in \(path)") {
                    cxp_database_find_document(handle, bytes, length, &document, $0)
                }
            }
        } catch let error as XapianError where error.code == .notFound {
            return nil
        }
        return Document(handle: document!, owner: self)
    }

    /// Runs `query`. The results keep this database open, since their documents are read
    /// from it lazily.
    public func search(_ query: Query, options: SearchOptions = SearchOptions()) throws -> SearchResults {
        try SearchResults(database: self, query: query, options: options)
    }
}

/// A database open for writing. Only one writer may hold a database at a time; a second
/// fails with `.databaseLocked`. Changes become visible to readers at `commit()` (or when
/// the writer is released, which commits).
public final class WritableDatabase: Database {
    public init(path: String, create: Bool = true) throws {
        var handle: OpaquePointer? = nil
        try check("open \(path) for writing") {
            cxp_database_open_writable(path, create ? 1 : 0, &handle, $0)
        }
        super.init(handle: handle!, path: path)
    }

    /// Adds `doc`, or replaces the documents already indexed by `idTerm`, so re-indexing an
    /// article never duplicates it. The id term is added to `doc` if it lacks it.
    @discardableResult
    public func replaceDocument(idTerm: String, _ doc: Document) throws -> UInt32 {
        var docid: UInt32 = 0
        try withExtendedLifetime(doc) {
            try withBytes(idTerm) { bytes, length in
                try check("replace document \(idTerm) in \(path)") {
                    cxp_database_replace_document(handle, bytes, length, doc.handle, &docid, $0)
                }
            }
        }
        return docid
    }

    /// Returns whether a document was there to delete.
    public func deleteDocument(idTerm: String) throws -> Bool {
        var deleted: Int32 = 0
        try withBytes(idTerm) { bytes, length in
            try check("delete document \(idTerm) in \(path)") {
                cxp_database_delete_document(handle, bytes, length, &deleted, $0)
            }
        }
        return deleted != 0
    }

    /// Sets user metadata; an empty value deletes the key.
    public func setMetadata(_ key: String, _ value: String) throws {
        try withBytes(key) { keyBytes, keyLength in
            try withBytes(value) { valueBytes, valueLength in
                try check("set metadata \(key) in \(path)") {
                    cxp_database_set_metadata(handle, keyBytes, keyLength, valueBytes, valueLength, $0)
                }
            }
        }
    }

    public func commit() throws {
        try check("commit \(path)") { cxp_database_commit(handle, $0) }
    }
}
