import Logging
import NIOCore
import NIOHTTP1
import NIOPosix
import SitrepAPI
import Synchronization

/// HTTP/1.1 over a Unix socket on SwiftNIO: keep-alive connections, bounded bodies and
/// connections, idle and slow-client timeouts, one log line per request, and a graceful
/// stop that finishes in-flight requests.
final class HTTPServer: Sendable {
    typealias Connection = NIOAsyncChannel<HTTPServerRequestPart, HTTPServerResponsePart>
    typealias Listening = NIOAsyncChannel<Connection, Never>

    private let configuration: ServerConfiguration
    private let router: Router
    private let metrics: RequestMetrics
    private let logger: Logger
    private let state = Mutex(State())

    private struct State {
        var server: (any Channel)?
        var connections: [ObjectIdentifier: any Channel] = [:]
        var stopping = false
        /// Request body bytes held by all connections, bounded so that many large uploads
        /// at once cannot exhaust memory.
        var bufferedBytes = 0
    }

    init(configuration: ServerConfiguration, router: Router, metrics: RequestMetrics, logger: Logger) {
        self.configuration = configuration
        self.router = router
        self.metrics = metrics
        self.logger = logger
    }

    /// Binds the socket path (prepared by SocketBinding) or adopts systemd's socket.
    func bind(_ listener: SocketBinding.Listener, group: MultiThreadedEventLoopGroup) async throws -> Listening {
        let bootstrap = ServerBootstrap(group: group)
            .serverChannelOption(.backlog, value: 256)
            // A client that shuts down its sending side after the request still gets the answer.
            .childChannelOption(.allowRemoteHalfClosure, value: true)
        let idle = TimeAmount.seconds(configuration.idleTimeoutSeconds)
        let initializer: @Sendable (any Channel) -> EventLoopFuture<Connection> = { channel in
            channel.eventLoop.makeCompletedFuture {
                try channel.pipeline.syncOperations.configureHTTPServerPipeline(withErrorHandling: true)
                try channel.pipeline.syncOperations.addHandler(IdleStateHandler(readTimeout: idle))
                try channel.pipeline.syncOperations.addHandler(CloseWhenIdleHandler())
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
        state.withLock { $0.server = server.channel }
        return server
    }

    /// Serves until `stop()`; returns when every connection has finished. The listening
    /// socket closing for any other reason is an error: the daemon then exits non-zero (and
    /// systemd restarts it) instead of living on without a socket.
    func serve(_ server: Listening) async throws {
        try await withThrowingDiscardingTaskGroup { group in
            try await server.executeThenClose { inbound in
                for try await connection in inbound {
                    group.addTask { await self.handle(connection) }
                }
            }
            guard state.withLock({ $0.stopping }) else {
                throw SitrepError(.internal, "the listening socket closed unexpectedly; sitrepd stops so that it can be restarted")
            }
        }
    }

    /// Stops accepting and asks every connection to quiesce: NIO's HTTP pipeline closes idle
    /// ones at once and busy ones right after their response.
    func stop() {
        let (server, connections) = state.withLock { state in
            state.stopping = true
            return (state.server, Array(state.connections.values))
        }
        server?.close(promise: nil)
        for channel in connections {
            channel.pipeline.fireUserInboundEventTriggered(ChannelShouldQuiesceEvent())
        }
    }

    private func handle(_ connection: Connection) async {
        let channel = connection.channel
        let id = ObjectIdentifier(channel)
        let admitted = state.withLock { state -> Bool in
            guard !state.stopping, state.connections.count < configuration.maximumConnections else { return false }
            state.connections[id] = channel
            return true
        }
        defer { _ = state.withLock { $0.connections.removeValue(forKey: id) } }
        do {
            try await connection.executeThenClose { inbound, outbound in
                if admitted {
                    try await serveRequests(inbound, outbound, channel: channel)
                } else {
                    try await refuse(inbound, outbound, channel: channel)
                }
                // Closing discards writes still queued: shut the output down first, which
                // waits until the last response has left.
                try? await channel.close(mode: .output).get()
            }
        } catch {
            logger.debug("connection ended: \(error)")
        }
    }

    /// Answers 503: reads the request first (closing with unread input makes the client see
    /// a reset instead of the answer), for at most two seconds. A client that sent no request
    /// gets no answer: HTTP has no response without a request (NIO's pipeline traps on one).
    private func refuse(_ inbound: NIOAsyncChannelInboundStream<HTTPServerRequestPart>,
                        _ outbound: NIOAsyncChannelOutboundWriter<HTTPServerResponsePart>, channel: any Channel) async throws {
        let deadline = channel.eventLoop.scheduleTask(in: .seconds(2)) { channel.close(promise: nil) }
        defer { deadline.cancel() }
        var requestEnded = false
        for try await part in inbound {
            if case .end = part {
                requestEnded = true
                break
            }
        }
        guard requestEnded else { return }
        let stopping = state.withLock { $0.stopping }
        let response = stopping
            ? HTTPResponse.error(status: 503, code: "unavailable", message: "sitrepd is stopping; retry shortly")
            : HTTPResponse.error(status: 503, code: "unavailable",
                                 message: "too many connections (limit \(configuration.maximumConnections)); retry shortly")
        try await write(response, keepAlive: false, to: outbound)
    }

    private func serveRequests(_ inbound: NIOAsyncChannelInboundStream<HTTPServerRequestPart>,
                               _ outbound: NIOAsyncChannelOutboundWriter<HTTPServerResponsePart>,
                               channel: any Channel) async throws {
        var head: HTTPRequestHead?
        var body: [UInt8] = []
        var refusal: HTTPResponse?
        var started = ContinuousClock.now
        var deadline: Scheduled<Void>?
        defer { release(body.count) }
        for try await part in inbound {
            switch part {
            case .head(let requestHead):
                head = requestHead
                release(body.count)
                body = []
                refusal = nil
                started = .now
                // A client that trickles its request is cut off (slowloris).
                deadline = channel.eventLoop.scheduleTask(in: .seconds(configuration.requestTimeoutSeconds)) {
                    channel.close(promise: nil)
                }
                let declared = requestHead.headers.first(name: "Content-Length").flatMap(Int.init) ?? 0
                let expectsContinue = requestHead.headers.first(name: "Expect")?.lowercased() == "100-continue"
                if declared > configuration.maximumBodyBytes {
                    // A client waiting for "100 Continue" has sent no body: answer now.
                    if expectsContinue {
                        deadline?.cancel()
                        try await finish(requestHead, tooLarge(), started: started, keepAlive: false, outbound)
                        return
                    }
                    refusal = tooLarge()
                } else if expectsContinue {
                    try await outbound.write(.head(HTTPResponseHead(version: requestHead.version, status: .continue)))
                }
            case .body(let chunk):
                // Past a limit the rest is read and dropped (the request deadline bounds it)
                // and answered at its end: the client then gets the error, not a reset.
                guard refusal == nil else { continue }
                guard body.count + chunk.readableBytes <= configuration.maximumBodyBytes else {
                    refusal = tooLarge()
                    continue
                }
                guard reserve(chunk.readableBytes) else {
                    refusal = .error(status: 503, code: "unavailable",
                                     message: "the daemon is receiving too many large requests at once; retry shortly")
                    continue
                }
                body.append(contentsOf: chunk.readableBytesView)
            case .end:
                deadline?.cancel()
                guard let requestHead = head else { continue }
                let response: HTTPResponse
                if let refusal {
                    response = refusal
                } else if let request = HTTPRequest(method: requestHead.method.rawValue, target: requestHead.uri, body: body) {
                    response = await router.respond(to: request)
                } else {
                    response = .error(status: 400, code: "bad-request", message: "request target is not valid percent-encoded UTF-8")
                }
                release(body.count)
                body = []
                let stopping = state.withLock { $0.stopping }
                let keepAlive = requestHead.isKeepAlive && !stopping && refusal == nil
                try await finish(requestHead, response, started: started, keepAlive: keepAlive, outbound)
                head = nil
                if !keepAlive { return }
            }
        }
    }

    private func tooLarge() -> HTTPResponse {
        .error(status: 413, code: "too-large",
               message: "request body over \(configuration.maximumBodyBytes) bytes; send articles in smaller batches")
    }

    private func reserve(_ bytes: Int) -> Bool {
        state.withLock { state in
            guard state.bufferedBytes + bytes <= configuration.maximumBufferedBytes else { return false }
            state.bufferedBytes += bytes
            return true
        }
    }

    private func release(_ bytes: Int) {
        guard bytes > 0 else { return }
        state.withLock { $0.bufferedBytes -= bytes }
    }

    private func finish(_ head: HTTPRequestHead, _ response: HTTPResponse, started: ContinuousClock.Instant, keepAlive: Bool,
                        _ outbound: NIOAsyncChannelOutboundWriter<HTTPServerResponsePart>) async throws {
        try await write(response, keepAlive: keepAlive, to: outbound)
        let elapsed = ContinuousClock.now - started
        let milliseconds = Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
        metrics.record(status: response.status, milliseconds: milliseconds)
        logger.info("\(head.method.rawValue) \(head.uri) \(response.status) \(String(format: "%.1f", milliseconds))ms")
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

/// Closes a connection that sent nothing for the idle timeout, unless a request on it is
/// being answered: reads pause while the daemon works, which is not idleness.
private final class CloseWhenIdleHandler: ChannelDuplexHandler {
    typealias InboundIn = HTTPServerRequestPart
    typealias InboundOut = HTTPServerRequestPart
    typealias OutboundIn = HTTPServerResponsePart
    typealias OutboundOut = HTTPServerResponsePart

    private var answering = false

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        if case .head = unwrapInboundIn(data) { answering = true }
        context.fireChannelRead(data)
    }

    func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        if case .end = unwrapOutboundIn(data) { answering = false }
        context.write(data, promise: promise)
    }

    func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        if event is IdleStateHandler.IdleStateEvent {
            if !answering { context.close(promise: nil) }
        } else {
            context.fireUserInboundEventTriggered(event)
        }
    }
}
