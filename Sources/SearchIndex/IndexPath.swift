import Foundation
import SitrepAPI
import XapianKit

/// Xapian errors as Sitrep errors, naming the index and saying what to do.
extension SitrepError {
    init(_ error: XapianError, index path: String) {
        switch error.code {
        case .databaseLocked:
            self.init(.indexLocked, "index \(path) is locked by another writer; stop it (or send the articles to the daemon) and retry",
                      cause: error.message)
        case .databaseOpening:
            self.init(.indexMissing, "no index at \(path); create one with `sitrep index PATH...`", cause: error.message)
        case .databaseCorrupt, .databaseVersion:
            self.init(.indexCorrupt, "index \(path) is damaged or of an unsupported format", cause: error.message)
        case .querySyntax:
            self.init(.querySyntax, "query syntax error: \(error.message)")
        case .fieldRejected:
            self.init(.unknownEntity, error.message)
        case .notFound:
            self.init(.notFound, error.message)
        case .invalidArgument:
            self.init(.badRequest, error.message)
        case .database, .databaseModified:
            self.init(.io, "index \(path): \(error.operation) failed", cause: error.message)
        default:
            self.init(.internal, "index \(path): \(error.operation) failed", cause: error.message)
        }
    }
}

/// Runs `body`, turning Xapian errors into Sitrep errors for the index at `path`.
@discardableResult
func translatingErrors<T>(index path: String, _ body: () throws -> T) throws(SitrepError) -> T {
    do { return try body() } catch let error as SitrepError {
        throw error
    } catch let error as XapianError {
        throw SitrepError(error, index: path)
    } catch {
        throw SitrepError(.internal, "index \(path): \(error)")
    }
}

/// Size on disk of an index folder, for status.
func folderSize(_ path: String) -> Int64 {
    guard let walker = FileManager.default.enumerator(atPath: path) else { return 0 }
    var total: Int64 = 0
    while let name = walker.nextObject() as? String {
        let attributes = try? FileManager.default.attributesOfItem(atPath: (path as NSString).appendingPathComponent(name))
        total += (attributes?[.size] as? NSNumber)?.int64Value ?? 0
    }
    return total
}
