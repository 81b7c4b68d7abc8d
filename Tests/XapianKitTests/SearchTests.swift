import Testing
import XapianKit

@Suite struct SearchTests {
    @Test func builtQueries() async throws {
        try await withTemporaryDirectory { dir in
            let db = try makeNewsIndex(at: dir + "/db")
            let kyiv = try Query.term("XPLACEkyiv")
            #expect(kyiv.description == "Query(XPLACEkyiv)")
            #expect(try Set(search(db, kyiv)) == ["a1", "a3"])
            #expect(try search(db, Query.matchAll).count == 5)
            let july = try Query.valueRange(slot: dateSlot, from: "20230701", to: "20230708")
            #expect(try search(db, Query.combine(.filter, [kyiv, july])).count == 2)
            #expect(try search(db, Query.valueRange(slot: dateSlot, from: "20230709", to: nil)) == ["a4"])
            #expect(try search(db, Query.valueRange(slot: dateSlot, from: nil, to: "20230630")) == ["a5"])
            let notKyiv = try Query.combine(.andNot, [Query.matchAll, kyiv])
            #expect(try Set(search(db, notKyiv)) == ["a2", "a4", "a5"])
            let either = try Query.combine(.or, [kyiv, Query.term("XPLACElondon")])
            #expect(try search(db, either).count == 4)
            #expect(try search(db, Query.combine(.and, [kyiv, Query.term("XACTORblinken")])) == ["a1"])
            let nothing = try Query.combine(.or, [])
            #expect(nothing.isEmpty)
            #expect(try search(db, nothing) == [])
            try expectXapianError(.invalidArgument) { _ = try Query.term("") }
        }
    }

    @Test func sortByValue() async throws {
        try await withTemporaryDirectory { dir in
            let db = try makeNewsIndex(at: dir + "/db")
            let newest = try db.search(.matchAll, options: SearchOptions(sort: .value(slot: dateSlot, descending: true)))
            #expect(try ids(newest) == ["a4", "a3", "a2", "a1", "a5"])
            let oldest = try db.search(.matchAll, options: SearchOptions(sort: .value(slot: dateSlot, descending: false)))
            #expect(try ids(oldest) == ["a5", "a1", "a2", "a3", "a4"])
            #expect(try oldest.hits.map { try $0.document.value(slot: dateSlot) } ==
                    ["20230630", "20230701", "20230705", "20230708", "20230711"])
        }
    }

    @Test func paging() async throws {
        try await withTemporaryDirectory { dir in
            let db = try makeNewsIndex(at: dir + "/db")
            func page(_ offset: Int) throws -> [String] {
                try ids(db.search(.matchAll, options: SearchOptions(
                    offset: offset, limit: 2, sort: .value(slot: dateSlot, descending: false))))
            }
            #expect(try page(0) == ["a5", "a1"])
            #expect(try page(2) == ["a2", "a3"])
            #expect(try page(4) == ["a4"])
            #expect(try page(5) == [])
            try expectXapianError(.invalidArgument) {
                _ = try db.search(.matchAll, options: SearchOptions(offset: -1))
            }
        }
    }

    @Test func relevanceRanksTitleMatchesHigher() async throws {
        try await withTemporaryDirectory { dir in
            let db = try makeNewsIndex(at: dir + "/db")
            let results = try db.search(QueryParser().parse("vilnius OR polls"))
            #expect(try ids(results) == ["a4", "a5"])  // vilnius is in a4's title too
            #expect(results.hits[0].weight > results.hits[1].weight)
            #expect(results.hits.map(\.docid) == [4, 5])
        }
    }

    @Test func exactTotalsWithCheckAtLeast() async throws {
        try await withTemporaryDirectory { dir in
            let db = try makeNewsIndex(at: dir + "/db")
            let query = try QueryParser().parse("kyiv OR london")
            let results = try db.search(query, options: SearchOptions(limit: 1, checkAtLeast: db.documentCount))
            #expect(results.hits.count == 1)
            #expect(results.totals.lower == 3)
            #expect(results.totals.estimated == 3)
            #expect(results.totals.upper == 3)
        }
    }

    @Test func multiValuedFacets() async throws {
        try await withTemporaryDirectory { dir in
            let db = try makeNewsIndex(at: dir + "/db")
            let all = try db.search(.matchAll, options: SearchOptions(
                limit: 1, checkAtLeast: db.documentCount, facetPrefixes: ["XACTOR"]))
            #expect(all.facetDocumentsSeen == 5)
            #expect(try all.facetCounts() == [
                TermCount(term: "XACTORblinken", count: 2),
                TermCount(term: "XACTORsunak", count: 2),
                TermCount(term: "XACTORzelensky", count: 2),
                TermCount(term: "XACTORstoltenberg", count: 1),
            ])

            // Only matching documents count; a1 counts for both of its actors.
            let kyiv = try db.search(Query.term("XPLACEkyiv"), options: SearchOptions(
                limit: 0, checkAtLeast: db.documentCount, facetPrefixes: ["XACTOR", "XPLACE"]))
            #expect(kyiv.hits.isEmpty)
            #expect(kyiv.facetDocumentsSeen == 2)
            #expect(try kyiv.facetCounts() == [
                TermCount(term: "XACTORzelensky", count: 2),
                TermCount(term: "XPLACEkyiv", count: 2),
                TermCount(term: "XACTORblinken", count: 1),
            ])

            let none = try db.search(Query.term("XPLACEkyiv"), options: SearchOptions())
            #expect(try none.facetCounts() == [])
        }
    }

    @Test func facetsFromAValueSlotMatchTheTermlistAndFallBackToIt() async throws {
        try await withTemporaryDirectory { dir in
            let writer = try WritableDatabase(path: dir + "/db")
            for (id, terms, inSlot) in [("a", ["XACTORada", "XPLACEkyiv"], true), ("b", ["XACTORada"], true),
                                        ("c", ["XACTORbo", "XPLACEkyiv"], false)] {
                let document = try Document()
                try document.indexText("news")
                for term in terms { try document.addBooleanTerm(term) }
                // The slot may list terms the termlist lacks: proof that the slot was read.
                if inSlot { try document.setValue((terms + ["XACTORslotonly"]).joined(separator: "\n"), slot: 2) }
                try writer.replaceDocument(idTerm: "Q" + id, document)
            }
            try writer.commit()
            let results = try writer.search(Query.term("news"), options: SearchOptions(
                limit: 0, checkAtLeast: 3, facetPrefixes: ["XACTOR", "XPLACE"], facetValueSlot: 2))
            #expect(try results.facetCounts() == [
                TermCount(term: "XACTORada", count: 2), TermCount(term: "XACTORslotonly", count: 2),
                TermCount(term: "XPLACEkyiv", count: 2), TermCount(term: "XACTORbo", count: 1),
            ])
        }
    }

    @Test func snippetHighlightsStemmedMatches() async throws {
        try await withTemporaryDirectory { dir in
            let db = try makeNewsIndex(at: dir + "/db")
            let results = try db.search(QueryParser().parse("advance"))
            #expect(Set(try ids(results)) == ["a1", "a3"])
            let snippet = try results.snippet(
                of: "Diplomats are running negotiations as troops advanced near the city & port.",
                length: 200, highlight: ("<b>", "</b>"))
            #expect(snippet.contains("<b>advanced</b>"))
            #expect(snippet.contains("&amp;"))
            #expect(!snippet.contains("<b>running</b>"))

            let short = try results.snippet(
                of: String(repeating: "Filler words here. ", count: 20) + "Engineers advance repairs.",
                length: 40, highlight: ("[", "]"), omit: "…")
            #expect(short.contains("[advance]"))
            #expect(short.hasPrefix("…"))
        }
    }

    @Test func sharedQueryAcrossTasks() async throws {
        try await withTemporaryDirectory { dir in
            let path = dir + "/db"
            _ = try makeNewsIndex(at: path)
            let query = try QueryParser().parse("kyiv OR london OR vilnius")
            let counts = try await withThrowingTaskGroup(of: Int.self) { group in
                for _ in 0..<8 {
                    group.addTask {
                        var total = 0
                        for _ in 0..<50 {
                            let db = try Database(path: path)
                            total += try db.search(query).hits.count
                        }
                        return total
                    }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            #expect(counts == Array(repeating: 4 * 50, count: 8))
        }
    }
}
