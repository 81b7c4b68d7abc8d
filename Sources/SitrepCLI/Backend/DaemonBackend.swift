import Articles
import Entities
import Foundation
import SitrepAPI
import SitrepClient

/// Talks to sitrepd. Articles are read here (so file errors name local files) and sent
/// in batches as JSON Lines records that carry their origin, so the daemon's rejections
/// name the same file and line.
struct DaemonBackend: Backend {
    let client: DaemonClient

    /// A batch is sent when it reaches either bound (the daemon's default body limit is 32 MB).
    static let batchArticles = 500
    static let batchBytes = 8 << 20

    func search(_ request: SearchRequest) throws -> SearchResponse {
        var pairs: [(String, String)] = [("q", request.query)]
        pairs += request.actors.map { ("actor", $0) } + request.places.map { ("place", $0) } + request.within.map { ("within", $0) }
        if let from = request.from { pairs.append(("from", from)) }
        if let to = request.to { pairs.append(("to", to)) }
        pairs += [("sort", request.sort.rawValue), ("offset", String(request.offset)), ("limit", String(request.limit)),
                  ("facetLimit", String(request.facetLimit))]
        if let revision = request.minRevision { pairs.append(("minRevision", String(revision))) }
        return try client.call("GET", "/v1/search?" + DaemonClient.query(pairs), as: SearchResponse.self)
    }

    func facets(_ facet: EntityFacet, query: String, limit: Int) throws -> FacetResponse {
        try client.call("GET", "/v1/facets/\(facet.rawValue)?" + DaemonClient.query([("q", query), ("limit", String(limit))]),
                        as: FacetResponse.self)
    }

    func article(id: String) throws -> ArticleView {
        let encoded = id.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed.subtracting(["/"])) ?? id
        return try client.call("GET", "/v1/articles/\(encoded)", as: ArticleView.self)
    }

    func entities(prefix: String, limit: Int) throws -> [EntityListing] {
        try client.call("GET", "/v1/entities?" + DaemonClient.query([("prefix", prefix), ("limit", String(limit))]),
                        as: [EntityListing].self)
    }

    func status() throws -> StatusReport { .daemon(try client.call("GET", "/v1/status", as: DaemonStatus.self)) }

    func ingest(_ files: [String], rejected: (IngestReport.Rejection) -> Void) throws -> IngestReport {
        var report = IngestReport()
        var batch: [UInt8] = []
        var count = 0
        let encoder = JSONEncoder()
        encoder.outputFormatting = .withoutEscapingSlashes
        func flush() throws {
            guard count > 0 else { return }
            let answer = try client.call("POST", "/v1/articles", body: batch, as: IngestReport.self)
            report.added += answer.added
            report.updated += answer.updated
            report.unchanged += answer.unchanged
            report.rejected += answer.rejected
            report.revision = max(report.revision, answer.revision)
            answer.rejected.forEach(rejected)
            batch.removeAll(keepingCapacity: true)
            count = 0
        }
        do {
        try ArticleReader().read(files) { result in
            switch result {
            case .success(let raw):
                batch += Array(try encoder.encode(ArticleReader.record(of: raw))) + [0x0A]
                count += 1
                if count >= Self.batchArticles || batch.count >= Self.batchBytes { try flush() }
            case .failure(let error):
                let rejection = IngestReport.Rejection(error)
                report.rejected.append(rejection)
                rejected(rejection)
            }
        }
        try flush()
        } catch {
            throw IngestInterrupted(report: report, cause: error)
        }
        return report
    }
}
