import ArgumentParser
import Foundation
import SitrepAPI
import SitrepClient
import Synchronization

/// Search latency and throughput of a running sitrepd, as clients see them: each request
/// is a new connection (as a `sitrep` call or a script makes), timed from connect to the
/// last byte. Queries are 1 to 3 words drawn from real titles with a fixed seed, so two
/// runs on the same corpus send the same requests.
@main
struct SitrepBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sitrep-bench",
        abstract: "Measure Sitrep: a running daemon's searches, or cleaning and extraction alone.",
        subcommands: [DaemonBench.self, ExtractionBench.self]
    )
}

struct DaemonBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "daemon",
        abstract: "Measure a running sitrepd: search latency p50/p99 and requests per second per client count."
    )

    @Option(help: "The daemon's socket.")
    var socket: String

    @Option(help: "JSON Lines corpus whose titles give the queries.")
    var corpus: String

    @Option(help: "Client counts to measure, comma-separated.")
    var clients = "1,16"

    @Option(help: "Requests per measurement (after 200 warm-up requests).")
    var requests = 4000

    @Option(help: "Seed for drawing queries.")
    var seed: UInt64 = 42

    @Flag(help: "Print JSON.")
    var json = false

    struct Row: Codable {
        var clients: Int
        var requests: Int
        var failures: Int
        var p50Ms: Double
        var p99Ms: Double
        var requestsPerSecond: Double
    }

    func run() throws {
        let queries = try Self.queries(from: corpus, count: 1000, seed: seed)
        let client = DaemonClient(socketPath: socket)
        let status = try client.call("GET", "/v1/status", as: DaemonStatus.self)
        _ = measure(client, queries, clients: 4, requests: 200)
        let counts = clients.split(separator: ",").compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }
        let rows = counts.map { measure(client, queries, clients: $0, requests: requests) }
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            print(String(decoding: try encoder.encode(rows), as: UTF8.self))
            return
        }
        print("sitrepd \(status.version) on \(socket): \(status.index.articles) articles, \(queries.count) queries from \(corpus) (seed \(seed))")
        print("clients  requests  failures  p50 ms  p99 ms  requests/s")
        for row in rows {
            print(String(format: "%7d  %8d  %8d  %6.2f  %6.2f  %10.0f", row.clients, row.requests, row.failures, row.p50Ms, row.p99Ms,
                         row.requestsPerSecond))
        }
    }

    func measure(_ client: DaemonClient, _ queries: [String], clients: Int, requests: Int) -> Row {
        let perClient = max(1, requests / clients)
        let results = Mutex<(latencies: [Double], failures: Int)>(([], 0))
        let started = Date()
        DispatchQueue.concurrentPerform(iterations: clients) { number in
            var mine: [Double] = []
            var failed = 0
            for index in 0..<perClient {
                let query = queries[(number * perClient + index) % queries.count]
                let target = "/v1/search?" + DaemonClient.query([("q", query), ("limit", "10")])
                let begin = DispatchTime.now().uptimeNanoseconds
                let ok = ((try? client.send("GET", target, body: nil).status) ?? 0) == 200
                mine.append(Double(DispatchTime.now().uptimeNanoseconds - begin) / 1e6)
                if !ok { failed += 1 }
            }
            results.withLock {
                $0.latencies += mine
                $0.failures += failed
            }
        }
        let seconds = Date().timeIntervalSince(started)
        let (unsorted, failures) = results.withLock { $0 }
        let latencies = unsorted.sorted()
        func percentile(_ p: Double) -> Double { latencies[min(latencies.count - 1, Int(p / 100 * Double(latencies.count)))] }
        return Row(clients: clients, requests: latencies.count, failures: failures, p50Ms: percentile(50), p99Ms: percentile(99),
                   requestsPerSecond: Double(latencies.count) / seconds)
    }

    static let stopwords: Set<String> = ["the", "and", "for", "with", "from", "that", "this", "says", "said", "into", "over", "after", "its"]

    static func queries(from path: String, count: Int, seed: UInt64) throws -> [String] {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            throw ValidationError("cannot read the corpus \(path)")
        }
        var titles: [[String]] = []
        for line in text.split(separator: "\n").prefix(20_000) {
            guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                  let title = object["title"] as? String else { continue }
            let words = title.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init)
                .filter { $0.count >= 3 && !stopwords.contains($0) }
            if !words.isEmpty { titles.append(words) }
        }
        guard !titles.isEmpty else { throw ValidationError("no titles in \(path)") }
        var state = seed
        func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
        return (0..<count).map { _ in
            let words = titles[next(titles.count)]
            let length = min(words.count, 1 + next(3))
            let start = next(words.count - length + 1)
            return words[start..<(start + length)].joined(separator: " ")
        }
    }
}
