/// Adjectives and nouns of nationality ("Russian", "Ukrainians", "British"). They name no
/// entity, yet start many capitalised runs, so the extractor must recognise them. Regular
/// forms are derived from the gazetteer's country names; irregular ones are listed.
public struct Demonyms: Sendable {
    private let forms: Set<String>

    public init(countryNames: some Sequence<String>) {
        var forms = Self.irregular
        for name in countryNames where !name.containsASCII(" ") {
            var stems = [name]
            if let last = name.last, "aeiouy".contains(last) { stems.append(String(name.dropLast())) }
            for stem in stems {
                // "Iraqi", but not "Franci" from France (whose plural would be "Francis").
                for suffix in ["n", "an", "ian", "ean", "ese", "i", "ish", "ic"] where suffix != "i" || stem == name {
                    let form = stem + suffix
                    if !PersonalNames.given.contains(form) { forms.insert(form) }
                }
            }
        }
        self.forms = forms
    }

    /// Whether `word` is a demonym, in singular or plural ("Ukrainians").
    public func contains(_ word: some StringProtocol) -> Bool {
        let text = String(word)
        if forms.contains(text) { return true }
        return text.hasSuffix("s") && forms.contains(String(text.dropLast()))
    }

    static let irregular: Set<String> = [
        "American", "British", "Briton", "Brit", "English", "Scottish", "Scot", "Welsh", "Irish",
        "French", "Dutch", "Swiss", "Greek", "Danish", "Dane", "Swedish", "Swede", "Finnish", "Finn",
        "Polish", "Pole", "Czech", "Slovak", "Spanish", "Spaniard", "Portuguese", "Turkish", "Turk",
        "Thai", "Filipino", "Norwegian", "Icelandic", "Luxembourgish", "Belarusian", "Kyrgyz",
        "Uzbek", "Kazakh", "Tajik", "Turkmen", "Afghan", "Chechen", "Tatar", "Kurdish", "Kurd", "Arab",
        "Arabic", "Persian", "Pashtun", "Baloch", "Serb", "Croat", "Bosniak", "Slovene", "Slovenian",
        "Magyar", "Flemish", "Walloon", "Basque", "Catalan", "Corsican", "Sicilian", "Bavarian",
        "Cossack", "Cypriot", "Maltese", "Lebanese", "Sudanese", "Congolese", "Senegalese",
        "Vietnamese", "Burmese", "Nepalese", "Nepali", "Bangladeshi", "Sri Lankan", "Emirati",
        "Saudi", "Qatari", "Yemeni", "Omani", "Kuwaiti", "Bahraini", "Iraqi", "Israeli", "Palestinian",
        "Jordanian", "Egyptian", "Libyan", "Moroccan", "Algerian", "Tunisian", "Nigerian", "Kenyan",
        "Ethiopian", "Somali", "Ghanaian", "Malagasy", "Mexican", "Peruvian", "Chilean", "Argentine",
        "Argentinian", "Venezuelan", "Colombian", "Brazilian", "Cuban", "Haitian", "Canadian",
        "Australian", "Aussie", "Kiwi", "Japanese", "Chinese", "Korean", "Taiwanese", "Mongolian",
        "Indian", "Pakistani", "Iranian", "Syrian", "Russian", "Ukrainian", "Soviet", "European",
        "African", "Asian", "Western", "Eastern", "Northern", "Southern", "Latin", "Slavic", "Baltic",
        "Nordic", "Scandinavian", "Balkan", "Caucasian", "Siberian", "Crimean", "Jewish",
        "Muslim", "Christian", "Catholic", "Orthodox", "Protestant", "Sunni", "Shiite", "Shia",
        "Hindu", "Buddhist", "Sikh", "Allied", "Communist", "Socialist", "Islamist", "Nazi", "Fascist", "Georgian", "Armenian",
        "Azerbaijani", "Azeri", "Moldovan", "Romanian", "Bulgarian", "Hungarian", "Lithuanian",
        "Latvian", "Estonian", "German", "Austrian", "Italian", "Belgian", "Serbian", "Croatian",
        "Albanian", "Macedonian", "Montenegrin", "Bosnian",
        // Of cities and states: "New Yorker Ee Tay", "Londoners". Not the newspapers' names
        // ("The Oregonian").
        "Yorker", "Londoner", "Parisian", "Muscovite", "Glaswegian", "Liverpudlian", "Mancunian",
        "Bostonian", "Chicagoan", "Angeleno", "Texan", "Californian", "Floridian", "Hawaiian",
        "Alaskan", "Arizonan", "Minnesotan", "Ohioan", "Quebecer", "Quebecois", "Athenian",
        "Venetian", "Florentine", "Viennese", "Ontarian", "Albertan", "Manitoban", "Newfoundlander",
        // Plural only: "Roman" is a given name too ("Roman Abramovich").
        "Romans",
    ]
}
