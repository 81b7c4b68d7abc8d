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
    /// The kind of each name the registry knows, by normalised name: what extraction on the
    /// preparing threads may read. It changes only between batches, when no preparation
    /// holds it, so it is never copied; a snapshot of the whole registry was copied by the
    /// writer's first change in every batch, a cost that grew with the archive.
    private var knownKinds: [String: EntityKind] = [:]
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
        learnKinds()
    }

    /// Brings `knownKinds` up to date with the names the registry has gained.
    private func learnKinds() {
        for key in registry.takeChangedAliasKeys() {
            knownKinds[key] = registry.knownKind(ofNormalizedName: key)
        }
    }

    /// Adds or replaces one article. Throws `ArticleError` when the article itself is bad
    /// (nothing is written), `SitrepError` when the index fails.
    @discardableResult
    public func add(_ raw: RawArticle) throws -> Outcome {
        try add(contentsOf: [raw])[0].get()
    }

    /// Adds or replaces articles, in order, with the outcomes `add(_:)` would give one by
    /// one. The work that needs no shared state (cleaning, extraction, term generation) runs
    /// on the other cores while this thread looks up, resolves entities and writes, as
    /// Xapian's writer and the registry require. Extraction reads the names known before
    /// the batch: an entity first seen in a batch is "known" from the next one.
    public func add(contentsOf raws: [RawArticle]) throws(SitrepError) -> [Result<Outcome, ArticleError>] {
        // An id repeated in the batch must find its earlier copy written (or rejected), as
        // one by one: the batch is cut before each repeat.
        var outcomes: [Result<Outcome, ArticleError>] = []
        var start = 0
        while start < raws.count {
            var ids: Set<String> = []
            var end = start
            while end < raws.count, ids.insert(raws[end].id).inserted { end += 1 }
            outcomes += try add(distinct: raws[start..<end])
            start = end
        }
        return outcomes
    }

    private func add(distinct raws: ArraySlice<RawArticle>) throws(SitrepError) -> [Result<Outcome, ArticleError>] {
        var outcomes = [Result<Outcome, ArticleError>?](repeating: nil, count: raws.count)
        var work: [Work] = []
        for (index, raw) in raws.enumerated() {
            let hash = ContentHash.of(raw)
            let document = try translatingErrors(index: path) { try database.document(idTerm: Schema.Prefix.id + raw.id) }
            let previous = try translatingErrors(index: path) { try document.map { try $0.value(slot: Schema.Slot.contentHash) } }
            if previous == hash {
                outcomes[index] = .success(.unchanged)
            } else {
                work.append(Work(index: index, raw: raw, hash: hash, outcome: document == nil ? .added : .updated))
            }
        }

        // Chunks are prepared one ahead of the writer: while this thread writes chunk i, the
        // other cores prepare chunk i + 1.
        let chunks = stride(from: 0, to: work.count, by: Self.preparationChunk).map {
            Array(work[$0..<min($0 + Self.preparationChunk, work.count)])
        }
        do {
            let known = knownKinds
            var next = chunks.first.map { Preparation(of: $0, cleaner: cleaner, extractor: extractor, known: known) }
            for (number, chunk) in chunks.enumerated() {
                let prepared = next!.results()
                next = number + 1 < chunks.count
                    ? Preparation(of: chunks[number + 1], cleaner: cleaner, extractor: extractor, known: known) : nil
                for (item, preparation) in zip(chunk, prepared) {
                    outcomes[item.index] = try write(item, preparation)
                }
            }
        }
        learnKinds()
        return outcomes.map { $0! }
    }

    /// Articles prepared per chunk: enough to spread over the threads, few enough that the
    /// writer soon has work.
    static let preparationChunk = 64

    /// Threads preparing while this one writes: every other core. More would take turns
    /// with the writer, which is the critical path (on two cores, three busy threads made
    /// indexing slower than preparing and writing in turn).
    static let preparationThreads = max(1, ProcessInfo.processInfo.activeProcessorCount - 1)

    /// An article to write, and what writing it will make of it.
    struct Work: Sendable {
        let index: Int
        let raw: RawArticle
        let hash: String
        let outcome: Outcome
    }

    private func write(_ item: Work, _ preparation: Result<Prepared, ArticleError>) throws(SitrepError)
        -> Result<Outcome, ArticleError> {
        let ready: Prepared
        switch preparation {
        case .failure(let error): return .failure(error)
        case .success(let prepared): ready = prepared
        }
        let records = ready.entities.map { registry.resolve($0) }
        do {
            try complete(ready.document, article: ready.article, entities: records)
            try database.replaceDocument(idTerm: Schema.Prefix.id + item.raw.id, ready.document)
        } catch let error as XapianError where error.code == .invalidArgument {
            // Xapian refused this article's content (a term or value out of bounds): reject
            // it, keep the others.
            return .failure(ArticleError(.invalidField, at: item.raw.origin, "cannot be indexed: \(error.message)"))
        } catch let error as XapianError {
            throw SitrepError(error, index: path)
        } catch {
            throw SitrepError(.internal, "index \(path): \(error)")
        }
        try countPendingChange()
        return .success(item.outcome)
    }

    /// An article cleaned, its entities found and its text turned into terms, ready for
    /// the writer thread to resolve the entities and write it.
    struct Prepared {
        let article: Article
        let entities: [ArticleEntity]
        let document: Document
    }

    /// One chunk being prepared on other threads: cleaning, extraction and term generation,
    /// which share nothing but the read-only map of known names.
    private final class Preparation: @unchecked Sendable {
        // Raw memory, not an Array property: concurrent writes to one array property would
        // be overlapping accesses, which Swift's exclusivity checks reject. Each worker
        // writes its own slots; `results()` reads them once the group has finished.
        private let slots: UnsafeMutableBufferPointer<Result<Prepared, ArticleError>?>
        private let finished = DispatchGroup()

        init(of work: [Work], cleaner: ArticleCleaner, extractor: EntityExtractor, known: [String: EntityKind]) {
            let slots = UnsafeMutableBufferPointer<Result<Prepared, ArticleError>?>.allocate(capacity: work.count)
            slots.initialize(repeating: nil)
            self.slots = slots
            let writable = SlotWriter(slots: slots)
            // One slice per preparing thread, interleaved so that slow articles spread out.
            let threads = min(IndexWriter.preparationThreads, work.count)
            for slice in 0..<threads {
                DispatchQueue.global().async(group: finished) {
                    for index in stride(from: slice, to: work.count, by: threads) {
                        writable.store(Self.prepare(work[index], cleaner: cleaner, extractor: extractor, known: known),
                                       at: index)
                    }
                }
            }
        }

        private static func prepare(_ item: Work, cleaner: ArticleCleaner, extractor: EntityExtractor,
                                    known: [String: EntityKind]) -> Result<Prepared, ArticleError> {
            do {
                let article = try cleaner.clean(item.raw)
                let entities = extractor.entities(in: article) { known[$0] }
                let document = try IndexWriter.textDocument(article, hash: item.hash)
                return .success(Prepared(article: article, entities: entities, document: document))
            } catch let error as ArticleError {
                return .failure(error)
            } catch {
                return .failure(ArticleError(.invalidField, at: item.raw.origin, "cannot be indexed: \(error)"))
            }
        }

        deinit {
            finished.wait()
            slots.deinitialize()
            slots.deallocate()
        }

        func results() -> [Result<Prepared, ArticleError>] {
            finished.wait()
            return slots.map { $0! }
        }

        /// The slots as the workers see them: each writes only its own index.
        private struct SlotWriter: @unchecked Sendable {
            let slots: UnsafeMutableBufferPointer<Result<Prepared, ArticleError>?>
            func store(_ result: Result<Prepared, ArticleError>, at index: Int) { slots[index] = result }
        }
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

    /// The part of an article's document that needs no registry: its text, id, source,
    /// date and content hash.
    fileprivate static func textDocument(_ article: Article, hash: String) throws -> Document {
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
        if let source = article.source, !source.isEmpty {
            try document.addBooleanTerm(Schema.Prefix.source + Schema.sourceSlug(source))
        }
        if let date = article.date { try document.setValue(date.compact, slot: Schema.Slot.date) }
        try document.setValue(hash, slot: Schema.Slot.contentHash)
        return document
    }

    /// Adds what needs the resolved entities: facet and roll-up terms, the facet slot and
    /// the stored article.
    private func complete(_ document: Document, article: Article, entities: [EntityRecord]) throws {
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
        // Two of the article's names may be one entity of the index ("U.S. Food and Drug
        // Administration" and "FDA"): the article lists it once.
        let refs = { (facet: EntityFacet) -> [EntityRef] in
            var listed: Set<String> = []
            return entities.filter { $0.kind.facet == facet && listed.insert($0.id).inserted }
                .map { EntityRef(id: $0.id, name: $0.name, kind: $0.kind.rawValue) }
        }
        let stored = StoredArticle(
            id: article.id, title: article.title, titleIsDerived: article.titleIsDerived,
            date: article.date?.description, source: article.source, url: article.url,
            origin: article.origin.description, body: article.body, actors: refs(.actor), places: refs(.place))
        try document.setData(stored.encoded())
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
