import Foundation
import Testing

/// The `sitrep` binary on a temporary index of the seeds: what users and scripts see.
@Suite(.serialized) struct EndToEndTests {
    let cli = CLIRunner()

    init() throws {
        let result = try cli.run("index", CLIRunner.seeds)
        precondition(result.status == 0, "indexing the seeds failed: \(result.stderr)")
    }

    func ids(_ result: CLIRunner.Result) throws -> [String] {
        let hits = try #require(try result.json()["hits"] as? [[String: Any]])
        return hits.compactMap { ($0["id"] as? String).map { String($0.prefix(3)) } }.sorted()
    }

    @Test func indexReportsCountsAndSkipsUnchanged() throws {
        defer { cli.cleanUp() }
        let again = try cli.run("index", CLIRunner.seeds)
        #expect(again.status == 0)
        #expect(again.stdout.contains("0 added, 0 updated, 5 unchanged, 0 rejected"))
        let json = try cli.run("index", "--json", CLIRunner.seeds).json()
        #expect(json["unchanged"] as? Int == 5)
    }

    @Test func searchJSONHasTheDocumentedShape() throws {
        defer { cli.cleanUp() }
        let result = try cli.run("search", "counteroffensive", "--json")
        #expect(result.status == 0)
        let json = try result.json()
        #expect(json["total"] as? Int == 4)
        #expect(json["totalIsExact"] as? Bool == true)
        let hit = try #require((json["hits"] as? [[String: Any]])?.first)
        // Required keys present; date and source appear only when known; nothing undocumented.
        #expect(Set(hit.keys).isSuperset(of: ["id", "title", "score", "snippet", "actors", "places"]))
        #expect(Set(hit.keys).isSubset(of: ["id", "title", "date", "source", "score", "snippet", "actors", "places"]))
        let actor = try #require((hit["actors"] as? [[String: Any]])?.first)
        #expect(actor["id"] is String && actor["name"] is String)
        let facets = try #require(json["facets"] as? [String: Any])
        let place = try #require((facets["place"] as? [[String: Any]])?.first)
        #expect(place["count"] is Int && place["name"] is String && place["id"] is String)
    }

    @Test func issueExamplesHoldThroughTheBinary() throws {
        defer { cli.cleanUp() }
        #expect(try ids(cli.run("search", "--actor", "Syrskyi", "--json")) == ["000", "002", "003"])
        let kiev = try ids(cli.run("search", "--place", "Kiev", "--json"))
        #expect(kiev == ["000", "001", "003", "004"])
        #expect(try ids(cli.run("search", "--place", "Kyiv", "--json")) == kiev)
        #expect(try ids(cli.run("search", "getElementById", "--json")).isEmpty)
    }

    @Test func humanOutputHasNoColourWhenPipedOrWithNoColor() throws {
        defer { cli.cleanUp() }
        for environment in [[:], ["NO_COLOR": "1"]] {
            let result = try cli.run(["search", "Klishchiivka"], environment: environment)
            #expect(result.status == 0)
            // Text search finds the two that spell it so; `place:` also finds "Klishchevka".
            #expect(result.stdout.contains("2 articles for \"Klishchiivka\""))
            #expect(!result.stdout.contains("\u{1B}["))
            #expect(result.stdout.contains("Places"))
        }
    }

    @Test func showFacetsEntitiesAndStatus() throws {
        defer { cli.cleanUp() }
        let show = try cli.run("show", "001_b71d6d1c79d36822", "--json").json()
        #expect(show["title"] as? String == "Ukraine reports some 'success' in fighting near Bakhmut")
        let facets = try cli.run("facets", "place", "Bakhmut", "--json").json()
        let counts = try #require(facets["counts"] as? [[String: Any]])
        #expect(counts.contains { $0["name"] as? String == "Kyiv" && $0["count"] as? Int == 4 })
        let entities = try cli.run("entities", "Zelenskyy")
        #expect(entities.stdout.contains("Volodymyr Zelensky"))
        let status = try cli.run("status", "--json").json()
        #expect(status["articles"] as? Int == 5)
    }

    @Test func errorsNameTheProblemAndExitWithMeaning() throws {
        defer { cli.cleanUp() }
        let syntax = try cli.run("search", "Bakhmut AND")
        #expect(syntax.status == 64)
        #expect(syntax.stderr.contains("query syntax error"))
        let unknown = try cli.run("search", "--actor", "Nobody Atall")
        #expect(unknown.status == 64)
        #expect(unknown.stderr.contains("unknown actor 'Nobody Atall'"))
        let date = try cli.run("search", "--from", "yesterday")
        #expect(date.status == 64)
        #expect(date.stderr.contains("yesterday"))
        let usage = try cli.run("search", "--sort", "random")
        #expect(usage.status == 64)
        let missing = try cli.run("show", "no-such-article")
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("no-such-article"))
        let noIndex = try cli.run("search", "x", "--index", "/nonexistent/idx")
        #expect(noIndex.status == 66)
        #expect(noIndex.stderr.contains("/nonexistent/idx"))
    }

    @Test func badInputIsReportedPerLineAndTheRestIsIndexed() throws {
        defer { cli.cleanUp() }
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("sitrep-bad-\(UUID().uuidString).jsonl").path
        defer { try? FileManager.default.removeItem(atPath: file) }
        let lines = """
        {"id": "good-1", "title": "Port reopens", "date": "2023-08-01", "body": "The port of Odesa reopened.", "source": "Wire"}
        {"id": "bad-json", "body": 
        {"id": "bad-date", "date": "01/08/2023", "body": "Text."}
        {"id": "good-2", "title": "Grain deal", "body": "Grain ships left Odesa."}
        """
        try lines.write(toFile: file, atomically: true, encoding: .utf8)
        let result = try cli.run("index", file)
        #expect(result.status == 65)
        #expect(result.stderr.contains("\(file):2: malformed JSON"))
        #expect(result.stderr.contains("\(file):3: field 'date'"))
        #expect(result.stdout.contains("2 added"))
        #expect(result.stdout.contains("2 rejected"))
        #expect(try cli.run("status", "--json").json()["articles"] as? Int == 7)
        #expect(try ids(cli.run("search", "--place", "Odessa", "--json")).contains("goo"))
    }

    @Test func moveToEmptiesAnInbox() throws {
        defer { cli.cleanUp() }
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("sitrep-inbox-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: base) }
        try FileManager.default.createDirectory(atPath: base + "/inbox", withIntermediateDirectories: true)
        try "Storm hits the harbour.".write(toFile: base + "/inbox/storm.txt", atomically: true, encoding: .utf8)
        try FileManager.default.createDirectory(atPath: base + "/inbox/sub", withIntermediateDirectories: true)
        try "Grain prices fall.".write(toFile: base + "/inbox/sub/grain.txt", atomically: true, encoding: .utf8)
        try "a,b".write(toFile: base + "/inbox/table.csv", atomically: true, encoding: .utf8)
        try "half written".write(toFile: base + "/inbox/.incoming.txt", atomically: true, encoding: .utf8)
        let result = try cli.run("index", "--move-to", base + "/done", base + "/inbox")
        #expect(result.status == 0, "\(result.stderr)")
        // Read articles are moved, other files set aside, emptied folders removed; a hidden
        // file (still being written, by convention) stays.
        #expect(try FileManager.default.contentsOfDirectory(atPath: base + "/inbox") == [".incoming.txt"])
        #expect(Set(try FileManager.default.contentsOfDirectory(atPath: base + "/done")) == ["storm.txt", "grain.txt", "ignored"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: base + "/done/ignored") == ["table.csv"])
        #expect(try cli.run("status", "--json").json()["articles"] as? Int == 7)
    }

    @Test func anEntityFileExtendsTheRegistryAndItsErrorsNameTheLine() throws {
        defer { cli.cleanUp() }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sitrep-ent-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try "organisation\tZorblax Labs\tZorblax\n".write(toFile: folder + "/entities.tsv", atomically: true, encoding: .utf8)
        try "Zorblax shipped the probes.".write(toFile: folder + "/z.txt", atomically: true, encoding: .utf8)
        let indexed = try cli.run("index", "--entities", folder + "/entities.tsv", folder + "/z.txt")
        #expect(indexed.status == 0, "\(indexed.stderr)")
        #expect(try cli.run("search", "--actor", "Zorblax", "--json").json()["total"] as? Int == 1)
        try "organisation\tGood\nthing\tBad\n".write(toFile: folder + "/bad.tsv", atomically: true, encoding: .utf8)
        let bad = try cli.run("index", "--entities", folder + "/bad.tsv", folder + "/z.txt")
        #expect(bad.status == 78)
        #expect(bad.stderr.contains("bad.tsv:2: unknown kind 'thing'"))
    }
}
