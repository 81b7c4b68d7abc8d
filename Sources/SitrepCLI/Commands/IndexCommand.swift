import ArgumentParser
import Articles
import Foundation
import SearchIndex
import SitrepAPI

struct IndexCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "index",
        abstract: "Add or update articles from files and folders.",
        discussion: """
        Reads plain-text articles (.txt, one per file, id = file name) and JSON Lines \
        (.jsonl/.ndjson, one {"id", "title", "date", "body", "source", "url"} object per line); \
        folders are read recursively. Unchanged articles are skipped. A bad file or line is \
        reported (file:line: problem) and the others are still indexed; the exit status is then 65.
        """
    )

    @OptionGroup var location: IndexLocation
    @OptionGroup var output: OutputOptions

    @Argument(help: ArgumentHelp("Files or folders to read.", valueName: "path"))
    var paths: [String]

    func run() throws {
        let started = Date()
        let writer = try IndexWriter(path: location.path)
        var report = IngestReport()
        try ArticleReader().read(paths) { result in
            do {
                switch try writer.add(result.get()) {
                case .added: report.added += 1
                case .updated: report.updated += 1
                case .unchanged: report.unchanged += 1
                }
            } catch let error as ArticleError {
                report.rejected.append(.init(location: error.location.description, field: error.field,
                                             code: error.code.rawValue, message: error.message))
                if !output.json { Diagnostics.warn(error.description) }
            }
        }
        report.revision = try writer.commit()
        output.printer.print(report, seconds: Date().timeIntervalSince(started))
        if !report.rejected.isEmpty { throw ExitCode(ExitStatus.dataError) }
    }
}
