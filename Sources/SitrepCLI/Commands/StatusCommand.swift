import ArgumentParser

struct StatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Show the index (articles, entities, size, revision, last update) and, from the daemon, its uptime and request figures."
    )

    @OptionGroup var target: Target
    @OptionGroup var output: OutputOptions

    func run() throws {
        switch try target.backend.status() {
        case .index(let status): output.printer.print(status)
        case .daemon(let status): output.printer.print(status)
        }
    }
}
