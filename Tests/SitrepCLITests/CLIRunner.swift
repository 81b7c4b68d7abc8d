import Foundation
import SitrepTestSupport

/// Runs the built `sitrep` binary as a user would, on a temporary index folder.
struct CLIRunner {
    typealias Result = ProcessResult

    static let binary = BuiltBinaries.path("sitrep")
    static let seeds = BuiltBinaries.seeds

    let index = FileManager.default.temporaryDirectory.appendingPathComponent("sitrep-cli-\(UUID().uuidString)").path

    func cleanUp() { try? FileManager.default.removeItem(atPath: index) }

    /// Runs `sitrep` on this runner's index folder (embedded mode): `--index` goes after the
    /// subcommand unless the arguments name one.
    func run(_ arguments: [String], environment: [String: String] = [:]) throws -> Result {
        var arguments = arguments
        if !arguments.contains("--index"), !arguments.isEmpty { arguments.insert(contentsOf: ["--index", index], at: 1) }
        return try runProcess(Self.binary, arguments, environment: environment)
    }

    func run(_ arguments: String...) throws -> Result { try run(arguments) }
}

extension ProcessResult {
    func json() throws -> [String: Any] {
        guard let object = try JSONSerialization.jsonObject(with: Data(stdout.utf8)) as? [String: Any] else {
            throw CocoaError(.coderReadCorrupt)
        }
        return object
    }
}
