internal import CXapian

/// A failure reported by Xapian, with what we were trying to do when it happened.
///
/// `code` is for deciding what to do next (retry after `databaseModified`, tell the user
/// about `querySyntax`); `message` keeps Xapian's own words for logs.
public struct XapianError: Error, CustomStringConvertible {
    public enum Code: Sendable {
        case databaseLocked, databaseOpening, databaseCorrupt, databaseModified, databaseVersion
        case database, querySyntax, notFound, invalidArgument, fieldRejected, noMemory, `internal`
    }

    public let code: Code
    /// Xapian's message (or a field resolver's, for `fieldRejected`).
    public let message: String
    /// What was attempted, such as "open /srv/index read-only".
    public let operation: String

    public init(code: Code, message: String, operation: String) {
        self.code = code
        self.message = message
        self.operation = operation
    }

    public var description: String { "\(operation): \(message)" }
}

extension XapianError.Code {
    init(_ status: cxp_status) {
        switch status {
        case CXP_ERR_DATABASE_LOCKED: self = .databaseLocked
        case CXP_ERR_DATABASE_OPENING: self = .databaseOpening
        case CXP_ERR_DATABASE_CORRUPT: self = .databaseCorrupt
        case CXP_ERR_DATABASE_MODIFIED: self = .databaseModified
        case CXP_ERR_DATABASE_VERSION: self = .databaseVersion
        case CXP_ERR_DATABASE: self = .database
        case CXP_ERR_QUERY_SYNTAX: self = .querySyntax
        case CXP_ERR_NOT_FOUND: self = .notFound
        case CXP_ERR_INVALID_ARGUMENT: self = .invalidArgument
        case CXP_ERR_FIELD_REJECTED: self = .fieldRejected
        case CXP_ERR_NO_MEMORY: self = .noMemory
        default: self = .internal
        }
    }
}

/// Runs one C call and turns a failure status into a thrown `XapianError`.
///
/// The single place where C messages are read and freed, so no call site can leak one.
/// `operation` is an autoclosure because it is only needed on failure.
func check(
    _ operation: @autoclosure () -> String,
    _ body: (UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> cxp_status
) throws(XapianError) {
    var message: UnsafeMutablePointer<CChar>? = nil
    let status = body(&message)
    guard status != CXP_OK else { return }
    let text = message.map { String(cString: $0) } ?? "unknown error"
    cxp_string_free(message)
    throw XapianError(code: .init(status), message: text, operation: operation())
}

/// Converts an `Int` from the public API to the C layer's `uint32_t`, refusing values that
/// would silently wrap.
func uint32(_ value: Int, _ what: String, _ operation: @autoclosure () -> String) throws(XapianError) -> UInt32 {
    guard let result = UInt32(exactly: value) else {
        throw XapianError(code: .invalidArgument,
                          message: "\(what) \(value) is out of range 0...\(UInt32.max)",
                          operation: operation())
    }
    return result
}
