/// Everything a daemon needs to know, with limits that keep one client from hurting the
/// others. Defaults suit a 2-core machine serving a newsroom.
public struct ServerConfiguration: Sendable {
    public var indexPath: String
    /// The socket path to bind, or (under systemd) the path the inherited socket has.
    public var socketPath: String
    /// Permissions of a socket file the daemon creates (systemd sets its own).
    public var socketMode: UInt16 = 0o660

    /// Request bodies larger than this get 413 (an ingest client sends batches).
    public var maximumBodyBytes = 32 << 20
    /// Request body bytes all connections together may hold; past it uploads get 503.
    public var maximumBufferedBytes = 128 << 20
    /// Connections beyond this get 503 and are closed at once.
    public var maximumConnections = 256
    /// A connection that sends nothing for this long is closed (idle keep-alive or stalled).
    public var idleTimeoutSeconds: Int64 = 30
    /// A request must arrive completely within this many seconds of its first byte.
    public var requestTimeoutSeconds: Int64 = 30
    /// Seconds of matching one search may take before Xapian stops evaluating.
    public var queryTimeBudgetSeconds = 2.0
    /// Threads answering searches, each with its own Xapian reader.
    public var readerThreads = 4
    /// A user's entity file extending the curated registry (docs/ENTITIES.md), if any.
    public var entitiesFile: String?

    public init(indexPath: String, socketPath: String) {
        self.indexPath = indexPath
        self.socketPath = socketPath
    }
}
