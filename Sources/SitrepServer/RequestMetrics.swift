import Synchronization

/// Request counts by status and latency percentiles over the most recent requests, for
/// `GET /v1/status`. A ring of the last 10,000 latencies bounds memory whatever the uptime.
final class RequestMetrics: Sendable {
    private struct State {
        var total = 0
        var byStatus: [Int: Int] = [:]
        var recent: [Double] = []
        var next = 0
    }

    static let window = 10_000
    private let state = Mutex(State())

    func record(status: Int, milliseconds: Double) {
        state.withLock { state in
            state.total += 1
            state.byStatus[status, default: 0] += 1
            if state.recent.count < Self.window {
                state.recent.append(milliseconds)
            } else {
                state.recent[state.next] = milliseconds
            }
            state.next = (state.next + 1) % Self.window
        }
    }

    func snapshot() -> (total: Int, byStatus: [String: Int], latency: [String: Double]) {
        let state = state.withLock { $0 }
        let sorted = state.recent.sorted()
        func percentile(_ p: Double) -> Double {
            guard !sorted.isEmpty else { return 0 }
            let rank = Int((p / 100 * Double(sorted.count - 1)).rounded())
            return (sorted[rank] * 1000).rounded() / 1000
        }
        let latency = ["p50": percentile(50), "p90": percentile(90), "p99": percentile(99), "max": percentile(100)]
        return (state.total, Dictionary(uniqueKeysWithValues: state.byStatus.map { (String($0.key), $0.value) }), latency)
    }
}
