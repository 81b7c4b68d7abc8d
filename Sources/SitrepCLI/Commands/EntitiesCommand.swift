import ArgumentParser
import SearchIndex

struct EntitiesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "entities",
        abstract: "List canonical entities with their spellings and article counts.",
        discussion: "With PREFIX, only entities whose name or any alias starts with it (for completion)."
    )

    @OptionGroup var location: IndexLocation
    @OptionGroup var output: OutputOptions

    @Argument(help: "Name prefix, any spelling.")
    var prefix = ""

    @Option(name: .long, help: "Entities to list.")
    var limit = 50

    func run() throws {
        let searcher = try IndexSearcher(path: location.path)
        output.printer.print(try searcher.entities(prefix: prefix, limit: limit))
    }
}
