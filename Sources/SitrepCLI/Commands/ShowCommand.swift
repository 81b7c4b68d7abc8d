import ArgumentParser

struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Print one article as indexed: cleaned text and its entities."
    )

    @OptionGroup var target: Target
    @OptionGroup var output: OutputOptions

    @Argument(help: "The article id (as search prints it).")
    var id: String

    func run() throws {
        output.printer.print(try target.backend.article(id: id))
    }
}
