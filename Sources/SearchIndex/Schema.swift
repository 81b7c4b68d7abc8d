import Entities

/// Everything about how articles are laid out in Xapian, in one place (like notmuch's
/// prefix table): term prefixes, value slots, metadata keys. Conventions follow Xapian's
/// omega: single capitals for standard fields, X-prefixes for our own.
enum Schema {
    /// Bumped when the document layout or the cleaning and extraction change in a way
    /// that makes re-indexing worthwhile; it is part of every content hash.
    static let version = "2"

    enum Prefix {
        /// Boolean: the article id; `replace_document(Q<id>)` makes re-indexing idempotent.
        static let id = "Q"
        /// Free text: title words (also indexed unprefixed, weighted up).
        static let title = "S"
        /// Boolean: canonical entity ids, lower case (so the query parser adds no ":").
        static let actor = "XACTOR"
        static let place = "XPLACE"
        /// Boolean: regions and countries that contain a mentioned place (roll-up).
        static let within = "XWITHIN"
        /// Boolean: the source (outlet), slugged.
        static let source = "XSOURCE"

        static func entity(_ facet: EntityFacet) -> String {
            facet == .actor ? actor : place
        }
    }

    enum Slot {
        /// `YYYYMMDD`; sorts and range-filters as bytes.
        static let date: UInt32 = 0
        /// Hash of the article as read plus `Schema.version`; unchanged articles are skipped.
        static let contentHash: UInt32 = 1
        /// The article's XACTOR/XPLACE terms, "\n"-separated, for facet counting: far cheaper
        /// to read per matching document than its (compressed) termlist.
        static let facetTerms: UInt32 = 2
    }

    enum Metadata {
        static let schemaVersion = "sitrep:schema"
        /// ISO-8601 time of the last commit that changed articles.
        static let lastUpdate = "sitrep:last-update"
        /// `entity:<id>` -> JSON EntityRecord.
        static let entityPrefix = "entity:"
        /// `alias:<key>`, `skeleton:<key>`, `surname:<key>` -> space-separated entity ids.
        static func lookupKey(_ namespace: String, _ value: String) -> String {
            let key = "\(namespace):\(value)"
            return key.utf8.count <= 200 ? key : String(decoding: key.utf8.prefix(200), as: UTF8.self)
        }
    }

    /// Sources become terms; Xapian terms are at most 245 bytes.
    static func sourceSlug(_ source: String) -> String {
        String(NameKey.slug(source).prefix(120))
    }

    static let stemLanguage = "en"
    /// Title words count this many times a body word.
    static let titleWeight = 3
}
