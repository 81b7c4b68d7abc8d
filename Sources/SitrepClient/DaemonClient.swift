import Foundation
import SitrepAPI

/// HTTP/1.1 over the daemon's Unix socket, blocking and minimal: one request per
/// connection (`Connection: close`), which is all a command-line call needs, and no
/// event loop to start, which keeps `sitrep search` quick.
public struct DaemonClient: Sendable {
    public let socketPath: String
    /// Seconds a send or receive may stall before the call fails: a stuck daemon must not
    /// hang scripts (or the inbox service) forever.
    public var timeoutSeconds: Int

    public init(socketPath: String, timeoutSeconds: Int = 300) {
        self.socketPath = socketPath
        self.timeoutSeconds = timeoutSeconds
    }

    /// Sends a request and decodes a 2xx JSON answer; a JSON error answer becomes the
    /// SitrepError the daemon reported.
    public func call<T: Decodable>(_ method: String, _ target: String, body: [UInt8]? = nil, as type: T.Type) throws -> T {
        let (status, payload) = try send(method, target, body: body)
        guard (200..<300).contains(status) else {
            if let failure = try? JSONDecoder().decode(ErrorResponse.self, from: Data(payload)) {
                let code = SitrepError.Code(rawValue: failure.error.code) ?? (status == 404 ? .notFound : .badRequest)
                throw SitrepError(code, failure.error.message)
            }
            throw SitrepError(.internal, "sitrepd answered \(status) to \(method) \(target)")
        }
        do { return try JSONDecoder().decode(T.self, from: Data(payload)) } catch {
            throw SitrepError(.internal, "sitrepd's answer to \(method) \(target) is not what this sitrep expects", cause: "\(error)")
        }
    }

    public func send(_ method: String, _ target: String, body: [UInt8]?) throws -> (status: Int, body: [UInt8]) {
        let descriptor = try connect()
        defer { close(descriptor) }
        var request = "\(method) \(target) HTTP/1.1\r\nHost: sitrepd\r\nConnection: close\r\nAccept: application/json\r\n"
        if let body { request += "Content-Type: application/x-ndjson\r\nContent-Length: \(body.count)\r\n" }
        request += "\r\n"
        try writeAll(descriptor, Array(request.utf8) + (body ?? []))
        return try parse(try readAll(descriptor), method: method, target: target)
    }

    private func connect() throws -> Int32 {
        switch UnixSocket.connect(socketPath) {
        case .success(let descriptor):
            var timeout = timeval(tv_sec: timeoutSeconds, tv_usec: 0)
            setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
            setsockopt(descriptor, SOL_SOCKET, SO_SNDTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
            return descriptor
        case .failure(let error):
            throw SitrepError(.unavailable, """
                sitrepd is not reachable on \(socketPath) (\(String(cString: strerror(error.code.rawValue)))); start it with \
                `sitrepd --socket \(socketPath) --index DIR`, or use --index DIR to work on an index without the daemon
                """)
        }
    }

    private func writeAll(_ descriptor: Int32, _ bytes: [UInt8]) throws {
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { Glibc.send(descriptor, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            if written < 0 {
                if errno == EINTR { continue }
                throw SitrepError(.unavailable, "sitrepd closed the connection on \(socketPath)", cause: String(cString: strerror(errno)))
            }
            offset += written
        }
    }

    private func readAll(_ descriptor: Int32) throws -> [UInt8] {
        var data: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 64 << 10)
        while true {
            let count = buffer.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, 0) }
            if count == 0 { return data }
            if count < 0 {
                if errno == EINTR { continue }
                let reason = errno == EAGAIN ? "no answer within \(timeoutSeconds) s" : String(cString: strerror(errno))
                throw SitrepError(.unavailable, "reading from sitrepd on \(socketPath) failed", cause: reason)
            }
            data.append(contentsOf: buffer[0..<count])
        }
    }

    private func parse(_ response: [UInt8], method: String, target: String) throws -> (status: Int, body: [UInt8]) {
        let separator: [UInt8] = [13, 10, 13, 10]
        guard let end = response.indices.first(where: { response[$0...].starts(with: separator) }) else {
            throw SitrepError(.unavailable, "sitrepd closed the connection before answering \(method) \(target)")
        }
        let head = String(decoding: response[..<end], as: UTF8.self)
        let statusLine = head.split(separator: "\r\n").first ?? ""
        let parts = statusLine.split(separator: " ")
        guard parts.count >= 2, let status = Int(parts[1]) else {
            throw SitrepError(.internal, "sitrepd sent a malformed answer to \(method) \(target)")
        }
        let body = Array(response[(end + 4)...])
        let length = head.split(separator: "\r\n").first { $0.lowercased().hasPrefix("content-length:") }
            .flatMap { Int($0.split(separator: ":")[1].trimmingCharacters(in: .whitespaces)) }
        if let length, body.count != length {
            throw SitrepError(.unavailable, "sitrepd's answer to \(method) \(target) was cut short (\(body.count) of \(length) bytes)")
        }
        return (status, body)
    }

    /// Percent-encodes a query: `[("q", "a b"), ("actor", "Kiev")]` -> `q=a%20b&actor=Kiev`.
    public static func query(_ pairs: [(String, String)]) -> String {
        var allowed = CharacterSet.urlQueryAllowed
        allowed.remove(charactersIn: "&=+?#")
        return pairs.map { "\($0.0)=\($0.1.addingPercentEncoding(withAllowedCharacters: allowed) ?? "")" }.joined(separator: "&")
    }
}
