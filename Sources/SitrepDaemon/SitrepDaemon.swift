import ArgumentParser
import Foundation
import Logging
import SitrepAPI
import SitrepServer

@main
struct SitrepDaemon: AsyncParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "sitrepd",
        abstract: "Serve a Sitrep index over HTTP/1.1 + JSON on a Unix socket.",
        discussion: """
        The daemon owns the index's only writer: `sitrep index` sends articles to it, and \
        searches go on while it writes. Under systemd it takes its socket from socket \
        activation and reports readiness (Type=notify). See docs/API.md for the routes, e.g.:
          curl --unix-socket sitrep.sock 'http://localhost/v1/search?q=counteroffensive&place=Kiev'
        """,
        version: version
    )

    @Option(name: .long, help: ArgumentHelp("Socket path.", discussion: "Defaults to $SITREP_SOCKET, then /run/sitrep/sitrep.sock.", valueName: "path"))
    var socket: String?

    @Option(name: .long, help: ArgumentHelp("Index folder (created when missing).", discussion: "Defaults to $SITREP_INDEX, then ./index.", valueName: "dir"))
    var index: String?

    @Option(name: .long, help: ArgumentHelp("Entity file extending the built-in registry (docs/ENTITIES.md).",
                                            discussion: "Defaults to $SITREP_ENTITIES.", valueName: "file"))
    var entities: String?

    @Option(name: .long, help: "Socket file mode (octal) when the daemon creates the socket.")
    var socketMode = "660"

    @Option(name: .long, help: "Seconds of matching one search may use.")
    var queryTimeout = 2.0

    @Option(name: .long, help: "Largest request body in bytes.")
    var maxBodyBytes = 32 << 20

    @Option(name: .long, help: "Most simultaneous connections.")
    var maxConnections = 256

    @Option(name: .long, help: "Seconds before an idle or stalled connection is closed.")
    var idleTimeout: Int64 = 30

    @Option(name: .long, help: "Threads answering searches.")
    var readers = 4

    @Option(name: .long, help: "Log level: trace, debug, info, notice, warning, error.")
    var logLevel: String = "info"

    func validate() throws {
        guard UInt16(socketMode, radix: 8) != nil else { throw ValidationError("--socket-mode must be octal, like 660") }
        guard queryTimeout > 0, maxBodyBytes > 0, maxConnections > 0, idleTimeout > 0, readers > 0 else {
            throw ValidationError("limits must be positive")
        }
        guard Logger.Level(rawValue: logLevel) != nil else { throw ValidationError("unknown --log-level '\(logLevel)'") }
    }

    func run() async throws {
        let environment = ProcessInfo.processInfo.environment
        var configuration = ServerConfiguration(
            indexPath: index ?? environment["SITREP_INDEX"].flatMap { $0.isEmpty ? nil : $0 } ?? "index",
            socketPath: socket ?? environment["SITREP_SOCKET"].flatMap { $0.isEmpty ? nil : $0 } ?? "/run/sitrep/sitrep.sock")
        configuration.socketMode = UInt16(socketMode, radix: 8)!
        configuration.queryTimeBudgetSeconds = queryTimeout
        configuration.maximumBodyBytes = maxBodyBytes
        configuration.maximumConnections = maxConnections
        configuration.idleTimeoutSeconds = idleTimeout
        configuration.readerThreads = readers
        configuration.entitiesFile = entities ?? environment["SITREP_ENTITIES"].flatMap { $0.isEmpty ? nil : $0 }
        let level = Logger.Level(rawValue: logLevel)!
        LoggingSystem.bootstrap { label in
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = level
            return handler
        }
        let logger = Logger(label: "sitrepd")
        do {
            try await Daemon.run(configuration: configuration, version: Self.version, logger: logger)
        } catch let error as SitrepError {
            FileHandle.standardError.write(Data("sitrepd: error: \(error)\n".utf8))
            switch error.code {
            case .indexLocked: throw ExitCode(75)
            case .indexMissing: throw ExitCode(66)
            case .invalidConfiguration: throw ExitCode(78)
            default: throw ExitCode(74)
            }
        }
    }
}
