import ArgumentParser

struct EntitiesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "entities",
        abstract: "List canonical entities with their spellings and article counts.",
        discussion: "With PREFIX, only entities whose name or any alias starts with it (for completion)."
    )

    @OptionGroup var target: Target
    @OptionGroup var output: OutputOptions

    @Argument(help: "Name prefix, any spelling.")
    var prefix = ""

    @Option(name: .long, help: "Entities to list.")
    var limit = 50

    func run() throws {
        output.printer.print(try target.backend.entities(prefix: prefix, limit: limit))
    }
}
