/// A place in an input: a file, and a line where the format has lines that matter.
public struct SourceLocation: Sendable, Hashable, CustomStringConvertible {
    public var path: String
    public var line: Int?

    public init(path: String, line: Int? = nil) {
        self.path = path
        self.line = line
    }

    /// Parses `path` or `path:line` (the form `description` writes).
    public init(relayed text: String) {
        if let colon = text.lastIndex(of: ":"), let line = Int(text[text.index(after: colon)...]) {
            self.init(path: String(text[..<colon]), line: line)
        } else {
            self.init(path: text)
        }
    }

    /// `path` or `path:line`, the form editors and terminals make clickable.
    public var description: String {
        if let line { return "\(path):\(line)" }
        return path
    }
}
