import ArgumentParser
import SearchIndex

struct StatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Show the index: articles, entities, size, revision, last update."
    )

    @OptionGroup var location: IndexLocation
    @OptionGroup var output: OutputOptions

    func run() throws {
        let searcher = try IndexSearcher(path: location.path)
        output.printer.print(try searcher.status(version: Sitrep.version))
    }
}
