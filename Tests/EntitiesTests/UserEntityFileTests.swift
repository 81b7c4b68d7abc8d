import Foundation
import Articles
import Testing
@testable import Entities

@Suite struct UserEntityFileTests {
    func write(_ text: String) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("entities-\(UUID().uuidString).tsv").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func entriesExtendAndOverrideTheBuiltInRegistry() throws {
        let path = try write("# our beat\norganisation\tZorblax Labs\tZorblax|ZL\nplace\tDonbas\tDonbass|Donbass region\n\n")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let curated = CuratedEntities.builtIn.extended(with: try CuratedEntities.load(file: path))
        #expect(curated.entry(named: "zorblax")?.name == "Zorblax Labs")
        #expect(curated.entry(named: "Donbass region")?.name == "Donbas")
        #expect(curated.entry(named: "NATO") != nil)
        let article = Articles.Article(id: "z", title: "", titleIsDerived: true, paragraphs: ["Zorblax shipped the probes."],
                                       origin: .init(path: "z"))
        #expect(EntityExtractor(curated: curated).entities(in: article).map(\.name) == ["Zorblax Labs"])
    }

    @Test func entriesOverrideBuiltInBeatNames() throws {
        let path = try write("place\tSouthampton\n")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let curated = CuratedEntities.builtIn.extended(with: try CuratedEntities.load(file: path))
        #expect(CuratedEntities.builtIn.entry(named: "Southampton", onBeat: .football)?.name == "Southampton F.C.")
        #expect(curated.entry(named: "Southampton", onBeat: .football) == nil)
        #expect(curated.entry(named: "Leicester", onBeat: .football)?.name == "Leicester City F.C.")
    }

    @Test func notEntriesSilenceNamesAndEntriesOverrideBuiltInOnes() throws {
        let path = try write("not\tQuasar Pro\tQuasar\norganisation\tWindows\n")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let curated = CuratedEntities.builtIn.extended(with: try CuratedEntities.load(file: path))
        let article = Articles.Article(id: "q", title: "", titleIsDerived: true,
                                       paragraphs: ["Users of Quasar said Windows shipped it."], origin: .init(path: "q"))
        #expect(EntityExtractor(curated: curated).entities(in: article).map(\.name) == ["Windows"])
        #expect(curated.isNotEntity("quasar pro"))
        #expect(CuratedEntities.builtIn.isNotEntity("Windows") && !curated.isNotEntity("Windows"))
    }

    @Test(arguments: [
        ("company\tAcme\n", 1, "unknown kind 'company'"),
        ("person\tAda Lind\n\nplace\n", 3, "expected kind, name"),
        ("place\t  \n", 1, "the name is empty"),
    ])
    func errorsNameTheFileAndLine(_ text: String, _ line: Int, _ message: String) throws {
        let path = try write(text)
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect {
            _ = try CuratedEntities.load(file: path)
        } throws: { error in
            "\(error)".hasPrefix("\(path):\(line): ") && "\(error)".contains(message)
        }
    }
}
