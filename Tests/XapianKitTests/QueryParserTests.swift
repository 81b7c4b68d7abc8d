import Testing
import XapianKit

/// Throws for places the gazetteer does not know; its description is the parse error.
struct UnknownPlace: Error, CustomStringConvertible {
    var name: String
    var description: String { "unknown place: \(name)" }
}

/// Spelling variants of one place resolve to one canonical term.
func resolvePlace(_ value: String) throws -> [String] {
    switch value.lowercased() {
    case "kiev", "kyiv", "київ": return ["XPLACEkyiv"]
    case "london": return ["XPLACElondon"]
    case "baltics": return ["XPLACEvilnius", "XPLACEriga"]
    case "nowhere": return []
    default: throw UnknownPlace(name: value)
    }
}

@Suite struct QueryParserTests {
    @Test func englishStemmingMatchesOtherForms() async throws {
        try await withTemporaryDirectory { dir in
            let db = try makeNewsIndex(at: dir + "/db")
            let parser = try newsParser()
            let runs = try parser.parse("runs")
            #expect(runs.description == "Query(Zrun@1)")
            #expect(try search(db, runs) == ["a1"])  // a1 says "running"
            #expect(try Set(search(db, parser.parse("advancing"))) == ["a1", "a3"])  // advanced, advance
            // Capitalised words are not stemmed (STEM_SOME treats them as names).
            #expect(try parser.parse("Running").description == "Query(running@1)")
            #expect(try search(db, parser.parse("Running")) == ["a1"])
        }
    }

    @Test func phraseNeedsPositions() async throws {
        try await withTemporaryDirectory { dir in
            let writer = try WritableDatabase(path: dir + "/db")
            for (id, text, positions) in [("p1", "visit new york city", true),
                                          ("p2", "york is new", true),
                                          ("p3", "new york without positions", false)] {
                let doc = try Document()
                try doc.indexText(text, positions: positions)
                try doc.setData(Array(id.utf8))
                try writer.replaceDocument(idTerm: "Q" + id, doc)
            }
            try writer.commit()
            let parser = try QueryParser()
            #expect(try search(writer, parser.parse("\"new york\"")) == ["p1"])
            #expect(try Set(search(writer, parser.parse("new AND york"))) == ["p1", "p2", "p3"])
            #expect(try search(writer, parser.parse("\"new york\"", flags: [.boolean])).count == 3)
        }
    }

    @Test func titlePrefixSearchesOnlyTitles() async throws {
        try await withTemporaryDirectory { dir in
            let db = try makeNewsIndex(at: dir + "/db")
            let parser = try newsParser()
            #expect(try Set(search(db, parser.parse("title:kyiv"))) == ["a1", "a3"])
            #expect(try search(db, parser.parse("title:voters")) == [])
            #expect(try search(db, parser.parse("voters")) == ["a5"])
            #expect(try search(db, parser.parse("title:\"power outages\"")) == ["a3"])
        }
    }

    @Test func booleanPrefixFilters() async throws {
        try await withTemporaryDirectory { dir in
            let db = try makeNewsIndex(at: dir + "/db")
            let parser = try newsParser()
            #expect(try Set(search(db, parser.parse("place:kyiv"))) == ["a1", "a3"])
            #expect(try search(db, parser.parse("power place:kyiv")) == ["a3"])
            #expect(try search(db, parser.parse("power place:london")) == [])
            // Values of one field are ORed.
            #expect(try Set(search(db, parser.parse("place:kyiv place:vilnius"))) == ["a1", "a3", "a4"])
            // The filter does not change the weight of the free-text part.
            let filtered = try db.search(parser.parse("power place:kyiv"))
            let unfiltered = try db.search(parser.parse("power"))
            #expect(filtered.hits.first?.weight == unfiltered.hits.first?.weight)
        }
    }

    @Test func callbackFieldResolvesVariants() async throws {
        try await withTemporaryDirectory { dir in
            let db = try makeNewsIndex(at: dir + "/db")
            let parser = try newsParser()
            try parser.addBooleanField("in", resolve: resolvePlace)
            let kiev = try parser.parse("in:Kiev")
            let kyiv = try parser.parse("in:Kyiv")
            #expect(kiev.description == kyiv.description)
            #expect(kiev.description.contains("XPLACEkyiv"))
            #expect(try Set(search(db, kiev)) == ["a1", "a3"])
            #expect(try Set(search(db, parser.parse("in:київ"))) == ["a1", "a3"])
            // A callback field is multi-valued: two values must both match.
            let london = try Set(search(db, parser.parse("in:London")))
            #expect(try Set(search(db, parser.parse("in:Kiev in:London"))) == Set(search(db, kiev)).intersection(london))
            #expect(try Set(search(db, parser.parse("in:Kiev OR in:London"))) == Set(search(db, kiev)).union(london))
            #expect(try search(db, parser.parse("in:Baltics")) == ["a4"])  // several terms, ORed
            #expect(try search(db, parser.parse("in:nowhere")) == [])  // no terms: nothing
            #expect(try search(db, parser.parse("outages in:kiev")) == ["a3"])
        }
    }

    @Test func rejectingCallbackFailsTheParse() throws {
        let parser = try QueryParser()
        try parser.addBooleanField("in", resolve: resolvePlace)
        let error = try expectXapianError(.fieldRejected) { _ = try parser.parse("talks in:Atlantis") }
        #expect(error.message == "unknown place: Atlantis")
        #expect(error.description == "parse query \"talks in:Atlantis\": unknown place: Atlantis")
        // The parser is still usable afterwards.
        #expect(try parser.parse("in:kyiv").description.contains("XPLACEkyiv"))
    }

    @Test func resolverIsReleasedWithTheParser() throws {
        final class Tracker: Sendable {}
        weak var tracker: Tracker?
        do {
            let strong = Tracker()
            tracker = strong
            let parser = try QueryParser()
            try parser.addBooleanField("x") { [strong] value in _ = strong; return ["X" + value] }
            #expect(try parser.parse("x:a").description.contains("Xa"))
        }
        #expect(tracker == nil)
    }

    @Test func dateRanges() async throws {
        try await withTemporaryDirectory { dir in
            let db = try makeNewsIndex(at: dir + "/db")
            let parser = try newsParser()
            let week = try parser.parse("date:2023-07-01..2023-07-08")
            #expect(week.description == "Query(VALUE_RANGE 0 20230701 20230708)")
            #expect(try Set(search(db, week)) == ["a1", "a2", "a3"])
            #expect(try Set(search(db, parser.parse("date:2023-07-08.."))) == ["a3", "a4"])
            #expect(try Set(search(db, parser.parse("date:..20230701"))) == ["a1", "a5"])
            #expect(try Set(search(db, parser.parse("date:20230701..2023-07-05"))) == ["a1", "a2"])
            #expect(try search(db, parser.parse("kyiv date:2023-07-02..")) == ["a3"])
            try expectXapianError(.querySyntax) { _ = try parser.parse("date:2023-13-01..") }
        }
    }

    @Test func defaultOperator() async throws {
        try await withTemporaryDirectory { dir in
            let db = try makeNewsIndex(at: dir + "/db")
            let parser = try newsParser()
            #expect(try Set(search(db, parser.parse("kyiv strikes"))) == ["a1", "a3"])
            parser.defaultOperatorIsAnd = true
            #expect(try search(db, parser.parse("kyiv strikes")) == ["a3"])
            #expect(try Set(search(db, parser.parse("kyiv OR strikes"))) == ["a1", "a3"])
        }
    }

    @Test(arguments: ["foo AND", "(AND)", "NOT", "talks OR", "kyiv..odesa"])
    func syntaxErrors(_ input: String) throws {
        let parser = try newsParser()
        let error = try expectXapianError(.querySyntax) { _ = try parser.parse(input) }
        #expect(!error.message.isEmpty)
    }

    @Test func syntaxErrorMessageIsXapians() throws {
        let error = try expectXapianError(.querySyntax) { _ = try QueryParser().parse("foo AND") }
        #expect(error.message == "Syntax: <expression> AND <expression>")
    }

    @Test func wildcardsNeedTheDatabase() async throws {
        try await withTemporaryDirectory { dir in
            let db = try makeNewsIndex(at: dir + "/db")
            let parser = try QueryParser()
            let outa = try parser.parse("outa*", flags: [.wildcard], database: db)
            #expect(outa.description == "Query(WILDCARD SYNONYM outa)")
            #expect(try Set(search(db, outa)) == ["a3"])
            parser.maxWildcardExpansion = 1
            let capped = try parser.parse("m*", flags: [.wildcard], database: db)
            #expect(try search(db, capped).count == 1)
        }
    }

    @Test func emptyQueryIsEmpty() throws {
        let parser = try QueryParser()
        #expect(try parser.parse("").isEmpty)
        #expect(try !parser.parse("kyiv").isEmpty)
    }
}
