import Foundation
import SitrepAPI
import SitrepClient
import SitrepTestSupport
import Testing

/// The real sitrepd and sitrep binaries on temporary sockets: what users and systemd see.
@Suite(.serialized) struct DaemonEndToEndTests {
    func decode<T: Decodable>(_ type: T.Type, _ body: [UInt8]) throws -> T {
        try JSONDecoder().decode(T.self, from: Data(body))
    }

    /// Accepted ids of an acknowledged batch: its ids minus the lines the report rejected.
    func acceptedIDs(_ batch: [UInt8], _ report: IngestReport) -> [String] {
        let rejectedLines = Set(report.rejected.compactMap { Int($0.location.split(separator: ":").last ?? "") })
        return LoadArticles.ids(in: batch).enumerated().filter { !rejectedLines.contains($0.offset + 1) }.map(\.element)
    }

    @Test func cliThroughTheDaemonPrintsWhatEmbeddedModePrints() throws {
        let daemon = try DaemonProcess()
        defer { daemon.removeFolder() }
        let index = try runProcess(DaemonProcess.sitrep, ["index", "--socket", daemon.socket, DaemonProcess.seeds])
        #expect(index.status == 0, "\(index.stderr)")
        #expect(index.stdout.contains("5 added"))
        let queries: [[String]] = [
            ["search", "counteroffensive", "--place", "Kiev", "--json"], ["search", "--actor", "Syrskyi", "--sort", "date", "--json"],
            ["facets", "place", "Bakhmut", "--json"], ["show", "002_695acc0ae4e77cc7", "--json"], ["entities", "Zelenskyy", "--json"],
            ["search", "--within", "Lithuania", "--json"],
        ]
        let viaDaemon = try queries.map { try runProcess(DaemonProcess.sitrep, $0 + ["--socket", daemon.socket]).stdout }
        #expect(daemon.terminate() == 0)
        let embedded = try queries.map { try runProcess(DaemonProcess.sitrep, $0 + ["--index", daemon.index]).stdout }
        #expect(viaDaemon == embedded)
        #expect(viaDaemon[0].contains("\"total\" : 3"))
    }

    @Test func curlStyleRequestsAndErrorsOverTheSocket() throws {
        let daemon = try DaemonProcess()
        defer { daemon.removeFolder() }
        let attributes = try FileManager.default.attributesOfItem(atPath: daemon.socket)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o660, "socket files are owner and group only")
        let (status, body) = try daemon.client.send("POST", "/v1/articles", body: Array(#"{"id": "x1", "body": "Storm hits the harbour of Odesa."}"#.utf8))
        #expect(status == 200)
        #expect(try decode(IngestReport.self, body).added == 1)
        let search = try daemon.client.call("GET", "/v1/search?q=storm&place=Odessa", as: SearchResponse.self)
        #expect(search.hits.map(\.id) == ["x1"])
        let bad = try daemon.client.send("GET", "/v1/search?q=storm%20AND", body: nil)
        #expect(bad.status == 400)
        #expect(try decode(ErrorResponse.self, bad.body).error.code == "query-syntax")
        #expect(try daemon.client.send("GET", "/v1/search?q=%FF", body: nil).status == 400)
        #expect(try daemon.client.send("GET", "/nowhere", body: nil).status == 404)
        let status2 = try daemon.client.call("GET", "/v1/status", as: DaemonStatus.self)
        #expect(status2.requests.total >= 4)
        #expect(daemon.logText.contains("GET /v1/search?q=storm&place=Odessa 200"))
        #expect(daemon.terminate() == 0)
    }

    @Test func concurrentSearchersSeeEveryCommittedRevisionWhileIngestRuns() async throws {
        let daemon = try DaemonProcess()
        defer { daemon.removeFolder() }
        let batches = LoadArticles.batches(count: 3000, batch: 250)
        let client = daemon.client
        let done = Flag()
        let searchers = (0..<8).map { number in
            Task.detached { () -> (failures: [String], revisions: [UInt64]) in
                var failures: [String] = [], revisions: [UInt64] = []
                let queries = ["oil", "prices", "bank", "grain", "trade", "harbour storm", "said"]
                var iteration = 0
                while !done.isSet, iteration < 5000 {
                    let query = queries[(iteration + number) % queries.count]
                    iteration += 1
                    do {
                        let response = try client.call("GET", "/v1/search?" + DaemonClient.query([("q", query), ("limit", "5")]),
                                                       as: SearchResponse.self)
                        revisions.append(response.revision)
                    } catch {
                        failures.append("\(error)")
                    }
                }
                return (failures, revisions)
            }
        }
        var accepted = 0
        for batch in batches {
            let report = try client.call("POST", "/v1/articles", body: batch, as: IngestReport.self)
            accepted += report.added
            // Read-your-writes: a search at the acknowledged revision sees every article so far.
            let seen = try client.call("GET", "/v1/search?minRevision=\(report.revision)&limit=0", as: SearchResponse.self)
            #expect(seen.revision >= report.revision)
            #expect(seen.total == accepted)
        }
        done.set()
        var observed: Set<UInt64> = []
        for task in searchers {
            let (failures, revisions) = await task.value
            #expect(failures.isEmpty, "\(failures.prefix(3))")
            #expect(revisions == revisions.sorted(), "a searcher saw the revision go backwards")
            observed.formUnion(revisions)
        }
        #expect(observed.count > 1, "searchers should have seen several revisions while ingest ran")
        #expect(daemon.terminate() == 0)
    }

    @Test func killedDuringIngestKeepsEveryAcknowledgedArticle() async throws {
        let daemon = try DaemonProcess()
        defer { daemon.removeFolder() }
        let batches = LoadArticles.batches(count: 2000, batch: 200)
        let client = daemon.client
        let acknowledged = Task.detached { () -> [String] in
            var ids: [String] = []
            for batch in batches {
                guard let report = try? client.call("POST", "/v1/articles", body: batch, as: IngestReport.self) else { break }
                ids += self.acceptedIDs(batch, report)
            }
            return ids
        }
        try await Task.sleep(for: .milliseconds(1500))
        daemon.killHard()
        let ids = await acknowledged.value
        #expect(!ids.isEmpty, "some batches should have been acknowledged before the kill")
        try daemon.start()  // the stale socket file is replaced, the index opens
        let status = try client.call("GET", "/v1/status", as: DaemonStatus.self)
        #expect(status.index.articles >= ids.count)
        var missing: [String] = []
        for id in ids where (try? client.send("GET", "/v1/articles/\(id)", body: nil).status) != 200 { missing.append(id) }
        #expect(missing.isEmpty, "lost after kill -9: \(missing.prefix(5))")
        #expect(daemon.terminate() == 0)
    }

    @Test func sigtermFinishesInFlightRequestsAndCommits() async throws {
        let daemon = try DaemonProcess()
        defer { daemon.removeFolder() }
        let batch = LoadArticles.batches(count: 1500, batch: 1500)[0]
        let client = daemon.client
        let inFlight = Task.detached { try client.call("POST", "/v1/articles", body: batch, as: IngestReport.self) }
        try await Task.sleep(for: .milliseconds(300))
        kill(daemon.process.processIdentifier, SIGTERM)
        let report = try await inFlight.value
        daemon.process.waitUntilExit()
        #expect(daemon.process.terminationStatus == 0)
        #expect(report.added + report.rejected.count == 1500)
        #expect(!FileManager.default.fileExists(atPath: daemon.socket), "a clean stop removes its socket")
        try daemon.start()
        #expect(try client.call("GET", "/v1/status", as: DaemonStatus.self).index.articles == report.added)
        #expect(daemon.terminate() == 0)
    }

    @Test func aSecondDaemonNeverTakesALiveSocketOrIndex() throws {
        let daemon = try DaemonProcess()
        defer { daemon.removeFolder() }
        let sameSocket = try runProcess(DaemonProcess.sitrepd, ["--socket", daemon.socket, "--index", daemon.folder + "/other"])
        #expect(sameSocket.status == 75)
        #expect(sameSocket.stderr.contains("already serving on \(daemon.socket)"))
        let sameIndex = try runProcess(DaemonProcess.sitrepd, ["--socket", daemon.folder + "/t.sock", "--index", daemon.index])
        #expect(sameIndex.status == 75)
        #expect(sameIndex.stderr.contains("locked"))
        #expect(try daemon.client.send("GET", "/v1/status", body: nil).status == 200, "the first daemon still serves")
        #expect(daemon.terminate() == 0)
    }

    @Test func largeAnswersArriveWhole() throws {
        let daemon = try DaemonProcess()
        defer { daemon.removeFolder() }
        for batch in LoadArticles.batches(count: 1200, batch: 600) {
            _ = try daemon.client.call("POST", "/v1/articles", body: batch, as: IngestReport.self)
        }
        // Far more than a socket buffer: the connection must not close before it is sent.
        let (status, body) = try daemon.client.send("GET", "/v1/search?limit=1000", body: nil)
        #expect(status == 200)
        #expect(body.count > 400_000)
        #expect(try decode(SearchResponse.self, body).hits.count == 1000)
        #expect(daemon.terminate() == 0)
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/curl")))
    func curlUploadsWithExpectContinue() throws {
        let daemon = try DaemonProcess(arguments: ["--max-body-bytes", "100000"])
        defer { daemon.removeFolder() }
        let small = daemon.folder + "/small.jsonl", large = daemon.folder + "/large.jsonl"
        try Data(LoadArticles.batches(count: 20, batch: 20)[0]).write(to: URL(fileURLWithPath: small))
        try Data(repeating: UInt8(ascii: " "), count: 300_000).write(to: URL(fileURLWithPath: large))
        let started = Date()
        let upload = try runProcess("/usr/bin/curl", ["-s", "--unix-socket", daemon.socket, "-w", "\n%{http_code}",
                                                      "--data-binary", "@" + small, "http://localhost/v1/articles"])
        #expect(upload.stdout.hasSuffix("\n200"), "\(upload.stdout)")
        #expect(Date().timeIntervalSince(started) < 0.9, "curl should not wait for its 1 s Expect timeout")
        let tooLarge = try runProcess("/usr/bin/curl", ["-s", "--unix-socket", daemon.socket, "-w", "\n%{http_code}",
                                                        "--data-binary", "@" + large, "http://localhost/v1/articles"])
        #expect(tooLarge.stdout.hasSuffix("\n413"), "\(tooLarge.stdout)")
        #expect(daemon.terminate() == 0)
    }

    @Test func limitsProtectTheOtherClients() throws {
        let daemon = try DaemonProcess(arguments: ["--max-body-bytes", "2000", "--max-connections", "2", "--idle-timeout", "2"])
        defer { daemon.removeFolder() }
        let big = Array(repeating: UInt8(ascii: "x"), count: 5000)
        #expect(try daemon.client.send("POST", "/v1/articles", body: big).status == 413)
        // Two idle connections fill the limit; a third is refused; after the idle timeout
        // closes them, requests are served again.
        let first = try admittedConnection(to: daemon), second = try admittedConnection(to: daemon)
        #expect(first != nil && second != nil, "daemon log:\n\(daemon.logText)")
        let third = try daemon.client.send("GET", "/v1/status", body: nil)
        #expect(third.status == 503, "a third connection should get 503; daemon log:\n\(daemon.logText)")
        #expect(String(decoding: third.body, as: UTF8.self).contains("too many connections (limit 2)"))
        usleep(3_000_000)
        #expect(first?.isClosedByPeer == true && second?.isClosedByPeer == true)
        #expect(try daemon.client.send("GET", "/v1/status", body: nil).status == 200, "daemon log:\n\(daemon.logText)")
        #expect(daemon.terminate() == 0)
    }

    /// A connection beyond the limit that leaves without sending a request must get no
    /// answer: a response without a request once brought the daemon down.
    @Test func aRefusedClientThatSendsNothingLeavesTheDaemonServing() throws {
        let daemon = try DaemonProcess(arguments: ["--max-connections", "1", "--idle-timeout", "5"])
        defer { daemon.removeFolder() }
        var holder = try admittedConnection(to: daemon)
        #expect(holder != nil, "daemon log:\n\(daemon.logText)")
        var silent: RawConnection? = try RawConnection(path: daemon.socket)
        usleep(200_000)
        silent = nil
        // The refusal's own two-second deadline also ends a silent refused connection.
        let lingering = try RawConnection(path: daemon.socket)
        usleep(2_300_000)
        #expect(lingering.isClosedByPeer)
        holder = nil
        var served = false
        for _ in 0..<20 where !served {
            served = (try? daemon.client.send("GET", "/v1/status", body: nil).status) == 200
            if !served { usleep(50_000) }
        }
        #expect(served, "daemon log:\n\(daemon.logText)")
        _ = silent
        #expect(daemon.terminate() == 0)
    }

    @Test func socketActivationAndReadinessNotification() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/systemd-socket-activate") else { return }
        let folder = DaemonProcess.makeFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let notify = try NotifyListener(path: folder + "/notify")
        let socket = folder + "/activated.sock"
        let activator = Process()
        activator.executableURL = URL(fileURLWithPath: "/usr/bin/systemd-socket-activate")
        activator.arguments = ["-l", socket, "-E", "NOTIFY_SOCKET=\(notify.path)", "-E", "WATCHDOG_USEC=400000",
                               DaemonProcess.sitrepd, "--index", folder + "/index", "--socket", socket]
        activator.standardError = FileHandle.nullDevice
        try activator.run()
        defer {
            if activator.isRunning { activator.terminate() }
            activator.waitUntilExit()
        }
        let client = DaemonClient(socketPath: socket)
        var answered = false
        for _ in 0..<100 where !answered {
            answered = (try? client.send("GET", "/v1/status", body: nil).status) == 200
            if !answered { usleep(100_000) }
        }
        #expect(answered, "the daemon should serve on the socket systemd-socket-activate bound")
        let messages = notify.messages(until: "WATCHDOG=1")
        #expect(messages.contains { $0.contains("READY=1") })
        #expect(messages.contains { $0.contains("WATCHDOG=1") })
        activator.terminate()
        #expect(notify.messages(until: "STOPPING=1").contains { $0.contains("STOPPING=1") })
    }
}

/// A keep-alive connection the daemon answered, so it surely holds a connection slot (the
/// connections of earlier requests may hold theirs a moment after the client left: ask
/// until one is admitted, for at most two seconds).
private func admittedConnection(to daemon: DaemonProcess) throws -> RawConnection? {
    for _ in 0..<40 {
        let connection = try RawConnection(path: daemon.socket)
        if try connection.statusOfKeepAliveRequest() == 200 { return connection }
        usleep(50_000)
    }
    return nil
}

/// A client connection that sends nothing of its own accord, to hold a connection slot.
final class RawConnection {
    let descriptor: Int32

    init(path: String) throws {
        descriptor = try UnixSocket.connect(path).get()
    }

    deinit { close(descriptor) }

    /// Sends a keep-alive status request and returns the response's status code: 200 means
    /// the daemon admitted this connection and keeps it open.
    func statusOfKeepAliveRequest() throws -> Int {
        let request = Array("GET /v1/status HTTP/1.1\r\nHost: sitrep\r\n\r\n".utf8)
        guard send(descriptor, request, request.count, 0) == request.count else { throw POSIXError(.EPIPE) }
        var timeout = timeval(tv_sec: 5, tv_usec: 0)
        setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var received: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        // The status line is all that is needed; the body is left unread.
        while !received.contains(UInt8(ascii: "\n")) {
            let count = recv(descriptor, &buffer, buffer.count, 0)
            guard count > 0 else { throw POSIXError(.ECONNRESET) }
            received += buffer[..<count]
        }
        let statusLine = String(decoding: received.prefix { $0 != UInt8(ascii: "\r") }, as: UTF8.self)
        return statusLine.split(separator: " ").dropFirst().first.flatMap { Int($0) } ?? 0
    }

    /// True when the daemon closed the connection (a read returns end of file).
    var isClosedByPeer: Bool {
        var buffer = [UInt8](repeating: 0, count: 4096)
        var timeout = timeval(tv_sec: 0, tv_usec: 100_000)
        setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        // Unread answers come first; end of file only after them.
        while true {
            let count = recv(descriptor, &buffer, buffer.count, 0)
            if count == 0 { return true }
            if count < 0 { return false }
        }
    }
}

/// A flag set once, read from other tasks.
final class Flag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false
    var isSet: Bool { lock.withLock { value } }
    func set() { lock.withLock { value = true } }
}
