import Foundation
import SitrepAPI
import Testing
@testable import SearchIndex

/// Every bad request gets a SitrepError with a code and a message naming the problem.
@Suite struct BadInputTests {
    let index: SeedIndex

    init() throws { index = try SeedIndex() }

    func error(_ request: SearchRequest) -> SitrepError? {
        do {
            _ = try index.searcher.search(request)
            return nil
        } catch {
            return error
        }
    }

    @Test(arguments: ["Bakhmut AND", "(AND)", "NOT", "date:2023-13-45..2023-14-01"])
    func querySyntaxErrors(_ query: String) {
        #expect(error(SearchRequest(query: query))?.code == .querySyntax)
    }

    @Test func unknownEntitiesAreNamed() {
        let failure = error(SearchRequest(actors: ["Nobody Atall"]))
        #expect(failure?.code == .unknownEntity)
        #expect(failure?.message.contains("Nobody Atall") == true)
        #expect(error(SearchRequest(query: "place:Atlantis"))?.code == .unknownEntity)
    }

    @Test func badDatesAndLimitsAreBadRequests() {
        #expect(error(SearchRequest(from: "2023-02-30"))?.message.contains("2023-02-30") == true)
        #expect(error(SearchRequest(limit: 5000))?.code == .badRequest)
        #expect(error(SearchRequest(offset: -1))?.code == .badRequest)
        #expect(error(SearchRequest(query: String(repeating: "a ", count: 600)))?.code == .badRequest)
    }

    @Test func missingIndexSaysHowToCreateOne() {
        #expect {
            _ = try IndexSearcher(path: "/nonexistent/sitrep-index")
        } throws: { error in
            (error as? SitrepError)?.code == .indexMissing && "\(error)".contains("sitrep index")
        }
    }

    @Test func secondWriterIsRefusedAndTheIndexStaysIntact() throws {
        let writer = try IndexWriter(path: index.path)
        #expect {
            _ = try IndexWriter(path: index.path)
        } throws: { error in
            (error as? SitrepError)?.code == .indexLocked && "\(error)".contains(index.path)
        }
        try writer.commit()
        #expect(try IndexSearcher(path: index.path).status(version: "t").articles == 5)
    }

    @Test func badArticleIsRejectedWithoutTouchingTheIndex() throws {
        let writer = try IndexWriter(path: index.path)
        #expect(throws: (any Error).self) { try writer.add(raw("junk", body: "ADVERTISEMENT")) }
        try writer.commit()
        #expect(try IndexSearcher(path: index.path).status(version: "t").articles == 5)
    }
}
