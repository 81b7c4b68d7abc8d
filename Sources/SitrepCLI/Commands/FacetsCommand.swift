import ArgumentParser
import Entities

struct FacetsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "facets",
        abstract: "Count the actors or places of the articles matching a query.",
        discussion: "Counts are exact: every matching article is counted once per entity it mentions."
    )

    @OptionGroup var target: Target
    @OptionGroup var output: OutputOptions

    @Argument(help: "actor or place.")
    var facet: EntityFacet

    @Argument(help: "Query (same syntax as search); empty counts over every article.")
    var query: [String] = []

    @Option(name: .long, help: "Entries to list.")
    var limit = 20

    func run() throws {
        output.printer.print(try target.backend.facets(facet, query: query.joined(separator: " "), limit: limit))
    }
}

extension EntityFacet: ExpressibleByArgument {}
