import Foundation
import SitrepAPI

/// Empties an inbox after a run, so a `.path` unit watching it is not triggered again by the
/// same files: the article files that were read go to the target folder, other visible files
/// (not articles) to its `ignored/` subfolder, and emptied subfolders are removed. Hidden
/// files stay: by convention they are still being written (write elsewhere or under a
/// hidden name, then rename into the inbox). Existing names get a numeric suffix.
enum InboxMover {
    static func move(_ read: [String], from paths: [String], to folder: String) throws {
        let manager = FileManager.default
        for file in read { try moveFile(file, into: folder) }
        for path in paths {
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue,
                  let walker = manager.enumerator(atPath: path) else { continue }
            var folders: [String] = []
            while let relative = walker.nextObject() as? String {
                let full = (path as NSString).appendingPathComponent(relative)
                if (relative as NSString).lastPathComponent.hasPrefix(".") {
                    walker.skipDescendants()
                    continue
                }
                var childIsDirectory: ObjCBool = false
                _ = manager.fileExists(atPath: full, isDirectory: &childIsDirectory)
                if childIsDirectory.boolValue {
                    folders.append(full)
                } else {
                    try moveFile(full, into: (folder as NSString).appendingPathComponent("ignored"))
                }
            }
            for emptied in folders.reversed() where (try? manager.contentsOfDirectory(atPath: emptied))?.isEmpty == true {
                try? manager.removeItem(atPath: emptied)
            }
        }
    }

    private static func moveFile(_ file: String, into folder: String) throws {
        let manager = FileManager.default
        do { try manager.createDirectory(atPath: folder, withIntermediateDirectories: true) } catch {
            throw SitrepError(.io, "cannot create \(folder)", cause: error.localizedDescription)
        }
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
