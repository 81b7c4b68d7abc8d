import Testing
@testable import Entities

@Suite struct NameKeyTests {
    @Test(arguments: [
        ("Zelensky", "Zelenskyy"), ("Zelensky", "Zelenskiy"), ("Malyar", "Maliar"), ("Hanna Malyar", "Ganna Maliar"),
        ("Hanna Malyar", "Hana Malyar"), ("Klishchiivka", "Klishchevka"), ("Odessa", "Odesa"), ("Liman", "Lyman"),
        ("Oleksander Syrskyi", "Oleksandr Syrskyi"), ("Kharkiv", "Kharkov"), ("Yevgeny", "Evgeniy"), ("Volodymyr", "Volodimr"),
    ])
    func transliterationVariantsShareASkeleton(_ pair: (String, String)) {
        #expect(NameKey.skeleton(pair.0) == NameKey.skeleton(pair.1))
    }

    @Test(arguments: [("Smith", "Smyth Jones"), ("Putin", "Peskov"), ("Bakhmut", "Bakhchysarai"), ("Hanna Malyar", "Hanna Mahler")])
    func differentNamesDoNot(_ pair: (String, String)) {
        #expect(NameKey.skeleton(pair.0) != NameKey.skeleton(pair.1))
    }

    @Test func aFullNameSpellsOutEveryInitial() {
        #expect(NameKey.spellsOutInitials("Simon Taylor", of: "S Taylor"))
        #expect(NameKey.spellsOutInitials("Clive Staples Lewis", of: "C.S. Lewis"))
        #expect(NameKey.spellsOutInitials("Richard J. Caley", of: "R. J. Caley"))
        #expect(!NameKey.spellsOutInitials("Chris Lewis", of: "C.S. Lewis"))
        #expect(!NameKey.spellsOutInitials("Sam Taylor", of: "S Tailor"))
        #expect(!NameKey.spellsOutInitials("Accepting Christ", of: "AND Christ"))
    }

    @Test func normalizedFoldsCaseDiacriticsAndPunctuation() {
        #expect(NameKey.normalized("  KYIV's ") == "kyivs")
        #expect(NameKey.normalized("São Paulo") == "sao paulo")
        #expect(NameKey.normalized("U.S.") == "us")
    }

    @Test func slugsAreLowerCaseASCII() {
        #expect(NameKey.slug("Oleksandr Syrskyi") == "oleksandr-syrskyi")
        #expect(NameKey.slug("King's College London") == "kings-college-london")
        #expect(NameKey.slug("Zürich") == "zurich")
    }

    @Test(arguments: [("Zelensky", "Zelenskyy", true), ("Oleksander Syrskyi", "Oleksandr Syrskyi", true),
                      ("Klishchiivka", "Klishchevka", true), ("McLean", "Macklin", false), ("Liman", "Lyman", true)])
    func closeSpellings(_ a: String, _ b: String, _ close: Bool) {
        #expect(NameKey.isCloseSpelling(a, b) == close)
    }
}
