import Articles
import SitrepAPI

/// Articles read one at a time (a file, a request body) fed to the writer in batches, so
/// that preparing them uses every core (`IndexWriter.add(contentsOf:)`), with the counts
/// and rejections of an ingest report. The CLI's embedded indexing and the daemon share it.
public final class BatchedIngest {
    /// Large enough to keep both cores busy between writes, small enough that a rejection
    /// is reported soon after its article was read.
    public static let defaultBatchSize = 256

    private let writer: IndexWriter
    private let batchSize: Int
    private let onRejection: (IngestReport.Rejection) -> Void
    private var pending: [RawArticle] = []
    public private(set) var report = IngestReport()

    public init(writer: IndexWriter, batchSize: Int = defaultBatchSize,
                onRejection: @escaping (IngestReport.Rejection) -> Void = { _ in }) {
        self.writer = writer
        self.batchSize = max(1, batchSize)
        self.onRejection = onRejection
    }

    /// One article as read, or the reader's error for it (reported like a rejection).
    public func submit(_ read: Result<RawArticle, ArticleError>) throws(SitrepError) {
        switch read {
        case .failure(let error): reject(error)
        case .success(let raw):
            pending.append(raw)
            if pending.count >= batchSize { try flush() }
        }
    }

    /// Writes what is pending and commits; the report's revision holds every accepted article.
    public func finish() throws(SitrepError) -> IngestReport {
        try flush()
        report.revision = try writer.commit()
        return report
    }

    private func flush() throws(SitrepError) {
        guard !pending.isEmpty else { return }
        let batch = pending
        pending.removeAll(keepingCapacity: true)
        for outcome in try writer.add(contentsOf: batch) {
            switch outcome {
            case .success(.added): report.added += 1
            case .success(.updated): report.updated += 1
            case .success(.unchanged): report.unchanged += 1
            case .failure(let error): reject(error)
            }
        }
    }

    private func reject(_ error: ArticleError) {
        let rejection = IngestReport.Rejection(error)
        report.rejected.append(rejection)
        onRejection(rejection)
    }
}

extension IngestReport.Rejection {
    public init(_ error: ArticleError) {
        self.init(location: error.location.description, field: error.field, code: error.code.rawValue, message: error.message)
    }
}
