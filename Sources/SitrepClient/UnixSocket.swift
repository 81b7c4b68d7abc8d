import Foundation

/// Unix socket addresses and connections, written once for the client, the daemon's
/// checks and notifications, and the tests.
public enum UnixSocket {
    /// Calls `body` with the `sockaddr_un` for `path` ("@name" is the abstract namespace, as
    /// in $NOTIFY_SOCKET); nil when the path is too long for a socket address.
    public static func withAddress<T>(_ path: String, _ body: (UnsafePointer<sockaddr>, socklen_t) -> T) -> T? {
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        var bytes = Array(path.utf8)
        if bytes.first == UInt8(ascii: "@") { bytes[0] = 0 }
        guard bytes.count < MemoryLayout.size(ofValue: address.sun_path) else { return nil }
        withUnsafeMutableBytes(of: &address.sun_path) { $0.copyBytes(from: bytes) }
        // Abstract addresses are as long as their name; paths use the whole structure.
        let length = bytes.first == 0 ? MemoryLayout<sa_family_t>.size + bytes.count : MemoryLayout<sockaddr_un>.size
        return withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { body($0, socklen_t(length)) }
        }
    }

    /// A stream socket connected to `path`, or the errno that prevented it.
    public static func connect(_ path: String) -> Result<Int32, POSIXError> {
        let descriptor = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { return .failure(POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)) }
        let result = withAddress(path) { Glibc.connect(descriptor, $0, $1) } ?? { errno = ENAMETOOLONG; return -1 }()
        guard result == 0 else {
            let error = POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
            close(descriptor)
            return .failure(error)
        }
        return .success(descriptor)
    }
}
