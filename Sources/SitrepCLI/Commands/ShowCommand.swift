import ArgumentParser
import SearchIndex

struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Print one article as indexed: cleaned text and its entities."
    )

    @OptionGroup var location: IndexLocation
    @OptionGroup var output: OutputOptions

    @Argument(help: "The article id (as search prints it).")
    var id: String

    func run() throws {
        let searcher = try IndexSearcher(path: location.path)
        output.printer.print(try searcher.article(id: id))
    }
}
