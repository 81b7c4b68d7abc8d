import ArgumentParser
import Foundation
import SitrepAPI

@main
struct Sitrep: ParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "sitrep",
        abstract: "Search news articles by words, people, organisations and places.",
        discussion: """
        Sitrep indexes news articles (plain-text files and JSON Lines), cleans scraped text, \
        finds the actors (people, organisations) and places they mention under one canonical \
        name whatever the spelling, and answers ranked, faceted searches.

        Commands talk to sitrepd on --socket (default $SITREP_SOCKET, then \
        /run/sitrep/sitrep.sock); with --index DIR they work on an index folder directly.

        Start with:
          sitrepd --index index --socket sitrep.sock &            serve ./index
          sitrep index --socket sitrep.sock seeds/                add the sample articles
          sitrep search --socket sitrep.sock counteroffensive     ranked hits with snippets
          sitrep search --index index --place Kiev --sort date    the same place under any spelling, embedded
          sitrep facets --index index actor bakhmut               who appears in articles about Bakhmut
        """,
        version: version,
        subcommands: [IndexCommand.self, SearchCommand.self, ShowCommand.self, FacetsCommand.self,
                      EntitiesCommand.self, StatusCommand.self]
    )

    /// Sitrep's own errors get one line and an exit status that says what kind of failure
    /// it was (see ExitStatus); everything else goes to the argument parser's handling.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let error as SitrepError {
            Diagnostics.error(error.description)
            Foundation.exit(ExitStatus.for(error.code))
        } catch {
            exit(withError: error)
        }
    }
}
