import Testing
@testable import Entities

@Suite struct RegistryTests {
    func person(_ name: String, _ forms: String...) -> ArticleEntity {
        ArticleEntity(kind: .person, name: name, surfaceForms: Set(forms + [name]), mentions: 1)
    }

    @Test func spellingVariantsAcrossArticlesJoinOneEntity() {
        var registry = EntityRegistry()
        let first = registry.resolve(person("Volodymyr Zelensky"))
        #expect(registry.resolve(person("Volodymyr Zelenskyy")).id == first.id)
        #expect(registry.resolve(person("Zelenskiy")).id == first.id)
        #expect(registry.lookup("Zelenskyy", facet: .actor).map(\.id) == [first.id])
        #expect(registry.lookup("zelenskiy", facet: .actor).map(\.id) == [first.id])
    }

    @Test func surnameFirstThenFullNameUpgradesTheName() {
        var registry = EntityRegistry()
        let surname = registry.resolve(person("Prigozhin"))
        let full = registry.resolve(person("Yevgeny Prigozhin"))
        #expect(full.id == surname.id)
        #expect(full.name == "Yevgeny Prigozhin")
        #expect(full.aliases.contains("Prigozhin"))
    }

    @Test func differentPeopleSharingASurnameStayApart() {
        var registry = EntityRegistry()
        let john = registry.resolve(person("John Carter"))
        let mary = registry.resolve(person("Mary Carter"))
        #expect(john.id != mary.id)
        // A bare surname is ambiguous: it joins neither, and a lookup finds both.
        #expect(![john.id, mary.id].contains(registry.resolve(person("Carter")).id))
        #expect(Set(registry.lookup("Carter", facet: .actor).map(\.id)).isSuperset(of: [john.id, mary.id]))
    }

    @Test func gazetteerPlacesKeepGazetteerIdsAndRollUp() {
        var registry = EntityRegistry()
        let kyiv = Gazetteer.shared.places(named: "Kiev").first!
        let record = registry.resolve(ArticleEntity(kind: .place, name: "Kyiv", surfaceForms: ["Kiev"], mentions: 1, place: kyiv))
        #expect(record.id == "kyiv-ua")
        #expect(record.within == ["ua"])
        #expect(registry.lookup("Kiev", facet: .place).map(\.id) == ["kyiv-ua"])
        #expect(registry.lookup("Kiev", facet: .actor).isEmpty)
    }

    @Test func idsNeverChangeAndCollisionsGetSuffixes() {
        var registry = EntityRegistry()
        let org = registry.resolve(ArticleEntity(kind: .organisation, name: "Atlas", surfaceForms: [], mentions: 1))
        let person = registry.resolve(person("Atlas"))
        #expect(org.id == "atlas")
        #expect(person.id == "atlas-2")
    }

    @Test func changesAreReportedOnceForPersistence() {
        var registry = EntityRegistry()
        _ = registry.resolve(person("Ada Lind"))
        #expect(registry.takeChanges().map(\.name) == ["Ada Lind"])
        _ = registry.resolve(person("Ada Lind"))
        #expect(registry.takeChanges().isEmpty)
    }
}
