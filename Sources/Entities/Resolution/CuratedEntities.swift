import Articles
import Foundation

/// A small registry of entities whose names text alone cannot classify or join: major
/// organisations known by acronyms or short names (NATO, the Kremlin, Wagner), and their
/// aliases. It is general world knowledge, meant to be extended by users (see
/// docs/ENTITIES.md), not a list of the names in any particular corpus.
public struct CuratedEntities: Sendable {
    public struct Entry: Sendable, Hashable {
        public var id: String
        public var kind: EntityKind
        public var name: String
        public var aliases: [String]
    }

    public let entries: [Entry]
    /// Names that look like actors or places but are neither: products, software and
    /// spacecraft ("Windows", "Hubble"), normalised.
    public let notEntities: Set<String>
    /// The last word of each name in `notEntities`: most runs of words end in none of them.
    private let notEntityLastWords: Set<Substring>
    private let byName: [String: Entry]
    /// Aliases that count only written in capitals, normalised: "DEC" is the firm, "Dec" a
    /// month; "GAO" the office, "Gao" a surname. Every other alias matches in any case, as
    /// news writes acronyms ("Nato", "Fifa").
    private let capitalsOnly: Set<String>
    /// Entries named by words that are theirs only in a report of their beat ("Southampton"
    /// in football, "Queen" in music), and the beat of each such entry.
    private let beatEntries: [BeatEntry]
    private let byBeatName: [Beat: [String: Entry]]
    /// Every beat name, normalised: asked of each mention of every article.
    private let beatNameKeys: Set<String>
    private let beatsByEntryID: [String: Beat]

    /// `beatEntries`: entries of `entries` that belong to a beat, with the names that are
    /// theirs only in a report of it.
    public init(entries: [Entry], notEntities: some Sequence<String> = [], beatEntries: [BeatEntry] = [],
                capitalsOnly: [String] = []) {
        self.entries = entries
        self.capitalsOnly = Set(capitalsOnly.map(NameKey.normalized))
        var byBeatName: [Beat: [String: Entry]] = [:]
        var beatsByEntryID: [String: Beat] = [:]
        for item in beatEntries {
            beatsByEntryID[item.entry.id] = item.beat
            for name in item.beatNames { byBeatName[item.beat, default: [:]][NameKey.normalized(name)] = item.entry }
        }
        self.beatEntries = beatEntries
        self.byBeatName = byBeatName
        self.beatNameKeys = Set(byBeatName.values.flatMap(\.keys))
        self.beatsByEntryID = beatsByEntryID
        var byName: [String: Entry] = [:]
        for entry in entries {
            for name in [entry.name] + entry.aliases {
                byName[NameKey.normalized(name)] = entry
            }
        }
        self.byName = byName
        self.notEntities = Set(notEntities.map(NameKey.normalized)).subtracting(byName.keys)
        self.notEntityLastWords = Set(self.notEntities.compactMap { $0.spaceSeparated().last })
    }

    public func entry(named name: some StringProtocol) -> Entry? {
        let key = NameKey.normalized(name)
        guard let entry = byName[key] else { return nil }
        if capitalsOnly.contains(key), name.containsLowercase { return nil }
        return entry
    }

    /// The entry a name stands for in a report of `beat`, where it is one of its beat names.
    public func entry(named name: some StringProtocol, onBeat beat: Beat) -> Entry? {
        byBeatName[beat]?[NameKey.normalized(name)]
    }

    /// The beat of the entry a name stands for in any text ("Nottingham Forest", "Led Zeppelin").
    public func beat(ofEntryNamed name: some StringProtocol) -> Beat? {
        entry(named: name).flatMap { beatsByEntryID[$0.id] }
    }

    /// The same for a name already normalised (`NameKey.normalized`), as mention keys are:
    /// asked for every name of every article, so it normalises nothing again.
    public func beat(ofEntryKey key: String) -> Beat? {
        byName[key].flatMap { beatsByEntryID[$0.id] }
    }

    /// Whether a normalised name is a beat name of some entry: only then is it worth working
    /// out which beat an article reports.
    public func isBeatName(key: String) -> Bool {
        beatNameKeys.contains(key)
    }

    /// The beats whose entries a normalised name is a beat name of ("cubs": baseball).
    public func beats(ofBeatName key: String) -> [Beat] {
        Beat.allCases.filter { byBeatName[$0]?[key] != nil }
    }

    public func isNotEntity(_ name: some StringProtocol) -> Bool {
        !notEntities.isEmpty && notEntities.contains(NameKey.normalized(name))
    }

    /// Where a run of words ends in a name that is no entity ("Microsoft Xbox": at 1), if it does.
    public func notEntitySuffix(of words: [Substring]) -> Int? {
        guard words.count >= 2, let last = words.last, notEntityLastWords.contains(Substring(NameKey.normalized(last))) else { return nil }
        return (1..<words.count).first { isNotEntity(words[$0...].joined(separator: " ")) }
    }

    /// The built-in entries extended (and, for the same name, overridden) by a user's file.
    public func extended(with other: CuratedEntities) -> CuratedEntities {
        let overridden = Set(other.entries.flatMap { [$0.name] + $0.aliases }.map(NameKey.normalized))
        return CuratedEntities(entries: entries.filter { !overridden.contains(NameKey.normalized($0.name)) } + other.entries,
                               notEntities: notEntities.subtracting(overridden).union(other.notEntities),
                               beatEntries: beatEntries.filter { !overridden.contains(NameKey.normalized($0.entry.name)) }.map { item in
                                   BeatEntry(entry: item.entry, beat: item.beat,
                                             beatNames: item.beatNames.filter { !overridden.contains(NameKey.normalized($0)) })
                               },
                               capitalsOnly: Array(capitalsOnly.subtracting(overridden)))
    }

    /// Reads a user's entity file: one entity per line, `kind<TAB>name<TAB>alias|alias`
    /// (kind: person, organisation or place, or `not` for names that are no entity;
    /// aliases optional); `#` starts a comment.
    public static func load(file path: String) throws(EntityFileError) -> CuratedEntities {
        let text: String
        do { text = try String(contentsOfFile: path, encoding: .utf8) } catch {
            throw EntityFileError(path: path, line: nil, message: "cannot read the file (\(error.localizedDescription))")
        }
        var entries: [Entry] = []
        var notEntities: [String] = []
        for (index, line) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
            let content = line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)[0]
            guard !content.allSatisfy(\.isWhitespace) else { continue }
            let fields = content.split(separator: "\t", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            let place = { (message: String) in EntityFileError(path: path, line: index + 1, message: message) }
            guard fields.count >= 2, fields.count <= 3 else {
                throw place("expected kind, name and optional aliases separated by tabs, found \(fields.count) field(s)")
            }
            let kind = EntityKind(rawValue: fields[0])
            guard kind != nil || fields[0] == "not" else {
                throw place("unknown kind '\(fields[0])'; use person, organisation, place or not")
            }
            guard !NameKey.normalized(fields[1]).isEmpty else { throw place("the name is empty") }
            let aliases = fields.count == 3 ? fields[2].split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty } : []
            if let kind {
                entries.append(Entry(id: NameKey.slug(fields[1]), kind: kind, name: fields[1], aliases: aliases))
            } else {
                notEntities += [fields[1]] + aliases
            }
        }
        return CuratedEntities(entries: entries, notEntities: notEntities)
    }

    public static let builtIn: CuratedEntities = {
        var entries = (builtInTable + builtInPeople + builtInCompanies + builtInTeams).map { row in
            Entry(id: NameKey.slug(row.0), kind: row.1, name: row.0, aliases: row.2)
        }
        var beatEntries: [BeatEntry] = []
        for row in builtInBeatRows {
            let entry = Entry(id: NameKey.slug(row.name), kind: row.kind, name: row.name, aliases: row.aliases)
            entries.append(entry)
            beatEntries.append(BeatEntry(entry: entry, beat: row.beat, beatNames: row.beatNames))
        }
        // Every baseball and hockey team says its game when named in full; some have names
        // that are theirs only there.
        let shortNames = Dictionary(uniqueKeysWithValues: teamShortNames)
        let teamBeats = baseballTeams.map { ($0.0, Beat.baseball) } + iceHockeyTeams.map { ($0.0, Beat.iceHockey) }
        precondition(Set(shortNames.keys).isSubset(of: teamBeats.map(\.0)), "teamShortNames names a team no game's list holds")
        for (name, beat) in teamBeats {
            let entry = entries.first { $0.name == name }!
            beatEntries.append(BeatEntry(entry: entry, beat: beat, beatNames: shortNames[name] ?? []))
        }
        return CuratedEntities(entries: entries, notEntities: builtInNotEntities, beatEntries: beatEntries,
                               capitalsOnly: builtInCapitalsOnly)
    }()

    /// A body news calls by a common word alone ("Parliament", "the House", "the Treasury")
    /// where the article is about its country: the country, and the bodies only that country
    /// has, which say so whatever other countries the article names.
    public struct Legislature: Sendable {
        public var name: String
        public var word: String
        public var countryCode: String
        public var markers: Set<String>
    }

    /// Countries on the Persian Gulf, which news calls "the Gulf" alone.
    public static let persianGulfCountryCodes: Set<String> = ["IR", "IQ", "KW", "SA", "BH", "QA", "AE", "OM"]

    public static let legislatures = [
        Legislature(name: "Parliament of the United Kingdom", word: "Parliament", countryCode: "GB",
                    markers: ["House of Commons", "House of Lords", "Downing Street", "HM Treasury", "Tony Blair", "Margaret Thatcher"]),
        // The other parliaments news calls "Parliament", where the article is about their country.
        Legislature(name: "Parliament of India", word: "Parliament", countryCode: "IN", markers: []),
        Legislature(name: "Parliament of Australia", word: "Parliament", countryCode: "AU", markers: []),
        Legislature(name: "Parliament of Canada", word: "Parliament", countryCode: "CA", markers: []),
        Legislature(name: "New Zealand Parliament", word: "Parliament", countryCode: "NZ", markers: []),
        Legislature(name: "Parliament of South Africa", word: "Parliament", countryCode: "ZA", markers: []),
        Legislature(name: "Parliament of Pakistan", word: "Parliament", countryCode: "PK", markers: []),
        Legislature(name: "Parliament of Sri Lanka", word: "Parliament", countryCode: "LK", markers: []),
        // "the full House", "the House committee": a common surname and word that a registry
        // of names once took for a person, and every later article after it.
        // "the Treasury" of a British article; in American wire copy "Treasury" is mostly the bills and bonds.
        Legislature(name: "HM Treasury", word: "Treasury", countryCode: "GB",
                    markers: ["House of Commons", "House of Lords", "Downing Street", "Parliament of the United Kingdom"]),
        Legislature(name: "United States House of Representatives", word: "House", countryCode: "US",
                    markers: ["United States Senate", "Congress", "White House"]),
        // "the Reserve Bank": the central bank of the one country the article names.
        Legislature(name: "Reserve Bank of Australia", word: "Reserve Bank", countryCode: "AU", markers: []),
        Legislature(name: "Reserve Bank of New Zealand", word: "Reserve Bank", countryCode: "NZ", markers: []),
        Legislature(name: "Reserve Bank of India", word: "Reserve Bank", countryCode: "IN", markers: []),
        Legislature(name: "South African Reserve Bank", word: "Reserve Bank", countryCode: "ZA", markers: []),
    ]
    /// The words of `legislatures`, normalised.
    public static let legislatureWords = Set(legislatures.map { NameKey.normalized($0.word) })

    /// Products news writes like company names. The company itself ("Microsoft", "Apple")
    /// stays an entity; what it sells does not (docs/ENTITIES.md, eval/gold/CONVENTIONS.md).
    private static let builtInNotEntities = [
        // Software and operating systems
        "Windows", "Windows XP", "Windows 95", "Windows NT", "Unix", "DOS", "MS-DOS", "OS/2", "Linux", "NetWare",
        "Solaris", "Excel", "PowerPoint", "Photoshop", "Internet Explorer", "Netscape Navigator", "Firefox",
        "Outlook", "Windows Messenger", "MSN Messenger", "iTunes", "Hotmail", "Gmail",
        // Devices
        "Macintosh", "iPod", "iPhone", "iPad", "Walkman", "PlayStation", "Xbox", "Game Boy", "Kindle",
        // Chips
        "Clipper", "Clipper chip",
        // Instruments and techniques named like bodies ("Rights" ends names of both)
        "Special Drawing Rights", "SDR", "SDRs", "Digital Rights Management", "DRM",
        // Rates that wire copy defines like acronyms of bodies
        "London Interbank Offered Rate", "Libor", "LIBOR",
        // Spacecraft and telescopes
        "Hubble", "Hubble Space Telescope", "HST", "Space Shuttle", "International Space Station",
        // Weather and holidays of two words
        "El Nino", "El Niño", "La Nina", "La Niña", "Rosh Hashanah", "Rosh Hashana", "Yom Kippur",
        // Characters of fiction that news names like people (the conventions leave them out)
        "James Bond", "Harry Potter", "Darth Vader", "Luke Skywalker", "Sherlock Holmes", "Mickey Mouse",
        "Homer Simpson", "Bart Simpson", "Lara Croft", "Indiana Jones", "Bridget Jones", "Santa Claus",
        "Father Christmas", "Frodo Baggins", "Jack Sparrow", "Hannibal Lecter", "Austin Powers",
    ]

    private static let builtInTable: [(String, EntityKind, [String])] = [
        // International bodies
        ("NATO", .organisation, ["North Atlantic Treaty Organization", "Nato", "OTAN"]),
        ("United Nations", .organisation, ["UN", "U.N.", "UNO"]),
        ("UN Security Council", .organisation, ["Security Council", "United Nations Security Council", "UNSC"]),
        ("European Union", .organisation, ["EU", "E.U."]),
        ("European Commission", .organisation, ["EC Commission"]),
        ("European Central Bank", .organisation, ["ECB"]),
        ("International Monetary Fund", .organisation, ["IMF"]),
        ("World Bank", .organisation, []),
        ("World Health Organization", .organisation, ["WHO", "World Health Organisation"]),
        ("World Trade Organization", .organisation, ["WTO", "World Trade Organisation"]),
        ("OPEC", .organisation, ["Organization of the Petroleum Exporting Countries", "Opec"]),
        ("G7", .organisation, ["Group of Seven", "G-7", "Group of 7"]),
        ("G20", .organisation, ["Group of 20"]),
        ("G8", .organisation, ["Group of Eight", "G-8", "Group of 8"]),
        ("Group of Five", .organisation, ["G5", "G-5"]),
        ("International Criminal Court", .organisation, ["ICC"]),
        ("International Atomic Energy Agency", .organisation, ["IAEA"]),
        ("OSCE", .organisation, ["Organization for Security and Co-operation in Europe"]),
        ("Red Cross", .organisation, ["ICRC", "International Committee of the Red Cross"]),
        ("Amnesty International", .organisation, ["Amnesty"]),
        ("Human Rights Watch", .organisation, ["HRW"]),
        // Governments and their seats, as news uses them
        ("Kremlin", .organisation, ["the Kremlin"]),
        ("White House", .organisation, ["the White House"]),
        ("Pentagon", .organisation, ["the Pentagon", "US Department of Defense"]),
        ("State Department", .organisation, ["US State Department", "U.S. State Department"]),
        ("Federal Reserve", .organisation, ["Fed", "the Fed", "Federal Reserve Board"]),
        ("Bundesbank", .organisation, ["Deutsche Bundesbank"]),
        ("Reserve Bank of Australia", .organisation, ["RBA"]),
        ("Reserve Bank of New Zealand", .organisation, []),
        ("Reserve Bank of India", .organisation, []),
        ("South African Reserve Bank", .organisation, []),
        ("Congress", .organisation, ["US Congress", "U.S. Congress"]),
        ("United States Senate", .organisation, ["Senate", "U.S. Senate", "US Senate"]),
        ("United States House of Representatives", .organisation, ["House of Representatives", "U.S. House", "US House"]),
        ("FBI", .organisation, ["Federal Bureau of Investigation"]),
        ("CIA", .organisation, ["Central Intelligence Agency"]),
        ("FSB", .organisation, ["Federal Security Service"]),
        ("SBU", .organisation, ["Security Service of Ukraine"]),
        ("Verkhovna Rada", .organisation, ["Rada"]),
        ("State Duma", .organisation, ["Duma"]),
        ("National People's Congress", .organisation, ["NPC"]),
        ("Downing Street", .organisation, []),
        ("Secret Intelligence Service", .organisation, ["MI6"]),
        ("MI5", .organisation, []),
        ("GCHQ", .organisation, []),
        ("Metropolitan Police", .organisation, ["Met Police", "Scotland Yard"]),
        ("Transport for London", .organisation, ["TfL"]),
        ("Crown Prosecution Service", .organisation, []),
        // Sports bodies and leagues
        ("FIFA", .organisation, []),
        ("UEFA", .organisation, []),
        ("International Olympic Committee", .organisation, ["IOC"]),
        ("International Association of Athletics Federations", .organisation, ["IAAF", "World Athletics"]),
        ("Association of Tennis Professionals", .organisation, ["ATP"]),
        ("Women's Tennis Association", .organisation, ["WTA"]),
        ("National Football League", .organisation, ["NFL"]),
        ("National Basketball Association", .organisation, ["NBA"]),
        ("Major League Baseball", .organisation, ["MLB"]),
        ("National Hockey League", .organisation, ["NHL"]),
        // Charities and campaigners
        ("UNICEF", .organisation, ["Unicef", "United Nations Children's Fund"]),
        ("Human Rights Watch", .organisation, ["HRW"]),
        ("Greenpeace", .organisation, []),
        ("Friends of the Earth", .organisation, []),
        ("Royal Society for the Prevention of Cruelty to Animals", .organisation, ["RSPCA"]),
        ("Interpol", .organisation, []),
        ("Planned Parenthood", .organisation, []),
        ("NAACP", .organisation, ["National Association for the Advancement of Colored People"]),
        ("American Civil Liberties Union", .organisation, ["ACLU"]),
        ("Black Lives Matter", .organisation, []),
        ("National Rifle Association", .organisation, ["NRA"]),
        // Companies of the stage whose names say building ("Theatre") or nothing ("the National")
        ("National Theatre", .organisation, ["Royal National Theatre"]),
        // Unions and employers' bodies
        ("Trades Union Congress", .organisation, ["TUC"]),
        ("Public and Commercial Services Union", .organisation, ["Public and Commercial Services"]),
        ("Unison", .organisation, []),
        ("GMB", .organisation, []),
        ("Confederation of British Industry", .organisation, ["CBI"]),
        ("AFL-CIO", .organisation, []),
        ("International Brotherhood of Teamsters", .organisation, ["Teamsters"]),
        ("United Auto Workers", .organisation, ["UAW"]),
        // Parliaments and parties news names by short name
        ("European Parliament", .organisation, []),
        ("Ofcom", .organisation, []),
        ("HM Treasury", .organisation, []),
        ("Parliament of the United Kingdom", .organisation, ["UK Parliament", "British Parliament", "Westminster Parliament"]),
        ("Parliament of India", .organisation, ["Indian Parliament"]),
        ("Parliament of Australia", .organisation, ["Australian Parliament", "Federal Parliament"]),
        ("Parliament of Canada", .organisation, ["Canadian Parliament"]),
        ("New Zealand Parliament", .organisation, []),
        ("Parliament of South Africa", .organisation, ["South African Parliament"]),
        ("Parliament of Pakistan", .organisation, ["Pakistani Parliament"]),
        ("Parliament of Sri Lanka", .organisation, ["Sri Lankan Parliament"]),
        ("House of Commons", .organisation, ["the Commons", "Commons"]),
        ("Scottish Executive", .organisation, ["Scottish Government"]),
        ("Scottish Parliament", .organisation, ["Holyrood"]),
        ("National Assembly for Wales", .organisation, ["Welsh Assembly", "Welsh Assembly Government"]),
        ("Northern Ireland Assembly", .organisation, ["Stormont Assembly"]),
        ("National Health Service", .organisation, ["NHS"]),
        ("House of Lords", .organisation, ["the Lords", "Lords"]),
        ("Conservative Party", .organisation, ["Conservatives", "Conservative", "Tories", "Tory", "Tory Party"]),
        ("Labour Party", .organisation, ["Labour"]),
        ("Liberal Democrats", .organisation, ["Lib Dems", "Lib Dem", "Liberal Democrat", "Liberal Democrat Party"]),
        ("Democratic Party", .organisation, ["Democrats", "Democratic National Committee"]),
        ("Republican Party", .organisation, ["Republicans", "GOP"]),
        ("Nazi Party", .organisation, ["National Socialists", "NSDAP"]),
        // Armed groups
        ("Wagner Group", .organisation, ["Wagner", "PMC Wagner", "Wagner PMC"]),
        ("Hamas", .organisation, []),
        ("Hezbollah", .organisation, ["Hizbollah"]),
        ("Taliban", .organisation, ["the Taliban"]),
        ("Islamic State", .organisation, ["ISIS", "ISIL", "Daesh"]),
        ("Al Qaeda", .organisation, ["al-Qaeda", "Al-Qaeda", "al Qaeda"]),
        // News organisations
        ("Reuters", .organisation, ["Reuter", "Thomson Reuters"]),
        ("Associated Press", .organisation, ["AP"]),
        ("AFP", .organisation, ["Agence France-Presse", "Agence France Presse"]),
        ("EFE", .organisation, ["Agencia EFE"]),
        ("BBC", .organisation, ["British Broadcasting Corporation"]),
        ("CNN", .organisation, []),
        ("ABC News", .organisation, ["ABC"]),
        ("CBS News", .organisation, ["CBS"]),
        ("NBC News", .organisation, ["NBC"]),
        ("Fox News", .organisation, []),
        ("ITV", .organisation, []),
        ("Channel 4", .organisation, []),
        ("British Sky Broadcasting", .organisation, ["BSkyB"]),
        ("HBO", .organisation, []),
        ("MTV", .organisation, []),
        ("VH1", .organisation, []),
        ("Comedy Central", .organisation, []),
        ("Country Music Television", .organisation, ["CMT", "Country Music TV"]),
        ("Nickelodeon", .organisation, []),
        ("Al Arabiya", .organisation, []),
        ("Breitbart News", .organisation, ["Breitbart"]),
        ("ESPN", .organisation, []),
        ("PBS", .organisation, ["Public Broadcasting Service"]),
        ("NPR", .organisation, ["National Public Radio"]),
        ("Bloomberg", .organisation, ["Bloomberg News"]),
        ("TASS", .organisation, ["Tass"]),
        ("RIA Novosti", .organisation, ["RIA"]),
        ("Interfax", .organisation, []),
        ("Xinhua", .organisation, ["Xinhua News Agency", "New China News Agency"]),
        ("People's Daily", .organisation, []),
        ("Al Jazeera", .organisation, ["Al-Jazeera"]),
        ("New York Times", .organisation, ["The New York Times", "NYT"]),
        ("Washington Post", .organisation, ["The Washington Post"]),
        ("Wall Street Journal", .organisation, ["The Wall Street Journal", "WSJ"]),
        ("Financial Times", .organisation, ["FT"]),
        // Papers, magazines and channels news quotes, by the names a capital marks as theirs
        // (not "Independent", "Sun" or "Economist" alone: words and titles too).
        ("BBC News", .organisation, ["BBC News Online", "BBC News website"]),
        ("BBC News 24", .organisation, []),
        ("BBC One", .organisation, ["BBC1"]),
        ("BBC Two", .organisation, ["BBC2"]),
        ("BBC Three", .organisation, ["BBC3"]),
        ("BBC Four", .organisation, ["BBC4"]),
        ("BBC Sport", .organisation, []),
        ("BBC Sport Wales", .organisation, []),
        ("BBC Wales", .organisation, []),
        ("BBC Scotland", .organisation, []),
        ("BBC Radio Wales", .organisation, []),
        ("BBC Radio Scotland", .organisation, []),
        ("BBC Radio 1Xtra", .organisation, ["1Xtra"]),
        ("BBC World Service", .organisation, ["World Service"]),
        ("BBC Radio 4", .organisation, ["Radio 4"]),
        ("BBC Radio 1", .organisation, ["Radio 1"]),
        ("BBC Radio 5 Live", .organisation, ["Radio 5 Live", "Five Live"]),
        ("Sky News", .organisation, []),
        ("Sky Sports", .organisation, []),
        ("GMTV", .organisation, []),
        ("Channel 5", .organisation, ["Five"]),
        ("The Guardian", .organisation, ["Guardian"]),
        ("The Observer", .organisation, []),
        ("The Times", .organisation, []),
        ("The Sunday Times", .organisation, ["Sunday Times"]),
        ("The Daily Telegraph", .organisation, ["Daily Telegraph", "The Telegraph"]),
        ("The Sunday Telegraph", .organisation, ["Sunday Telegraph"]),
        ("The Independent", .organisation, ["Independent on Sunday"]),
        ("Daily Mail", .organisation, ["The Daily Mail"]),
        ("The Mail on Sunday", .organisation, ["Mail on Sunday"]),
        ("Daily Mirror", .organisation, ["The Mirror", "Sunday Mirror"]),
        ("Daily Express", .organisation, ["Sunday Express"]),
        ("Evening Standard", .organisation, ["London Evening Standard"]),
        ("The Sun", .organisation, []),
        ("The Economist", .organisation, []),
        ("The Spectator", .organisation, ["Spectator"]),
        ("New Statesman", .organisation, []),
        ("Private Eye", .organisation, []),
        ("The Scotsman", .organisation, []),
        ("Radio Times", .organisation, []),
        ("NME", .organisation, ["New Musical Express"]),
        ("Variety", .organisation, []),
        ("The Hollywood Reporter", .organisation, ["Hollywood Reporter"]),
        ("Rolling Stone", .organisation, []),
        ("Billboard", .organisation, []),
        ("Entertainment Weekly", .organisation, []),
        ("Vanity Fair", .organisation, []),
        ("The New Yorker", .organisation, []),
        ("Los Angeles Times", .organisation, ["LA Times", "The Los Angeles Times"]),
        ("USA Today", .organisation, []),
        ("Chicago Tribune", .organisation, []),
        ("Boston Globe", .organisation, ["The Boston Globe"]),
        ("Journal of Commerce", .organisation, []),
        ("Newsweek", .organisation, []),
        ("BusinessWeek", .organisation, ["Business Week"]),
        ("Barron's", .organisation, []),
        ("Politico", .organisation, []),
        ("Axios", .organisation, []),
        ("BuzzFeed News", .organisation, ["BuzzFeed"]),
        ("HuffPost", .organisation, ["Huffington Post", "The Huffington Post"]),
        ("CNBC", .organisation, []),
        ("MSNBC", .organisation, []),
        ("C-SPAN", .organisation, []),
        ("Fox Business Network", .organisation, ["Fox Business"]),
        ("Telemundo", .organisation, []),
        ("Univision", .organisation, []),
        ("Le Monde", .organisation, []),
        ("Der Spiegel", .organisation, ["Spiegel"]),
        ("Pravda", .organisation, []),
        ("Izvestia", .organisation, ["Izvestiya"]),
        ("Kommersant", .organisation, []),
        ("Asahi Shimbun", .organisation, []),
        ("Yomiuri Shimbun", .organisation, []),
        ("Nihon Keizai Shimbun", .organisation, []),
        ("Kyodo News", .organisation, ["Kyodo"]),
        ("Jiji Press", .organisation, []),
        ("Yonhap", .organisation, []),
        ("Press Trust of India", .organisation, []),
        // Companies news mentions by short name
        ("Google", .organisation, ["Alphabet"]),
        ("Apple", .organisation, ["Apple Inc"]),
        ("Microsoft", .organisation, []),
        ("Amazon", .organisation, []),
        ("Meta", .organisation, ["Facebook"]),
        ("Twitter", .organisation, ["X Corp"]),
        ("Telegram", .organisation, []),
        ("Gazprom", .organisation, []),
        ("Rosneft", .organisation, []),
        ("Boeing", .organisation, []),
        ("Airbus", .organisation, []),
        ("Tesla", .organisation, []),
        ("IBM", .organisation, ["International Business Machines"]),
        ("Intel", .organisation, []),
        ("AOL", .organisation, ["America Online"]),
        ("Yahoo", .organisation, ["Yahoo!"]),
        ("eBay", .organisation, []),
        ("Netflix", .organisation, []),
        ("WikiLeaks", .organisation, ["Wikileaks"]),
        ("MSN", .organisation, []),
        ("Hulu", .organisation, []),
        ("Uber", .organisation, []),
        ("Sony", .organisation, []),
        ("Samsung", .organisation, []),
        ("Nokia", .organisation, []),
        ("NEC", .organisation, ["NEC Corporation"]),
        ("Huawei", .organisation, []),
        ("Toyota", .organisation, []),
        ("General Motors", .organisation, []),
        ("Volkswagen", .organisation, ["VW"]),
        ("BP", .organisation, ["British Petroleum"]),
        ("Shell", .organisation, ["Royal Dutch Shell", "Royal Dutch/Shell", "Royal Dutch/Shell Group"]),
        ("Exxon", .organisation, ["ExxonMobil", "Exxon Mobil"]),
        ("Walmart", .organisation, ["Wal-Mart"]),
        ("HSBC", .organisation, []),
        ("Australia and New Zealand Banking Group", .organisation, ["ANZ", "ANZ Bank"]),
        ("Barclays", .organisation, []),
        ("Goldman Sachs", .organisation, []),
        ("BT Group", .organisation, ["BT", "British Telecom"]),
        ("Vodafone", .organisation, []),
        ("Cable & Wireless", .organisation, ["Cable and Wireless"]),
        ("Yukos", .organisation, []),
        ("Institute for the Study of War", .organisation, ["ISW"]),
        // Agencies news names by acronym
        ("US Department of Agriculture", .organisation, ["USDA", "Agriculture Department", "U.S. Agriculture Department"]),
        ("Securities and Exchange Commission", .organisation, ["SEC"]),
        ("Food and Drug Administration", .organisation, ["FDA"]),
        ("Environmental Protection Agency", .organisation, ["EPA"]),
        ("NASA", .organisation, ["National Aeronautics and Space Administration"]),
        ("Internal Revenue Service", .organisation, ["IRS"]),
        ("National Security Agency", .organisation, ["NSA"]),
        ("Bureau of Alcohol, Tobacco, Firearms and Explosives", .organisation,
         ["ATF", "BATF", "Bureau of Alcohol, Tobacco and Firearms"]),
        ("Drug Enforcement Administration", .organisation, ["DEA"]),
        ("Federal Emergency Management Agency", .organisation, ["FEMA"]),
        ("Federal Aviation Administration", .organisation, ["FAA"]),
        ("Federal Communications Commission", .organisation, ["FCC"]),
        ("Federal Trade Commission", .organisation, ["FTC"]),
        ("United States Department of the Interior", .organisation, ["Interior Department", "Department of the Interior"]),
        ("United States Postal Service", .organisation, ["USPS", "U.S. Postal Service", "US Postal Service"]),
        ("United States Mint", .organisation, ["U.S. Mint", "US Mint"]),
        ("Transportation Security Administration", .organisation, ["TSA"]),
        ("United States Secret Service", .organisation, ["Secret Service", "U.S. Secret Service"]),
        ("United States Census Bureau", .organisation, ["Census Bureau"]),
        ("Centers for Disease Control and Prevention", .organisation, ["CDC"]),
        ("National Institutes of Health", .organisation, ["NIH"]),
        ("National Institute of Standards and Technology", .organisation, ["NIST"]),
        ("National Transportation Safety Board", .organisation, ["NTSB"]),
        ("Immigration and Customs Enforcement", .organisation, ["ICE"]),
        ("United States Department of Energy", .organisation, ["Department of Energy", "Energy Department", "DOE"]),
        ("United States Department of Justice", .organisation, ["Justice Department", "Department of Justice", "DOJ"]),
        ("United States Department of Homeland Security", .organisation, ["Department of Homeland Security", "DHS"]),
        ("European Community", .organisation, ["EC", "EEC", "European Economic Community", "Common Market"]),
        ("General Agreement on Tariffs and Trade", .organisation, ["GATT"]),
        ("African Union", .organisation, []),
        ("ASEAN", .organisation, ["Association of Southeast Asian Nations"]),
        ("Arab League", .organisation, []),
        ("OECD", .organisation, ["Organisation for Economic Co-operation and Development",
                                 "Organisation for Economic Cooperation and Development",
                                 "Organization for Economic Cooperation and Development"]),
        // Places of the past that news archives still name
        ("Soviet Union", .place, ["USSR", "U.S.S.R."]),
        ("West Germany", .place, ["Federal Republic of Germany"]),
        ("East Germany", .place, ["German Democratic Republic", "GDR"]),
        ("West Berlin", .place, []),
        ("Yugoslavia", .place, []),
        ("Serbia and Montenegro", .place, []),
        ("Czechoslovakia", .place, []),
        ("Western Europe", .place, []),
        ("Eastern Europe", .place, []),
        // Places that are not countries, regions or cities
        ("Europe", .place, []),
        ("Africa", .place, []),
        ("Asia", .place, []),
        ("Middle East", .place, ["the Middle East", "Mideast"]),
        ("Latin America", .place, []),
        ("North America", .place, []),
        ("South America", .place, []),
        ("Central America", .place, []),
        ("Americas", .place, ["the Americas"]),
        ("Caribbean", .place, ["the Caribbean"]),
        ("Scandinavia", .place, []),
        ("Southeast Asia", .place, ["South-East Asia", "South East Asia"]),
        ("Central Asia", .place, []),
        ("East Asia", .place, []),
        ("Far East", .place, ["the Far East"]),
        ("North Africa", .place, []),
        ("West Africa", .place, []),
        ("East Africa", .place, []),
        ("Sub-Saharan Africa", .place, []),
        ("Horn of Africa", .place, []),
        ("Gulf States", .place, ["Gulf states"]),
        // Seas and oceans
        ("Atlantic Ocean", .place, []),
        ("Pacific Ocean", .place, []),
        ("Indian Ocean", .place, []),
        ("Arctic Ocean", .place, []),
        ("South Pacific", .place, ["the South Pacific"]),
        ("North Sea", .place, []),
        ("Mediterranean Sea", .place, ["Mediterranean", "the Mediterranean"]),
        ("Baltic Sea", .place, []),
        ("Black Sea", .place, []),
        ("Red Sea", .place, []),
        ("Caspian Sea", .place, []),
        ("South China Sea", .place, []),
        ("Persian Gulf", .place, ["Arabian Gulf"]),
        ("Gulf of Mexico", .place, []),
        ("Strait of Hormuz", .place, ["Straits of Hormuz", "Hormuz Strait"]),
        ("Strait of Malacca", .place, ["Straits of Malacca", "Malacca Strait"]),
        ("Strait of Gibraltar", .place, ["Straits of Gibraltar"]),
        ("Taiwan Strait", .place, ["Taiwan Straits", "Formosa Strait"]),
        ("English Channel", .place, []),
        ("Great Lakes", .place, []),
        ("Donbas", .place, ["Donbass"]),
        ("Gaza Strip", .place, ["Gaza"]),
        ("Kashmir", .place, []),
        ("Nagorno-Karabakh", .place, ["Karabakh", "Nagorno Karabakh", "Karabagh", "Nagorno-Karabagh"]),
        ("Darfur", .place, []),
        ("Aceh", .place, []),
        ("Siberia", .place, []),
        ("Sinai Peninsula", .place, ["Sinai"]),
        ("Borneo", .place, []),
        ("Mindanao", .place, []),
        ("West Bank", .place, []),
        ("Balkans", .place, ["the Balkans"]),
        ("Caucasus", .place, ["the Caucasus"]),
    ]
}

/// A problem in a user's entity file, naming the file and line.
public struct EntityFileError: Error, Sendable, CustomStringConvertible {
    public var path: String
    public var line: Int?
    public var message: String

    public var description: String {
        "\(path)\(line.map { ":\($0)" } ?? ""): \(message)"
    }
}
