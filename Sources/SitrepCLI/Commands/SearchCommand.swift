import ArgumentParser
import SitrepAPI

struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Ranked search with snippets and actor and place facets.",
        discussion: """
        QUERY uses Xapian's syntax: words (all must match; if no article has them all, any \
        word), "exact phrases", AND, OR, NOT, +must, -mustnot, trailing* wildcards, and fields:
          title:word            in the title
          actor:Zelenskyy       mentions the person or organisation (any spelling)
          place:Kiev            mentions the place (any spelling)
          within:Ukraine        mentions the place or anything in it (roll-up)
          source:reuters        from that source
          date:2023-07-01..2023-07-31   in that date range (either end may be left out)
        Examples:
          sitrep search '"land forces" actor:Syrskyi'
          sitrep search counteroffensive --place Bakhmut --from 2023-07-01 --sort date
        """
    )

    @OptionGroup var target: Target
    @OptionGroup var output: OutputOptions

    @Argument(help: "Search words and fields; empty lists every article.")
    var query: [String] = []

    @Option(name: .long, help: ArgumentHelp("Only articles mentioning this person or organisation; repeat to require several.", valueName: "name"))
    var actor: [String] = []

    @Option(name: .long, help: ArgumentHelp("Only articles mentioning this place; repeat to require several.", valueName: "name"))
    var place: [String] = []

    @Option(name: .long, help: ArgumentHelp("Only articles about this place or anything in it (Ukraine: Kyiv, Bakhmut, ...).", valueName: "place"))
    var within: [String] = []

    @Option(name: .long, help: ArgumentHelp("Only articles dated on or after this day.", valueName: "YYYY-MM-DD"))
    var from: String?

    @Option(name: .long, help: ArgumentHelp("Only articles dated on or before this day.", valueName: "YYYY-MM-DD"))
    var to: String?

    @Option(name: .long, help: "Order: relevance, or date (newest first).")
    var sort: SearchRequest.Sort = .relevance

    @Option(name: .long, help: "Hits to show.")
    var limit = 10

    @Option(name: .long, help: "Hits to skip (for paging).")
    var offset = 0

    @Option(name: .long, help: "Entries per facet.")
    var facetLimit = 10

    func validate() throws {
        guard (0...SearchRequest.maximumLimit).contains(limit) else {
            throw ValidationError("--limit must be 0 to \(SearchRequest.maximumLimit)")
        }
        guard offset >= 0 else { throw ValidationError("--offset must not be negative") }
    }

    func run() throws {
        var request = SearchRequest(query: query.joined(separator: " "), actors: actor, places: place, from: from, to: to,
                                    sort: sort, offset: offset, limit: limit, facetLimit: facetLimit)
        request.within = within
        output.printer.print(try target.backend.search(request), request: request)
    }
}

extension SearchRequest.Sort: ExpressibleByArgument {}
