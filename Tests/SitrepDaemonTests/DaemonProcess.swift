import Foundation
import SitrepClient
import SitrepTestSupport
import Testing

/// A real `sitrepd` on a temporary socket and index, for end-to-end tests.
final class DaemonProcess {
    static let binaries = BuiltBinaries.folder
    static let sitrepd = BuiltBinaries.path("sitrepd")
    static let sitrep = BuiltBinaries.path("sitrep")
    static let packageRoot = BuiltBinaries.packageRoot
    static let seeds = BuiltBinaries.seeds

    let folder: String
    let socket: String
    let index: String
    let log: String
    private(set) var process: Process
    /// Set when the test stops the daemon itself; any other exit is a failure to report.
    private var stoppedByTest = false

    var client: DaemonClient { DaemonClient(socketPath: socket) }

    /// A new folder (short: socket paths are limited to 108 bytes) holding socket and index.
    init(folder: String? = nil, arguments: [String] = [], environment: [String: String] = [:]) throws {
        self.folder = folder ?? Self.makeFolder()
        socket = self.folder + "/s.sock"
        index = self.folder + "/index"
        log = self.folder + "/sitrepd.log"
        process = Process()
        try start(arguments: arguments, environment: environment)
    }

    static func makeFolder() -> String {
        let path = "/tmp/sitrep-e2e-" + UUID().uuidString.prefix(8)
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// Starts (or restarts, on the same socket and index) and waits until it answers.
    func start(arguments: [String] = [], environment: [String: String] = [:], waitUntilReady: Bool = true) throws {
        stoppedByTest = false
        process = Process()
        process.executableURL = URL(fileURLWithPath: Self.sitrepd)
        process.arguments = ["--socket", socket, "--index", index] + arguments
        var env = ProcessInfo.processInfo.environment
        for (key, value) in environment { env[key] = value }
        process.environment = env
        _ = FileManager.default.createFile(atPath: log, contents: nil)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: log))
        handle.seekToEndOfFile()
        process.standardError = handle
        process.standardOutput = handle
        try process.run()
        if waitUntilReady { try self.waitUntilReady() }
    }

    func waitUntilReady(timeout: TimeInterval = 20) throws {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if let (status, _) = try? client.send("GET", "/v1/status", body: nil), status == 200 { return }
            guard process.isRunning else { throw DaemonError.exited(process.terminationStatus, logText) }
            usleep(50_000)
        }
        throw DaemonError.notReady(logText)
    }

    /// SIGTERM, then the exit status.
    @discardableResult
    func terminate() -> Int32 {
        guard process.isRunning else { return process.terminationStatus }
        stoppedByTest = true
        process.terminate()
        process.waitUntilExit()
        return process.terminationStatus
    }

    func killHard() {
        guard process.isRunning else { return }
        stoppedByTest = true
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    var logText: String { (try? String(contentsOfFile: log, encoding: .utf8)) ?? "" }

    /// Stops the daemon and deletes its files; a daemon that died on its own (a crash, a
    /// trap) fails the test with its log, whichever request happened to notice it first.
    func removeFolder() {
        if !process.isRunning, !stoppedByTest {
            Issue.record("sitrepd exited on its own with status \(process.terminationStatus); its log:\n\(logText)")
        }
        killHard()
        try? FileManager.default.removeItem(atPath: folder)
    }

    enum DaemonError: Error {
        case exited(Int32, String)
        case notReady(String)
    }
}

/// A datagram socket standing in for systemd's notification socket.
final class NotifyListener {
    let path: String
    private let descriptor: Int32

    init(path: String) throws {
        self.path = path
        descriptor = socket(AF_UNIX, Int32(SOCK_DGRAM.rawValue), 0)
        guard UnixSocket.withAddress(path, { bind(descriptor, $0, $1) }) == 0 else { throw POSIXError(.EADDRINUSE) }
        var timeout = timeval(tv_sec: 0, tv_usec: 200_000)
        setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
    }

    deinit { close(descriptor) }

    /// Messages received until one contains `text` or `timeout` passes.
    func messages(until text: String, timeout: TimeInterval = 15) -> [String] {
        var received: [String] = []
        let deadline = Date().addingTimeInterval(timeout)
        var buffer = [UInt8](repeating: 0, count: 4096)
        while Date() < deadline {
            let count = buffer.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, 0) }
            if count > 0 {
                received.append(String(decoding: buffer[0..<count], as: UTF8.self))
                if received.last!.contains(text) { break }
            }
        }
        return received
    }
}

/// Articles for load tests: Reuters when ../shared/corpora is present, generated otherwise.
enum LoadArticles {
    static let corpus = packageRootPath + "/../shared/corpora/reuters21578.jsonl"
    static var packageRootPath: String { DaemonProcess.packageRoot.path }

    /// `count` JSON Lines records with ids `load-0`..., in batches of `batch`.
    static func batches(count: Int, batch: Int) -> [[UInt8]] {
        var lines: [String] = []
        if let text = try? String(contentsOfFile: corpus, encoding: .utf8) {
            for line in text.split(separator: "\n").prefix(count) { lines.append(String(line)) }
        }
        var generator = SeededGenerator(seed: 7)
        let words = ["harbour", "grain", "tariff", "election", "storm", "bank", "strike", "pipeline", "vaccine", "court"]
        // Long titles, so that a thousand hits make a large answer whatever entities the
        // extractor finds in them (the test of large answers needs one).
        while lines.count < count {
            let title = (0..<40).map { _ in words.randomElement(using: &generator)! }.joined(separator: " ")
            let body = (0..<60).map { _ in words.randomElement(using: &generator)! }.joined(separator: " ")
            let record: [String: String] = ["id": "gen-\(lines.count)", "title": title.capitalized, "body": body + "."]
            lines.append(String(decoding: try! JSONEncoder().encode(record), as: UTF8.self))
        }
        return stride(from: 0, to: lines.count, by: batch).map { start in
            Array(lines[start..<min(start + batch, lines.count)].joined(separator: "\n").utf8)
        }
    }

    static func ids(in batch: [UInt8]) -> [String] {
        String(decoding: batch, as: UTF8.self).split(separator: "\n").compactMap { line in
            (try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])?["id"] as? String
        }
    }
}

struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state = state &* 6364136223846793005 &+ 1442695040888963407
        return state
    }
}
