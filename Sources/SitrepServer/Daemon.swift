import Dispatch
import Foundation
import Logging
import NIOCore
import NIOPosix
import SitrepAPI

/// The daemon's life: bind (or adopt systemd's socket), open the index, tell systemd it is
/// ready, serve, and on SIGTERM or SIGINT stop accepting, finish in-flight requests, commit
/// pending writes and exit cleanly.
public enum Daemon {
    public static func run(configuration: ServerConfiguration, version: String, logger: Logger) async throws {
        let notifier = SystemdNotifier()
        let inherited = SocketBinding.inheritedFromSystemd()
        if inherited == nil { try SocketBinding.prepare(path: configuration.socketPath) }
        let service = try IndexService(configuration: configuration)
        let metrics = RequestMetrics()
        let router = Router(service: service, metrics: metrics, socketPath: configuration.socketPath, version: version)
        let server = HTTPServer(configuration: configuration, router: router, metrics: metrics, logger: logger)
        let group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
        let signals = SignalStream([SIGTERM, SIGINT])

        let listening = try await server.bind(inherited ?? .path(configuration.socketPath), group: group)
        var ownSocket: SocketBinding.FileIdentity?
        if inherited == nil {
            try SocketBinding.setMode(path: configuration.socketPath, mode: configuration.socketMode)
            ownSocket = SocketBinding.identity(of: configuration.socketPath)
        }
        logger.notice("serving \(configuration.indexPath) (revision \(service.revision)) on \(configuration.socketPath)\(inherited == nil ? "" : " (socket from systemd)")")
        notifier.notify("READY=1\nSTATUS=serving \(configuration.indexPath)")

        try await withThrowingTaskGroup(of: Void.self) { tasks in
            tasks.addTask { try await server.serve(listening) }
            // Never returns on its own: the group ends when `serve` has drained every
            // connection, not when the signal arrives (that would cancel in-flight requests).
            tasks.addTask {
                for await signal in signals.stream {
                    logger.notice("signal \(signal): finishing in-flight requests, then stopping")
                    notifier.notify("STOPPING=1")
                    server.stop()
                }
            }
            if let interval = notifier.watchdogInterval {
                tasks.addTask {
                    while !Task.isCancelled {
                        notifier.notify("WATCHDOG=1")
                        try await Task.sleep(for: interval)
                    }
                }
            }
            try await tasks.next()
            tasks.cancelAll()
        }
        try await service.shutdown()
        try await group.shutdownGracefully()
        // Only our own file: another daemon may have replaced it while this one drained.
        if let ownSocket, SocketBinding.identity(of: configuration.socketPath) == ownSocket { unlink(configuration.socketPath) }
        logger.notice("stopped; pending writes committed")
    }
}

/// Signals as an async sequence, via Dispatch (handlers may not do async work). The
/// sources are only kept alive after set-up, never touched again: hence unchecked.
final class SignalStream: @unchecked Sendable {
    let stream: AsyncStream<Int32>
    private let sources: [any DispatchSourceSignal]

    init(_ signals: [Int32]) {
        var continuation: AsyncStream<Int32>.Continuation!
        stream = AsyncStream { continuation = $0 }
        let yield = continuation!
        sources = signals.map { number in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { yield.yield(number) }
            source.resume()
            return source
        }
    }
}
