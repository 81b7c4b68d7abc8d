/// Why an input could not become an article. Each names the place, so a user can open
/// the file at the line, and says what to do where that is not obvious.
public struct ArticleError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Code: String, Sendable, Equatable {
        case unreadable
        case binary
        case invalidUTF8 = "invalid-utf8"
        case empty
        case tooLarge = "too-large"
        case malformedJSON = "malformed-json"
        case missingField = "missing-field"
        case invalidField = "invalid-field"
        case badDate = "bad-date"
        case unsupportedFile = "unsupported-file"
    }

    public var code: Code
    public var location: SourceLocation
    /// The JSON field at fault, if any.
    public var field: String?
    public var message: String

    public init(_ code: Code, at location: SourceLocation, field: String? = nil, _ message: String) {
        self.code = code
        self.location = location
        self.field = field
        self.message = message
    }

    /// `path:line: field 'date': message`, one line.
    public var description: String {
        var text = "\(location): "
        if let field { text += "field '\(field)': " }
        return text + message
    }
}
