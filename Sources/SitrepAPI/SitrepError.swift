/// An error a user can act on: what failed (code), where and why (message), and the
/// underlying cause when there is one. The CLI turns the code into an exit status and the
/// daemon into an HTTP status, so both report the same failure the same way.
public struct SitrepError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Code: String, Sendable, Codable, CaseIterable {
        /// No index at the path (run `sitrep index` first).
        case indexMissing = "index-missing"
        /// Another process holds the index's write lock.
        case indexLocked = "index-locked"
        /// The index files are damaged or of an unknown format.
        case indexCorrupt = "index-corrupt"
        case querySyntax = "query-syntax"
        case unknownEntity = "unknown-entity"
        case badRequest = "bad-request"
        case notFound = "not-found"
        case io = "io"
        /// The daemon is not running or not reachable on its socket.
        case unavailable = "unavailable"
        /// A configuration file (such as a user's entity file) is invalid.
        case invalidConfiguration = "invalid-configuration"
        case `internal` = "internal"
    }

    public var code: Code
    public var message: String
    public var cause: String?

    public init(_ code: Code, _ message: String, cause: String? = nil) {
        self.code = code
        self.message = message
        self.cause = cause
    }

    public var description: String {
        guard let cause, !cause.isEmpty else { return message }
        return "\(message) (\(cause))"
    }
}
