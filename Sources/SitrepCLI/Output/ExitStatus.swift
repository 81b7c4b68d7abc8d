import SitrepAPI

/// Exit statuses from sysexits(3), so scripts can tell a typo from a busy index.
enum ExitStatus {
    static let usage: Int32 = 64
    static let dataError: Int32 = 65
    static let noInput: Int32 = 66
    static let unavailable: Int32 = 69
    static let software: Int32 = 70
    static let ioError: Int32 = 74
    static let temporaryFailure: Int32 = 75
    static let configuration: Int32 = 78
    /// `show` of an article that is not there: like grep, 1 means "not found".
    static let notFound: Int32 = 1

    static func `for`(_ code: SitrepError.Code) -> Int32 {
        switch code {
        case .querySyntax, .unknownEntity, .badRequest: usage
        case .indexMissing: noInput
        case .indexLocked: temporaryFailure
        case .indexCorrupt, .io: ioError
        case .notFound: notFound
        case .unavailable: unavailable
        case .invalidConfiguration: configuration
        case .internal: software
        }
    }
}
