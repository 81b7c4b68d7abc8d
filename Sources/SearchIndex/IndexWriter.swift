import Articles
import Entities
import Foundation
import SitrepAPI
import XapianKit

/// The one writer of an index: cleans articles, extracts and resolves their entities, and
/// writes them in batches. Xapian allows one writer per database; a second one gets
/// `indexLocked`. Nothing is visible to readers before `commit()`, and a crash loses at
/// most the uncommitted batch, never committed articles.
public final class IndexWriter {
    public enum Outcome: Sendable, Equatable {
        case added
        case updated
        case unchanged
    }

    public let path: String
    /// Articles written per commit: large enough that commits do not dominate indexing,
    /// small enough that a crash loses little and readers see progress.
    public var batchSize = 2000
    private let database: WritableDatabase
    private var registry: EntityRegistry
    private let cleaner: ArticleCleaner
    private let extractor: EntityExtractor
    private var pending = 0

    /// Xapian commits a writer's pending documents when it closes; committing here first
    /// makes sure the entity records they refer to are committed with them.
    deinit {
        _ = try? commit()
    }

    /// `curated`: the built-in registry, possibly extended by a user's file (see
    /// `CuratedEntities.load(file:)`).
    public init(path: String, curated: CuratedEntities = .builtIn) throws(SitrepError) {
        self.path = path
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            throw SitrepError(.io, "cannot create index folder \(path)", cause: error.localizedDescription)
        }
        let database = try translatingErrors(index: path) { try WritableDatabase(path: path, create: true) }
        self.database = database
        registry = try translatingErrors(index: path) {
            var records: [EntityRecord] = []
            for key in try database.metadataKeys(withPrefix: Schema.Metadata.entityPrefix) {
                guard let json = try database.metadata(key) else { continue }
                do { records.append(try JSONDecoder().decode(EntityRecord.self, from: Data(json.utf8))) } catch {
                    throw SitrepError(.indexCorrupt, "index \(path): entity record '\(key)' is unreadable", cause: "\(error)")
                }
            }
            return EntityRegistry(records: records, curated: curated)
        }
        let extractor = EntityExtractor(curated: curated)
        self.extractor = extractor
        cleaner = ArticleCleaner(knowing: extractor)
    }

    /// Adds or replaces one article. Throws `ArticleError` when the article itself is bad
    /// (nothing is written), `SitrepError` when the index fails.
    @discardableResult
    public func add(_ raw: RawArticle) throws -> Outcome {
        let idTerm = Schema.Prefix.id + raw.id
        let hash = ContentHash.of(raw)
        let existing = try translatingErrors(index: path) { try database.document(idTerm: idTerm) }
        if let existing, try translatingErrors(index: path, { try existing.value(slot: Schema.Slot.contentHash) }) == hash {
            return .unchanged
        }
        let article = try cleaner.clean(raw)
        // Reads self.registry in place: a local copy alive across `resolve` below would make
        // every article copy the whole registry (copy-on-write).
        let entities = extractor.entities(in: article) { self.registry.knownKind(ofNormalizedName: $0) }
        let records = entities.map { self.registry.resolve($0) }
        do {
            let document = try makeDocument(article, entities: records, hash: hash)
            try database.replaceDocument(idTerm: idTerm, document)
        } catch let error as XapianError where error.code == .invalidArgument {
            // Xapian refused this article's content (a term or value out of bounds): reject
            // it, keep the others.
            throw ArticleError(.invalidField, at: raw.origin, "cannot be indexed: \(error.message)")
        } catch let error as XapianError {
            throw SitrepError(error, index: path)
        }
        try countPendingChange()
        return existing == nil ? .added : .updated
    }

    /// Removes an article; false when there was none.
    public func delete(id: String) throws(SitrepError) -> Bool {
        let deleted = try translatingErrors(index: path) { try database.deleteDocument(idTerm: Schema.Prefix.id + id) }
        if deleted { try countPendingChange() }
        return deleted
    }

    /// Makes every change so far durable and visible, with the entity records it needs;
    /// returns the new revision.
    @discardableResult
    public func commit() throws(SitrepError) -> UInt64 {
        try translatingErrors(index: path) {
            let changes = registry.changes
            // Nothing to write: the revision stays, so readers see no change either.
            guard pending > 0 || !changes.isEmpty else { return try database.revision }
            let encoder = JSONEncoder()
            encoder.outputFormatting = .sortedKeys
            for record in changes {
                let json = String(decoding: try encoder.encode(record), as: UTF8.self)
                try database.setMetadata(Schema.Metadata.entityPrefix + record.id, json)
                for key in registry.keys(of: record) {
                    let ids = registry.ids(forKey: key).sorted().joined(separator: " ")
                    try database.setMetadata(Schema.Metadata.lookupKey(key.namespace.rawValue, key.value), ids)
                }
            }
            try database.setMetadata(Schema.Metadata.lastUpdate, ISO8601DateFormatter().string(from: Date()))
            try database.setMetadata(Schema.Metadata.schemaVersion, Schema.version)
            try database.commit()
            registry.markPersisted()
            pending = 0
            return try database.revision
        }
    }

    public var revision: UInt64 {
        get throws(SitrepError) { try translatingErrors(index: path) { try database.revision } }
    }

    private func countPendingChange() throws(SitrepError) {
        pending += 1
        if pending >= batchSize { try commit() }
    }

    private func makeDocument(_ article: Article, entities: [EntityRecord], hash: String) throws -> Document {
        let document = try Document(stemLanguage: Schema.stemLanguage)
        try document.indexText(article.title, weight: Schema.titleWeight)
        try document.indexText(article.title, prefix: Schema.Prefix.title)
        for paragraph in article.paragraphs {
            // A gap between paragraphs keeps phrases and NEAR from spanning them.
            try document.increasePosition(by: 10)
            try document.indexText(paragraph)
        }
        let compounds = HyphenatedCompounds.joinedForms(in: [article.title] + article.paragraphs)
        if !compounds.isEmpty {
            try document.indexText(compounds.joined(separator: " "), positions: false)
        }
        try document.addBooleanTerm(Schema.Prefix.id + article.id)
        var within: Set<String> = []
        var facetTerms: Set<String> = []
        for record in entities {
            let term = Schema.Prefix.entity(record.kind.facet) + record.id
            try document.addBooleanTerm(term)
            facetTerms.insert(term)
            within.formUnion(record.within ?? [])
        }
        if !facetTerms.isEmpty { try document.setValue(facetTerms.sorted().joined(separator: "\n"), slot: Schema.Slot.facetTerms) }
        for id in within.sorted() { try document.addBooleanTerm(Schema.Prefix.within + id) }
        if let source = article.source, !source.isEmpty {
            try document.addBooleanTerm(Schema.Prefix.source + Schema.sourceSlug(source))
        }
        if let date = article.date { try document.setValue(date.compact, slot: Schema.Slot.date) }
        try document.setValue(hash, slot: Schema.Slot.contentHash)
        let refs = { (facet: EntityFacet) in
            entities.filter { $0.kind.facet == facet }.map { EntityRef(id: $0.id, name: $0.name, kind: $0.kind.rawValue) }
        }
        let stored = StoredArticle(
            id: article.id, title: article.title, titleIsDerived: article.titleIsDerived,
            date: article.date?.description, source: article.source, url: article.url,
            origin: article.origin.description, body: article.body, actors: refs(.actor), places: refs(.place))
        try document.setData(try stored.encoded())
        return document
    }
}

/// "counter-offensive" and "counteroffensive" must find each other: each hyphenated word
/// is also indexed joined, and the query side asks for both forms (see QueryText).
enum HyphenatedCompounds {
    static func joinedForms(in texts: [String]) -> [String] {
        var forms: Set<String> = []
        for text in texts where text.utf8.contains(UInt8(ascii: "-")) {
            for word in text.split(whereSeparator: { !$0.isLetter && $0 != "-" }) where word.contains("-") {
                let parts = word.split(separator: "-")
                guard parts.count >= 2, parts.allSatisfy({ !$0.isEmpty }) else { continue }
                forms.insert(parts.joined().lowercased())
            }
        }
        return forms.sorted()
    }
}
