/// `GET /v1/status`: the index as `sitrep status` shows it, plus the daemon's own figures.
public struct DaemonStatus: Codable, Sendable, Hashable {
    public struct Requests: Codable, Sendable, Hashable {
        public var total: Int
        /// Counts by HTTP status code ("200", "400", ...).
        public var byStatus: [String: Int]
        /// Latency percentiles in milliseconds over the most recent requests (up to 10,000).
        public var latencyMs: [String: Double]

        public init(total: Int, byStatus: [String: Int], latencyMs: [String: Double]) {
            self.total = total
            self.byStatus = byStatus
            self.latencyMs = latencyMs
        }
    }

    public var version: String
    public var index: IndexStatus
    public var uptimeSeconds: Double
    public var socket: String
    public var requests: Requests

    public init(version: String, index: IndexStatus, uptimeSeconds: Double, socket: String, requests: Requests) {
        self.version = version
        self.index = index
        self.uptimeSeconds = uptimeSeconds
        self.socket = socket
        self.requests = requests
    }
}

/// `DELETE /v1/articles/{id}`.
public struct DeleteResponse: Codable, Sendable, Hashable {
    public var id: String
    public var deleted: Bool
    public var revision: UInt64

    public init(id: String, deleted: Bool, revision: UInt64) {
        self.id = id
        self.deleted = deleted
        self.revision = revision
    }
}
