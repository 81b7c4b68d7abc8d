import Articles

/// Finds the people, organisations and places an article mentions, from the shape of the
/// text: capitalised runs classified by titles, roles, verbs of speech, organisation head
/// words and place nouns around them, by the gazetteer and the curated registry, and by
/// what other articles established (`known`). Mentions of one entity within the article
/// (surname after full name, Kiev after Kyiv) are joined.
public struct EntityExtractor: Sendable {
    public let gazetteer: Gazetteer
    public let curated: CuratedEntities
    public let lexicon: Lexicon
    /// Rarer words too: a name with no cue around it must not be any English word.
    public let wideLexicon: Lexicon
    public let demonyms: Demonyms
    /// Countries (and curated places) by their own names and the abbreviations news writes
    /// in capitals, normalised: what an ALL CAPS headline may name.
    let countryKeys: Set<String>
    /// Words that never start a name alone but open a registered one ("The" of "The Times",
    /// "Sunday" of "Sunday Telegraph"): only these are looked ahead from.
    let registeredNameOpeners: Set<Substring>
    /// Registered names no run of capitalised words can assemble, as tokens, by their first
    /// token: a number inside ("50 Cent", "Group of 20") or punctuation other than a period
    /// ("AC/DC"). Only these are matched token by token, as the registry writes them.
    let unusualNames: [Substring: [[Substring]]]

    public init(gazetteer: Gazetteer = .shared, curated: CuratedEntities = .builtIn, lexicon: Lexicon = .english,
                wideLexicon: Lexicon = .englishWide) {
        self.gazetteer = gazetteer
        self.curated = curated
        self.lexicon = lexicon
        self.wideLexicon = wideLexicon
        self.demonyms = Demonyms(countryNames: gazetteer.places.values.filter { $0.level == .country }.map(\.name))
        // Not the gazetteer's many short aliases ("IT", "TO").
        self.countryKeys = Set(gazetteer.places.values.filter { $0.level == .country }.map { NameKey.normalized($0.name) })
            .union(curated.entries.filter { $0.kind == .place }.map { NameKey.normalized($0.name) })
            .union(["us", "uk", "ussr"])
        self.registeredNameOpeners = Set(curated.entries.flatMap { [$0.name] + $0.aliases }.compactMap { name -> Substring? in
            let words = name.spaceSeparated()
            return words.count >= 2 && Cues.neverNames.contains(String(words[0])) ? words[0] : nil
        })
        var unusualNames: [Substring: [[Substring]]] = [:]
        for name in curated.entries.flatMap({ [$0.name] + $0.aliases }) where !name.containsASCII("(") {
            let tokens = Tokenizer.tokens(name)
            // Also a possessive inside a longer name ("Standard and Poor's Corp"), which a run
            // joined by "and" cannot hold.
            guard tokens.count >= 2, tokens.contains(where: {
                $0.text.startsWithNumber || ($0.kind == .punctuation && $0.text != "." && $0.text != "&")
            }) || (tokens.contains { $0.kind == .possessive } && tokens.filter { $0.kind == .word }.count >= 3) else { continue }
            unusualNames[tokens[0].text, default: []].append(tokens.map(\.text))
        }
        self.unusualNames = unusualNames
    }

    /// Whether a capitalised word is a name this extractor knows without context.
    public func isKnownName(_ word: some StringProtocol) -> Bool {
        curated.entry(named: word) != nil || !gazetteer.places(named: word).isEmpty
    }

    /// Names well enough known that the cleaner may split glued words at them ("Wagnerin" ->
    /// "Wagner in"): registered entities and sizeable places by their main name, not the
    /// gazetteer's many minor aliases ("Bost", "Par"), which would split "Boston" and "Paris".
    public func isWellKnownName(_ word: some StringProtocol) -> Bool {
        // Not the short ones: "Della" is no "Dell a".
        if word.count >= 5, curated.entry(named: word) != nil { return true }
        let key = NameKey.normalized(word)
        return gazetteer.places(named: word).contains { place in
            NameKey.normalized(place.name) == key && (place.level != .city || place.population >= 100_000)
        }
    }

    /// `known` tells the kind of a name other articles established, if any.
    public func entities(in article: Article, known: (String) -> EntityKind? = { _ in nil }) -> [ArticleEntity] {
        var mentions = MentionTable()
        var texts = article.paragraphs
        let isHeadline = !article.titleIsDerived && Self.isHeadlineCase(article.title)
        if !article.titleIsDerived, !isHeadline { texts.insert(article.title, at: 0) }
        let tokenized = texts.map(Tokenizer.tokens)
        // A common word capitalised mid-sentence somewhere in the article is a name there
        // ("Marsh" after "Ms Marsh"), also where it starts a sentence.
        var names: Set<Substring> = []
        for tokens in tokenized {
            for token in tokens where token.isCapitalised && !token.sentenceStart { names.insert(token.text) }
        }
        if isHeadline {
            // ALL CAPS headlines (wire copy) hold no shape of a name at all.
            if article.title.containsLowercase {
                scanHeadline(Tokenizer.tokens(article.title), namesInBody: names, into: &mentions)
            } else {
                scanCapsHeadline(Tokenizer.tokens(article.title), into: &mentions)
            }
        }
        for (index, tokens) in tokenized.enumerated() {
            mentions.inBody = index > 0 || texts.count == article.paragraphs.count
            let pieces = teamSheetPieces(tokens)
            for piece in pieces {
                if let sheet = piece.sheet {
                    for player in sheet.players { mentions.add(player, [.personTitle]) }
                    for club in sheet.clubs + sheet.teams { mentions.add(club, [.organisationContext]) }
                } else {
                    scan(pieces.count == 1 ? tokens : Array(tokens[piece.range]), namesInArticle: names, into: &mentions)
                }
            }
        }
        // A town's name is its club's in a report of the club's sport ("Southampton visit
        // Northampton"), a word a band's in a report about music ("Queen").
        var beats: Set<CuratedEntities.Beat> = []
        let beatsOfEntries = mentions.order.compactMap(curated.beat(ofEntryKey:))
        let entriesNamed = Set(beatsOfEntries)
        let beatNames = mentions.order.filter(curated.isBeatName(key:))
        if !entriesNamed.isEmpty || !beatNames.isEmpty {
            // Two teams of one game by their short names ("the Cubs", "the Mariners") say it too.
            var gameNames: [CuratedEntities.Beat: Set<String>] = [:]
            for key in beatNames {
                for beat in curated.beats(ofBeatName: key) where beat == .baseball || beat == .iceHockey {
                    gameNames[beat, default: []].insert(key)
                }
            }
            beats = Self.beats(of: tokenized, entriesNamed: entriesNamed, actsNamed: beatsOfEntries.count { $0 == .music },
                               gameNames: gameNames,
                               hasFixture: mentions.byKey.values.contains { $0.evidence.contains(.fixture) })
        }
        // Only a report of a game names a team by its nickname ("the Rockies"); elsewhere "the
        // Scriptures" and "the Russian Sites" are common words. Asked rarely: the tokens are many.
        let reportsSport = {
            tokenized.contains { tokens in tokens.contains { $0.kind == .word && Cues.teamSportWords.contains($0.text.lowercased()) } }
        }
        return resolve(mentions, known: known, namesInArticle: names, beats: beats, reportsSport: reportsSport)
    }

    /// Last words that make a body of its own of what bears another's name ("NFL Players
    /// Association", "BBC Trust"), normalised.
    static let bodyWords: Set<String> = [
        "association", "union", "foundation", "trust", "council", "committee", "commission", "federation",
        "society", "institute", "museum", "university", "college", "school", "party", "league", "orchestra",
    ]

    /// Words after a town that make a club's name, normalised ("united", "city").
    static let clubWords: Set<String> = Set(Cues.clubSuffixes.map { $0.lowercased() }).union(["city", "town", "county", "fc"])

    /// The beats an article reports, if its words say. A sport: a term of one game
    /// ("striker", "scrum-half", or a club of it named in full) and one more of its words (or
    /// a fixture, "Newcastle v Tottenham"), more of them than of the other game's, and none of
    /// the games that name no football club ("puck"). Baseball and ice hockey: two of their
    /// terms ("inning", "puck", a team named in full, or a short name of a team of the game),
    /// more than the other's. Music: two of its terms ("album", "guitarist", or an act named
    /// in full; two acts named in full are two: "Green Day, the Foo Fighters and Keane").
    static func beats(of tokenized: [[Token]], entriesNamed: Set<CuratedEntities.Beat> = [], actsNamed: Int = 0,
                      gameNames: [CuratedEntities.Beat: Set<String>] = [:], hasFixture: Bool = false) -> Set<CuratedEntities.Beat> {
        var football: Set<String> = [], rugby: Set<String> = [], music: Set<String> = []
        var footballTerm = entriesNamed.contains(.football), rugbyTerm = entriesNamed.contains(.rugbyUnion)
        var otherSport = false
        var baseball = gameNames[.baseball] ?? [], iceHockey = gameNames[.iceHockey] ?? []
        if entriesNamed.contains(.baseball) { baseball.insert("team") }
        if entriesNamed.contains(.iceHockey) { iceHockey.insert("team") }
        if footballTerm { football.insert("club") }
        if rugbyTerm { rugby.insert("club") }
        if entriesNamed.contains(.music) { music.insert("act") }
        if actsNamed >= 2 { music.insert("acts") }
        if hasFixture {
            football.insert("v")
            rugby.insert("v")
        }
        for tokens in tokenized {
            for token in tokens where token.kind == .word {
                let word = token.text.lowercased()
                if Cues.otherSportWords.contains(word) { otherSport = true }
                if Cues.baseballTerms.contains(word) { baseball.insert(word) }
                if Cues.iceHockeyTerms.contains(word) { iceHockey.insert(word) }
                if Cues.footballTerms.contains(word) {
                    footballTerm = true
                    football.insert(word)
                } else if Cues.footballWords.contains(word) {
                    football.insert(word)
                }
                if Cues.rugbyTerms.contains(word) {
                    rugbyTerm = true
                    rugby.insert(word)
                } else if Cues.rugbyWords.contains(word) {
                    rugby.insert(word)
                }
                if Cues.musicTerms.contains(word) { music.insert(word) }
            }
        }
        var beats: Set<CuratedEntities.Beat> = music.count >= 2 ? [.music] : []
        if baseball.count >= 2, baseball.count > iceHockey.count {
            beats.insert(.baseball)
        } else if iceHockey.count >= 2, iceHockey.count > baseball.count {
            beats.insert(.iceHockey)
        }
        if otherSport { return beats }
        if footballTerm, football.count >= 2, football.count > rugby.count {
            beats.insert(.football)
        } else if rugbyTerm, rugby.count >= 2, rugby.count >= football.count {
            beats.insert(.rugbyUnion)
        }
        return beats
    }

    /// ALL CAPS or Title Case Headlines capitalise common words: no evidence of names there.
    static func isHeadlineCase(_ title: String) -> Bool {
        let words = title.spaceSeparated().filter { $0.startsWithLetter }
        guard !title.containsLowercase || words.count >= 4 else { return !title.containsLowercase }
        let capitalised = words.filter { $0.startsWithUppercase }.count
        return Double(capitalised) >= 0.7 * Double(words.count)
    }

    /// "Matt Gaetz Tries ...": after a given name that is a word too, a surname no list holds
    /// but that is a plain word of letters no dictionary, gazetteer or list of given names
    /// holds, and the name's last ("Star Kawhi Leonard" is a star's name; "Will Bitcoin
    /// Recover?" a modal's question; "Gamma Ray Bursters" plural nouns).
    private func isUnlistedHeadlineSurname(_ tokens: [Token], _ index: Int) -> Bool {
        let word = tokens[index].text
        guard tokens[index - 1].text != "Will", word.utf8.count >= 4, word.dropFirst().isAllLowercase, !word.hasSuffix("ers"),
              !PersonalNames.isGivenName(word), !demonyms.contains(word), gazetteer.places(named: word).isEmpty else { return false }
        guard index + 1 < tokens.count else { return true }
        let next = tokens[index + 1]
        // "Coco Gauff Will Miss ...": a modal after the name is the headline's verb, though "Will" is a surname too;
        // so is a negative ("Drew Barrymore Won't Try").
        if Cues.modalVerbs.contains(String(next.text)) || next.text.hasSuffix("n't") { return true }
        return !(next.isCapitalised && (PersonalNames.surnames.contains(next.text) || !wideLexicon.contains(next.text)))
    }

    /// A Title Case headline capitalises every word, so runs prove nothing there; only a
    /// person's name stands out: a given name and a word no dictionary holds or that is a
    /// common surname ("Trevor Noah Exposes Sean Spicer's Tactics").
    private func scanHeadline(_ tokens: [Token], namesInBody: Set<Substring>, into mentions: inout MentionTable) {
        scanKnownNames(tokens, into: &mentions)
        scanBodiesOfPlaces(tokens, into: &mentions)
        let isForeignWord = { (token: Token) in
            token.isCapitalised && !token.isAllCaps && token.text.count >= 3 && !self.wideLexicon.contains(token.text)
                && !self.isKnownName(token.text) && !self.demonyms.contains(token.text) && !token.text.containsNumber
                && !token.text.containsASCII("-") && !Cues.neverNames.contains(String(token.text))
        }
        // "Jada Pinkett Smith Says": a second surname after the first (not "Adam Toledo In").
        let withSecondSurname = { (index: Int) -> [Substring] in
            let name = [tokens[index].text, tokens[index + 1].text]
            guard index + 2 < tokens.count else { return name }
            let third = tokens[index + 2]
            guard third.isCapitalised, !third.isAllCaps, PersonalNames.surnames.contains(third.text),
                  !Cues.titles.contains(String(third.text)), !Cues.neverNames.contains(String(third.text)),
                  third.text.count >= 5 || !self.lexicon.contains(third.text), !self.isSizeablePlace(third.text),
                  // Not "Volodymyr Zelenskyy Hails ...": a headline's verb, unless the body
                  // writes it as a name ("Jamie Lynn Spears", "Spears").
                  !(third.text.hasSuffix("s") && self.lexicon.contains(third.text)) || namesInBody.contains(third.text)
            else { return name }
            return name + [third.text]
        }
        for index in tokens.indices.dropLast() where tokens[index].isCapitalised {
            let surname = tokens[index + 1]
            // "Yalitza Aparicio": two words no dictionary or gazetteer holds.
            if isForeignWord(tokens[index]), isForeignWord(surname), index + 2 == tokens.count || !isForeignWord(tokens[index + 2]),
               index == 0 || !isForeignWord(tokens[index - 1]) {
                mentions.add(withSecondSurname(index), [])
                continue
            }
            // "Pope Francis Visits ...", "Pope Pius XII": a sovereign's title and a given name,
            // or a regnal name with its number.
            if Cues.regalTitles.contains(String(tokens[index].text)), surname.isCapitalised {
                if index + 2 < tokens.count, Self.isRegnalNumber(tokens[index + 2].text) {
                    mentions.add([tokens[index].text, surname.text, tokens[index + 2].text], [.personTitle])
                    continue
                }
                if PersonalNames.given.contains(surname.text) {
                    mentions.add([tokens[index].text, surname.text], [.personTitle])
                    continue
                }
            }
            // "J.J. Culver Scores 100": initials before a surname that is no word and no known name.
            if Self.isInitials(tokens[index].text), tokens[index].text.utf8.count >= 4, !isKnownName(tokens[index].text),
               surname.isCapitalised, !surname.isAllCaps, PersonalNames.surnames.contains(surname.text),
               !wideLexicon.contains(surname.text), !isKnownName(surname.text), !isSizeablePlace(surname.text) {
                mentions.add([tokens[index].text, surname.text], [.headlinePerson])
                continue
            }
            // No given name starts a person where it ends a known name ("Costa Rica Near ..."),
            // is a function word the lists hold too ("In Beverly Hills") or follows another given
            // name, which makes it a surname ("Bernie Sanders Over ...").
            let previous = index > 0 && tokens[index - 1].kind == .word ? tokens[index - 1] : nil
            if let previous, isKnownName("\(previous.text) \(tokens[index].text)") { continue }
            if Cues.neverNames.contains(String(tokens[index].text)) { continue }
            if let previous, previous.isCapitalised, PersonalNames.isGivenName(previous.text) { continue }
            // "Tarana Burke Is ...": a first name no list or dictionary holds, before a surname
            // that is no common word.
            // Not "Olympians Michael Phelps": a given name after the word starts the name.
            if isForeignWord(tokens[index]), !Cues.notNames.contains(String(tokens[index].text)), surname.isCapitalised, !surname.isAllCaps,
               !PersonalNames.given.contains(surname.text) || index + 2 == tokens.count || !tokens[index + 2].isCapitalised
                || lexicon.contains(tokens[index + 2].text),
               PersonalNames.surnames.contains(surname.text), !lexicon.contains(surname.text), !isKnownName(surname.text),
               !gazetteer.places(named: surname.text).contains(where: { $0.level != .city }),
               gazetteer.places(named: "\(tokens[index].text) \(surname.text)").isEmpty, previous.map({ !isForeignWord($0) }) ?? true {
                mentions.add(withSecondSurname(index), [.headlinePerson])
                continue
            }
            // A given name that is a word too ("Rob", "Mark") only before a surname that is none.
            guard isPersonalGivenName(tokens[index].text)
                    || (PersonalNames.given.contains(tokens[index].text)
                        && (PersonalNames.surnames.contains(surname.text) || isUnlistedHeadlineSurname(tokens, index + 1))
                        && !wideLexicon.contains(surname.text) && !isKnownName(surname.text)) else { continue }
            // Not "America To Get ...": a two-letter word is no surname ("To" is one in the lists).
            guard surname.isCapitalised, !surname.isAllCaps, surname.text.count >= 2,
                  !lexicon.contains(surname.text) || (PersonalNames.surnames.contains(surname.text) && surname.text.count >= 3),
                  // "Naomi Osaka Wins": a city's or a province's name may be a surname, a
                  // country's or a word's is not.
                  !isSizeablePlace(surname.text)
                    || (!wideLexicon.contains(surname.text) && !gazetteer.places(named: surname.text).contains { $0.level == .country }),
                  !Cues.titles.contains(String(surname.text)) || Cues.surnameTitles.contains(String(surname.text)),
                  !Cues.organisationWords.contains(String(surname.text)),
                  !demonyms.contains(surname.text), !Cues.notNames.contains(String(surname.text)),
                  // Not "Beverly Hills": a place of two words; nor "Clark Atlanta University": an
                  // organisation's first words.
                  gazetteer.places(named: "\(tokens[index].text) \(surname.text)").isEmpty,
                  index + 2 == tokens.count || !Cues.organisationWords.contains(String(tokens[index + 2].text)) else { continue }
            mentions.add(withSecondSurname(index), [])
        }
    }

    /// "University Of Arizona Prevented ...", "Bank Of Japan Holds ...": in a Title Case
    /// headline, an organisation's head word, "Of" and a known place of one or two words
    /// are one organisation, whatever the words around.
    private func scanBodiesOfPlaces(_ tokens: [Token], into mentions: inout MentionTable) {
        for index in tokens.indices.dropLast(2) where Cues.organisationWords.contains(String(tokens[index].text)) {
            guard tokens[index + 1].text == "Of" || tokens[index + 1].text == "of" else { continue }
            let place = (1...2).reversed().first { length in
                index + 1 + length < tokens.count
                    && tokens[(index + 2)...(index + 1 + length)].allSatisfy { $0.kind == .word && $0.isCapitalised }
                    && isKnownInHeadline(tokens[(index + 2)...(index + 1 + length)].map { String($0.text) }.joined(separator: " "))
            }
            guard let place else { continue }
            let words = [tokens[index].text, "of"] + tokens[(index + 2)...(index + 1 + place)].map(\.text)
            mentions.add(words, [.organisation])
        }
    }

    /// "Amazon To Offer Whole Foods Discounts", "Iran Says All Crew Are Safe", "Racist Trump":
    /// in a Title Case headline the names the registry and the gazetteer know stand out all
    /// the same: registered entities, countries and regions, and sizeable cities whose names
    /// are no English words. The longest known name wins ("New York" over "York").
    private func scanKnownNames(_ tokens: [Token], into mentions: inout MentionTable) {
        addLongestNames(in: tokens, upTo: 4, evidence: [], into: &mentions) { range in
            // "Michael Jordan Returns": after a given name, a known name is a surname.
            guard tokens[range].allSatisfy(\.isCapitalised), range.lowerBound == 0 || !isPersonalGivenName(tokens[range.lowerBound - 1].text)
            else { return false }
            return isKnownInHeadline(tokens[range].map { String($0.text) }.joined(separator: " "))
        }
    }

    private func isKnownInHeadline(_ name: String) -> Bool {
        if curated.isNotEntity(name) { return false }
        if let entry = curated.entry(named: name) {
            // "Who Says ..." is no WHO: an acronym counts in capitals only.
            let key = NameKey.normalized(name)
            return ([entry.name] + entry.aliases).contains { form in
                NameKey.normalized(form) == key && (form.containsLowercase || !name.containsLowercase)
            }
        }
        // "Florida" and "Georgia" are given names too, but a headline means the state.
        guard !lexicon.contains(name) else { return false }
        let isGivenName = PersonalNames.given.contains(Substring(name))
        return gazetteer.places(named: name).contains { $0.level != .city || ($0.population >= 100_000 && !isGivenName) }
    }

    /// An ALL CAPS headline ("JAPAN RICE COUNCIL TO MEET") shows no names by their shape, but
    /// a country it names by its full name ("NEW ZEALAND", "U.S.") is the place all the same.
    private func scanCapsHeadline(_ tokens: [Token], into mentions: inout MentionTable) {
        let keys = tokens.map { $0.kind == .word ? NameKey.normalized($0.text) : "" }
        addLongestNames(in: tokens, upTo: 3, evidence: [.placeContext], into: &mentions) { range in
            !keys[range].contains("") && countryKeys.contains(keys[range].joined(separator: " "))
        }
    }

    /// Left to right, the longest run of up to `maxLength` tokens that `isName` accepts is a
    /// mention; the scan goes on after it.
    private func addLongestNames(in tokens: [Token], upTo maxLength: Int, evidence: Evidence, into mentions: inout MentionTable,
                                 isName: (Range<Int>) -> Bool) {
        var index = tokens.startIndex
        while index < tokens.endIndex {
            let longest = (1...maxLength).reversed().first { length in
                index + length <= tokens.endIndex && isName(index..<(index + length))
            }
            if let longest {
                mentions.add(tokens[index..<(index + longest)].map(\.text), evidence)
                index += longest
            } else {
                index += 1
            }
        }
    }

    /// A country (or a curated place) by its own name or one of the abbreviations news writes
    /// in capitals, not by the gazetteer's many short aliases ("IT", "TO").
    private func isCountryByName(_ name: String) -> Bool {
        countryKeys.contains(NameKey.normalized(name))
    }

    // MARK: Scanning

    struct Evidence: OptionSet, Hashable {
        let rawValue: Int
        static let personTitle = Evidence(rawValue: 1)
        static let personRole = Evidence(rawValue: 2)
        static let speaker = Evidence(rawValue: 4)
        static let organisation = Evidence(rawValue: 8)
        static let placeContext = Evidence(rawValue: 16)
        static let acronym = Evidence(rawValue: 32)
        static let lowercase = Evidence(rawValue: 64)
        static let regionNoun = Evidence(rawValue: 128)
        /// The words around call it an organisation ("start-up Blinkx", "spokesman for
        /// Ask Jeeves"); weaker than a head word: a country stays a place.
        static let organisationContext = Evidence(rawValue: 256)
        /// After "in" ("fighting in Soledar"): too weak to make a place, enough to doubt
        /// that a name with no other cue is an actor.
        static let locative = Evidence(rawValue: 512)
        /// After "the" ("the Orinoco", "the Hubble"): people and companies rarely take it.
        static let definite = Evidence(rawValue: 1024)
        /// The name defines an acronym ("Unite Against Fascism (UAF)"): an organisation
        /// unless something else says person or place.
        static let definesAcronym = Evidence(rawValue: 2048)
        /// A side of a fixture ("Newcastle v Tottenham"): a club, where it is a town.
        static let fixture = Evidence(rawValue: 4096)
        /// Where a person named just before works ("Richard Yamarone of Argus Research"): an
        /// organisation unless the gazetteer knows a place of that name.
        static let affiliation = Evidence(rawValue: 8192)
        /// A common word opening a sentence, kept only because a beat may name something by it.
        static let openingWord = Evidence(rawValue: 16384)
        /// After a country's or a city's possessive ("Brazil's Petrobras"): what a place owns
        /// by name is its company or its person, rarely another place.
        static let placePossessive = Evidence(rawValue: 32768)
        /// Opening a Title Case headline as a first name no list holds and a surname that is
        /// no common word ("Tarana Burke Is ..."): a person there, where nothing else is.
        static let headlinePerson = Evidence(rawValue: 65536)
        /// Opening a sentence before a comma and "you", "I" or "we" ("Kaufman, I think we have
        /// a problem"): a poster addressing someone by name.
        static let vocative = Evidence(rawValue: 131072)
    }

    struct Mention {
        var forms: [String: Int] = [:]
        var evidence: Evidence = []
        var count = 0
        var words = 0
        /// Where the name first appears below the headline, in mentions counted there: a
        /// headline shortens what the body names in full, so only the body's order tells
        /// whether a short name refers back to a longer one.
        var firstInBody = Int.max

        mutating func record(_ form: String, _ evidence: Evidence, words: Int, bodyPosition: Int?) {
            forms[form, default: 0] += 1
            self.evidence.formUnion(evidence)
            count += 1
            self.words = words
            if let bodyPosition, firstInBody == .max { firstInBody = bodyPosition }
        }
    }

    /// Mentions by normalised name, in order of first appearance (for determinism).
    struct MentionTable {
        var byKey: [String: Mention] = [:]
        var order: [String] = []
        /// Acronyms the text defines ("Reserve Bank of India (RBI)"), to the name's key.
        var acronyms: [String: String] = [:]
        /// Acronyms the text defines for what is no entity ("Hubble Space Telescope (HST)").
        var notEntities: Set<Substring> = []
        /// Films and shows the text names as such ("Vera Drake star ..."), by key: no entity
        /// wherever else the article names them.
        var works: Set<String> = []
        /// Mentions below the headline so far, and whether the scan is there.
        var bodyMentions = 0
        var inBody = false

        mutating func add(_ words: [Substring], _ evidence: Evidence) {
            let form = words.joined(separator: " ")
            let key = NameKey.normalized(form)
            guard !key.isEmpty else { return }
            var isNew = false
            byKey[key, default: { isNew = true; return Mention() }()]
                .record(form, evidence, words: words.count, bodyPosition: inBody ? bodyMentions : nil)
            if isNew { order.append(key) }
            if inBody { bodyMentions += 1 }
        }

        /// Records another written form of a name already recorded ("Lord Nicholls of
        /// Birkenhead" of "Nicholls"), without counting a new mention.
        mutating func addForm(_ form: String, of words: [Substring]) {
            byKey[NameKey.normalized(words.joined(separator: " "))]?.forms[form, default: 0] += 1
        }

        /// Adds evidence to a mention already recorded, without counting a new mention.
        mutating func mark(_ words: [Substring], _ evidence: Evidence) {
            let key = NameKey.normalized(words.joined(separator: " "))
            byKey[key]?.evidence.formUnion(evidence)
        }
    }

    private func scan(_ tokens: [Token], namesInArticle: Set<Substring>, into mentions: inout MentionTable) {
        var index = 0
        var roleBeforeComma = false
        while index < tokens.count {
            let token = tokens[index]
            if let length = unusualName(in: tokens, at: index) {
                let span = token.text.base[token.text.startIndex..<tokens[index + length - 1].text.endIndex]
                mentions.add([span], [])
                roleBeforeComma = false
                index += length
                continue
            }
            if token.kind == .word, !token.isCapitalised {
                // "western Europe": a compass word written small before a name is still the
                // region the curated list holds under both ("Western Europe").
                if index + 1 < tokens.count, tokens[index + 1].isCapitalised, Cues.compassWords.contains(token.text),
                   case let region = token.text.prefix(1).uppercased() + token.text.dropFirst() + " " + tokens[index + 1].text,
                   curated.entry(named: region)?.kind == .place {
                    mentions.add(region.spaceSeparated(), [])
                    index += 2
                    continue
                }
                if isLowercasePlace(token.text) { mentions.add([token.text], [.lowercase]) }
                // "eBay", "easyJet": a registered name written with a small first letter.
                else if token.text.utf8.contains(where: { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") }),
                        curated.entry(named: token.text) != nil {
                    mentions.add([token.text], [])
                }
                index += 1
                continue
            }
            if let state = partyLabelState(token.text) {
                mentions.add([Substring(state)], [.placeContext])
                index += 1
                continue
            }
            guard token.isCapitalised, !Cues.neverNames.contains(String(token.text)) || token.isAllCaps || opensRegisteredName(tokens, at: index),
                  !isTicker(tokens, index), !isDateMonth(tokens, index) else {
                if token.kind == .word || token.text != "," { roleBeforeComma = false }
                index += 1
                continue
            }
            var end = runEnd(tokens, from: index)
            if continuesRegisteredNameInLowerCase(tokens, index..<end) { end += 1 }
            // "Ministers of the Group of 20": the run stops where a registered name of unusual shape starts.
            if let unusual = (index + 1..<end).first(where: { unusualName(in: tokens, at: $0) != nil }) { end = unusual }
            // "North Sea Brent crude": a grade of oil is named after a field, not a place.
            if end < tokens.count, Cues.crudeOilGrades.contains(tokens[end - 1].text), Cues.crudeOilWords.contains(tokens[end].text) {
                if end - 1 == index {
                    index = end
                    continue
                }
                end -= 1
            }
            if end == index + 1, let name = sharedSurnameName(tokens, given: index) {
                mentions.add(name, [])
                index = end
                continue
            }
            // Connectors join only organisation names and known names ("Institute for the
            // Study of War"); otherwise "Odessa for Istanbul" is two names.
            for range in splitAtConnectors(tokens, index..<end) {
                roleBeforeComma = classify(Array(tokens[range]), before: tokens[..<range.lowerBound], after: tokens[range.upperBound...],
                                           roleBeforeComma: roleBeforeComma, namesInArticle: namesInArticle, into: &mentions)
            }
            index = end
        }
    }

    /// "John Major", "Sacha Baron Cohen": after a given name, a title that is a surname too
    /// is part of the name; not after a demonym or a title that is a given name too ("the
    /// German Chancellor").
    private func hasSurnameTitleAfterGivenName(_ words: [Substring]) -> Bool {
        words.count >= 2 && Cues.surnameTitles.contains(String(words[1])) && PersonalNames.given.contains(words[0])
            && !demonyms.contains(words[0]) && !Cues.titles.contains(String(words[0]))
    }

    /// "Robin and Barry Gibb": a given name alone before "and" and a person named in full
    /// shares the surname; not the last of a list ("Paul Simon, Madonna and David Bowie"), nor
    /// a one-name star ("artists such as Madonna and Elton John").
    private func sharedSurnameName(_ tokens: [Token], given: Int) -> [Substring]? {
        guard given + 3 < tokens.count, tokens[given + 1].text == "and",
              given == 0 || (tokens[given - 1].text != "," && !tokens[given - 1].isCapitalised),
              tokens[given + 2].isCapitalised, tokens[given + 3].isCapitalised,
              given + 4 == tokens.count || !tokens[given + 4].isCapitalised,
              PersonalNames.given.contains(tokens[given].text), PersonalNames.given.contains(tokens[given + 2].text),
              !isKnownName(tokens[given].text), !curated.isBeatName(key: NameKey.normalized(tokens[given].text)),
              gazetteer.places(named: tokens[given].text).isEmpty
        else { return nil }
        let surname = tokens[given + 3]
        guard surname.kind == .word, !surname.isAllCaps, !lexicon.contains(surname.text),
              !Cues.organisationWords.contains(String(surname.text)), !isKnownName(surname.text),
              gazetteer.places(named: surname.text).isEmpty else { return nil }
        return [tokens[given].text, surname.text]
    }

    /// "the International Olympic committee", "the Labour party": a registered organisation
    /// whose last word, a word that says organisation, news writes small.
    private func continuesRegisteredNameInLowerCase(_ tokens: [Token], _ run: Range<Int>) -> Bool {
        guard run.upperBound < tokens.count, case let next = tokens[run.upperBound], next.kind == .word,
              next.text.isAllLowercase, Cues.organisationWords.contains(next.text.prefix(1).uppercased() + next.text.dropFirst())
        else { return false }
        let name = (tokens[run].map(\.text) + [next.text]).joined(separator: " ")
        return curated.entry(named: name)?.kind == .organisation
    }

    /// The number of tokens of the longest registered name of unusual shape at `index`, if one starts there.
    private func unusualName(in tokens: [Token], at index: Int) -> Int? {
        let token = tokens[index]
        guard token.kind == .word, token.isCapitalised || token.text.startsWithNumber,
              let candidates = unusualNames[token.text] else { return nil }
        return candidates.lazy.filter { name in
            index + name.count <= tokens.count && zip(name, tokens[index...]).allSatisfy { $0 == $1.text }
        }.map(\.count).max()
    }

    /// "II", "XII", "XVI": the number of a sovereign's or a pope's name (not "I", which a
    /// headline uses as a pronoun: "King Says I ...").
    static func isRegnalNumber(_ word: Substring) -> Bool {
        (2...5).contains(word.utf8.count) && word.utf8.allSatisfy { $0 == UInt8(ascii: "I") || $0 == UInt8(ascii: "V") || $0 == UInt8(ascii: "X") }
    }

    /// "The Times", "Sunday Telegraph", "The Mail on Sunday": a word that never starts a name
    /// alone opens a registered one.
    private func opensRegisteredName(_ tokens: [Token], at start: Int) -> Bool {
        guard start + 1 < tokens.count, tokens[start + 1].isCapitalised, registeredNameOpeners.contains(tokens[start].text) else { return false }
        var words = [tokens[start].text]
        var next = start + 1
        while next < tokens.count, next - start < 5,
              tokens[next].isCapitalised || (tokens[next].kind == .word && Cues.connectors.contains(String(tokens[next].text))) {
            words.append(tokens[next].text)
            if tokens[next].isCapitalised, curated.entry(named: words.joined(separator: " ")) != nil { return true }
            next += 1
        }
        return false
    }

    /// The end of a run of capitalised words starting at `start`, through connectors
    /// ("Institute for the Study of War") and possessives that open organisation names
    /// ("King's College London").
    private func runEnd(_ tokens: [Token], from start: Int) -> Int {
        var end = start + 1
        while end < tokens.count {
            let token = tokens[end]
            // "Mr. Brown": the period of an abbreviated title stays inside the run.
            if token.text == ".", end + 1 < tokens.count, tokens[end + 1].isCapitalised,
               Tokenizer.abbreviations.contains(String(tokens[end - 1].text)) || isInitial(tokens[end - 1]) {
                end += 1
                continue
            }
            if token.isCapitalised ? !Cues.neverNames.contains(String(token.text)) : Self.isElidedParticleName(token.text) {
                end += 1
                continue
            }
            // "Kenneth May, President of ...": a month that is a surname, right after a given
            // name opening the run, and before no number (not "until Friday May 5").
            if end == start + 1, Lexicon.calendarNames.contains(String(token.text)), PersonalNames.surnames.contains(token.text),
               PersonalNames.given.contains(tokens[start].text), !lexicon.contains(tokens[start].text),
               !Lexicon.calendarNames.contains(String(tokens[start].text)),
               end + 1 == tokens.count || !tokens[end + 1].text.startsWithNumber {
                end += 1
                continue
            }
            // "radio DJ Mike Read": the web's "Read" (more) is a surname right after a given name.
            if token.text == "Read", PersonalNames.given.contains(tokens[end - 1].text),
               end + 1 == tokens.count || tokens[end + 1].text != "more" {
                end += 1
                continue
            }
            // "Human Rights Watch": words that are never names alone may be part of a known one.
            if token.isCapitalised {
                var look = end
                while look < tokens.count, look - end < 3, tokens[look].isCapitalised { look += 1 }
                let known = (end + 1...look).last { isKnownName(tokens[start..<$0].map { String($0.text) }.joined(separator: " ")) }
                if let known {
                    end = known
                    continue
                }
            }
            // "Channel 4": a number inside a known name; "BBC Radio 4", "Channel 5": a station's.
            if token.kind == .word, token.text.startsWithNumber,
               ["Radio", "Channel"].contains(tokens[end - 1].text)
                || isKnownName(Self.wordsText(tokens[start...end])) {
                end += 1
                continue
            }
            // "Marks & Spencer", "Simon & Garfunkel": a firm's or a duo's one name; not a
            // person named in full after it ("Catholic Right & Pat Robertson").
            let personFollows = {
                end + 2 < tokens.count && PersonalNames.given.contains(tokens[end + 1].text)
                    && tokens[end + 2].isCapitalised && PersonalNames.surnames.contains(tokens[end + 2].text)
                    && !Cues.organisationWords.contains(String(tokens[end + 2].text)) && !self.lexicon.contains(tokens[end + 2].text)
            }
            if token.text == "&", end + 1 < tokens.count, tokens[end + 1].isCapitalised, end > start, !personFollows() {
                end += 2
                continue
            }
            // "and" joins a known name ("Organisation for Economic Cooperation and Development"),
            // the portfolios of a ministry ("Ministry of Agriculture and Fisheries") and the
            // words before an organisation's head word ("Agricultural Stabilization and
            // Conservation Service"); otherwise it separates two names.
            if token.text == "and", end + 1 < tokens.count, tokens[end + 1].isCapitalised {
                var look = end + 1
                while look < tokens.count, tokens[look].isCapitalised { look += 1 }
                let joinedWords = tokens[start..<look].filter { $0.kind == .word }.map { String($0.text) }
                let joined = joinedWords.joined(separator: " ")
                let before = tokens[start..<end], after = tokens[(end + 1)..<look]
                let isOrganisationWord = { (token: Token) in Cues.organisationWords.contains(String(token.text)) }
                // One word after "and" is a portfolio whatever else it heads ("Trade and Industry");
                // a college's and an institute's fields are so too ("College of Further and Higher Education").
                // The head may follow its owner's name ("Fife College of ...").
                let portfolioHead = before.prefix(2).firstIndex { Cues.portfolioHeads.contains(String($0.text)) }
                let ministryPortfolios = portfolioHead.map { head in
                    end - head >= 3 && tokens[head + 1].text == "of" && (head == start || tokens[start].isCapitalised)
                } == true && (after.count == 1 || (after.count == 2 && !after.contains(where: isOrganisationWord)))
                // Common words before "and" ("Grain and Feed Trade Association", "Securities and
                // Investments Board"), but no surname alone, so that "Ford and General Motors
                // Corp" stays two names.
                // Its owner or its places may open them ("Toshiba Elevator and Building Systems",
                // "US-China Economic and Security Review Commission").
                // So may a name no dictionary holds, before a common word on both sides ("Mobil
                // Exploration and Producing Services Inc").
                let opensWithOwner = before.count > 1 && before[start].kind == .word
                    && (curated.entry(named: before[start].text)?.kind == .organisation || isPlaceCompound(before[start].text)
                        || (!wideLexicon.contains(before[start].text) && !PersonalNames.isGivenName(before[start].text)
                            && after.first.map { wideLexicon.contains($0.text) } == true))
                    && !isKnownName(after.map { String($0.text) }.joined(separator: " "))
                    && !(after.first.map { isKnownName($0.text) } ?? false)
                let commonWords = opensWithOwner ? before.dropFirst() : before
                // Not "Shares of Ford and General Motors Corp": what a common word is of is no
                // name's first words ("Institute of Electrical and Electronics Engineers" is).
                let sharedHeadWord = after.count >= 2 && after.last.map(isOrganisationWord) == true && !before.isEmpty
                    && (isOrganisationWord(before[start]) || !before.contains { $0.kind == .word && !$0.isCapitalised })
                    && commonWords.allSatisfy { $0.kind == .word && (before.count == 1 || !isOrganisationWord($0)) && wideLexicon.contains($0.text) }
                    && !isKnownName(before.map { String($0.text) }.joined(separator: " ")) && !PersonalNames.given.contains(before[start].text)
                    && (before.count > 1 || !PersonalNames.surnames.contains(before[start].text))
                // "Jelena Jankovic of Serbia and Montenegro": a known name after the run's last connector.
                let tail = (tokens[start..<end].lastIndex { $0.kind == .word && !$0.isCapitalised }).map { $0 + 1 }
                // "Rohm and Haas Co", "Procter and Gamble Co": two unknown names sharing a legal form
                // (not "Chrysler and General Motors Corp": two companies), also after the person
                // of the firm ("William Griggs of Griggs and Santow Inc").
                let partner = tail ?? start
                let partners = end - partner == 1 && after.count == 2 && Cues.companySuffixes.contains(String(after[end + 2].text))
                    && !isKnownName(tokens[partner].text) && !isKnownName(after[end + 1].text) && !lexicon.contains(tokens[partner].text)
                    && !Cues.isLegalForm(tokens[partner].text)
                // "Smith Barney Harris Upham and Co Inc": partners of one firm.
                let andCompany = Cues.partnershipForms.contains(String(tokens[end + 1].text))
                // "Ironhorse Oil and Gas", "Pacific Gas and Electric": two lines of business.
                let industries = Cues.industryWords.contains(String(tokens[end - 1].text)) && Cues.industryWords.contains(String(tokens[end + 1].text))
                // "Cable and Wireless Plc": a known name with its legal form.
                let endsInLegalForm = Cues.companySuffixes.contains(String(tokens[look - 1].text))
                let knownWithLegalForm = after.count >= 2 && endsInLegalForm && isKnownName(joinedWords.dropLast().joined(separator: " "))
                // Its legal form too ("Bob Edgar of the Australia and New Zealand Banking Group Ltd").
                let knownTail = tail.map { tail in
                    isKnownName(Self.wordsText(tokens[tail..<look]))
                        || (look - tail > 3 && endsInLegalForm && isKnownName(Self.wordsText(tokens[tail..<(look - 1)])))
                } ?? false
                // "Palm Oil Registration and Licensing Authority (PORLA)": an acronym after it
                // spells every word on both sides.
                let spelledByAcronym = look + 2 < tokens.count && tokens[look].text == "(" && tokens[look + 2].text == ")"
                    && tokens[look + 1].isAllCaps
                    && tokens[look + 1].text.count == joinedWords.count(where: { !Cues.connectors.contains($0.lowercased()) })
                    && Self.abbreviates(tokens[look + 1].text, joinedWords.map { Substring($0) })
                if isKnownName(joined) || knownTail || knownWithLegalForm || ministryPortfolios || sharedHeadWord || partners || industries
                    || andCompany || spelledByAcronym {
                    end = look
                    continue
                }
            }
            // "Goldman, Sachs and Co", "Smith Barney, Harris Upham and Co": wire copy's comma
            // between the partners of one firm.
            if token.text == ",", (1...2).contains(end - (tokens[start..<end].lastIndex { !$0.isCapitalised }.map { $0 + 1 } ?? start)),
               let partners = (1...2).first(where: { count in
                   end + count + 2 < tokens.count
                       && tokens[(end + 1)...(end + count)].allSatisfy { $0.isCapitalised && !$0.isAllCaps }
                       && (tokens[end + count + 1].text == "and" || tokens[end + count + 1].text == "&")
                       && Cues.partnershipForms.contains(String(tokens[end + count + 2].text))
               }) {
                end += partners + 3
                continue
            }
            // "Ministry of Economy, Trade and Industry": a ministry's portfolios in a list, common
            // words all (not "Department of Energy, Shell and Exxon").
            let isPortfolio = { (token: Token) in token.isCapitalised && self.lexicon.contains(token.text) && !self.isKnownName(token.text) }
            if token.text == ",", end - start == 3, end + 3 < tokens.count, ["Ministry", "Department"].contains(tokens[start].text),
               tokens[start + 1].text == "of", isPortfolio(tokens[end + 1]), tokens[end + 2].text == "and", isPortfolio(tokens[end + 3]),
               end + 4 == tokens.count || !tokens[end + 4].isCapitalised {
                end += 4
                continue
            }
            // "Speaking on BBC Radio 4": a participle opening a sentence is joined to nothing;
            // "Earlier the Bank revised ...": nor is a common word before "the" there.
            if token.kind == .word, Cues.connectors.contains(String(token.text)), end == start + 1, tokens[start].sentenceStart,
               tokens[start].text.hasSuffix("ing") || token.text == "the", lexicon.contains(tokens[start].text),
               !isKnownName(tokens[start].text) {
                break
            }
            if token.kind == .word, Cues.connectors.contains(String(token.text)), token.text != "and" {
                var next = end + 1
                // "Edwin van der Sar": a second particle after the first.
                while next < tokens.count, tokens[next].text == "the"
                        || (Cues.nameParticles.contains(String(token.text)) && Cues.nameParticles.contains(String(tokens[next].text))) {
                    next += 1
                }
                // Not "the Defence Ministry on Monday", but "The Mail on Sunday".
                if next < tokens.count, tokens[next].isCapitalised, next - end <= 2,
                   !Cues.neverNames.contains(String(tokens[next].text))
                    || isKnownName(Self.wordsText(tokens[start...next])) {
                    end = next
                    continue
                }
            }
            // "King's College London" is one name; "Iraq's Oil Ministry" a country and its
            // ministry. A plural's possessive is written with its apostrophe alone
            // ("Internet Service Providers' Association").
            let isPluralPossessive = token.kind == .punctuation && (token.text == "'" || token.text == "\u{2019}")
                && tokens[end - 1].isCapitalised && tokens[end - 1].text.hasSuffix("s")
            // "People's Daily", "Lloyd's Register": a known name with its possessive inside.
            if token.kind == .possessive, end + 1 < tokens.count, tokens[end + 1].isCapitalised {
                var look = end + 1
                while look < tokens.count, look - end <= 3, tokens[look].isCapitalised { look += 1 }
                let owner = Self.wordsText(tokens[start..<end]) + "'s"
                if let known = (end + 2...look).last(where: { isKnownName(owner + " " + Self.wordsText(tokens[(end + 1)..<$0])) }) {
                    end = known
                    continue
                }
            }
            // Not "Harold Wilson's Labour Party": a person and the party; nor "Dupont's Conoco
            // Inc", "European Community's Council of Ministers": a registered owner and its part;
            // nor "Lily Tuck's The News From Paraguay": a title opens after it.
            // (Asked only at a possessive: runs are scanned token by token.)
            // Nor "British Petroleum Co PLC's Amselco Minerals Inc": an owner with its legal form.
            if token.kind == .possessive || isPluralPossessive, end + 1 < tokens.count, tokens[end + 1].isCapitalised,
               tokens[end + 1].text != "The", !isSizeablePlace(tokens[end - 1].text), !Cues.companySuffixes.contains(String(tokens[end - 1].text)),
               !(end - start == 2 && isPersonalGivenName(tokens[start].text)), !isKnownName(Self.wordsText(tokens[start..<end])) {
                var look = end + 1
                while look < tokens.count, tokens[look].isCapitalised { look += 1 }
                // Not "Carlson's Fox News": the owner of a name known apart.
                if tokens[(end + 1)..<look].contains(where: { Cues.organisationWords.contains(String($0.text)) }),
                   !isKnownName(Self.wordsText(tokens[(end + 1)..<look])) {
                    end = look
                    continue
                }
            }
            break
        }
        return end
    }

    /// The words of some tokens as one name, punctuation left out ("Channel 4", "The Mail on Sunday").
    static func wordsText(_ tokens: ArraySlice<Token>) -> String {
        tokens.filter { $0.kind == .word }.map { String($0.text) }.joined(separator: " ")
    }

    /// A capital letter alone, a person's initial before its period.
    private func isInitial(_ token: Token) -> Bool {
        token.kind == .word && token.isCapitalised && token.text.unicodeScalars.count == 1
    }

    private func hasDistinctiveWord(_ words: [Substring]) -> Bool {
        words.contains { !Cues.organisationWords.contains(String($0)) && !Cues.genericOrganisationWords.contains($0.lowercased())
            && !Cues.connectors.contains(String($0)) }
    }

    /// "MGM Vice Chairman", "NFL Commissioner": letters in capitals and a title after them,
    /// the letters being no title ("MP"), place ("UK") or people.
    private func isAcronymOfHolder(_ words: ArraySlice<Substring>) -> Bool {
        guard let first = words.first, (2...5).contains(first.utf8.count), first.isAllUppercase, first.isAllLetters,
              words.count >= 2, words.dropFirst().allSatisfy({ Cues.titles.contains(String($0)) || Cues.titleWords.contains(String($0)) }),
              !Cues.titles.contains(String(first)), !demonyms.contains(first) else { return false }
        return gazetteer.places(named: first).isEmpty
    }

    /// "Bank of England Deputy Governor" -> "Bank of England", "Senate Majority Leader" -> "Senate".
    static func droppingTrailingTitles(_ words: [Substring]) -> [Substring] {
        var body = words
        while let title = body.last, Cues.titles.contains(String(title)) || Cues.titleWords.contains(String(title)) { body.removeLast() }
        return body
    }

    /// "New Metropolitan Police", "Bank of England" (titles of a holder dropped after them):
    /// the organisation, if the words are one: headed by an organisation word last or before
    /// "of" ("Senate Majority" is none), or a known name.
    private func organisationOfHolder(_ words: [Substring], opensSentence: Bool) -> [Substring]? {
        var body = words
        // "Ministry of Defence", "Journal of Adolescent Health": the title words are a portfolio or a subject.
        guard let last = body.last, !Cues.connectors.contains(String(last)) else { return nil }
        // A common word opening the sentence is no part of it ("New York Police" is).
        if opensSentence, body.count >= 3, lexicon.contains(body[0]), !Cues.organisationWords.contains(String(body[0])),
           !isKnownName(body.joined(separator: " ")),
           !isKnownName(body[0...1].joined(separator: " ")) {
            body.removeFirst()
        }
        guard body.count >= 2, hasDistinctiveWord(body) else { return nil }
        let headed = body.indices.contains { index in
            Cues.organisationWords.contains(String(body[index])) && (index == body.count - 1 || body[index + 1] == "of")
        }
        return headed || isKnownName(body.joined(separator: " ")) ? body : nil
    }

    /// "Park Jae-min", "Huh Sun-yong": a short family name, then a given name of two
    /// syllables joined by a hyphen, the second written small (Korean names as news writes them).
    static func isKoreanName(_ words: [Substring]) -> Bool {
        words.count == 2 && (2...5).contains(words[0].count) && words[0].dropFirst().isAllLowercase
            && isHyphenatedSyllables(words[1])
    }

    /// "Jae-min", "Dae-jung": two short syllables, the first capitalised, the second small.
    private static func isHyphenatedSyllables(_ word: Substring) -> Bool {
        let parts = word.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, let first = parts[0].first, first.isUppercase, (2...4).contains(parts[0].count),
              (2...4).contains(parts[1].count) else { return false }
        return parts[0].dropFirst().allSatisfy { $0.isLowercase && $0.isASCII } && parts[1].allSatisfy { $0.isLowercase && $0.isASCII }
    }

    /// "US-China", "Anglo-Irish": places or their adjectives joined by hyphens.
    private func isPlaceCompound(_ word: Substring) -> Bool {
        let parts = word.split(separator: "-")
        return parts.count >= 2 && parts.allSatisfy { part in
            part.startsWithUppercase && (isSizeablePlace(part) || demonyms.contains(part) || ["US", "UK", "EU", "Anglo"].contains(part))
        }
    }

    /// "d'Estaing", "d'Alema": a surname with its elided particle, written small.
    static func isElidedParticleName(_ word: Substring) -> Bool {
        word.count > 2 && (word.hasPrefix("d'") || word.hasPrefix("d\u{2019}")) && word.dropFirst(2).startsWithUppercase
    }

    private func splitAtConnectors(_ tokens: [Token], _ run: Range<Int>) -> [Range<Int>] {
        let isConnector = { (token: Token) in !token.isCapitalised && token.kind == .word && !Self.isElidedParticleName(token.text) }
        guard tokens[run].contains(where: isConnector) else { return [run] }
        let words = tokens[run].filter { $0.kind != .punctuation }.map { String($0.text) }
        // "Andre Morony of Bankers Trust", "Analyst Wilf Gobert of Peters and Co Ltd": a person
        // of an organisation, two names.
        let opening = String(tokens[run.lowerBound].text)
        let person = run.lowerBound + (run.count > 3 && (Cues.titles.contains(opening) || Cues.jobTitles.contains(opening)) ? 1 : 0)
        // "said Williams of Bankers Trust": a surname alone, where a verb of speech just said so.
        let spokenSurname = { (of: Int) -> Bool in
            of - person == 1 && person > 0 && Cues.speechVerbs.contains(String(tokens[person - 1].text))
                && PersonalNames.surnames.contains(tokens[person].text) && !self.wideLexicon.contains(tokens[person].text)
                && !self.isKnownName(tokens[person].text)
        }
        if let of = tokens[run].firstIndex(where: { $0.text == "of" }), case let spoken = spokenSurname(of),
           (2...3).contains(of - person) || spoken,
           PersonalNames.isGivenName(tokens[person].text) || spoken
            || (of - person == 2 && tokens[person..<of].allSatisfy { !wideLexicon.contains($0.text) && !isKnownName($0.text) }),
           tokens[person..<of].allSatisfy({ $0.isCapitalised && !Cues.organisationWords.contains(String($0.text))
               && !Cues.titles.contains(String($0.text)) && !$0.isAllCaps }),
           tokens[(of + 1)..<run.upperBound].contains(where: { Cues.organisationWords.contains(String($0.text)) }) {
            // "Mark Longden of the Independent ... Association": the article is no part of it.
            let organisation = (of + 1) + tokens[(of + 1)..<run.upperBound].prefix { $0.text == "the" }.count
            return [run.lowerBound..<of, organisation..<run.upperBound]
        }
        // "the Mayor of London, Ken Livingstone,": a role stays whole, so that the name after
        // its comma is known to hold it.
        // Not "Secretary of State Hillary Clinton", where the holder follows in the run.
        if Cues.titles.contains(String(tokens[run.lowerBound].text)), run.count > 2, tokens[run.lowerBound + 1].text == "of" {
            let of = tokens[(run.lowerBound + 2)..<run.upperBound].filter { $0.kind == .word && $0.text != "the" }
            if of.count <= 2, !of.contains(where: { isPersonalGivenName($0.text) }) { return [run] }
        }
        // "Constitution for the European Union", "Treaty of Rome": a document, then what it is of.
        if Cues.documentWords.contains(String(tokens[run.lowerBound].text)), run.count > 2, isConnector(tokens[run.lowerBound + 1]) {
            var rest = run.lowerBound + 1
            while rest < run.upperBound, isConnector(tokens[rest]) { rest += 1 }
            return rest < run.upperBound ? [rest..<run.upperBound] : []
        }
        // "Richco Grain Ltd of New York": a company by its legal form, then where it is based
        // (not "Bank of America Corp", whose "of" comes before the form).
        // Not "Food Corporation of India", "Aluminum Co of America": a form before a country is
        // part of the name, unless a known company owns it ("NEC Corp of Japan").
        if let of = tokens[run].firstIndex(where: { $0.text == "of" }), of > run.lowerBound,
           Cues.companySuffixes.contains(String(tokens[of - 1].text)) || (tokens[of - 1].text == "." && of - 2 >= run.lowerBound
               && Cues.companySuffixes.contains(String(tokens[of - 2].text))),
           !(["Corporation", "Limited", "Corp", "Co"].contains(tokens[of - 1].text)
               && gazetteer.places(named: Self.wordsText(tokens[(of + 1)..<run.upperBound])).contains { $0.level == .country }
               && !isKnownName(Self.wordsText(tokens[run.lowerBound..<(of - 1)]))),
           tokens[(of + 1)..<run.upperBound].allSatisfy({ !Cues.organisationWords.contains(String($0.text)) }) {
            // "DeJean Packing Inc of Biloxi": what follows the legal form is where, known or not.
            return [run.lowerBound..<of, (of + 1)..<run.upperBound]
        }
        // "Shares of Polaroid Corp rose", "Officials of the Bank of England said": a plural
        // common word opening a sentence, then what it is of.
        if tokens[run.lowerBound].sentenceStart, run.count > 2, tokens[run.lowerBound + 1].text == "of", let first = words.first,
           first.hasSuffix("s"), lexicon.contains(first), !Cues.organisationWords.contains(first), !Cues.titles.contains(first),
           !isKnownName(words.joined(separator: " ")) {
            var rest = run.lowerBound + 2
            while rest < run.upperBound, tokens[rest].text == "the" { rest += 1 }
            return rest < run.upperBound ? splitAtConnectors(tokens, rest..<run.upperBound) : []
        }
        // "Othello for the Royal Shakespeare Company": a name no dictionary holds, then the body
        // it is for, whole; not "Institute for the Study of War" nor "Partnership for Public
        // Service", whose heads are words.
        if let forIndex = tokens[run].firstIndex(where: { $0.text == "for" }), forIndex > run.lowerBound,
           tokens[run.lowerBound..<forIndex].allSatisfy({ $0.isCapitalised && !lexicon.contains($0.text) && !isKnownName($0.text) }) {
            var bodyStart = forIndex + 1
            while bodyStart < run.upperBound, tokens[bodyStart].text == "the" { bodyStart += 1 }
            let body = tokens[bodyStart..<run.upperBound].map(\.text)
            if body.count >= 2, let last = body.last, Cues.organisationWords.contains(String(last)),
               body.allSatisfy({ $0.first?.isUppercase == true }), !isKnownName(words.joined(separator: " ")) {
                return [run.lowerBound..<forIndex, bodyStart..<run.upperBound]
            }
        }
        if words.contains(where: Cues.organisationWords.contains) || isKnownName(words.joined(separator: " ")) { return [run] }
        // "Lord Nicholls of Birkenhead": a peer's title, name and territorial designation.
        if Self.isPeerWithDesignation(words) { return [run] }
        // "Gulf of Oman", "Straits of Hormuz", "Bay of Bengal": a feature of a named place.
        if words.count >= 3, words[1] == "of", Cues.featureWordsFirst.contains(words[0]) || Cues.featureWordsLast.contains(words[0]),
           tokens[run].dropFirst(2).allSatisfy({ !isConnector($0) || $0.text == "the" }) {
            return [run]
        }
        var parts: [Range<Int>] = []
        var start = run.lowerBound
        // "Jeremy de Souza", "Ruud van Nistelrooy", "Leo de Corel of Kredietbank": a particle
        // between a first name (by the lists, or no word nor known name) and one more word stays inside.
        // Two particles in a row too ("Edwin van der Sar", "Pedro de la Rosa").
        let isParticle = { (position: Int) in Cues.nameParticles.contains(String(tokens[position].text)) }
        let keepsParticle = { (position: Int) -> Bool in
            guard isParticle(position), position > run.lowerBound else { return false }
            var first = position - 1, last = position + 1
            if isParticle(first), first > run.lowerBound { first -= 1 }
            if last < run.upperBound, isParticle(last) { last += 1 }
            guard !isParticle(first), last < run.upperBound, tokens[last].isCapitalised,
                  last + 1 == run.upperBound || isConnector(tokens[last + 1]) else { return false }
            let given = tokens[first].text
            return PersonalNames.given.contains(given) || (!self.wideLexicon.contains(given) && !self.isKnownName(given))
        }
        // "Jelena Jankovic of Serbia and Montenegro": a known name holding a connector stays whole.
        let insideKnownName = { (position: Int, start: Int) -> Bool in
            let end = tokens[(position + 1)..<run.upperBound].firstIndex(where: isConnector) ?? run.upperBound
            return start < position && position + 1 < end && self.isKnownName(Self.wordsText(tokens[start..<end]))
        }
        for position in run where isConnector(tokens[position]) && !keepsParticle(position) && !insideKnownName(position, start) {
            if start < position { parts.append(start..<position) }
            start = position + 1
        }
        if start < run.upperBound { parts.append(start..<run.upperBound) }
        return parts
    }

    /// "Lord Nicholls of Birkenhead", "Baroness Scotland of Asthal": the place is part of the
    /// peer's name, not a place the text is about.
    static func isPeerWithDesignation(_ words: [some StringProtocol]) -> Bool {
        (4...5).contains(words.count) && Cues.peerTitles.contains(String(words[0])) && words[2] == "of"
            && words[1].startsWithUppercase && !Cues.titles.contains(String(words[1]))
            && words.dropFirst(3).allSatisfy { $0.startsWithUppercase }
    }

    /// Classifies one run and records its mentions. Returns whether the run was a bare role
    /// ("Deputy Defense Minister"), which makes a name after a comma a person.
    private func classify(_ run: [Token], before: ArraySlice<Token>, after: ArraySlice<Token>,
                          roleBeforeComma: Bool, namesInArticle: Set<Substring>, into mentions: inout MentionTable) -> Bool {
        // Words of the run; a possessive stays on its word ("King's College London").
        var words: [Substring] = []
        for token in run {
            switch token.kind {
            case .word: words.append(token.text)
            case .possessive: if let last = words.popLast() { words.append(last + "'s") }
            case .punctuation:
                // "George W. Bush": an initial keeps its period.
                if token.text == ".", let last = words.last, last.count == 1, last.startsWithUppercase {
                    words[words.count - 1] = Substring(last + ".")
                } else if token.text == "&" {
                    words.append(token.text)
                } else if token.text == ",", let last = words.popLast() {
                    // "Ministry of Economy, Trade and Industry" (`runEnd` lets no other comma in).
                    words.append(last + ",")
                } else if token.text == "'" || token.text == "\u{2019}", let last = words.popLast() {
                    words.append(last + "'")
                }
            }
        }
        if curated.isNotEntity(words.joined(separator: " ")) {
            // "Hubble Space Telescope (HST)": its acronym is no entity either.
            if let acronym = definedAcronym(after: after) { mentions.notEntities.insert(acronym) }
            return false
        }
        // A capital at a sentence start proves nothing about a common word: drop a leading
        // "The" and at most one sentence-initial common word, unless the run is a known name
        // as it stands ("New York", "White House") or an organisation's ("Senate ... Committee").
        if words.first == "The" || words.first == "A" || words.first == "An", !isKnownName(words.joined(separator: " ")) {
            words.removeFirst()
        }
        // "the Senate Agriculture committee", "the House Banking subcommittee": wire copy writes
        // the head word of a chamber's committee small; it is part of the name all the same.
        if words.count >= 2, words[0] == "Senate" || words[0] == "House", let next = after.first,
           next.text == "committee" || next.text == "subcommittee" {
            words.append(next.text == "committee" ? "Committee" : "Subcommittee")
            mentions.add(words, [.organisation])
            return false
        }
        let isOrganisationName = words.contains { Cues.organisationWords.contains(String($0)) }
        // "Bob Harvey said", "Will Smith starred": a given name before a surname stays.
        // Not "Will Tory tax cuts": a known name after the given name is no surname.
        // "Huh Sun-yong will attend": a family name before a hyphenated Korean given name.
        let startsPersonName = (2...3).contains(words.count) && PersonalNames.given.contains(words[0])
            && words.dropFirst().allSatisfy { (!lexicon.contains($0) || PersonalNames.surnames.contains($0)) && $0.dropFirst().isAllLowercase }
            && (!isKnownName(words.dropFirst().joined(separator: " ")) || isSurnameOfSmallTown(words.dropFirst()))
            || Self.isKoreanName(words)
        // "Three United Steelworkers of America locals": a count opening a sentence is no part of a name.
        // "One U.S. Administration policy maker": "one" too, before a known name.
        // "Five year bond rates": alone, a count, not the channel Five.
        if run.first?.sentenceStart == true, let first = words.first,
           Cues.numberWords.contains(first.lowercased())
            || (words.count > 1 && words[0] == "One" && isKnownName(words[1]) && !isKnownName(words.joined(separator: " "))) {
            words.removeFirst()
            if words.isEmpty { return false }
        }
        var opensSentenceAsCommonWord = false
        var opensWithRole = false
        if let first = words.first, run.first?.sentenceStart == true, words.dropFirst().first != "&",
           Cues.neverNames.contains(String(first)) || (lexicon.contains(first) && !isOrganisationName && !startsPersonName),
           !Cues.titles.contains(String(first)), !namesInArticle.contains(first),
           !isKnownName(words.joined(separator: " ")), !isKnownName(first) {
            // "Wolves v Millwall", "Oasis singer Liam Gallagher": a beat name opening a sentence
            // is a name in a report of its beat (`resolve` drops it elsewhere).
            if words.count == 1, curated.isBeatName(key: NameKey.normalized(first)) {
                opensSentenceAsCommonWord = true
            } else {
                // "Actor Christian Slater is ...": the role is said of the name after it.
                words.removeFirst()
                opensWithRole = Cues.roles.contains(first.lowercased()) && first.dropFirst().isAllLowercase
                    && words.count >= 2 && PersonalNames.given.contains(words[0])
            }
        }
        // "Federal revenues are at 1950s levels": a common word opening a sentence that only the
        // gazetteer knows, as a small town (Federal, Argentina), is the word, unless the article
        // capitalises it elsewhere ("Reading", "China" and "Turkey" are more than small towns).
        if words.count == 1, let first = words.first, run.first?.sentenceStart == true, lexicon.contains(first),
           !namesInArticle.contains(first), curated.entry(named: first) == nil, !curated.isBeatName(key: NameKey.normalized(first)),
           !isSizeablePlace(first), !gazetteer.places(named: first).isEmpty {
            return false
        }
        // "Non-European Union nationals", "Anti-Nato protests": the name after the prefix.
        if let first = words.first, let hyphen = first.firstIndex(of: "-"), ["Non", "Anti", "Pro", "Ex", "Post", "Pre"].contains(first[..<hyphen]),
           first[first.index(after: hyphen)...].startsWithUppercase {
            words[0] = first[first.index(after: hyphen)...]
        }
        // "The MPs on the Office of the Deputy Prime Minister ... select committees": members
        // called by their letters are no part of the body they sit on.
        if words.count > 2, let first = words.first, first.hasSuffix("s"), Cues.postNominals.contains(String(first.dropLast())) {
            words.removeFirst()
            while let first = words.first, Cues.connectors.contains(String(first)) { words.removeFirst() }
        }
        // "Trouble-hit Mitsubishi Motors", "London-based Barclays": a compound adjective is no
        // part of the name after it, though what it is formed from may be a name itself.
        while words.count > 1, let first = words.first, let hyphen = first.lastIndex(of: "-"),
              first[first.index(after: hyphen)...].startsWithLowercase {
            if isKnownName(first[..<hyphen]) { mentions.add([first[..<hyphen]], []) }
            words.removeFirst()
        }
        while let last = words.last, Cues.connectors.contains(String(last)) { words.removeLast() }
        // "Christopher C." before a word that never names ("May"): no name ends in an initial.
        while words.count > 1, let last = words.last, last.count == 2, last.hasSuffix("."), last.startsWithUppercase {
            words.removeLast()
        }
        guard !words.isEmpty else { return false }
        // "US-German", "Anglo-French": countries and peoples joined name the countries alone.
        if words.count == 1, let hyphen = words[0].lastIndex(of: "-") {
            // "Singapore-based", "London-listed" alone: an adjective, of a place maybe.
            let head = words[0][..<hyphen]
            if words[0][words[0].index(after: hyphen)...].startsWithLowercase {
                if isKnownName(head) { mentions.add([head], []) }
                return false
            }
            let parts = words[0].split(separator: "-")
            if parts.count >= 2, parts.allSatisfy({ demonyms.contains($0) || isCountryByName(String($0)) || $0 == "Anglo" }) {
                for part in parts where isCountryByName(String(part)) { mentions.add([part], []) }
                return false
            }
        }
        if words.count >= 3 && words.allSatisfy({ $0.allSatisfy { !$0.isLowercase } }) { return false }

        // Not a person ("a contract worker with Bruce Hochman", "owned by Rupert Smith",
        // "T. Okamoto") nor a place ("made by Bonn"): who employs or makes is a company.
        // (Asked only after those two words: the lists and the gazetteer cost a look-up.)
        let mayBeCompany = (before.last?.text == "with" || before.last?.text == "by" || continuesMakersList(before, after))
            && !PersonalNames.isGivenName(words[0]) && !(words.count > 1 && Self.isInitials(words[0]))
            && gazetteer.places(named: words.joined(separator: " ")).isEmpty
        var context = contextEvidence(before: before, after: after, roleBeforeComma: roleBeforeComma, mayBeCompany: mayBeCompany)
        // "Those teams STINK": a common word in capitals is shouted, whatever the words before it
        // (not "AMP", "PAP": short ones are acronyms as often).
        if words.count == 1, words[0].utf8.count >= 4, words[0].isAllUppercase, lexicon.contains(words[0]) { context.remove(.organisationContext) }
        if opensSentenceAsCommonWord { context.insert(.openingWord) }
        if opensWithRole { context.insert(.personRole) }
        // "the directions of Bila Hora-Andriivka", "the Bakhmut-Lysychansk direction": an axis
        // of a front, named by the two places it runs between (a town of two names, "Ivano-Frankivsk",
        // is in the gazetteer whole).
        if context.contains(.placeContext), let last = words.last, case let parts = last.split(separator: "-"),
           parts.count == 2, parts.allSatisfy({ $0.count >= 3 && $0.startsWithUppercase && $0.dropFirst().isAllLowercase }),
           gazetteer.places(named: words.joined(separator: " ")).isEmpty, isAxisOfFront(before: before, after: after) {
            mentions.add(words.dropLast() + [parts[0]], context)
            mentions.add([parts[1]], context)
            return false
        }
        // "told the Handelsblatt daily", "the Peking Review magazine": a paper; not a town's
        // ("the Paris daily") nor a time zone's ("1300 EST weekly").
        if let next = after.first, next.kind == .word, ["daily", "weekly", "magazine", "newspaper", "tabloid"].contains(next.text),
           words.contains(where: { $0.dropFirst().containsLowercase }), gazetteer.places(named: words.joined(separator: " ")).isEmpty,
           !words.contains(where: { demonyms.contains($0) }) {
            context.insert(.organisationContext)
        }
        if words.count == 1, run.first?.sentenceStart == true, after.count >= 2, after[after.startIndex].text == ",",
           Cues.addressingPronouns.contains(after[after.startIndex + 1].text.lowercased()) {
            context.insert(.vocative)
        }
        // "<Naftagas> of Novi Sad": wire copy brackets the names of companies it has no ticker
        // for, in mixed case (in capitals, a ticker: "<F>"); posters bracket keys ("<Return>",
        // "<Esc>") and their own names.
        if before.last?.text == "<", after.first?.text == ">",
           words.contains(where: { $0.containsLowercase && $0.utf8.count >= 4 && !lexicon.contains($0) }),
           !(words.count > 1 && PersonalNames.given.contains(words[0])) {
            context.insert(.organisation)
        }
        // "Citicorp said", "First Union Bancorp": a last word grown from "corp" is a company's.
        if let last = words.last, last.utf8.count >= 6,
           last.utf8.suffix(4).elementsEqual("corp".utf8, by: { $0 | 0x20 == $1 }) {
            context.insert(.organisation)
        }
        // "a unit of Rhone-Poulenc <RHON.PA>": a name before its stock ticker is a listed
        // company's; written in mixed case, as wire copy writes names (not a legal form
        // left alone, "und Cie <BBCZ.Z>", nor letters of an encoded attachment).
        if after.first?.text == "<", let close = after.dropFirst().prefix(4).firstIndex(where: { $0.text == ">" }),
           close > after.startIndex + 1, after[(after.startIndex + 1)..<close].allSatisfy({ $0.isAllCaps || $0.text == "." }),
           words.contains(where: { $0.containsLowercase && $0.utf8.count >= 2 }), !(words.count == 1 && Cues.isLegalForm(words[0])),
           !(words.count > 1 && PersonalNames.given.contains(words[0])) {
            context.insert(.organisation)
        }
        if words.count >= 2, let acronym = definedAcronym(after: after), Self.abbreviates(acronym, words) {
            context.insert(.definesAcronym)
            mentions.acronyms[NameKey.normalized(acronym)] = NameKey.normalized(words.joined(separator: " "))
        }
        // "Maidenhead, Berkshire,": after a town and its comma, one word alone is its county
        // or country.
        if words.count == 1, before.last?.text == ",", let town = before.dropLast().last, town.isCapitalised,
           !lexicon.contains(town.text), gazetteer.places(named: town.text).contains(where: { $0.level == .city }),
           after.first.map({ $0.kind == .punctuation }) ?? true {
            context.insert(.placeContext)
            mentions.mark([town.text], .placeContext)
        }
        // "Team Canada", "Team USA", "Team GB": a country's national side (in the team game
        // the article is about), not the country.
        if words.count == 2, words[0] == "Team", isCountryByName(String(words[1])) || ["GB", "USA", "US", "Europe"].contains(words[1]) {
            mentions.add(words, context.union(.organisation))
            return false
        }
        // "U.S. Government", "the British Government": a country's government is the country.
        if words.count == 2, ["Government", "Administration"].contains(words[1]), isCountryByName(String(words[0])) {
            mentions.add([words[0]], [])
            return false
        }
        // "said U.S. Officials", "official U.S. Estimates": a common word capitalised by mistake
        // after a country's name is no part of a name.
        if words.count == 2, isCountryByName(String(words[0])), Cues.reportingNouns.contains(words[1].lowercased()),
           !isKnownName(words.joined(separator: " ")) {
            mentions.add([words[0]], [])
            return false
        }
        // "New Orleans, La.", "Dallas, Tex.": a US state in news style after a town and its comma.
        if words.count == 1, before.last?.text == ",", let town = before.dropLast().last, town.isCapitalised,
           let state = Cues.stateAbbreviations[String(words[0].hasSuffix(".") ? words[0].dropLast() : words[0])] {
            mentions.add([Substring(state)], [.placeContext])
            // The town before it is one too ("Clinton, Tenn.", though a president bears the name).
            mentions.mark([town.text], .placeContext)
            return false
        }
        // "U.S. Food and Drug Administration": a country before a registered body's name of
        // several words is where the body is, not part of its name.
        if words.count >= 3, isCountryByName(String(words[0])), !isKnownName(words.joined(separator: " ")),
           let body = curated.entry(named: words.dropFirst().joined(separator: " ")), body.kind == .organisation {
            mentions.add([words[0]], [])
            mentions.add(Array(words.dropFirst()), context)
            return false
        }
        // A known name as a whole ("Western Europe", "Soviet Union") is not a demonym and a noun.
        if words.count >= 2, isKnownName(words.joined(separator: " ")) {
            mentions.add(words, context)
            return false
        }
        if words.count >= 3, words.contains("&"), words.first != "&", words.last != "&" {
            mentions.add(words, context.union(.organisation))
            return false
        }
        if curated.isNotEntity(words.joined(separator: " ")) { return false }
        if words.count == 1, mentions.notEntities.contains(words[0]) { return false }
        // "Microsoft Xbox", "Apple iPod": the maker is named, the product is not.
        if let product = curated.notEntitySuffix(of: words) {
            words = Array(words[..<product])
            if curated.entry(named: words.joined(separator: " ")) != nil {
                mentions.add(words, context)
                return false
            }
        }

        // "Senior Managing Director of Shearson Lehman Brothers": a role, then the organisation it is of.
        if let of = words.firstIndex(of: "of"), of > 0, Cues.titles.contains(String(words[of - 1])),
           case let body = Array(words[(of + 1)...].drop { $0 == "the" }),
           body.contains(where: { Cues.organisationWords.contains(String($0)) }), hasDistinctiveWord(body) {
            // "Chairman of General Motors Roger Smith": the holder may follow.
            if let given = body.indices.dropFirst().first(where: { PersonalNames.given.contains(body[$0]) }), (2...3).contains(body.count - given),
               body[..<given].contains(where: { Cues.organisationWords.contains(String($0)) }) {
                mentions.add(Array(body[..<given]), context.union(.organisation))
                mentions.add(Array(body[given...]), [.personTitle])
                return false
            }
            mentions.add(body, context.union(.organisation))
            return true
        }
        // Organisations: a head word anywhere, unless the run is a role ("Chief of the ...").
        // "Secretary-General of the African Development Bank", "Head of the Chamber of Commerce's
        // Money section": a title of two joined, and a head, are roles too.
        let roleParts = words[0].split(separator: "-").map(String.init)
        let startsWithRole = words.count > 1 && words[1] == "of"
            && (words[0] == "Head" || (1...2).contains(roleParts.count) && roleParts.allSatisfy(Cues.titles.contains))
        if startsWithRole {
            // "Mayor of London": the place or body of the role is named all the same.
            let of = Array(words.dropFirst(2).drop { $0 == "the" })
            if !of.isEmpty, isKnownName(of.joined(separator: " ")) {
                mentions.add(of, [])
            } else if let last = of.last, Cues.organisationWords.contains(String(last)), hasDistinctiveWord(of),
                      of.contains(where: { !lexicon.contains($0) || demonyms.contains($0) }) {
                // Not "Vice-President of Marketing Services": common words name a department.
                mentions.add(of, [.organisation])
            }
            return true
        }
        // "Senate Agriculture Committee Chairman Patrick Leahy": an organisation, then a person.
        // "Senate Majority Leader Bill Frist": any title, where a given name follows it.
        // "National Police Agency Chief Itaru Nakamura": also two words no list or dictionary
        // holds, after an organisation's name.
        let holderTitle = words.lastIndex { Cues.personTitles.contains(String($0)) }
            ?? words.lastIndex { Cues.titles.contains(String($0)) }.flatMap { index in
                guard index + 1 < words.count, (2...3).contains(words.count - index - 1) else { return nil }
                let name = words[(index + 1)...]
                return PersonalNames.given.contains(words[index + 1])
                    || (name.count == 2 && name.allSatisfy { !wideLexicon.contains($0) && !isKnownName($0) && $0.startsWithUppercase }
                        && words[..<index].contains { Cues.organisationWords.contains(String($0)) }) ? index : nil
            }
        if let title = holderTitle, title > 0, title < words.count - 1,
           words[..<title].contains(where: { Cues.organisationWords.contains(String($0)) }) || isAcronymOfHolder(words[..<title]),
           !words[(title + 1)...].contains(where: { Cues.organisationWords.contains(String($0)) }) {
            let organisation = Array(words[..<title].drop { Cues.titles.contains(String($0)) })
            let body = Self.droppingTrailingTitles(organisation)
            if body.count == 1, isAcronymOfHolder(words[..<title]) {
                // "MGM Vice Chairman Chris McGurk": the letters are the holder's organisation.
                mentions.add(body, isKnownName(body[0]) ? [] : [.organisation])
            } else if let holder = organisationOfHolder(body, opensSentence: run.first?.sentenceStart == true) {
                mentions.add(holder, [.organisation])
            } else if let first = body.first, isKnownName(first), body.dropFirst().allSatisfy({ lexicon.contains($0) || demonyms.contains($0) }) {
                // "Senate Republican Leader Bob Dole": the Senate, whatever its party or majority;
                // "U.S. Energy Secretary John Herrington": the country.
                mentions.add([first], [])
            } else if body.count >= 2, hasDistinctiveWord(body) {
                mentions.add(body, [.organisation])
            }
            mentions.add(Array(words[(title + 1)...]), context.union(.personTitle))
            return false
        }
        // "Vera Drake star Imelda Staunton": what a star is of, unless known, is a film or a show.
        if after.first?.text == "star", after.dropFirst().first?.isCapitalised == true, !isKnownName(words.joined(separator: " ")),
           gazetteer.places(named: words.joined(separator: " ")).isEmpty {
            mentions.works.insert(NameKey.normalized(words.joined(separator: " ")))
            return false
        }
        // Events and laws are no entities ("International Supercomputer Conference").
        // Nor is the acronym one defines ("International Coffee Agreement (ICA)"), which the
        // index would otherwise give to another body of those letters.
        if words.count >= 2, let last = words.last, Cues.eventWords.contains(String(last)) {
            if let acronym = definedAcronym(after: after) { mentions.notEntities.insert(acronym) }
            return false
        }
        if isTeamName(words) {
            mentions.add(words, context.union(.organisation))
            return false
        }
        // Named geographic features ("Orinoco River", "Gulf of Mexico", "Mount Everest"), but
        // not a speaker or a holder of a role whose surname is one ("said Mike Lake, a spokesman").
        let isPersonByFeatureSurname = words.count == 2 && !context.isDisjoint(with: [.speaker, .personRole, .personTitle])
            && PersonalNames.isGivenName(words[0]) && !isSizeablePlace(words[0]) && PersonalNames.surnames.contains(words[1])
        // "Dakota City, Neb.", "Mason City": a town not in the gazetteer (clubs, "Leicester City",
        // are registered, and read as teams above in a report of their sport); of common words
        // ("First City", "Circuit City", "Sim City"), a bank, a shop or a game as often, unless
        // the words around say place ("in Ocean City").
        let isCityName = words.last == "City" && curated.entry(named: words.joined(separator: " ")) == nil
            && (words.dropLast().contains { !lexicon.contains($0) } || !context.isDisjoint(with: [.locative, .placeContext]))
        if words.count >= 2, !isPersonByFeatureSurname, !words.contains(where: { Cues.organisationWords.contains(String($0)) }),
           Cues.featureWordsLast.contains(String(words[words.count - 1])) || Cues.featureWordsFirst.contains(String(words[0])) || isCityName
            || (words.count >= 3 && words[1] == "of" && Cues.featureWordsLast.contains(String(words[0]))),
           words.contains(where: { !Cues.featureWordsLast.contains(String($0)) && !Cues.featureWordsFirst.contains(String($0))
               && !Cues.connectors.contains(String($0)) && !demonyms.contains($0) }) {
            mentions.add(words, context.union(.placeContext))
            return false
        }
        // "the Trade and Industry Secretary": common words and the title of their holder, a
        // bare role; "Associate Research Scientist" too, but a job, which signatures write
        // after the name, says nothing of a name after it.
        // Not "Frank Field MP": a title written after a name; nor "Peter Baron", a given name
        // and a title that is a surname too.
        if words.count >= 2, let last = words.last,
           Cues.personTitles.contains(String(last)) || Cues.jobTitles.contains(String(last)), !Cues.postNominals.contains(String(last)),
           !(words.count == 2 && hasSurnameTitleAfterGivenName(words)),
           words.dropLast().allSatisfy({ (lexicon.contains($0) || demonyms.contains($0)) && !isKnownName($0) }) {
            return Cues.personTitles.contains(String(last))
        }
        // "Metropolitan Police Commissioner", "Federal Reserve Chairman": an organisation and
        // the title of its holder, who is not named here: the organisation, and a bare role.
        if words.count >= 3, let last = words.last, Cues.titles.contains(String(last)), !Cues.titleQualifiers.contains(String(last)),
           !Cues.postNominals.contains(String(last)),
           let body = organisationOfHolder(Self.droppingTrailingTitles(words), opensSentence: run.first?.sentenceStart == true) {
            mentions.add(body, [.organisation])
            return true
        }
        // "ClearView Economics", "New York Public Library": words that head a name only last,
        // where a place does not ("Research Triangle Park", "Capital District") nor a country
        // or a region alone goes before ("U.S. Management attitudes", capitalised by mistake);
        // a town may ("Oxford Economics", "Asahi Breweries").
        let closingHead = words.count >= 2 && Cues.closingOrganisationWords.contains(String(words[words.count - 1]))
            && gazetteer.places(named: words.joined(separator: " ")).isEmpty
            && !gazetteer.places(named: words.dropLast().joined(separator: " ")).contains { $0.level != .city }
        // "the Royal Mail's", "Royal Opera House": a body by royal charter, no person nor place
        // ("Royal Oak" is one), an event ("Royal Wedding") or a title ("Royal Highness").
        let royalHead = words.count >= 2 && words[0] == "Royal" && !Cues.titles.contains(String(words[1]))
            && words[1] != "Highness" && !Cues.eventWords.contains(String(words[words.count - 1]))
            && gazetteer.places(named: words.joined(separator: " ")).isEmpty
        if closingHead || royalHead || words.contains(where: { Cues.organisationWords.contains(String($0)) }) {
            // "the Defense and Strategic Industries ministers" names portfolios, not organisations.
            if let next = after.first, next.kind == .word, Cues.portfolioHolders.contains(next.text.lowercased()) { return true }
            // "Bank", "Police", "Co Ltd" alone are common nouns and suffixes, not names; but
            // "Parliament" or "the Reserve Bank" alone may be the article's country's (see `resolve`).
            guard hasDistinctiveWord(words) || curated.entry(named: words.joined(separator: " ")) != nil
                    || (words.count <= 2 && CuratedEntities.legislatureWords.contains(NameKey.normalized(words.joined(separator: " ")))) else {
                return false
            }
            mentions.add(words, context.union(.organisation))
            return false
        }
        // People: the name follows the last title ("Russian Defense Minister Sergei Shoigu"),
        // but a given name makes a closing sovereign's title a surname ("Stephen King"), and a
        // closing title that is a surname too after a given name alone ("John Major"), and
        // a closing post-nominal ("Frank Field MP") follows the name.
        // A post-nominal follows a given name of any country's list ("Philippe Sands QC").
        if let lastTitle = words.lastIndex(where: { Cues.titles.contains(String($0)) || Cues.postNominals.contains(String($0)) }),
           lastTitle == words.count - 1, (1...2).contains(lastTitle),
           PersonalNames.given.contains(words[0])
            || (Cues.postNominals.contains(String(words[lastTitle])) && isPersonalGivenName(words[0])),
           !words[..<lastTitle].contains(where: { Cues.titles.contains(String($0)) || demonyms.contains($0) || isKnownName($0) }) {
            if Cues.regalTitles.contains(String(words[lastTitle]))
                || (words.count == 2 && hasSurnameTitleAfterGivenName(words)) {
                mentions.add(words, context.union(.personRole))
                return false
            }
            if Cues.postNominals.contains(String(words[lastTitle])) {
                mentions.add(Array(words[..<lastTitle]), context.union(.personTitle))
                return false
            }
        }
        // The peer is named by the title and surname elsewhere ("Lord Nicholls"), so the
        // designation is one more form of that name.
        if Self.isPeerWithDesignation(words) {
            mentions.add([words[1]], context.union(.personTitle))
            mentions.addForm(words.joined(separator: " "), of: [words[1]])
            return false
        }
        // "Liberal Democrat Sarah Teather", "Chelsea John Terry": a registered organisation,
        // then a person named with a given name, is the two.
        if words.count >= 3, let split = (1...min(3, words.count - 2)).reversed().first(where: { count in
               curated.entry(named: words[..<count].joined(separator: " "))?.kind == .organisation
           }), (2...3).contains(words.count - split), PersonalNames.given.contains(words[split]),
           !words[split...].contains(where: { Cues.organisationWords.contains(String($0)) || Cues.titles.contains(String($0)) }),
           !isKnownName(words[split...].joined(separator: " ")) {
            mentions.add(Array(words[..<split]), [])
            mentions.add(Array(words[split...]), context)
            return false
        }
        // "Rep. Glenn English": a demonym after a given name that ends the run is a surname.
        let closesWithDemonymSurname = words.count >= 2 && demonyms.contains(words[words.count - 1])
            && PersonalNames.surnames.contains(words[words.count - 1]) && PersonalNames.given.contains(words[words.count - 2])
        // "said Christian Jasperneite": a given name shaped like a demonym, before a surname
        // that is no word, opens a person's name; before a surname that is a word too, where
        // a role or speech says it is a person ("actor Christian Slater", not "Christian Union").
        let opensWithDemonymGivenName = words.count == 2 && demonyms.contains(words[0]) && PersonalNames.given.contains(words[0])
            && (!wideLexicon.contains(words[1])
                || (PersonalNames.surnames.contains(words[1]) && !context.isDisjoint(with: [.speaker, .personRole, .personTitle])))
            && !isKnownName(words[1]) && gazetteer.places(named: words[1]).isEmpty
            && words[1].dropFirst().isAllLowercase
        let titled = closesWithDemonymSurname ? words.dropLast() : opensWithDemonymGivenName || (words.count == 3 && hasSurnameTitleAfterGivenName(words)) ? [] : words[...]
        var followsTitle = false
        if let lastTitle = titled.lastIndex(where: { Cues.titles.contains(String($0)) || demonyms.contains($0) }) {
            let prefix = words[...lastTitle]
            let name = Array(words[(lastTitle + 1)...])
            let hasPersonTitle = prefix.contains { Cues.personTitles.contains(String($0)) }
            // "Russian Defense Minister", "Labour MP": where the holder serves is named too, in
            // words of a registered name ("Former Liberal Democrat MP").
            let serves = prefix.filter { !Cues.titles.contains(String($0)) }
            let servesRegistered = serves.count >= 2 && curated.entry(named: serves.joined(separator: " ")) != nil
            if servesRegistered { mentions.add(serves, []) }
            for word in prefix where !servesRegistered && !Cues.titles.contains(String(word)) && !demonyms.contains(word) {
                // "US President George W Bush": a country in capitals, though "us" is a word.
                if curated.entry(named: word) != nil || (!lexicon.contains(word) && !gazetteer.places(named: word).isEmpty)
                    || (word.isAllUppercase && isCountryByName(String(word))) {
                    mentions.add([word], [])
                }
            }
            if name.isEmpty {
                // "Queen" or "Prince" alone, not after "the": a band or a musician in a report
                // about music (`resolve` drops it elsewhere).
                if words.count == 1, before.last?.text.lowercased() != "the", curated.isBeatName(key: NameKey.normalized(words[0])) {
                    mentions.add(words, context)
                }
                return hasPersonTitle || prefix.contains { Cues.titles.contains(String($0)) }
            }
            // "the General Election": a title before one common word that is no surname names a thing.
            if name.count == 1, lexicon.contains(name[0]), !PersonalNames.surnames.contains(name[0]), !isKnownName(name[0]),
               !Cues.honorifics.contains(String(words[lastTitle])) {
                return false
            }
            if hasPersonTitle { context.insert(.personTitle) }
            followsTitle = true
            // "Pope Francis", "Prince Harry": a sovereign's title is part of a one-word name.
            words = name.count == 1 && Cues.regalTitles.contains(String(words[lastTitle])) ? [words[lastTitle]] + name : name
        }
        // "Oscar-winner Andrea Arnold": a given name late in a run starts the person's name.
        // Not "Hein Le Roux", whose particle is no given name.
        // After a title only past a common word ("Chief Constable David Warcup"): "President
        // Susilo Bambang Yudhoyono" is one name.
        if words.count >= 3, !followsTitle || wideLexicon.contains(words[0]), let given = words.indices.dropFirst().first(where: {
               isPersonalGivenName(words[$0]) && !Cues.nameParticles.contains(words[$0].lowercased())
           }),
           (2...3).contains(words.count - given), !PersonalNames.given.contains(words[0]),
           !PersonalNames.worldGiven.contains(words[0]) || Tokenizer.abbreviations.contains(String(words[0])),
           !isKnownName(words[..<given].joined(separator: " ")), !isKnownName(words[(given - 1)...given].joined(separator: " ")),
           !words.contains(where: { Cues.organisationWords.contains(String($0)) }) {
            // "Labour MP Gordon Prentice": a registered name before the person is named too.
            if curated.entry(named: words[..<given].joined(separator: " ")) != nil { mentions.add(Array(words[..<given]), []) }
            words = Array(words[given...])
        }
        if words.count == 1, let only = run.first(where: { $0.text == words[0] }), only.isAllCaps {
            if Cues.chatAbbreviations.contains(String(words[0])) { return false }
            if Cues.commonAcronyms.contains(String(words[0])) && gazetteer.places(named: words[0]).isEmpty { return false }
            context.insert(.acronym)
        }
        if words.count == 1, demonyms.contains(words[0]) || Cues.notNames.contains(String(words[0])) {
            return false
        }
        // A lone common word needs evidence of being a name ("Ms Marsh", "near Reading", "Wolves v Millwall").
        let nameEvidence: Evidence = [.personTitle, .personRole, .placeContext, .acronym, .organisationContext, .fixture]
        if words.count == 1, lexicon.contains(words[0]), !isKnownName(words[0]), context.isDisjoint(with: nameEvidence),
           !namesInArticle.contains(words[0]), !context.contains(.openingWord) {
            return false
        }
        mentions.add(words, context)
        return false
    }

    /// "(RBI)" or ", RBI," right after a name: the acronym it defines.
    private func definedAcronym(after: ArraySlice<Token>) -> Substring? {
        let next = Array(after.prefix(3))
        guard next.count == 3, next[1].isAllCaps, next[1].text.count >= 2,
              (next[0].text == "(" && next[2].text == ")") || (next[0].text == "," && next[2].text == ",") else { return nil }
        return next[1].text
    }

    /// Whether the acronym's letters are the initials of the name's words, or of its last
    /// words ("Swansea Unite Against Fascism (UAF)"), connectors optional; each part of a
    /// hyphenated word may give one ("National Hi-Tech Crime Unit (NHTCU)").
    static func abbreviates(_ acronym: Substring, _ words: [Substring]) -> Bool {
        let letters = Array(acronym.filter(\.isLetter).uppercased())
        guard letters.count >= 2 else { return false }
        if words.contains(where: { $0.containsASCII("-") }),
           abbreviates(acronym, words.flatMap { $0.split(separator: "-").filter { $0.startsWithUppercase } }) {
            return true
        }
        let initials = words.map { ($0.first.map { String($0).uppercased() } ?? "", Cues.connectors.contains($0.lowercased())) }
        for start in initials.indices where !initials[start].1 {
            var position = 0
            var matched = true
            for (initial, isConnector) in initials[start...] {
                if position < letters.count, initial == String(letters[position]) {
                    position += 1
                } else if !isConnector {
                    matched = false
                    break
                }
            }
            if matched, position == letters.count { return true }
        }
        return false
    }

    /// "Tampa Bay Buccaneers", "Manchester United": a team, named by its place and a
    /// nickname (a capitalised plural, or a word clubs take after their town).
    private func isTeamName(_ words: [Substring]) -> Bool {
        guard words.count >= 2, gazetteer.places(named: words.joined(separator: " ")).isEmpty else { return false }
        for split in 1..<words.count where words.count - split <= 2 {
            let town = words[..<split].joined(separator: " ")
            // The town must be one no person is named after ("David Blunkett" is no team).
            guard !PersonalNames.given.contains(words[0]), gazetteer.places(named: town).contains(where: {
                $0.level == .region || ($0.level == .city && $0.population >= 100_000)
            }) else { continue }
            let nickname = words[split...]
            // Not "Bay of Bengal" (Bay is a Somali region): a nickname holds no small word.
            guard let last = nickname.last, !Cues.featureWordsLast.contains(String(last)), !demonyms.contains(last),
                  !nickname.contains(where: { $0.startsWithLowercase }) else { return false }
            if nickname.count == 1, Cues.clubSuffixes.contains(String(last)) { return true }
            return last.dropFirst().isAllLowercase
                && ((last.count >= 4 && last.hasSuffix("s") && !last.hasSuffix("ss")) || (nickname.count == 2 && !wideLexicon.contains(last)))
        }
        return false
    }

    private func contextEvidence(before: ArraySlice<Token>, after: ArraySlice<Token>, roleBeforeComma: Bool,
                                 mayBeCompany: Bool) -> Evidence {
        var evidence: Evidence = []
        let previous = before.last
        let previousWords = before.suffix(3).filter { $0.kind == .word }.map { $0.text.lowercased() }
        if let previous, previous.kind == .possessive, let owner = before.dropLast().last, owner.isCapitalised, isSizeablePlace(owner.text) {
            evidence.insert(.placePossessive)
        }
        if let previous, previous.kind == .word {
            let word = previous.text.lowercased()
            // Not "former Wales and Lions prop", "former Microsoft chief": "former" then
            // qualifies the noun after the name.
            let qualifiesNounAfter = word == "former" && after.first.map { $0.kind == .word && !$0.isCapitalised } == true
            if Cues.roles.contains(word) && word != "who" && word != "told" && !qualifiesNounAfter { evidence.insert(.personRole) }
            if Cues.strongPlacePrepositions.contains(word) { evidence.insert(.placeContext) }
            if word == "in" { evidence.insert(.locative) }
            if word == "the" { evidence.insert(.definite) }
            if word == "of", previousWords.count >= 2, Cues.placeNounsBefore.contains(previousWords[previousWords.count - 2]) {
                evidence.insert(.placeContext)
            }
            if word == "said" || word == "says" { evidence.insert(.speaker) }
            if word == "of", before.count >= 3 {
                // Also after the name's comma ("William Byers, of Bear Stearns, said").
                let comma = before.count >= 4 && before[before.index(before.endIndex, offsetBy: -2)].text == "," ? 1 : 0
                let surname = before[before.index(before.endIndex, offsetBy: -2 - comma)]
                let given = before[before.index(before.endIndex, offsetBy: -3 - comma)]
                if surname.isCapitalised, !surname.isAllCaps, given.isCapitalised, isPersonalGivenName(given.text),
                   !Cues.organisationWords.contains(String(surname.text)) {
                    evidence.insert(.affiliation)
                }
            }
            if isHeldPost(before), !isModifier(after) { evidence.insert(.affiliation) }
            // "a division of Random House", "a unit of Rhone-Poulenc", "a wholly owned subsidiary
            // of": a firm's part is of a firm (not "the OT division of Scripture").
            if word == "of", isPartOfFirm(before) { evidence.insert(.organisationContext) }
            if Cues.organisationNounsBefore.contains(word), !previous.sentenceStart { evidence.insert(.organisationContext) }
            // "With" right after the role, and not before a person ("a contract worker with
            // Bruce Hochman", "officer, with Frank Mosier as president").
            let withEmployer = word == "with" && mayBeCompany && before.count >= 2
                && before[before.index(before.endIndex, offsetBy: -2)].kind == .word
            // "now owned by WordPerfect", "developed by Valve": what makes, owns or sells a thing
            // is a company.
            if word == "by", mayBeCompany, previousWords.count >= 2,
               Cues.makingParticiples.contains(previousWords[previousWords.count - 2]) {
                evidence.insert(.organisationContext)
            }
            if word == "for" || word == "at" || withEmployer, previousWords.count >= 2,
               Cues.affiliationRoles.contains(previousWords[previousWords.count - 2]) {
                evidence.insert(.organisationContext)
            }
        }
        if introducesOrganisationList(before) || (mayBeCompany && continuesMakersList(before, after)) { evidence.insert(.organisationContext) }
        if placeListCue(before, after) != nil { evidence.insert(.placeContext) }
        // "CVS and other companies", "Walgreens or other retailers".
        let nextThree = Array(after.prefix(3))
        if nextThree.count == 3, nextThree[0].text == "and" || nextThree[0].text == "or", nextThree[1].text == "other",
           Cues.organisationPlurals.contains(nextThree[2].text.lowercased()) {
            evidence.insert(.organisationContext)
        }
        if isFixtureSide(before: before, after: after) { evidence.insert(.fixture) }
        if let previous, previous.text == "," {
            let beforeComma = before.dropLast().last
            if roleBeforeComma { evidence.insert(.personRole) }
            if let beforeComma, beforeComma.kind == .word, Cues.roles.contains(beforeComma.text.lowercased()) {
                evidence.insert(.personRole)
            }
        }
        var next = after.startIndex
        guard next < after.endIndex else { return evidence }
        let possessive = after[next].kind == .possessive
        if possessive { next += 1 }
        guard next < after.endIndex else { return evidence }
        let following = after[next]
        let word = following.text.lowercased()
        if following.kind == .word {
            if Cues.speechVerbs.contains(word) { evidence.insert(.speaker) }
            // Not after a possessive: "Blair's spokesman" is a person's; "Venalum's profits" a
            // firm's; one word may qualify the noun ("Renaissance Capital energy analyst").
            if !possessive, Cues.organisationNounsAfter.contains(word)
                || (next + 1 < after.endIndex && after[next + 1].kind == .word && !after[next + 1].isCapitalised
                    && Cues.qualifiedOrganisationNounsAfter.contains(after[next + 1].text.lowercased()) && !Cues.connectors.contains(word)) {
                evidence.insert(.organisationContext)
            }
            if Cues.financialNounsAfter.contains(word) { evidence.insert(.organisationContext) }
            // Not "in Sargeant Swell's direction": a possessive's direction is anyone's.
            if Cues.placeNounsAfter.contains(word), !(possessive && word.hasPrefix("direction")) {
                evidence.formUnion([.placeContext, .regionNoun])
            }
            // "the Rostov and Kaluga regions"
            if word == "and" {
                var look = next + 1
                while look < after.endIndex, after[look].isCapitalised { look += 1 }
                if look < after.endIndex, look > next + 1, Cues.placeNounsAfter.contains(after[look].text.lowercased()) {
                    evidence.formUnion([.placeContext, .regionNoun])
                }
            }
        } else if following.text == ",", next + 1 < after.endIndex {
            var look = next + 1
            if ["a", "an", "the", "who", "whose"].contains(after[look].text.lowercased()), look + 1 < after.endIndex {
                // "Brazil, whose debt ...": only "who" says person.
                if after[look].text.lowercased() == "who" { evidence.insert(.personRole) }
                look += 1
            }
            let appositive = after[look].text.lowercased()
            if Cues.roles.contains(appositive) { evidence.insert(.personRole) }
            // "Holstein-Friesian, Inc", "Handgun Control, Inc.": a legal form after a comma.
            if look == next + 1, ["Inc", "Ltd", "LLC", "Corp", "Co"].contains(after[look].text) { evidence.insert(.organisation) }
            // "Fathi Bin Shatwan, Libya's oil minister", "Exxon, America's largest oil company".
            if after[look].isCapitalised, look + 2 < after.endIndex, after[look + 1].kind == .possessive,
               isSizeablePlace(after[look].text) {
                let words = after[(look + 2)...].prefix(3).prefix { $0.kind == .word && !$0.isCapitalised }
                if words.contains(where: { Cues.roles.contains($0.text.lowercased()) && $0.text != "who" && $0.text != "former" }) {
                    evidence.insert(.personRole)
                } else if isOrganisationAppositive(after[(look + 2)...]) {
                    evidence.insert(.organisationContext)
                }
            }
            // Not without the article: "Jobcentres, benefit agencies, ..." is a list.
            if ["a", "an", "the"].contains(after[next + 1].text.lowercased()), look > next + 1,
               isOrganisationAppositive(after[look...]) {
                evidence.insert(.organisationContext)
            }
            if ["town", "village", "city", "region", "province", "port", "settlement"].contains(appositive) {
                evidence.insert(.placeContext)
            }
        }
        return evidence
    }

    /// "president of ClearView Economics", "chief executive of the New York Public Library":
    /// a post written small, then "of"; what it is of is where its holder works.
    private func isHeldPost(_ before: ArraySlice<Token>) -> Bool {
        var index = before.endIndex - 1
        if before[index].text == "the", index > before.startIndex { index -= 1 }
        guard before[index].text == "of", index > before.startIndex else { return false }
        let post = before[index - 1]
        return post.kind == .word && !post.isCapitalised && Cues.heldPosts.contains(String(post.text))
    }

    /// "a division of", "a wholly owned subsidiary of": an article, up to two words, a part of
    /// a firm, "of", right before the name.
    private func isPartOfFirm(_ before: ArraySlice<Token>) -> Bool {
        let words = before.suffix(5).map { String($0.text) }
        guard words.count >= 3, words[words.count - 1] == "of", Cues.partsOfFirms.contains(words[words.count - 2]) else { return false }
        return words.dropLast(2).suffix(3).contains { ["a", "an", "A", "An"].contains($0) }
    }

    /// "Hutch India, the largest mobile firm in the country": after the article (or a place's
    /// possessive), up to three words written small, the last a noun for a firm standing
    /// alone (not "a club captain", "a firm favourite").
    private func isOrganisationAppositive(_ words: ArraySlice<Token>) -> Bool {
        for index in words.indices.prefix(3) {
            let token = words[index]
            guard token.kind == .word, !token.isCapitalised else { return false }
            let word = token.text.lowercased()
            if word == "of" { return false }
            guard Cues.appositiveOrganisationNouns.contains(word) else { continue }
            let next = words.index(after: index)
            guard next < words.endIndex else { return true }
            let following = words[next]
            return following.kind == .punctuation
                || (following.kind == .word && Cues.wordsAfterAName.contains(following.text.lowercased()))
        }
        return false
    }

    /// True when a noun written small follows the name, which then qualifies it ("a member
    /// of the Quorn hunt", "the Marxist-Leninist terrorist organization"), or a possessive
    /// ("a member of Cherie Blair's chambers"); not a verb or a small word after a name that
    /// stands alone.
    private func isModifier(_ after: ArraySlice<Token>) -> Bool {
        guard let next = after.first else { return false }
        if next.kind == .possessive { return true }
        guard next.kind == .word, !next.isCapitalised else { return false }
        let word = next.text.lowercased()
        return !Cues.wordsAfterAName.contains(word) && !Cues.speechVerbs.contains(word)
    }

    /// "Newcastle v Tottenham", "Southampton or Brentford v Manchester United": the sides of
    /// a fixture are teams, even when named by their town.
    private func isFixtureSide(before: ArraySlice<Token>, after: ArraySlice<Token>) -> Bool {
        let isVersus = { (token: Token) in token.text == "v" || token.text == "vs" || token.text == "versus" }
        // "Hereford 1-1 Doncaster": a score between two names.
        let isScore = { (token: Token) in
            guard let dash = token.text.firstIndex(where: { $0 == "-" || $0 == "\u{2013}" }) else { return false }
            let home = token.text[..<dash], away = token.text[token.text.index(after: dash)...]
            return [home, away].allSatisfy { (1...3).contains($0.count) && $0.allSatisfy { $0.isASCII && $0.isNumber } }
        }
        var index = after.startIndex
        while index < after.endIndex, after[index].isCapitalised || after[index].text == "or" { index += 1 }
        if index < after.endIndex, isVersus(after[index]) { return true }
        // Only as a whole line, a result's headline: in a table or a line of figures a score
        // follows a pitcher's or a skater's name too ("Fernandez 10-5").
        if before.isEmpty, index == after.startIndex, index + 1 < after.endIndex, isScore(after[index]),
           after[(index + 1)...].allSatisfy(\.isCapitalised) {
            return true
        }
        index = before.endIndex
        while index > before.startIndex, before[index - 1].isCapitalised || before[index - 1].text == "or" { index -= 1 }
        if after.isEmpty, index == before.endIndex, index - 1 > before.startIndex, isScore(before[index - 1]),
           before[..<(index - 1)].allSatisfy(\.isCapitalised) {
            return true
        }
        // "vs." is "vs" and a period.
        if index > before.startIndex, before[index - 1].text == ".", index - 1 > before.startIndex { index -= 1 }
        return index > before.startIndex && isVersus(before[index - 1])
    }

    /// True when the run continues a list opened by "firms such as", "clubs including" or "broadcasters like":
    /// the tokens back to it are names, commas, "and" and "or".
    private func introducesOrganisationList(_ before: ArraySlice<Token>) -> Bool {
        var index = before.endIndex
        var steps = 0
        while index > before.startIndex, steps < 40 {
            index -= 1
            steps += 1
            let token = before[index]
            let word = token.text.lowercased()
            if token.text == "," || word == "and" || word == "or" || token.isCapitalised || token.kind == .possessive { continue }
            // "Record companies VP and Greensleeves", "rival ISPs AOL and Plusnet": the plural
            // right before the names (not "universities", which places name).
            if Cues.organisationPlurals.contains(word), word != "universities",
               index + 1 == before.endIndex || before[index + 1].isCapitalised {
                return true
            }
            // "broadcasters like Fox", "clubs including Chelsea"
            if word == "including" || word == "like" {
                let previous = before[..<index].last { $0.text != "," }
                return previous.map { Cues.organisationPlurals.contains($0.text.lowercased()) } ?? false
            }
            if word == "as", index - 2 >= before.startIndex, before[index - 1].text.lowercased() == "such" {
                return Cues.organisationPlurals.contains(before[index - 2].text.lowercased())
            }
            return false
        }
        return false
    }

    /// The place noun or preposition that opened a list of places the run continues ("the
    /// villages of Andriivka and Klishchiivka", "near Bakhmut, Soledar and Siversk"); not
    /// "toward", which leans toward ideas as often ("toward Fascism and Hitlerism").
    private func placeListCue(_ before: ArraySlice<Token>, _ after: ArraySlice<Token>) -> String? {
        guard isListMember(before, after) else { return nil }
        var index = before.endIndex
        var sawName = false
        var sawJoiner = false
        while index > before.startIndex, before.endIndex - index < 40 {
            index -= 1
            let token = before[index]
            let word = token.text.lowercased()
            if token.text == "," || word == "and" || word == "or" {
                sawJoiner = true
                continue
            }
            if token.isCapitalised {
                sawName = true
                continue
            }
            guard sawName, sawJoiner else { return nil }
            if word == "near" || word == "outside" { return word }
            if word == "of", index > before.startIndex, case let noun = before[index - 1].text.lowercased(),
               Cues.placeNounsBefore.contains(noun) {
                return noun
            }
            return nil
        }
        return nil
    }

    /// Whether the words around name an axis of a front ("the directions of", "the ... direction").
    private func isAxisOfFront(before: ArraySlice<Token>, after: ArraySlice<Token>) -> Bool {
        if let next = after.first, Cues.axisNouns.contains(next.text.lowercased()) { return true }
        if before.last?.text == "of", before.count >= 2, Cues.axisNouns.contains(before[before.endIndex - 2].text.lowercased()) { return true }
        return placeListCue(before, after).map(Cues.axisNouns.contains) ?? false
    }

    /// Whether the run stands where a list puts a later member: after "and" or "or", or
    /// after a comma and before another ("Bakhmut, Soledar and"); not "Digital Press, ISBN
    /// 1-55558-051-3", "the State of Israel, Excerpts from".
    private func isListMember(_ before: ArraySlice<Token>, _ after: ArraySlice<Token>) -> Bool {
        guard let previous = before.last else { return false }
        if previous.text == "and" || previous.text == "or" { return true }
        guard previous.text == ",", let next = after.first else { return false }
        return next.text == "," || next.text == "and" || next.text == "or"
    }

    /// True when the run is a later one in a list of makers ("made by OSI Pharmaceuticals,
    /// Genentech and Roche"); `contextEvidence` reads the first from "by" itself.
    private func continuesMakersList(_ before: ArraySlice<Token>, _ after: ArraySlice<Token>) -> Bool {
        guard isListMember(before, after) else { return false }
        var index = before.endIndex
        var sawName = false
        while index > before.startIndex, before.endIndex - index < 30 {
            index -= 1
            let token = before[index]
            if token.text == "," || token.text == "and" || token.kind == .possessive { continue }
            if token.isCapitalised { sawName = true; continue }
            return sawName && token.text == "by" && index > before.startIndex
                && Cues.makingParticiples.contains(before[index - 1].text.lowercased())
        }
        return false
    }

    /// "D-Vt", "R-Iowa": a party letter and a state, the state being the place mentioned.
    private func partyLabelState(_ text: Substring) -> String? {
        guard text.count >= 4, let first = text.first, "DRI".contains(first), text.dropFirst().first == "-" else { return nil }
        var state = text.dropFirst(2)
        if state.hasSuffix(".") { state = state.dropLast() }
        if let name = Cues.stateAbbreviations[String(state)] { return name }
        return gazetteer.places(named: state).contains { $0.level == .region && $0.countryCode == "US" } ? String(state) : nil
    }

    /// Stock tickers in wire copy ("<SRD>") look like acronyms but are not entities; wire copy
    /// brackets unlisted companies' names too, in mixed case ("<Metallverken Ab>").
    private func isTicker(_ tokens: [Token], _ index: Int) -> Bool {
        index > 0 && tokens[index - 1].text == "<" && tokens[index].isAllCaps
    }

    /// "8 Dec 88", "Dec 8": a month's abbreviation by a number is a date, though "Dec" and
    /// "Jan" are names too (one article's "Ant and Dec" made every dated post name a person).
    private func isDateMonth(_ tokens: [Token], _ index: Int) -> Bool {
        guard Cues.monthAbbreviations.contains(String(tokens[index].text)) else { return false }
        let isNumber = { (token: Token) in token.kind == .word && token.text.startsWithNumber }
        return (index > 0 && isNumber(tokens[index - 1])) || (index + 1 < tokens.count && isNumber(tokens[index + 1]))
    }

    /// "kyiv" in lower case: a gazetteer name that is no English word, of a sizeable place.
    private func isLowercasePlace(_ word: Substring) -> Bool {
        guard word.utf8.count >= 4, !lexicon.contains(word), word.count >= 4, let place = gazetteer.places(named: word).first else { return false }
        return place.level != .city || place.population >= 500_000
    }

    // MARK: Resolving

    private func resolve(_ table: MentionTable, known: (String) -> EntityKind?, namesInArticle: Set<Substring>,
                         beats: Set<CuratedEntities.Beat>, reportsSport: () -> Bool) -> [ArticleEntity] {
        let sport = !beats.isDisjoint(with: [.football, .rugbyUnion])
        struct Decided {
            var kind: EntityKind
            var mention: Mention
            var place: Place?
            var curatedName: String?
        }
        var decided: [String: Decided] = [:]
        var undecided: [String] = []
        var sportsReport: Bool?
        func isSportsReport() -> Bool {
            if let sportsReport { return sportsReport }
            let answer = reportsSport()
            sportsReport = answer
            return answer
        }
        // "BBC Newcastle": neither "BBC" nor the club "Newcastle" alone is this arm.
        var regionalArms: Set<String> = []
        // Countries the article names steer ambiguous places (Odesa, Ukraine, not Texas).
        let countryCodes = Set(table.order.compactMap { key -> String? in
            gazetteer.places(named: key).first.flatMap { $0.level == .country || $0.level == .region ? $0.countryCode : nil }
        })
        for key in table.order where !table.works.contains(key) {
            let mention = table.byKey[key]!
            let evidence = mention.evidence
            // Not "Dr House": a title or a role makes the word a person's name.
            if CuratedEntities.legislatureWords.contains(key), evidence.isDisjoint(with: [.personTitle, .personRole]) {
                // The parliament of the one country the article names, or of the one whose
                // bodies it names (the Commons, Downing Street), whatever else it names.
                let curatedNames = Set(table.order.compactMap { curated.entry(named: $0)?.name })
                if let legislature = CuratedEntities.legislatures.first(where: {
                       NameKey.normalized($0.word) == key && (countryCodes == [$0.countryCode] || !$0.markers.isDisjoint(with: curatedNames))
                   }),
                   let entry = curated.entry(named: legislature.name) {
                    decided[key] = Decided(kind: .organisation, mention: mention, curatedName: entry.name)
                }
                continue
            }
            // "Tankers in the Gulf": alone, the Persian Gulf, where the article names a country on it.
            if key == "gulf", !countryCodes.isDisjoint(with: CuratedEntities.persianGulfCountryCodes), !countryCodes.contains("MX"),
               let entry = curated.entry(named: "Persian Gulf") {
                decided[key] = Decided(kind: .place, mention: mention, curatedName: entry.name)
                continue
            }
            let form = mention.forms.max { ($0.value, $1.key) < ($1.value, $0.key) }!.key
            // "Leicester" in a football report, "Queen" in one about music, unless a person
            // here has it for surname or the words around say place (a side of a fixture is
            // the club all the same).
            if let entry = CuratedEntities.Beat.allCases.lazy.filter(beats.contains).compactMap({ self.curated.entry(named: key, onBeat: $0) }).first,
               !evidence.contains(.personTitle),
               evidence.contains(.fixture) || !evidence.contains(.placeContext),
               !fullNames(endingIn: key, in: table).contains(where: { curated.entry(named: $0) == nil }) {
                decided[key] = Decided(kind: entry.kind, mention: mention, curatedName: entry.name)
                continue
            }
            if mention.words == 1, Cues.titles.contains(form) || (evidence.contains(.openingWord) && !namesInArticle.contains(Substring(form))) {
                continue
            }
            // Not "the plant in Clinton, Tenn.": a person's surname alias yields to the town
            // the words around call a place.
            if let entry = curated.entry(named: form) ?? curatedByCore(form) ?? curatedByPossessive(key, form, in: table),
               !isNamesakeSurname(key, of: entry, in: table),
               !(entry.kind == .person && mention.words == 1 && evidence.contains(.placeContext)) {
                decided[key] = Decided(kind: entry.kind, mention: mention, curatedName: entry.name)
                continue
            }
            // "BBC Newcastle", "Shell Canada", "Sony Europe": a registered organisation's arm
            // in a place is an organisation of its own.
            if mention.words >= 2, isRegionalArm(form) {
                decided[key] = Decided(kind: .organisation, mention: mention)
                regionalArms.insert(key)
                continue
            }
            // "Hinckley United, who held Brentford": in a sports report, a club whatever the words around say.
            if sport, mention.words >= 2, let last = key.spaceSeparated().last, Self.clubWords.contains(String(last)) {
                decided[key] = Decided(kind: .organisation, mention: mention)
                continue
            }
            let places = gazetteer.places(named: form)
            var place = places.first { $0.countryCode.map(countryCodes.contains) ?? false } ?? places.first
            // A town of a country the article never names, with nothing around it that says
            // place, is more likely a namesake ("Norton's" utilities, a "David" signing off).
            if let town = place, town.level == .city, town.population < 100_000, mention.words == 1,
               !(town.countryCode.map(countryCodes.contains) ?? false), evidence.isDisjoint(with: [.placeContext, .locative, .lowercase, .regionNoun]) {
                place = nil
            }
            let personEvidence = evidence.contains(.personTitle) || evidence.contains(.personRole)
            // Words around that call it an organisation; a fixture side only where it is a
            // town ("England v Wales" are places).
            let organisationCue = !evidence.isDisjoint(with: [.organisationContext, .definesAcronym])
                || (evidence.contains(.fixture) && place?.level != .region)
            if evidence.contains(.organisation) {
                decided[key] = Decided(kind: .organisation, mention: mention)
            } else if organisationCue, !personEvidence, !evidence.contains(.placeContext), place?.level != .country,
                      // "Tokyo stock index", "England boss", "a Texas newspaper": a region's name
                      // alone qualifies, as a country's does, unless it opens a longer name here
                      // ("Southland stock" after "Southland Corp").
                      !(place?.level == .region && mention.words == 1 && !table.byKey.keys.contains { $0.hasPrefix(key + " ") }),
                      known(key) != .person {
                decided[key] = Decided(kind: .organisation, mention: mention)
            } else if personEvidence && !evidence.contains(.acronym) && (place?.level != .country || evidence.contains(.personTitle)) {
                // A role next to a country's name personifies it ("Israel, who ..."); a title does not.
                decided[key] = Decided(kind: .person, mention: mention)
            } else if let place, evidence.contains(.placeContext) || evidence.contains(.lowercase)
                        || (evidence.contains(.acronym) && (place.level == .country || place.population >= 500_000))
                        || (!evidence.contains(.acronym) && (place.level == .country || !lexicon.contains(form))) {
                decided[key] = Decided(kind: .place, mention: mention, place: regionRecord(place, evidence: evidence, form: form))
            } else if evidence.contains(.placeContext) && !evidence.contains(.lowercase) {
                decided[key] = Decided(kind: .place, mention: mention, curatedName: curatedSea(form)?.name)
            } else if evidence.contains(.affiliation), place == nil, !evidence.contains(.lowercase) {
                decided[key] = Decided(kind: .organisation, mention: mention)
            } else if evidence.contains(.acronym) && evidence.contains(.speaker) {
                decided[key] = Decided(kind: .organisation, mention: mention)
            } else if evidence.contains(.speaker) && !evidence.contains(.acronym) && !lexicon.contains(form) {
                decided[key] = Decided(kind: .person, mention: mention)
            } else if let kind = known(key), mention.words > 1 || mayTakeKnownKind(form, kind, namesInArticle: namesInArticle) {
                decided[key] = Decided(kind: kind, mention: mention, curatedName: kind == .place ? curatedSea(form)?.name : nil)
            } else if looksLikePersonName(form) || evidence.contains(.headlinePerson) {
                decided[key] = Decided(kind: .person, mention: mention)
            } else if mention.words == 1, evidence.contains(.vocative), PersonalNames.surnames.contains(form),
                      looksLikeBareName(form, namesInArticle: namesInArticle, alsoAtSentenceStart: true) {
                // A surname a poster addresses ("Kaufman, I think ...") opens a sentence, where
                // capitals prove nothing, but no common word is addressed so.
                decided[key] = Decided(kind: .person, mention: mention)
            } else if evidence.contains(.placePossessive), place == nil, isOwnedName(form) {
                decided[key] = Decided(kind: .organisation, mention: mention)
            } else if mention.words == 1, evidence.contains(.definite), looksLikeTeamNickname(form, namesInArticle: namesInArticle),
                      isSportsReport() {
                decided[key] = Decided(kind: .organisation, mention: mention)
            } else if mention.words == 1, evidence.isDisjoint(with: [.locative, .definite]),
                      !beats.isDisjoint(with: [.baseball, .iceHockey]), !form.containsASCII("-"),
                      looksLikeBareName(form, namesInArticle: namesInArticle, alsoAtSentenceStart: PersonalNames.surnames.contains(form)) {
                // A report of baseball or hockey names its players by surname alone, foreign
                // ones too ("Fedorov"), and its teams by names the beat knows. Opening a
                // sentence, only a listed surname: posters open them with "Hmmm" and "Aargh".
                // Not "Vancouver-Winnipeg", "Minnesota-Duluth": places and fixtures.
                decided[key] = Decided(kind: .person, mention: mention)
            } else if mention.words == 1, evidence.isDisjoint(with: [.locative, .definite]),
                      PersonalNames.surnames.contains(form) || mention.count >= 2,
                      looksLikeBareName(form, namesInArticle: namesInArticle,
                                        alsoAtSentenceStart: PersonalNames.surnames.contains(form) && isSportsReport()) {
                // A name with no cue at all ("Greenwell", "Tesco"): a person when it is a
                // common surname; otherwise an organisation, if the article names it twice
                // (once, it is as often a product, a show or a typo). A report of a game names
                // its players so even opening a sentence ("McGriff hitting 50 home runs");
                // wire copy its firms ("Gannett said").
                let kind: EntityKind = PersonalNames.surnames.contains(form) ? .person : .organisation
                decided[key] = Decided(kind: kind, mention: mention)
            } else {
                undecided.append(key)
            }
        }
        // A lone surname of a person named in full here is that person, not a namesake town
        // ("Darwin" after "Danny Darwin"); so is a lone given name ("David" after "David
        // Blunkett", "Sir Alan" after "Sir Alan Budd") when one person here has it.
        let fullNames = decided.filter { $0.value.kind == .person && $0.value.mention.words >= 2 }.map { $0.key.spaceSeparated() }
        let surnames = Set(fullNames.map { NameKey.skeleton($0.last!) })
        var givenNameOwners: [String: [String]] = [:]
        for words in fullNames {
            givenNameOwners[String(words[0]), default: []].append(words.joined(separator: " "))
        }
        // A given name by the lists, or any first name after a title ("Sir Menzies").
        let isOwnedGivenName = { (key: String) in
            givenNameOwners[key]?.count == 1
                && (PersonalNames.given.contains(key) || table.byKey[key]?.evidence.contains(.personTitle) == true)
        }
        // Not an acronym ("DEC" is no spelling of "Casper Dik"'s surname).
        for (key, value) in decided where value.mention.words == 1 && value.curatedName == nil && value.kind != .person
            && value.place?.level != .country && !value.mention.evidence.contains(.acronym)
            && !value.mention.evidence.contains(.placeContext) && (surnames.contains(NameKey.skeleton(key)) || isOwnedGivenName(key)) {
            decided[key] = Decided(kind: .person, mention: value.mention)
        }
        for key in undecided where !key.containsASCII(" ") && isOwnedGivenName(key) {
            decided[key] = Decided(kind: .person, mention: table.byKey[key]!)
        }
        // Within-article coreference: a surname joins the full name ("Freedman" -> "Lawrence
        // Freedman"); an undecided full name whose surname spoke is a person too.
        let persons = decided.filter { $0.value.kind == .person }
        var surnameOwners: [String: [String]] = [:]
        for key in table.order where (persons[key]?.mention.words ?? 0) >= 2 {
            surnameOwners[NameKey.skeleton(key.spaceSeparated().last!), default: []].append(key)
        }
        // Not "Ferguson-Wenger" (a "row" of two people): a hyphen joins no given name to a surname.
        for key in undecided where key.containsASCII(" ") && table.byKey[key]!.words >= 2 {
            let surname = NameKey.skeleton(key.spaceSeparated().last!)
            if persons.contains(where: { $0.value.mention.words == 1 && NameKey.skeleton($0.key) == surname }) {
                decided[key] = Decided(kind: .person, mention: table.byKey[key]!)
                surnameOwners[surname, default: []].append(key)
            }
        }
        // A name that ends a longer one of the same kind here is that one ("Sucre Figarella"
        // in "Leopoldo Sucre Figarella", "Film Council" after "UK Film Council").
        // A registered organisation's name has tails too ("United" after "Manchester United").
        var tailOwners: [EntityKind: [String: [String]]] = [:]
        for key in table.order {
            guard let value = decided[key], value.kind != .place, value.curatedName == nil || value.kind == .organisation,
                  !regionalArms.contains(key) else { continue }
            let words = key.spaceSeparated()
            // One word alone ends an organisation ("United"); a person's surname was joined above.
            for drop in 1..<max(1, value.kind == .organisation ? words.count : words.count - 1) {
                tailOwners[value.kind, default: [:]][words.dropFirst(drop).joined(separator: " "), default: []].append(key)
            }
        }
        // An organisation's name before its "of" is that one here ("the four Assay Offices"
        // after "the Assay Offices of Great Britain", "Royal Bank" after "Royal Bank of
        // Scotland"); one word alone is a common noun's worth ("Bank", "Institute").
        var headOwners: [String: [String]] = [:]
        for key in table.order {
            guard let value = decided[key], value.kind == .organisation, value.curatedName == nil,
                  let of = key.firstRangeOfBytes(" of ") else { continue }
            let head = key[..<of.lowerBound]
            if head.containsASCII(" ") { headOwners[String(head), default: []].append(key) }
        }
        // A name with no title or role that opens an organisation's longer name here is that
        // one, though it spoke like a person ("Echo Bay said" after "Echo Bay Mines Ltd",
        // "Qwest said" after "Qwest Communications"); one word only where no person here
        // has it for a surname.
        var openingOwners: [String: [String]] = [:]
        for key in table.order {
            guard let value = decided[key], value.kind == .organisation, value.curatedName == nil else { continue }
            let words = key.spaceSeparated()
            for count in 1..<max(1, words.count) { openingOwners[words.prefix(count).joined(separator: " "), default: []].append(key) }
        }
        // The first part of a hyphenated organisation's name here is that one ("Ina" after
        // "Ina-Naftaplin", "Rolls" after "Rolls-Royce").
        var hyphenHeadOwners: [String: [String]] = [:]
        // (A key spells the hyphen as a space; the mention is one word.)
        for key in table.order {
            guard let value = decided[key], value.kind == .organisation, value.mention.words == 1,
                  let hyphen = key.firstIndex(of: " "), key.distance(from: key.startIndex, to: hyphen) >= 2 else { continue }
            hyphenHeadOwners[String(key[..<hyphen]), default: []].append(key)
        }
        // A registered company named inside a longer organisation's name here is that one
        // ("Mitsubishi" after "Mitsubishi Motors", "Peugeot" in "PSA Peugeot Citroen"), but
        // "Parliament" is no part of "Parliament Square" (`resolve` decided whose it is), nor
        // the "NFL" of the "NFL Players Association", a body of its own by its last word, nor
        // the parent the body names before its arm ("Barclays ... Barclays Capital").
        var containingOrganisations: [String: [String]] = [:]
        for key in table.order where key.containsASCII(" ") {
            guard let value = decided[key], value.kind == .organisation, value.curatedName == nil, !regionalArms.contains(key),
                  let last = key.spaceSeparated().last, !Self.bodyWords.contains(String(last)) else { continue }
            for word in Set(key.spaceSeparated()) { containingOrganisations[String(word), default: []].append(key) }
        }
        // A club's town alone in a sports report is the club named here in full ("Hinckley"
        // after "Hinckley United"), also where no list knows the club.
        var clubsOfTown: [String: [String]] = [:]
        for key in table.order {
            guard let value = decided[key], value.kind == .organisation else { continue }
            let words = key.spaceSeparated()
            if words.count == 2, Self.clubWords.contains(String(words[1])) { clubsOfTown[String(words[0]), default: []].append(key) }
        }
        // Merge persons that are the same name in another spelling, surnames into full names,
        // spellings of one place, and forms of one curated entity. One pass in article order,
        // with the identities seen so far in dictionaries (articles can hold hundreds of names).
        var merged: [String: Decided] = [:]
        var byCurated: [String: String] = [:], byPersonKey: [String: String] = [:], byPlace: [String: String] = [:]
        // Where a name went when it joined another ("J.C. Penney" into "J.C. Penney Co Inc"), so
        // that its surname after it ("Penney") follows it there.
        var joinedInto: [String: String] = [:]
        // A defined acronym is the name it abbreviates, whatever it alone looked like.
        for (acronym, name) in table.acronyms where acronym != name {
            guard let full = decided[name], let mention = table.byKey[acronym] else { continue }
            decided[acronym] = Decided(kind: full.kind, mention: mention, place: full.place, curatedName: full.curatedName)
        }
        for key in table.order {
            guard let value = decided[key] else { continue }
            var target = key
            if let name = table.acronyms[key], name != key, decided[name] != nil {
                target = name
            } else if value.mention.words >= 2 || value.kind == .organisation, value.curatedName == nil,
                      let owners = tailOwners[value.kind]?[key], owners.count == 1 {
                target = owners[0]
            } else if value.kind == .organisation, value.curatedName == nil, let owners = headOwners[key], owners.count == 1 {
                target = owners[0]
            } else if value.kind == .person, value.curatedName == nil, value.mention.evidence.isDisjoint(with: [.personTitle, .personRole]),
                      let owners = openingOwners[key], owners.count == 1,
                      key.containsASCII(" ") || surnameOwners[NameKey.skeleton(key)] == nil {
                target = owners[0]
            } else if value.kind == .place, value.curatedName == nil, let place = value.place,
                      value.mention.evidence.isDisjoint(with: [.placeContext, .locative, .regionNoun, .placePossessive]),
                      place.level == .city, place.population < 100_000 || NameKey.normalized(place.name) != key,
                      let owner = openingOwners[key]?.min(by: { $0.spaceSeparated().count < $1.spaceSeparated().count }) {
                // "Asahi is predicting" after "Asahi Breweries": a town, or another spelling of a
                // city, with nothing to say place, is the company (not "US" before "US Airways");
                // of several, the shortest ("Mobil" of "Mobil Corp" and "Mobil Exploration ...").
                target = owner
            } else if value.curatedName == nil, value.place == nil, let owners = hyphenHeadOwners[key], owners.count == 1 {
                target = owners[0]
            } else if value.kind == .organisation, value.curatedName != nil, !key.containsASCII(" "), !CuratedEntities.legislatureWords.contains(key),
                      let owners = containingOrganisations[key], owners.count == 1,
                      table.byKey[owners[0]]!.firstInBody < table.byKey[key]!.firstInBody {
                target = owners[0]
            } else if value.curatedName == nil, sport || value.mention.evidence.contains(.fixture),
                      let owners = clubsOfTown[key], owners.count == 1,
                      value.kind != .person || (!value.mention.evidence.contains(.personTitle) && surnameOwners[NameKey.skeleton(key)] == nil) {
                target = owners[0]
            } else if let name = value.curatedName, let existing = byCurated[name] {
                target = existing
            } else if value.kind == .person {
                // The skeleton folds g into h for transliterations (Hanna/Ganna): "Gray" is no
                // spelling of "Charlie Hore"'s surname.
                let owners = (surnameOwners[NameKey.skeleton(key)] ?? []).filter {
                    NameKey.isCloseSpelling(key, $0.spaceSeparated().last!)
                }
                // "Jones" after "Ryan Jones" and "Stephen Jones" is one of them, no third person.
                if value.mention.words == 1, Set(owners.map(NameKey.skeleton)).count > 1 { continue }
                if value.mention.words == 1, let owner = owners.first {
                    target = owner
                } else if let owner = initialledNameOwner(key, value.mention, surnameOwners: surnameOwners, in: table) {
                    target = owner
                } else if value.mention.words == 1, owners.isEmpty, isOwnedGivenName(key) || givenNameOwners[key]?.count == 1,
                          let owner = givenNameOwners[key]?.first, decided[owner] != nil {
                    // Also a family name written first ("Im" after "Im Kwon-Taek", "Huh" after "Huh Sun-yong").
                    target = owner
                }
                if let existing = byPersonKey[NameKey.skeleton(target)] { target = existing }
            } else if value.kind == .place, let existing = byPlace[value.place?.id ?? NameKey.skeleton(key)] {
                target = existing
            }
            var hops = 0
            while let next = joinedInto[target], next != key, hops < 8 {
                target = next
                hops += 1
            }
            if target == key {
                // Already present when an earlier mention (a surname) was merged into it.
                if merged[key] == nil { merged[key] = value }
            } else if var into = merged[target] ?? decided[target] {
                let moving = merged.removeValue(forKey: key) ?? value
                for (form, count) in moving.mention.forms { into.mention.forms[form, default: 0] += count }
                into.mention.count += moving.mention.count
                merged[target] = into
                joinedInto[key] = target
            }
            if let entry = merged[target] {
                if let name = entry.curatedName { byCurated[name] = target }
                if entry.kind == .person { byPersonKey[NameKey.skeleton(target)] = target }
                if entry.kind == .place { byPlace[entry.place?.id ?? NameKey.skeleton(target)] = target }
            }
        }
        // The country the article's places are mostly in, for places with no gazetteer record.
        var countryMentions: [String: Int] = [:]
        for value in merged.values {
            guard let place = value.place, let code = place.countryCode, let country = gazetteer.country(code: code) else { continue }
            countryMentions[country.id, default: 0] += value.mention.count
        }
        let mainCountry = countryMentions.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key
        return table.order.compactMap { key -> ArticleEntity? in
            guard let value = merged[key] else { return nil }
            let forms = value.mention.forms
            let name: String
            if let curatedName = value.curatedName {
                name = curatedName
            } else if let place = value.place {
                name = place.name
            } else {
                // A person's given name spelled out ("Simon Webster", "Richard Caley", not "S Webster"
                // or "R. J. Caley"), then the most words, then the most mentions.
                let spelledOut = { (form: String) -> Int in
                    let words = form.spaceSeparated()
                    return value.kind == .person && words.count >= 2 && words[0].containsLowercase ? 1 : 0
                }
                // An organisation's hyphenated name counts its parts ("Ina-Naftaplin", not "Ina").
                let wordCount = { (form: String) -> Int in
                    value.kind == .organisation ? form.split(whereSeparator: { $0 == " " || $0 == "-" }).count : form.spaceSeparated().count
                }
                // A peer's designation is a form of the name, not the name: the index joins
                // people by their surname, which "Lord Kinnock of Bedwellty" does not end in.
                let candidates = forms.keys.filter { !Self.isPeerWithDesignation($0.spaceSeparated()) }
                name = (candidates.isEmpty ? Array(forms.keys) : candidates).max {
                    (spelledOut($0), wordCount($0), forms[$0]!, $1) < (spelledOut($1), wordCount($1), forms[$1]!, $0)
                }!
            }
            return ArticleEntity(kind: value.kind, name: name, surfaceForms: Set(forms.keys),
                                 mentions: value.mention.count, place: value.place,
                                 contextCountry: value.kind == .place && value.place == nil && value.curatedName == nil ? mainCountry : nil)
        }
    }

    /// "S Webster" (a team sheet's form) after "Simon Webster": initials and a surname are
    /// the one person here of that surname whose names spell out every initial.
    private func initialledNameOwner(_ key: String, _ mention: Mention, surnameOwners: [String: [String]], in table: MentionTable) -> String? {
        guard mention.words >= 2, let form = mention.forms.keys.first, let surname = key.spaceSeparated().last else { return nil }
        let owners = Set((surnameOwners[NameKey.skeleton(surname)] ?? []).filter { owner in
            owner != key && table.byKey[owner]?.forms.keys.contains { NameKey.spellsOutInitials($0, of: form) } == true
        })
        return owners.count == 1 ? owners.first : nil
    }

    /// "McDonald" where the text wrote "McDonald's" (the tokenizer takes the possessive off):
    /// the registered company, unless the article names a person of that surname.
    private func curatedByPossessive(_ key: String, _ form: String, in table: MentionTable) -> CuratedEntities.Entry? {
        guard !key.containsASCII(" "), let entry = curated.entry(named: form + "'s"), entry.kind == .organisation else { return nil }
        return fullNames(endingIn: key, in: table).isEmpty ? entry : nil
    }

    /// "Trump" where the article names "Ivanka Trump": a curated person's surname alias
    /// yields to a namesake the article names in full.
    private func isNamesakeSurname(_ key: String, of entry: CuratedEntities.Entry, in table: MentionTable) -> Bool {
        guard entry.kind == .person, !key.containsASCII(" ") else { return false }
        return fullNames(endingIn: key, in: table).contains { curated.entry(named: $0)?.id != entry.id }
    }

    /// The article's longer names whose last word is the one-word `key` ("Ivanka Trump" for "trump").
    private func fullNames(endingIn key: String, in table: MentionTable) -> LazyFilterSequence<[String]> {
        let suffix = " " + key
        return table.order.lazy.filter { $0.hasSuffix(suffix) }
    }

    /// Two or three capitalised words that are no place, organisation, title or demonym, and
    /// read as a person's name: a given name and a surname ("Jude Law", "Mike Banks"), or
    /// words that are no English words at all and no sizeable place ("Kostas Kenteris",
    /// "Yalitza Aparicio"); a name of words like that is a person's far more often than
    /// anything else's in news.
    private func looksLikePersonName(_ form: String) -> Bool {
        var words = form.spaceSeparated()
        if Self.isKoreanName(words) { return true }
        // "C. S. Lewis", "G. Brassard": initials and a surname that is no common word ("P. O.
        // Box", "P.S. Running" are none); not "U.S. Steel", whose "initials" are a known name.
        if (2...4).contains(words.count), let last = words.last, PersonalNames.surnames.contains(last), !lexicon.contains(last),
           last.containsLowercase, !isKnownName(last),
           words.dropLast().allSatisfy({ Self.isInitials($0) }), !isKnownName(words.dropLast().joined(separator: " ")) {
            return true
        }
        // "Jeremy de Souza", "Edwin van der Sar", "Robert De Niro": particles inside the name
        // are no evidence either way.
        // A capitalised one only after a given name: "E.I. Du Pont de Nemours" is a firm; so
        // is a middle initial without its period ("Michael G Wilson", as the BBC writes it).
        if words.count >= 3, let first = words.first, let last = words.last {
            let afterGivenName = PersonalNames.isGivenName(first)
            let threeWords = words.count == 3
            words = [first] + words.dropFirst().dropLast().filter {
                !Cues.nameParticles.contains(String($0))
                    && !(afterGivenName && (Cues.nameParticles.contains($0.lowercased()) || (threeWords && Self.isBareInitial($0))))
            } + [last]
        }
        guard (2...3).contains(words.count), gazetteer.places(named: form).isEmpty,
              let last = words.last, !Cues.facilityWords.contains(String(last)) else { return false }
        // "Oscar Isaac", "Christian Bale": an award's or a faith's word that is a given name too,
        // before a surname that is no word.
        let givenNameNotName = PersonalNames.given.contains(words[0]) && !wideLexicon.contains(words[0])
            && PersonalNames.surnames.contains(last) && !lexicon.contains(last)
            && !Cues.neverNames.contains(String(last))
        let middleNameTitle = words.count == 3 && hasSurnameTitleAfterGivenName(words)
        guard !words.enumerated().contains(where: { index, word in
            Cues.organisationWords.contains(String(word)) || (Cues.titles.contains(String(word)) && !(index == 1 && middleNameTitle))
                || demonyms.contains(word)
                || Cues.connectors.contains(word.lowercased()) || (Cues.notNames.contains(String(word)) && !(index == 0 && givenNameNotName))
        }),
            words.allSatisfy({ $0.startsWithUppercase && !$0.isAllUppercase && !$0.containsNumber
                && !Self.hasCodeShape($0) && !$0.split(separator: "-").contains { $0.startsWithLowercase } })
        else { return false }
        let surnameLike = !lexicon.contains(last) || PersonalNames.surnames.contains(last)
        // "Andrew Tutorial", "Georgia Tech": a given name before a common word names a thing.
        // A given name of the world lists only before a surname that is no country or region
        // ("Tudor England", "Tate Britain", "Walt Disney World" are things).
        if isPersonalGivenName(words[0]), PersonalNames.given.contains(words[0]) ? surnameLike || words.count == 3 : surnameLike && !isSizeablePlace(last) {
            return true
        }
        if PersonalNames.given.contains(words[0]), surnameLike, !isSizeablePlace(last) { return true }
        // "Keegan-Michael Key", "Mary-Kate Olsen": two given names joined by a hyphen.
        let parts = words[0].split(separator: "-")
        if parts.count == 2, parts.allSatisfy(PersonalNames.isGivenName), surnameLike, !isSizeablePlace(last) { return true }
        // "Cate Blanchett": a first name no list holds before a surname that is no word.
        if words.count == 2, !lexicon.contains(words[0]), !isKnownName(words[0]), PersonalNames.surnames.contains(last),
           !wideLexicon.contains(last), !isKnownName(last) {
            return true
        }
        return words.allSatisfy { !wideLexicon.contains($0) && !isSizeablePlace($0) }
    }

    /// "G" in "Michael G Wilson": a capital letter alone, as an initial written without its
    /// period (not "I", the pronoun).
    static func isBareInitial(_ word: Substring) -> Bool {
        word.utf8.count == 1 && word.startsWithUppercase && word != "I"
    }

    static func hasTripledLetter(_ word: String) -> Bool {
        var previous: Character? = nil, run = 0
        for character in word.lowercased() {
            run = character == previous ? run + 1 : 1
            if run == 3, character.isLetter { return true }
            previous = character
        }
        return false
    }

    /// "C.", "J.R.R.": capital letters, each with its period.
    static func isInitials(_ word: Substring) -> Bool {
        word.count >= 2 && word.count <= 6 && word.enumerated().allSatisfy { index, character in
            index % 2 == 0 ? character.isUppercase : character == "."
        } && word.hasSuffix(".")
    }

    /// What a place's possessive names that is no person: a company if a word of it is no
    /// English word, place or people ("Brazil's Petrobras", "Japan's NEC"), not "Israel's
    /// Expansion" or "London's Trafalgar Square".
    private func isOwnedName(_ form: String) -> Bool {
        let words = form.spaceSeparated()
        guard let last = words.last, !Cues.facilityWords.contains(String(last)), !Cues.eventWords.contains(String(last)) else { return false }
        return words.contains { !wideLexicon.contains($0) && gazetteer.places(named: $0).isEmpty && !demonyms.contains($0) && !Cues.notNames.contains(String($0)) }
    }

    /// Whether a lone word may take the kind another article established for it: an acronym
    /// that is no word ("NBS"), a known person's surname, a word written like a name for a
    /// place, or one shaped like a name as for a bare name ("Greenwell"); not a table's
    /// abbreviation ("Shr", "Avg", "Dec"), a word in capitals ("NOT") or a letter. One wrong
    /// decision would otherwise spread to every later article: "Shr" had become an
    /// organisation in 1,973 Reuters articles.
    private func mayTakeKnownKind(_ word: String, _ kind: EntityKind, namesInArticle: Set<Substring>) -> Bool {
        // An acronym takes an organisation's or a place's kind, not a person's: "DEC" in a
        // post on workstations is no "Dec" of the presenters Ant and Dec.
        if word.count >= 3, word.allSatisfy({ $0.isUppercase || $0.isNumber || $0 == "&" }) {
            return kind != .person && !wideLexicon.contains(word)
        }
        // "Clinton": a known person's surname, though towns bear it too; "the Pacific": a known
        // place, though a word too (not "CA" or "RAM").
        if kind == .person, PersonalNames.surnames.contains(word), !lexicon.contains(word) { return true }
        if kind == .place {
            // Not "Dave", "Nice" or "Sale", which one article's misreading made places everywhere.
            return curatedSea(word) != nil || (word.count >= 4 && word.dropFirst().containsLowercase
                && !wideLexicon.contains(word) && !PersonalNames.isGivenName(Substring(word)))
        }
        return !Cues.tableAbbreviations.contains(word) && looksLikeBareName(word, namesInArticle: namesInArticle)
    }

    /// One capitalised word with no cue around it that is still a name: no English word, no
    /// place, demonym or known non-name (holidays, awards, faiths), written capitalised
    /// mid-sentence somewhere in the article (or anywhere, when `alsoAtSentenceStart`), and
    /// shaped like a name (no digits, no "-based" compound, no contraction).
    private func looksLikeBareName(_ word: String, namesInArticle: Set<Substring>, alsoAtSentenceStart: Bool = false) -> Bool {
        guard word.count >= 4, namesInArticle.contains(Substring(word)) || alsoAtSentenceStart,
              !wideLexicon.contains(word), !demonyms.contains(word),
              !Cues.notNames.contains(word), gazetteer.places(named: word).isEmpty, !PersonalNames.given.contains(word),
              word.dropFirst().containsLowercase, !word.containsNumber else { return false }
        if Self.hasCodeShape(word) { return false }
        // "PCs", "ROMs": an acronym's plural; "Keenans": a name's.
        if word.hasSuffix("s"), word.dropLast().allSatisfy({ $0.isUppercase }) || namesInArticle.contains(word.dropLast()) { return false }
        // "Ummm", "Ahhh", "Grrrr": a letter held three times is a sound, not a name.
        if Self.hasTripledLetter(word) { return false }
        // "Christianity", "Macroevolution", "Musicology": abstract nouns, whatever the dictionary says.
        if Cues.abstractNounEndings.contains(where: { word.hasSuffix($0) }) { return false }
        // "Flashmob", "Midrange", "Heathrow": two common words run together name a show, a
        // product or a place more often than an actor, with an inner capital or not ("WordPerfect", "SunStop").
        if !PersonalNames.surnames.contains(word), isCompoundOfCommonWords(word) {
            return false
        }
        // "Bafta-winning", "Russian-occupied": a compound adjective; "Didn't", "We're": a contraction.
        if let hyphen = word.lastIndex(of: "-"), word[word.index(after: hyphen)...].startsWithLowercase { return false }
        // "Mini-Van": common words hyphenated.
        if word.containsASCII("-"), word.split(separator: "-").allSatisfy({ lexicon.contains($0) || Self.compoundPrefixes.contains($0.lowercased()) }) {
            return false
        }
        // "BSing", "CDed": an acronym used as a verb.
        if let firstLower = word.firstIndex(where: \.isLowercase), word.distance(from: word.startIndex, to: firstLower) >= 2,
           ["ing", "ed", "er", "ers"].contains(String(word[firstLower...])) {
            return false
        }
        // "Systerm", "Britian": a common word or a place one letter off is a typo, not a name.
        if word.count >= 7, !PersonalNames.surnames.contains(word), isOneEditFromKnownWord(word) { return false }
        if let apostrophe = word.firstIndex(where: { $0 == "'" || $0 == "\u{2019}" }),
           word[word.index(after: apostrophe)...].startsWithLowercase { return false }
        return true
    }

    /// "DECstation", "MacTCP", "MacX", "NeXT": capitals run into lower case the way product
    /// and code names write them, and names of people and firms do not ("McDonald",
    /// "DaimlerChrysler" put one capital at the start of each part).
    static func hasCodeShape(_ word: some StringProtocol) -> Bool {
        let letters = Array(word)
        guard letters.count > 2, word.containsLowercase else { return false }
        // Two capitals in a row ("DECstation", "MacTCP", "NeXT").
        for index in letters.indices.dropFirst() where letters[index].isUppercase && letters[index - 1].isUppercase { return true }
        // A capital after lower case that ends the word ("MacX").
        return letters[letters.count - 1].isUppercase && letters[letters.count - 2].isLowercase
    }

    /// One deletion, transposition or substitution away from a common word, or one
    /// deletion or transposition from a sizeable place (the typos of names).
    private func isOneEditFromKnownWord(_ word: String) -> Bool {
        let letters = Array(word.lowercased().utf8)
        guard letters.allSatisfy({ (UInt8(ascii: "a")...UInt8(ascii: "z")).contains($0) }) else { return false }
        let text = { (bytes: [UInt8]) in String(decoding: bytes, as: UTF8.self) }
        for index in letters.indices {
            var deleted = letters
            deleted.remove(at: index)
            let shorter = text(deleted)
            if lexicon.contains(shorter) || isSizeablePlace(Substring(shorter)) { return true }
            if index + 1 < letters.count, letters[index] != letters[index + 1] {
                var swapped = letters
                swapped.swapAt(index, index + 1)
                let transposed = text(swapped)
                if lexicon.contains(transposed) || isSizeablePlace(Substring(transposed)) { return true }
            }
            var replaced = letters
            for letter in UInt8(ascii: "a")...UInt8(ascii: "z") where letter != letters[index] {
                replaced[index] = letter
                if lexicon.contains(text(replaced)) { return true }
            }
        }
        return false
    }

    private func isCompoundOfCommonWords(_ word: String) -> Bool {
        let letters = Array(word.lowercased())
        guard letters.count >= 6, letters.allSatisfy(\.isLetter) else { return false }
        return (3...(letters.count - 3)).contains { split in
            let head = String(letters[..<split])
            return (lexicon.contains(head) || Self.compoundPrefixes.contains(head)) && lexicon.contains(String(letters[split...]))
        }
    }

    /// Prefixes that make compounds of common words but are not words alone in the lexicon.
    private static let compoundPrefixes: Set<String> = ["super", "mid", "mega", "micro", "multi", "hyper", "cyber", "mini", "ultra"]

    /// "the Flyers", "the Tories", "the Beatles": a capitalised plural after "the", written so
    /// mid-sentence, names a team, party or band (places and peoples were decided before).
    private func looksLikeTeamNickname(_ word: String, namesInArticle: Set<Substring>) -> Bool {
        word.count >= 5 && word.hasSuffix("s") && !word.hasSuffix("ss") && word.dropFirst().isAllLowercase
            && namesInArticle.contains(Substring(word)) && !demonyms.contains(word) && !Cues.notNames.contains(word)
            && !Cues.notNames.contains(String(word.dropLast())) && gazetteer.places(named: word).isEmpty
            && !Cues.abstractNounEndings.contains(where: { word.dropLast().hasSuffix($0) })
    }

    /// "Leigh" of "Mike Leigh": a common surname that only small towns are named, and no
    /// registered entity ("Will Tory tax cuts" names no Mr Tory).
    private func isSurnameOfSmallTown(_ words: ArraySlice<Substring>) -> Bool {
        guard words.count == 1, let word = words.first else { return false }
        return PersonalNames.surnames.contains(word) && curated.entry(named: word) == nil && !isSizeablePlace(word)
    }

    /// A country, a region or a city of 100,000 people or more.
    func isSizeablePlace(_ word: Substring) -> Bool {
        gazetteer.places(named: word).contains { $0.level != .city || $0.population >= 100_000 }
    }

    /// A given name that is not also a common word, a country, a region or a large city
    /// ("Will", "Chase", "China", "Paris" name other things too often to prove a person).
    /// A name from the world lists, rarer in English news, yields to any city of 100,000
    /// ("Bristol East" is a constituency).
    private func isPersonalGivenName(_ word: Substring) -> Bool {
        guard !lexicon.contains(word) else { return false }
        if PersonalNames.given.contains(word) {
            return !gazetteer.places(named: word).contains { $0.level != .city || $0.population >= 500_000 }
        }
        return word.utf8.count > 2 && PersonalNames.worldGiven.contains(word) && !isSizeablePlace(word)
    }

    /// "Donetsk region" means the region, not the city of Donetsk.
    private func regionRecord(_ place: Place, evidence: Evidence, form: String) -> Place {
        guard evidence.contains(.regionNoun), place.level == .city else { return place }
        for suffix in [" Oblast", " region", " Region", " Province", " Krai"] {
            if let region = gazetteer.places(named: form + suffix).first(where: { $0.level == .region }) {
                return region
            }
        }
        return place
    }

    /// "across the Pacific": a place named alone is the ocean or sea the curated list names in
    /// full ("Pacific Ocean"); firms are named "Pacific" too, so the word is no alias.
    private func curatedSea(_ form: String) -> CuratedEntities.Entry? {
        ["Ocean", "Sea"].lazy.compactMap { self.curated.entry(named: "\(form) \($0)") }.first { $0.kind == .place }
    }

    /// A registered organisation, then a country, a region, a city of 100,000 people or
    /// more or a registered place, and nothing else but a legal form ("BBC Wales", "Microsoft
    /// UK", "Sony Europe", "Shell Australia Ltd").
    private func isRegionalArm(_ form: String) -> Bool {
        var words = form.spaceSeparated()
        // "Shell Australia Ltd": its legal form after the place.
        if words.count >= 3, let last = words.last, Cues.isLegalForm(last) {
            words.removeLast()
        }
        // The place is the last word or two.
        return (max(1, words.count - 2)..<words.count).contains { split in
            let place = words[split...].joined(separator: " ")
            return curated.entry(named: words[..<split].joined(separator: " "))?.kind == .organisation
                && (isSizeablePlace(Substring(place)) || curated.entry(named: place)?.kind == .place)
        }
    }

    /// "Wagner Special Military Group" is the curated "Wagner Group": the same core name
    /// once words that only say "organisation" are dropped.
    private func curatedByCore(_ form: String) -> CuratedEntities.Entry? {
        let words = form.spaceSeparated()
        guard words.count > 1 else { return nil }
        // "Australia and New Zealand Banking Group Ltd", "Siemens A.G.": a registered name with
        // its legal form.
        if let last = words.last, Cues.isLegalForm(last),
           let entry = curated.entry(named: words.dropLast().joined(separator: " ")), entry.kind == .organisation {
            return entry
        }
        // "Goldman, Sachs and Co" is Goldman Sachs.
        var core = words.filter { !Cues.genericOrganisationWords.contains($0.lowercased()) }.map { $0.hasSuffix(",") ? $0.dropLast() : $0 }
        while let last = core.last, last == "and" || last == "&" { core.removeLast() }
        guard !core.isEmpty, core.count < words.count else { return nil }
        guard let entry = curated.entry(named: core.joined(separator: " ")), entry.kind == .organisation else { return nil }
        return entry
    }
}
