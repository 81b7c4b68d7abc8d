import Articles
import Entities
import SearchIndex
import SitrepAPI

/// Works on an index folder directly. Indexing takes the index's write lock, so it fails
/// (exit 75) while a daemon serves the same folder: send the articles to the daemon then.
struct EmbeddedBackend: Backend {
    let path: String
    let version: String
    /// A user's entity file for indexing (docs/ENTITIES.md).
    var entitiesFile: String? = nil

    func search(_ request: SearchRequest) throws -> SearchResponse { try IndexSearcher(path: path).search(request) }

    func facets(_ facet: EntityFacet, query: String, limit: Int) throws -> FacetResponse {
        try IndexSearcher(path: path).facets(facet, query: query, limit: limit)
    }

    func article(id: String) throws -> ArticleView { try IndexSearcher(path: path).article(id: id) }

    func entities(prefix: String, limit: Int) throws -> [EntityListing] {
        try IndexSearcher(path: path).entities(prefix: prefix, limit: limit)
    }

    func status() throws -> StatusReport { .index(try IndexSearcher(path: path).status(version: version)) }

    func ingest(_ files: [String], rejected: (IngestReport.Rejection) -> Void) throws -> IngestReport {
        let writer = try IndexWriter(path: path, curated: try .builtIn(extendedBy: entitiesFile))
        // The ingest ends within this call, and with it its hold on the callback.
        let report = try withoutActuallyEscaping(rejected) { rejected in
            let ingest = BatchedIngest(writer: writer, onRejection: rejected)
            try ArticleReader().read(files) { try ingest.submit($0) }
            return try ingest.finish()
        }
        return report
    }
}
