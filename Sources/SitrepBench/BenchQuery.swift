import ArgumentParser
import Foundation
import SitrepAPI

/// The options every search measurement shares: which queries, and whether to count facets.
struct QuerySetOptions: ParsableArguments {
    @Option(help: "The query set (JSON Lines, bench/queries.jsonl).")
    var queries: String

    @Option(help: "Use only the first N queries.")
    var limit: Int?

    @Option(help: "Facet entries per facet: 0 for plain ranked search, more for exact faceted search.")
    var facets: Int = 0

    func load() throws -> [BenchQuery] { try BenchQuery.load(queries, limit: limit) }

    /// "embedded" or "embedded-faceted", "daemon" or "daemon-faceted".
    func mode(_ base: String) -> String { facets > 0 ? base + "-faceted" : base }
}

/// One query of the shared benchmark set (bench/queries.jsonl), the same file every engine
/// runs: free text or a phrase, optionally an actor or place filter and a date range.
struct BenchQuery: Codable, Sendable {
    var id: String
    var text: String
    var phrase: Bool
    var actor: String?
    var place: String?
    var from: String?
    var to: String?

    /// The search Sitrep runs for it: filters are entity facets (peers, which have none,
    /// require the name as a phrase instead).
    func request(facetLimit: Int) -> SearchRequest {
        let words = text.trimmingCharacters(in: .whitespaces)
        return SearchRequest(query: phrase && !words.isEmpty ? "\"\(words)\"" : words,
                             actors: actor.map { [$0] } ?? [], places: place.map { [$0] } ?? [],
                             from: from, to: to, limit: 10, facetLimit: facetLimit)
    }

    /// The daemon's query parameters for the same search.
    func parameters(facetLimit: Int) -> [(String, String)] {
        let search = request(facetLimit: facetLimit)
        var parameters = [("q", search.query), ("limit", "10"), ("facetLimit", String(facetLimit))]
        parameters += search.actors.map { ("actor", $0) } + search.places.map { ("place", $0) }
        if let from { parameters.append(("from", from)) }
        if let to { parameters.append(("to", to)) }
        return parameters
    }

    static func load(_ path: String, limit: Int?) throws -> [BenchQuery] {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            throw ValidationError("cannot read the query file \(path)")
        }
        var queries: [BenchQuery] = []
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
        where !line.trimmingCharacters(in: .whitespaces).isEmpty {
            do { queries.append(try JSONDecoder().decode(BenchQuery.self, from: Data(line.utf8))) } catch {
                throw ValidationError("\(path):\(number + 1): not a benchmark query (\(error))")
            }
        }
        guard !queries.isEmpty else { throw ValidationError("\(path) holds no queries") }
        return limit.map { Array(queries.prefix($0)) } ?? queries
    }
}

/// Latency percentiles in milliseconds, named like the peers' output (bench/peers) so one
/// driver reads every engine's figures the same way.
struct LatencySummary {
    var count: Int
    var p50: Double
    var p95: Double
    var p99: Double
    var mean: Double

    init(milliseconds unsorted: [Double]) {
        let latencies = unsorted.sorted()
        // Linear interpolation between closest ranks, as the peers compute theirs.
        func percentile(_ p: Double) -> Double {
            guard !latencies.isEmpty else { return 0 }
            let position = p / 100 * Double(latencies.count - 1)
            let low = Int(position), high = min(low + 1, latencies.count - 1)
            return latencies[low] + (latencies[high] - latencies[low]) * (position - Double(low))
        }
        count = latencies.count
        p50 = percentile(50)
        p95 = percentile(95)
        p99 = percentile(99)
        mean = latencies.isEmpty ? 0 : latencies.reduce(0, +) / Double(latencies.count)
    }
}

/// One line of benchmark output: the figures in the peers' key names (snake case, like the
/// Python driver's), numbers rounded to microseconds.
struct BenchRecord: Encodable {
    private var fields: [String: Value] = [:]

    enum Value: Encodable {
        case number(Double)
        case integer(Int)
        case text(String)

        func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            switch self {
            case .number(let value): try container.encode((value * 1000).rounded() / 1000)
            case .integer(let value): try container.encode(value)
            case .text(let value): try container.encode(value)
            }
        }
    }

    init(engine: String, mode: String) {
        fields["engine"] = .text(engine)
        fields["mode"] = .text(mode)
    }

    subscript(key: String) -> Value? {
        get { fields[key] }
        set { fields[key] = newValue }
    }

    mutating func add(_ latency: LatencySummary) {
        fields["queries"] = .integer(latency.count)
        fields["p50_ms"] = .number(latency.p50)
        fields["p95_ms"] = .number(latency.p95)
        fields["p99_ms"] = .number(latency.p99)
        fields["mean_ms"] = .number(latency.mean)
    }

    func encode(to encoder: any Encoder) throws {
        try fields.encode(to: encoder)
    }
}

/// Milliseconds since `start` on the monotonic clock.
func millisecondsSince(_ start: UInt64) -> Double {
    Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
}

func printJSON(_ value: some Encodable) throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    print(String(decoding: try encoder.encode(value), as: UTF8.self))
}
