import Logging
import NIOCore
import NIOHTTP1
import NIOPosix
import Synchronization

/// HTTP/1.1 over a Unix socket on SwiftNIO: keep-alive connections, bounded bodies and
/// connections, idle and slow-client timeouts, one log line per request, and a graceful
/// stop that finishes in-flight requests.
final class HTTPServer: Sendable {
    typealias Connection = NIOAsyncChannel<HTTPServerRequestPart, HTTPServerResponsePart>

    private let configuration: ServerConfiguration
    private let router: Router
    private let metrics: RequestMetrics
    private let logger: Logger
    private let connections = Mutex(ConnectionTable())
    private let serverChannel = Mutex<(any Channel)?>(nil)

    /// Open connections and whether each is inside a request, so a stop can close idle
    /// keep-alive connections at once and busy ones after their response.
    private struct ConnectionTable {
        var channels: [ObjectIdentifier: (channel: any Channel, busy: Bool)] = [:]
        var stopping = false
    }

    init(configuration: ServerConfiguration, router: Router, metrics: RequestMetrics, logger: Logger) {
        self.configuration = configuration
        self.router = router
        self.metrics = metrics
        self.logger = logger
    }

    typealias Listening = NIOAsyncChannel<Connection, Never>

    /// Binds the socket path (prepared by SocketBinding) or adopts systemd's socket.
    func bind(_ listener: SocketBinding.Listener, group: MultiThreadedEventLoopGroup) async throws -> Listening {
        let bootstrap = ServerBootstrap(group: group).serverChannelOption(.backlog, value: 256)
        let idle = TimeAmount.seconds(configuration.idleTimeoutSeconds)
        let initializer: @Sendable (any Channel) -> EventLoopFuture<Connection> = { channel in
            channel.eventLoop.makeCompletedFuture {
                try channel.pipeline.syncOperations.configureHTTPServerPipeline(withErrorHandling: true)
                try channel.pipeline.syncOperations.addHandler(IdleStateHandler(readTimeout: idle))
                try channel.pipeline.syncOperations.addHandler(CloseOnIdleHandler())
                return try Connection(wrappingChannelSynchronously: channel)
            }
        }
        let server: Listening
        switch listener {
        case .path(let path):
            server = try await bootstrap.bind(unixDomainSocketPath: path, cleanupExistingSocketFile: false,
                                              childChannelInitializer: initializer)
        case .inherited(let descriptor):
            server = try await bootstrap.bind(descriptor, childChannelInitializer: initializer)
        }
        serverChannel.withLock { $0 = server.channel }
        return server
    }

    /// Serves until `stop()`; returns when every connection has finished.
    func serve(_ server: Listening) async throws {
        try await withThrowingDiscardingTaskGroup { group in
            try await server.executeThenClose { inbound in
                for try await connection in inbound {
                    group.addTask { await self.handle(connection) }
                }
            }
        }
    }

    /// Stops accepting, closes idle connections, and lets busy ones finish their request.
    func stop() {
        let (server, idle) = connections.withLock { table -> ((any Channel)?, [any Channel]) in
            table.stopping = true
            return (serverChannel.withLock { $0 }, table.channels.values.filter { !$0.busy }.map(\.channel))
        }
        server?.close(promise: nil)
        idle.forEach { $0.close(promise: nil) }
    }

    private func handle(_ connection: Connection) async {
        let id = ObjectIdentifier(connection.channel)
        let admitted = connections.withLock { table -> Bool in
            guard !table.stopping, table.channels.count < configuration.maximumConnections else { return false }
            table.channels[id] = (connection.channel, false)
            return true
        }
        defer { _ = connections.withLock { $0.channels.removeValue(forKey: id) } }
        do {
            try await connection.executeThenClose { inbound, outbound in
                guard admitted else {
                    // Read the request first: closing with unread input makes the client
                    // see a reset instead of this answer.
                    try await drain(inbound)
                    let response = HTTPResponse.error(status: 503, code: "unavailable",
                                                      message: "too many connections (limit \(configuration.maximumConnections)); retry shortly")
                    try await write(response, keepAlive: false, to: outbound)
                    return
                }
                try await serveRequests(inbound, outbound, channel: connection.channel, id: id)
            }
        } catch {
            logger.debug("connection ended: \(error)")
        }
    }

    private func serveRequests(_ inbound: NIOAsyncChannelInboundStream<HTTPServerRequestPart>,
                               _ outbound: NIOAsyncChannelOutboundWriter<HTTPServerResponsePart>,
                               channel: any Channel, id: ObjectIdentifier) async throws {
        var head: HTTPRequestHead?
        var body: [UInt8] = []
        var tooLarge = false
        var started = ContinuousClock.now
        var deadline: Scheduled<Void>?
        for try await part in inbound {
            switch part {
            case .head(let requestHead):
                head = requestHead
                body.removeAll(keepingCapacity: true)
                tooLarge = false
                started = .now
                connections.withLock { $0.channels[id]?.busy = true }
                // A client that trickles its request is cut off (slowloris).
                deadline = channel.eventLoop.scheduleTask(in: .seconds(configuration.requestTimeoutSeconds)) {
                    channel.close(promise: nil)
                }
            case .body(let chunk):
                // Past the limit the rest is read and dropped (the request deadline bounds it)
                // and answered at its end: the client then gets the 413, not a reset.
                guard !tooLarge else { continue }
                guard body.count + chunk.readableBytes <= configuration.maximumBodyBytes else {
                    tooLarge = true
                    body = []
                    continue
                }
                body.append(contentsOf: chunk.readableBytesView)
            case .end:
                deadline?.cancel()
                guard let requestHead = head else { continue }
                if tooLarge {
                    let response = HTTPResponse.error(status: 413, code: "too-large",
                                                      message: "request body over \(configuration.maximumBodyBytes) bytes; send articles in smaller batches")
                    try await finish(requestHead, response, started: started, keepAlive: false, outbound)
                    return
                }
                let response: HTTPResponse
                if let request = HTTPRequest(method: requestHead.method.rawValue, target: requestHead.uri, body: body) {
                    response = await router.respond(to: request)
                } else {
                    response = .error(status: 400, code: "bad-request", message: "request target is not valid percent-encoded UTF-8")
                }
                let stopping = connections.withLock { table in
                    table.channels[id]?.busy = false
                    return table.stopping
                }
                let keepAlive = requestHead.isKeepAlive && !stopping
                try await finish(requestHead, response, started: started, keepAlive: keepAlive, outbound)
                head = nil
                if !keepAlive { return }
            }
        }
    }

    /// Reads and discards the current request up to its end.
    private func drain(_ inbound: NIOAsyncChannelInboundStream<HTTPServerRequestPart>) async throws {
        for try await part in inbound {
            if case .end = part { return }
        }
    }

    private func finish(_ head: HTTPRequestHead?, _ response: HTTPResponse, started: ContinuousClock.Instant, keepAlive: Bool,
                        _ outbound: NIOAsyncChannelOutboundWriter<HTTPServerResponsePart>) async throws {
        try await write(response, keepAlive: keepAlive, to: outbound)
        let elapsed = ContinuousClock.now - started
        let milliseconds = Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
        metrics.record(status: response.status, milliseconds: milliseconds)
        let target = head.map { "\($0.method.rawValue) \($0.uri)" } ?? "-"
        logger.info("\(target) \(response.status) \(String(format: "%.1f", milliseconds))ms")
    }

    private func write(_ response: HTTPResponse, keepAlive: Bool,
                       to outbound: NIOAsyncChannelOutboundWriter<HTTPServerResponsePart>) async throws {
        var headers = HTTPHeaders()
        headers.add(name: "Content-Type", value: response.contentType)
        headers.add(name: "Content-Length", value: String(response.body.count))
        headers.add(name: "Connection", value: keepAlive ? "keep-alive" : "close")
        let head = HTTPResponseHead(version: .http1_1, status: HTTPResponseStatus(statusCode: response.status), headers: headers)
        try await outbound.write(.head(head))
        try await outbound.write(.body(.byteBuffer(ByteBuffer(bytes: response.body))))
        try await outbound.write(.end(nil))
    }
}

/// Closes a connection that sent nothing for the idle timeout.
private final class CloseOnIdleHandler: ChannelInboundHandler, Sendable {
    typealias InboundIn = HTTPServerRequestPart

    func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        if event is IdleStateHandler.IdleStateEvent {
            context.close(promise: nil)
        } else {
            context.fireUserInboundEventTriggered(event)
        }
    }
}
