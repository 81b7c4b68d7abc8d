import ArgumentParser
import Articles
import Foundation
import SitrepAPI

struct IndexCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "index",
        abstract: "Add or update articles from files and folders.",
        discussion: """
        Reads plain-text articles (.txt, one per file, id = file name) and JSON Lines \
        (.jsonl/.ndjson, one {"id", "title", "date", "body", "source", "url"} object per line); \
        folders are read recursively. Unchanged articles are skipped. A bad file or line is \
        reported (file:line: problem) and the others are still indexed; the exit status is then 65. \
        Through the daemon (the default) the articles are read here and sent in batches; with \
        --index DIR they are written to that folder directly (not while a daemon serves it).
        """
    )

    @OptionGroup var target: Target
    @OptionGroup var output: OutputOptions

    @Argument(help: ArgumentHelp("Files or folders to read.", valueName: "path"))
    var paths: [String]

    @Option(name: .long, help: ArgumentHelp(
        "With --index: an entity file extending the built-in registry (docs/ENTITIES.md).",
        discussion: "Defaults to $SITREP_ENTITIES. Through the daemon, the daemon's own file applies (sitrepd --entities).",
        valueName: "file"))
    var entities: String?

    @Option(name: .long, help: ArgumentHelp(
        "After indexing, move each file read into this folder (an inbox's 'processed' folder).",
        discussion: "Files are moved only once every article in them was indexed or rejected and reported; a failed run moves nothing.",
        valueName: "dir"))
    var moveTo: String?

    func validate() throws {
        if entities != nil && target.index == nil {
            throw ValidationError("--entities applies to --index DIR; the daemon loads its own file (sitrepd --entities FILE)")
        }
    }

    func run() throws {
        let started = Date()
        // The exact files read now are the ones moved afterwards: a file that arrives in an
        // inbox during the run waits for the next one.
        var files: [String] = []
        var missing: [IngestReport.Rejection] = []
        for path in paths {
            for file in ArticleReader.files(at: path) {
                switch file {
                case .success(let file): files.append(file)
                case .failure(let error): missing.append(IngestReport.Rejection(error))
                }
            }
        }
        missing.forEach(report)
        var result: IngestReport
        do {
            let backend = target.index.map { EmbeddedBackend(path: $0, version: Sitrep.version,
                                                              entitiesFile: entities ?? Environment.value("SITREP_ENTITIES")) } ?? target.backend
            result = try backend.ingest(files, rejected: report)
        } catch let interrupted as IngestInterrupted {
            result = interrupted.report
            result.rejected = missing + result.rejected
            output.printer.print(result, seconds: Date().timeIntervalSince(started))
            throw interrupted.cause
        }
        result.rejected = missing + result.rejected
        output.printer.print(result, seconds: Date().timeIntervalSince(started))
        if let moveTo { try InboxMover.move(files, from: paths, to: moveTo) }
        if !result.rejected.isEmpty { throw ExitCode(ExitStatus.dataError) }
    }

    private func report(_ rejection: IngestReport.Rejection) {
        if !output.json { Diagnostics.warn(rejection.line) }
    }
}
