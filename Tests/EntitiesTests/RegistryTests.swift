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

    @Test func aGivenNameAloneIsNoAliasOfItsBearer() {
        var registry = EntityRegistry()
        let tait = registry.resolve(person("Mathew Tait", "Tait", "Mathew"))
        #expect(!tait.aliases.contains("Mathew"))
        #expect(registry.resolve(person("Matthew")).id != tait.id)
        #expect(registry.resolve(person("Tait")).id == tait.id)
    }

    @Test func aLoneGivenNameJoinsASurnameOnlyAsSpelt() {
        var registry = EntityRegistry()
        let brian = registry.resolve(person("Brian"))
        #expect(registry.resolve(person("Bob Bryan")).id != brian.id)
        var reverse = EntityRegistry()
        let ricard = reverse.resolve(person("Paul Ricard"))
        #expect(reverse.resolve(person("Ricardo")).id != ricard.id)
        let douglas = reverse.resolve(person("Kirk Douglas"))
        #expect(reverse.resolve(person("Douglas")).id == douglas.id)
    }

    @Test func aLoneSurnameJoinsNoNameOpenedByACommonWord() {
        var registry = EntityRegistry()
        let misread = registry.resolve(person("Black Jesus"))
        #expect(registry.resolve(person("Jesus")).id != misread.id)
        let first = registry.resolve(person("Kiichi Miyazawa"))
        #expect(registry.resolve(person("Miyazawa")).id == first.id)
    }

    @Test func aLoneJesusIsJesusChristWhateverAnArticleMisreadFirst() {
        var registry = EntityRegistry()
        // The article joined its "Jesus" to the name it misread, so the alias came with it.
        _ = registry.resolve(person("Black Jesus", "Jesus"))
        #expect(registry.resolve(person("Jesus")).name == "Jesus Christ")
    }

    @Test func surnameFirstThenFullNameUpgradesTheName() {
        var registry = EntityRegistry()
        let surname = registry.resolve(person("Prigozhin"))
        let full = registry.resolve(person("Yevgeny Prigozhin"))
        #expect(full.id == surname.id)
        #expect(full.name == "Yevgeny Prigozhin")
        #expect(full.aliases.contains("Prigozhin"))
    }

    @Test func initialsAndTheFullNameJoinAcrossArticlesAndTheFullNameWins() {
        var registry = EntityRegistry()
        let sheet = registry.resolve(person("A Hazell"))
        let full = registry.resolve(person("Andy Hazell"))
        #expect(full.id == sheet.id)
        #expect(full.name == "Andy Hazell")
        #expect(registry.resolve(person("Shane Williams", "S Williams")).name == "Shane Williams")
        #expect(registry.resolve(person("S Williams")).name == "Shane Williams")
        // Another person of the surname with those initials stays apart.
        #expect(registry.resolve(person("Alan Hazell")).id != sheet.id)
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

    @Test func aSharedSurnameDoesNotJoinDifferentPeople() {
        var registry = EntityRegistry()
        let boris = registry.resolve(person("Boris Johnson", "Johnson"))
        let lyndon = registry.resolve(person("Lyndon Johnson", "Johnson"))
        #expect(boris.id != lyndon.id)
        #expect(!registry.record(id: boris.id)!.aliases.contains("Lyndon Johnson"))
    }

    @Test func oneSpellingKeyIsNotOneNameUnlessTheSpellingsAreClose() {
        var registry = EntityRegistry()
        let macklin = registry.resolve(person("Tony Macklin"))
        // "McLean" and "Macklin" share the key `mkln` but are a few letters too far apart.
        #expect(registry.resolve(person("McLean")).id != macklin.id)
        #expect(registry.resolve(person("Tony McLean")).id != macklin.id)
        let malyar = registry.resolve(person("Hanna Malyar"))
        #expect(registry.resolve(person("Ganna Maliar")).id == malyar.id)
        #expect(registry.resolve(person("Maliar")).id == malyar.id)
    }

    @Test func overlongNamesGetBoundedStableIds() {
        var registry = EntityRegistry()
        let name = (1...40).map { "Word\($0)" }.joined(separator: " ")
        let record = registry.resolve(ArticleEntity(kind: .organisation, name: name, surfaceForms: [], mentions: 1))
        #expect(record.id.utf8.count <= EntityRegistry.maximumIDLength)
        var again = EntityRegistry()
        #expect(again.resolve(ArticleEntity(kind: .organisation, name: name, surfaceForms: [], mentions: 1)).id == record.id)
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

    @Test func aBritishCountyRollsUpThroughItsNation() {
        let hampshire = Gazetteer.shared.places(named: "Hampshire").first { $0.countryCode == "GB" }
        #expect(hampshire?.level == .region)
        #expect(hampshire.map { Gazetteer.shared.rollUp($0).map(\.name) } == ["Hampshire", "England", "United Kingdom"])
        #expect(Gazetteer.shared.places(named: "Derby").first?.level == .city)
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
        #expect(registry.changes.map(\.name) == ["Ada Lind"])
        #expect(registry.changes.map(\.name) == ["Ada Lind"], "kept until persisted")
        registry.markPersisted()
        _ = registry.resolve(person("Ada Lind"))
        #expect(registry.changes.isEmpty)
    }
}

@Suite struct OrganisationKeyTests {
    func organisation(_ name: String) -> ArticleEntity {
        ArticleEntity(kind: .organisation, name: name, surfaceForms: [name], mentions: 1)
    }

    @Test func wordOrderAndSpellingVariantsOfAnOrganisationJoin() {
        var registry = EntityRegistry()
        let first = registry.resolve(organisation("Russian Defense Ministry"))
        #expect(registry.resolve(organisation("Russian Ministry of Defence")).id == first.id)
        #expect(registry.resolve(organisation("World Health Organisation")).id
            == registry.resolve(organisation("World Health Organization")).id)
        #expect(registry.lookup("Russian Ministry of Defence", facet: .actor).map(\.id) == [first.id])
        let kidder = registry.resolve(organisation("Kidder, Peabody and Co Inc"))
        #expect(registry.resolve(organisation("Kidder Peabody and Co")).id == kidder.id)
        #expect(NameKey.organisationKey("Sears Co") == nil, "a legal form is no word of the name")
    }

    @Test func differentOrganisationsAndPeopleStayApart() {
        var registry = EntityRegistry()
        let defense = registry.resolve(organisation("Russian Defense Ministry"))
        #expect(registry.resolve(organisation("Russian Foreign Ministry")).id != defense.id)
        #expect(registry.resolve(organisation("Ukrainian Defense Ministry")).id != defense.id)
        #expect(NameKey.organisationKey("Reuters") == nil, "one word is left to the other keys")
        let person = registry.resolve(ArticleEntity(kind: .person, name: "Ministry Russian Defense", surfaceForms: [], mentions: 1))
        #expect(person.id != defense.id)
    }
}

@Suite struct ChangedAliasKeyTests {
    @Test func onlyNamesThatGainedARecordAreReported() {
        var registry = EntityRegistry()
        _ = registry.takeChangedAliasKeys()
        _ = registry.resolve(ArticleEntity(kind: .person, name: "Ada Lind", surfaceForms: ["Ada Lind"], mentions: 1))
        #expect(registry.takeChangedAliasKeys() == ["ada lind"])
        _ = registry.resolve(ArticleEntity(kind: .person, name: "Ada Lind", surfaceForms: ["Ada Lind"], mentions: 1))
        #expect(registry.takeChangedAliasKeys().isEmpty)
        _ = registry.resolve(ArticleEntity(kind: .person, name: "Ada Lind", surfaceForms: ["Ms Lind"], mentions: 1))
        #expect(registry.takeChangedAliasKeys() == ["ms lind"])
    }
}
