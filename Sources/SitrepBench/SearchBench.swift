import ArgumentParser
import Foundation
import SearchIndex
import SitrepAPI

/// Embedded search latency: the shared query set against an index folder in this process,
/// timed from request to the page of hits with snippets (plus exact facets with
/// `--facets`), as the peers time theirs. Unknown entities count as answered (no hits):
/// the error is the answer a user gets.
struct SearchBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Search latency p50/p95/p99 of the benchmark queries on an index, without the daemon."
    )

    @Option(help: "The index folder.")
    var index: String

    @OptionGroup var querySet: QuerySetOptions

    @Option(help: "Timed passes over the queries (after one untimed warm-up pass).")
    var passes: Int = 1

    func run() throws {
        let set = try querySet.load()
        let searcher = try IndexSearcher(path: index)
        var latencies: [Double] = []
        var hitsTotal = 0, zeroHit = 0, failed = 0
        for pass in 0...max(1, passes) {
            for query in set {
                let request = query.request(facetLimit: querySet.facets)
                let start = DispatchTime.now().uptimeNanoseconds
                let response = try answer(request, searcher)
                let elapsed = millisecondsSince(start)
                guard pass > 0 else { continue }
                latencies.append(elapsed)
                if pass == 1 {
                    if response == nil { failed += 1 }
                    hitsTotal += response?.total ?? 0
                    if (response?.hits.isEmpty ?? true) { zeroHit += 1 }
                }
            }
        }
        var record = BenchRecord(engine: "sitrep", mode: querySet.mode("embedded"))
        record.add(LatencySummary(milliseconds: latencies))
        record["hits_total"] = .integer(hitsTotal)
        record["zero_hit_queries"] = .integer(zeroHit)
        record["unknown_entity_queries"] = .integer(failed)
        try printJSON(record)
    }

    /// nil for an unknown entity in a filter: that error is the answer a user gets.
    private func answer(_ request: SearchRequest, _ searcher: IndexSearcher) throws -> SearchResponse? {
        do {
            return try searcher.search(request)
        } catch {
            if error.code == .unknownEntity { return nil }
            throw error
        }
    }
}
