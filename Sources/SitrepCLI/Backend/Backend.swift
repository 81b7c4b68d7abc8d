import Articles
import Entities
import SitrepAPI

/// Where a command's work happens: on an index folder in this process, or in sitrepd.
/// Both return the same SitrepAPI values, so every printer shows the same results.
protocol Backend {
    func search(_ request: SearchRequest) throws -> SearchResponse
    func facets(_ facet: EntityFacet, query: String, limit: Int) throws -> FacetResponse
    func article(id: String) throws -> ArticleView
    func entities(prefix: String, limit: Int) throws -> [EntityListing]
    func status() throws -> StatusReport
    /// Reads and indexes `files`, calling `rejected` for each bad article as it is found.
    /// On failure it throws `IngestInterrupted` with what was committed before.
    func ingest(_ files: [String], rejected: (IngestReport.Rejection) -> Void) throws -> IngestReport
}

/// An ingest that failed part way: the report says what earlier batches committed.
struct IngestInterrupted: Error {
    var report: IngestReport
    var cause: any Error
}

enum StatusReport {
    case index(IndexStatus)
    case daemon(DaemonStatus)
}

extension IngestReport.Rejection {
    /// `path:line: field 'date': message`, as `ArticleError` prints.
    var line: String {
        "\(location): " + (field.map { "field '\($0)': " } ?? "") + message
    }
}
