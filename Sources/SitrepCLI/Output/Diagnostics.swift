import Foundation

/// Messages for the user on standard error, prefixed like other Unix tools.
enum Diagnostics {
    static func warn(_ message: String) {
        FileHandle.standardError.write(Data("sitrep: \(message)\n".utf8))
    }

    static func error(_ message: String) {
        FileHandle.standardError.write(Data("sitrep: error: \(message)\n".utf8))
    }
}

enum Environment {
    static func value(_ name: String) -> String? {
        guard let value = ProcessInfo.processInfo.environment[name], !value.isEmpty else { return nil }
        return value
    }
}
