import Foundation

/// Reads articles from files and folders. Every problem is reported per article and
/// reading goes on: one bad file or line never stops the others.
public struct ArticleReader: Sendable {
    public struct Limits: Sendable {
        /// A plain-text file or one JSON line larger than this is refused, not truncated.
        public var maximumArticleBytes: Int = 4 << 20
        public init() {}
    }

    public var limits: Limits

    public init(limits: Limits = Limits()) {
        self.limits = limits
    }

    /// File name extensions read when walking a folder; other files there are ignored.
    public static let plainTextExtensions: Set<String> = ["txt", "text"]
    public static let jsonLinesExtensions: Set<String> = ["jsonl", "ndjson"]

    /// Calls `handle` with each article or error from `paths` (files or folders, walked
    /// recursively in name order, hidden entries skipped). A path that does not exist is an
    /// error for that path. `handle` may throw to stop reading.
    public func read(
        _ paths: [String], _ handle: (Result<RawArticle, ArticleError>) throws -> Void
    ) throws {
        for path in paths {
            for file in Self.files(at: path) {
                switch file {
                case .failure(let error): try handle(.failure(error))
                case .success(let file): try read(file: file, handle)
                }
            }
        }
    }

    /// Reads one file, by its extension: JSON Lines for `.jsonl`/`.ndjson`, else plain text.
    public func read(file path: String, _ handle: (Result<RawArticle, ArticleError>) throws -> Void) throws {
        let ext = (path as NSString).pathExtension.lowercased()
        if Self.jsonLinesExtensions.contains(ext) {
            try JSONLinesReader(limits: limits).read(path: path, handle)
        } else {
            try handle(Result { () throws(ArticleError) in try PlainTextReader(limits: limits).read(path: path) })
        }
    }

    /// The files `read` reads for `path`: the file itself, or a folder's article files in
    /// reading order; an error for a path that does not exist.
    public static func files(at path: String) -> [Result<String, ArticleError>] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            return [.failure(ArticleError(.unreadable, at: SourceLocation(path: path), "no such file or folder"))]
        }
        guard isDirectory.boolValue else { return [.success(path)] }
        guard let walker = FileManager.default.enumerator(atPath: path) else {
            return [.failure(ArticleError(.unreadable, at: SourceLocation(path: path), "folder cannot be listed"))]
        }
        var found: [String] = []
        while let relative = walker.nextObject() as? String {
            let name = (relative as NSString).lastPathComponent
            if name.hasPrefix(".") {
                walker.skipDescendants()
                continue
            }
            let ext = (name as NSString).pathExtension.lowercased()
            if plainTextExtensions.contains(ext) || jsonLinesExtensions.contains(ext) {
                found.append((path as NSString).appendingPathComponent(relative))
            }
        }
        return found.sorted().map { .success($0) }
    }
}

/// UTF-8 decoding that says where the first bad byte is, so the user can find it.
enum StrictUTF8 {
    static func decode(_ bytes: some Collection<UInt8>, at location: SourceLocation) throws(ArticleError) -> String {
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        var line = location.line ?? 1, column = 1
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
            case .emptyInput: break loop
            case .error:
                let place = SourceLocation(path: location.path, line: line)
                throw ArticleError(.invalidUTF8, at: place,
                                   "invalid UTF-8 at column \(column); convert the file to UTF-8 (for example with iconv)")
            }
        }
        throw ArticleError(.invalidUTF8, at: location, "invalid UTF-8")
    }
}
