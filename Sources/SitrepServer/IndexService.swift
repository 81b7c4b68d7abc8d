import Articles
import Entities
import Foundation
import NIOPosix
import SearchIndex
import SitrepAPI
import Synchronization

/// The daemon's index: one writer on its own thread and a pool of readers on others.
///
/// Xapian allows one writer per database and its handles are not thread-safe, so the
/// writer lives on a single-thread pool (writes queue there and never block a search) and
/// every reader is used by one thread at a time. Readers move to the newest committed
/// revision before each search; a search may insist on a revision (`minRevision`) to read
/// its own writes.
public final class IndexService: Sendable {
    public let path: String
    private let writerThread = NIOThreadPool(numberOfThreads: 1)
    private let readerThreads: NIOThreadPool
    private let writer: ConfinedWriter
    private let readers: SearcherPool
    private let committed: Atomic<UInt64>
    private let timeBudget: Double

    public init(configuration: ServerConfiguration) throws(SitrepError) {
        path = configuration.indexPath
        let writer = try IndexWriter(path: path, curated: try .builtIn(extendedBy: configuration.entitiesFile))
        // A new index exists on disk for readers only once committed.
        committed = Atomic(try writer.commit())
        self.writer = ConfinedWriter(writer)
        readers = SearcherPool(path: path)
        timeBudget = configuration.queryTimeBudgetSeconds
        readerThreads = NIOThreadPool(numberOfThreads: max(1, configuration.readerThreads))
        writerThread.start()
        readerThreads.start()
    }

    /// The newest committed revision: what a search started now will read.
    public var revision: UInt64 { committed.load(ordering: .acquiring) }

    /// Runs `body` with a reader at the newest revision, on a reader thread.
    public func read<T: Sendable>(minRevision: UInt64? = nil, _ body: @escaping @Sendable (IndexSearcher) throws -> T) async throws -> T {
        let latest = revision
        if let minRevision, minRevision > latest {
            throw SitrepError(.badRequest, "revision \(minRevision) is not committed yet; the latest is \(latest)")
        }
        let readers = self.readers, timeBudget = self.timeBudget
        return try await readerThreads.runIfActive {
            try readers.with { searcher in
                searcher.timeBudget = timeBudget
                if (try? searcher.revision) ?? 0 < latest { try searcher.reopen() }
                return try body(searcher)
            }
        }
    }

    /// Adds the articles of a request body (ArticleBody) and commits them; the report's
    /// revision holds every accepted one. Parsing happens on the writer thread too: the
    /// cooperative pool (two threads here) must stay free for other requests.
    public func ingest(body: [UInt8]) async throws -> IngestReport {
        try await writerThread.runIfActive { [self] in
            let ingest = BatchedIngest(writer: writer.writer)
            for record in try ArticleBody.records(in: body) { try ingest.submit(record) }
            let report = try ingest.finish()
            // Published from the writer thread, so revisions never go backwards.
            committed.store(report.revision, ordering: .releasing)
            return report
        }
    }

    public func delete(id: String) async throws -> DeleteResponse {
        try await writerThread.runIfActive { [self] in
            let deleted = try writer.writer.delete(id: id)
            let revision = try writer.writer.commit()
            committed.store(revision, ordering: .releasing)
            return DeleteResponse(id: id, deleted: deleted, revision: revision)
        }
    }

    /// Commits what is pending and stops the threads; call once, after the last request.
    public func shutdown() async throws {
        let writer = self.writer
        _ = try await writerThread.runIfActive { try writer.writer.commit() }
        try await writerThread.shutdownGracefully()
        try await readerThreads.shutdownGracefully()
    }
}

/// The writer, reachable only from the writer pool's single thread: that confinement is
/// what makes sharing the reference safe.
private final class ConfinedWriter: @unchecked Sendable {
    let writer: IndexWriter
    init(_ writer: IndexWriter) { self.writer = writer }
}

/// Readers for reuse: each is checked out by one thread at a time under the lock, which
/// is what makes sharing the pool safe. Opening a reader costs a few file opens, so they
/// are kept rather than opened per search.
private final class SearcherPool: @unchecked Sendable {
    private let path: String
    private let lock = NSLock()
    private var idle: [IndexSearcher] = []

    init(path: String) { self.path = path }

    func with<T>(_ body: (IndexSearcher) throws -> T) throws -> T {
        lock.lock()
        let pooled = idle.popLast()
        lock.unlock()
        let searcher = try pooled ?? IndexSearcher(path: path)
        defer {
            lock.lock()
            idle.append(searcher)
            lock.unlock()
        }
        return try body(searcher)
    }
}
