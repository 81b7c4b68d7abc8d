import Foundation
import SitrepClient

/// sd_notify(3) without libsystemd: datagrams to $NOTIFY_SOCKET. Does nothing outside
/// systemd (no variable), so the daemon runs the same either way.
public struct SystemdNotifier: Sendable {
    let socketPath: String?
    /// Half of $WATCHDOG_USEC, when systemd asks for keep-alives from this process.
    public let watchdogInterval: Duration?

    public init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        socketPath = environment["NOTIFY_SOCKET"].flatMap { $0.isEmpty ? nil : $0 }
        let forUs = environment["WATCHDOG_PID"].flatMap(Int32.init).map { $0 == getpid() } ?? true
        if forUs, let microseconds = environment["WATCHDOG_USEC"].flatMap(UInt64.init), microseconds > 0 {
            watchdogInterval = .microseconds(Int64(microseconds / 2))
        } else {
            watchdogInterval = nil
        }
    }

    /// Sends `state` ("READY=1", "STOPPING=1", "WATCHDOG=1", "STATUS=..."); failures are
    /// ignored, as sd_notify's are: the daemon must not die because its supervisor went away.
    public func notify(_ state: String) {
        guard let socketPath else { return }
        let descriptor = socket(AF_UNIX, Int32(SOCK_DGRAM.rawValue), 0)
        guard descriptor >= 0 else { return }
        defer { close(descriptor) }
        let message = Array(state.utf8)
        _ = message.withUnsafeBytes { bytes in
            UnixSocket.withAddress(socketPath) { sendto(descriptor, bytes.baseAddress, bytes.count, Int32(MSG_NOSIGNAL), $0, $1) }
        }
    }
}
