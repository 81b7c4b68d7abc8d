import Articles
import Foundation
import SitrepAPI

/// Moves delivered article files out of an inbox, so a `.path` unit that watches the inbox
/// does not index them again. Names that already exist in the target get a numeric suffix.
enum InboxMover {
    static func move(filesIn paths: [String], to folder: String) throws {
        let manager = FileManager.default
        do { try manager.createDirectory(atPath: folder, withIntermediateDirectories: true) } catch {
            throw SitrepError(.io, "cannot create \(folder)", cause: error.localizedDescription)
        }
        for path in paths {
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else { continue }
            let files = isDirectory.boolValue ? ArticleReader.articleFiles(in: path) : [path]
            for file in files {
                let name = (file as NSString).lastPathComponent
                var target = (folder as NSString).appendingPathComponent(name)
                var counter = 1
                while manager.fileExists(atPath: target) {
                    let base = (name as NSString).deletingPathExtension, ext = (name as NSString).pathExtension
                    target = (folder as NSString).appendingPathComponent("\(base).\(counter)" + (ext.isEmpty ? "" : ".\(ext)"))
                    counter += 1
                }
                do { try manager.moveItem(atPath: file, toPath: target) } catch {
                    throw SitrepError(.io, "cannot move \(file) to \(target)", cause: error.localizedDescription)
                }
            }
        }
    }
}
