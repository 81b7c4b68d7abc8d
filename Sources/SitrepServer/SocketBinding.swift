import Foundation
import NIOCore
import SitrepAPI
import SitrepClient

/// Where the daemon listens: a socket file it creates, or the socket systemd passes
/// (socket activation, sd_listen_fds(3)).
public enum SocketBinding {
    public enum Listener: Sendable {
        case path(String)
        case inherited(NIOBSDSocket.Handle)
    }

    /// The first socket systemd passed to this process, if any. The variables are
    /// removed so that child processes do not take them as theirs.
    public static func inheritedFromSystemd() -> Listener? {
        let environment = ProcessInfo.processInfo.environment
        defer {
            unsetenv("LISTEN_PID")
            unsetenv("LISTEN_FDS")
            unsetenv("LISTEN_FDNAMES")
        }
        guard let pid = environment["LISTEN_PID"].flatMap(Int32.init), pid == getpid(),
              let count = environment["LISTEN_FDS"].flatMap(Int.init), count >= 1 else { return nil }
        let descriptor: CInt = 3  // SD_LISTEN_FDS_START
        _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC)
        return .inherited(descriptor)
    }

    /// Makes `path` bindable: creates its folder, refuses when a live daemon answers there
    /// (never steal its socket), and removes a stale socket file left by a crash.
    public static func prepare(path: String) throws(SitrepError) {
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty {
            do { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) } catch {
                throw SitrepError(.io, "cannot create the socket folder \(folder)", cause: error.localizedDescription)
            }
        }
        var info = stat()
        guard lstat(path, &info) == 0 else { return }
        guard (info.st_mode & S_IFMT) == S_IFSOCK else {
            throw SitrepError(.io, "\(path) exists and is not a socket; remove it or choose another --socket")
        }
        if isAnswering(path) {
            throw SitrepError(.indexLocked, "another sitrepd is already serving on \(path); stop it first or choose another --socket")
        }
        guard unlink(path) == 0 || errno == ENOENT else {
            throw SitrepError(.io, "cannot remove the stale socket \(path)", cause: String(cString: strerror(errno)))
        }
    }

    /// Sets the socket file's permissions after bind (0660 by default: owner and group).
    public static func setMode(path: String, mode: UInt16) throws(SitrepError) {
        guard chmod(path, mode_t(mode)) == 0 else {
            throw SitrepError(.io, "cannot set the mode of \(path)", cause: String(cString: strerror(errno)))
        }
    }

    /// Which file a path names (device and inode), to tell our socket file from a later one.
    public struct FileIdentity: Equatable, Sendable {
        var device: UInt64
        var inode: UInt64
    }

    public static func identity(of path: String) -> FileIdentity? {
        var info = stat()
        guard lstat(path, &info) == 0 else { return nil }
        return FileIdentity(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
    }

    /// Whether something accepts connections on the socket at `path`.
    static func isAnswering(_ path: String) -> Bool {
        guard case .success(let descriptor) = UnixSocket.connect(path) else { return false }
        close(descriptor)
        return true
    }
}
