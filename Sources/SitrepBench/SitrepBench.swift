import ArgumentParser
import Foundation
import SitrepAPI
import SitrepClient
import Synchronization

/// Measures Sitrep through its own code paths: embedded searches, a running daemon's
/// searches as clients see them, and cleaning plus extraction alone. `bench/run` drives it
/// beside the peer engines; each subcommand prints one JSON object per measurement.
@main
struct SitrepBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sitrep-bench",
        abstract: "Measure Sitrep: embedded searches, a running daemon's searches, or cleaning and extraction alone.",
        subcommands: [SearchBench.self, DaemonBench.self, ExtractionBench.self]
    )
}

/// A running sitrepd under 1 to N concurrent clients: each request is a new connection (as
/// a `sitrep` call or a script makes), timed from connect to the last byte of the answer.
struct DaemonBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "daemon",
        abstract: "Search latency p50/p95/p99 and requests per second of a running sitrepd, per client count."
    )

    @Option(help: "The daemon's socket.")
    var socket: String

    @OptionGroup var querySet: QuerySetOptions

    @Option(help: "Client counts to measure, comma-separated.")
    var clients = "1,4,16"

    @Option(help: "Requests per measurement, at least one pass over the queries (after an untimed warm-up pass).")
    var requests = 2000

    func run() throws {
        let set = try querySet.load()
        let targets = set.map { "/v1/search?" + DaemonClient.query($0.parameters(facetLimit: querySet.facets)) }
        let client = DaemonClient(socketPath: socket)
        _ = try client.call("GET", "/v1/status", as: DaemonStatus.self)
        _ = measure(client, targets, clients: 2, requests: targets.count)
        for count in clients.split(separator: ",").compactMap({ Int($0.trimmingCharacters(in: .whitespaces)) }) {
            let (latency, failures, perSecond) = measure(client, targets, clients: count, requests: max(requests, targets.count))
            var record = BenchRecord(engine: "sitrep", mode: querySet.mode("daemon"))
            record.add(latency)
            record["clients"] = .integer(count)
            record["failures"] = .integer(failures)
            record["requests_per_second"] = .number(perSecond)
            try printJSON(record)
        }
    }

    /// Answers with status 400 (an unknown entity in a filter) are answers; anything else
    /// but 200 is a failure.
    func measure(_ client: DaemonClient, _ targets: [String], clients: Int, requests: Int)
        -> (LatencySummary, failures: Int, perSecond: Double) {
        let perClient = max(1, requests / clients)
        let results = Mutex<(latencies: [Double], failures: Int)>(([], 0))
        let started = DispatchTime.now().uptimeNanoseconds
        DispatchQueue.concurrentPerform(iterations: clients) { number in
            var mine: [Double] = []
            var failed = 0
            for index in 0..<perClient {
                let target = targets[(number * perClient + index) % targets.count]
                let begin = DispatchTime.now().uptimeNanoseconds
                let status = (try? client.send("GET", target, body: nil).status) ?? 0
                mine.append(millisecondsSince(begin))
                if status != 200 && status != 400 { failed += 1 }
            }
            results.withLock {
                $0.latencies += mine
                $0.failures += failed
            }
        }
        let seconds = millisecondsSince(started) / 1000
        let (latencies, failures) = results.withLock { $0 }
        return (LatencySummary(milliseconds: latencies), failures, Double(latencies.count) / seconds)
    }
}
