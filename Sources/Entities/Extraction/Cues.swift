import Articles

/// Words around and inside names that say what kind of entity a name is. These are
/// properties of English news prose, not of any article: titles before people, verbs of
/// speech after them, head words of organisations, and the nouns that introduce places.
enum Cues {
    /// Titles and roles written before a person's name ("Colonel General Oleksandr Syrskyi").
    static let titles: Set<String> = [
        "President", "Vice", "Prime", "Minister", "Secretary", "General", "Colonel", "Lieutenant",
        "Major", "Captain", "Commander", "Admiral", "Sergeant", "Marshal", "Chief", "Mr", "Mrs", "Ms",
        "Miss", "Dr", "Prof", "Professor", "Sen", "Senator", "Rep", "Representative", "Gov", "Governor",
        "Mayor", "King", "Queen", "Prince", "Princess", "Pope", "Judge", "Justice", "Chancellor",
        "Ambassador", "Spokesman", "Spokeswoman", "Spokesperson", "Director", "Chairman", "Chairwoman",
        "Chair", "Sheikh", "Emir", "Premier", "Speaker", "Lord", "Lady", "Baron", "Baroness", "Viscount",
        "Viscountess", "Sir", "Dame", "Rev",
        "Reverend", "Cardinal", "Archbishop", "Bishop", "Patriarch", "Ayatollah", "Crown", "Foreign",
        "Defense", "Defence", "Deputy", "Interior", "Finance", "Economy", "Health", "Energy", "Trade",
        "Former", "Acting", "Supreme", "Senior", "Presidential", "Attorney", "Treasurer", "Envoy",
        "Commissioner", "Inspector", "Superintendent", "Coach", "Manager", "Executive", "Officer",
        "Founder", "Co-founder", "Leader", "CEO", "CFO", "COO", "MP", "MEP", "MSP", "DJ",
        // Abbreviated ranks ("Sgt. Ryan O'Neill", "Det Supt Jim Smith").
        "Sgt", "Cpl", "Lt", "Capt", "Col", "Gen", "Maj", "Adm", "Cmdr", "Supt", "Insp", "Det",
    ]
    /// Titles that alone prove a person follows (the rest may qualify an organisation).
    static let personTitles: Set<String> = [
        "President", "Minister", "Secretary", "General", "Colonel", "Lieutenant", "Captain", "Admiral",
        "Sergeant", "Marshal", "Mr", "Mrs", "Ms", "Miss", "Dr", "Prof", "Professor", "Sen", "Senator",
        "Rep", "Gov", "Governor", "Mayor", "King", "Queen", "Prince", "Princess", "Pope", "Judge",
        "Chancellor", "Ambassador", "Spokesman", "Spokeswoman", "Spokesperson", "Chairman",
        "Chairwoman", "Sheikh", "Emir", "Premier", "Lord", "Lady", "Baron", "Baroness", "Viscount", "Viscountess",
        "Sir", "Dame", "Rev", "Reverend",
        "Cardinal", "Archbishop", "Bishop", "Patriarch", "Ayatollah", "Coach", "MP", "MEP", "MSP", "DJ",
        "Sgt", "Cpl", "Lt", "Capt", "Col", "Gen", "Maj", "Adm", "Cmdr", "Supt", "Insp", "Det",
    ]
    /// Modal verbs, which Title Case headlines capitalise after a name ("Coco Gauff Will Miss").
    static let modalVerbs: Set<String> = ["Will", "May", "Might", "Must", "Should", "Could", "Would", "Can"]
    /// Pronouns after a name and its comma that make the name one addressed ("Kaufman, I think ...").
    static let addressingPronouns: Set<String> = ["you", "i", "we"]
    /// Bodies whose "X of A and B" joins fields, not two names ("Ministry of Agriculture and
    /// Fisheries", "College of Further and Higher Education").
    static let portfolioHeads: Set<String> = [
        "Ministry", "Department", "Committee", "Commission", "College", "Institute", "School", "Faculty", "Academy",
    ]
    /// Titles of peers, who may carry a territorial designation ("Lord Irvine of Lairg").
    static let peerTitles: Set<String> = ["Lord", "Lady", "Baroness", "Baron", "Viscount", "Viscountess"]
    /// Titles written after the name ("Frank Field MP").
    static let postNominals: Set<String> = ["MP", "MEP", "MSP", "QC", "KC"]
    /// Titles of address, before any surname ("Mr Brown", "Lady Thatcher").
    static let honorifics: Set<String> = ["Mr", "Mrs", "Ms", "Miss", "Dr", "Sir", "Dame", "Lord", "Lady", "Prof", "Professor"]
    /// Titles that stay part of a one-word name ("Pope Francis", "Queen Elizabeth", "King Abdullah").
    static let regalTitles: Set<String> = ["Pope", "King", "Queen", "Prince", "Princess", "Emperor", "Empress", "Sultan", "Emir", "Sheikh"]
    /// Titles that are surnames too, as a closing title after a given name alone is ("John
    /// Major", "Jon Lord", "Stephen Bishop").
    static let surnameTitles: Set<String> = ["Major", "Marshal", "Judge", "Chancellor", "Speaker", "Lord", "Baron", "Cardinal", "Bishop"]
    /// Words of `titles` that qualify a title or name its portfolio ("Deputy", "Defence"),
    /// and so close no title of a holder ("Ministry of Defence" is none).
    static let titleQualifiers: Set<String> = [
        "Vice", "Prime", "Crown", "Foreign", "Defense", "Defence", "Deputy", "Interior", "Finance", "Economy",
        "Health", "Energy", "Trade", "Former", "Acting", "Supreme", "Senior", "Presidential",
    ]
    /// Words inside a title of a holder that are no titles alone ("Managing Director", "Chief Financial Officer").
    static let titleWords: Set<String> = ["Managing", "Financial", "Operating", "Technical", "Information", "Marketing", "Majority", "Minority"]
    /// Abbreviations of tables and dates that wire copy capitalises ("Shr", "Avg", "Dec").
    static let tableAbbreviations: Set<String> = [
        "Shr", "Shrs", "Avg", "Oper", "Qtr", "Pct", "Dlrs", "Mln", "Bln", "Vs", "Rev", "Revs", "Jan", "Feb", "Mar", "Apr",
        "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun",
    ]
    /// The legal form after "and" that makes the names before it partners of one firm
    /// ("Smith Barney Harris Upham and Co", "Goldman, Sachs and Co").
    static let partnershipForms: Set<String> = ["Co", "Co.", "Company"]
    static let monthAbbreviations: Set<String> = ["Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec"]
    /// Plural or generic holders after a capitalised portfolio ("Defense ministers").
    static let portfolioHolders: Set<String> = ["ministers", "minister", "chiefs", "secretaries"]
    /// Jobs written last in a capitalised post, as signatures and staff lists do ("Associate
    /// Research Scientist", "Senior Software Engineer"): the post, not an organisation.
    static let jobTitles: Set<String> = [
        "Scientist", "Engineer", "Researcher", "Analyst", "Economist", "Correspondent", "Reporter", "Editor",
        "Manager", "Officer", "Specialist", "Consultant", "Adviser", "Advisor", "Coordinator", "Administrator",
        "Assistant", "Associate", "Fellow", "Lecturer", "Technician", "Programmer", "Librarian",
    ]
    /// Lower-case roles before a name or after its comma ("spokesman Dmitry Peskov",
    /// "Andriy Kovaliov, a spokesperson for ...").
    static let roles: Set<String> = [
        "spokesman", "spokeswoman", "spokesperson", "minister", "president", "general", "leader",
        "chief", "head", "commander", "professor", "analyst", "official", "envoy", "ambassador",
        "secretary", "director", "chairman", "chairwoman", "governor", "mayor", "senator",
        "correspondent", "reporter", "journalist", "lawmaker", "adviser", "advisor", "aide", "founder",
        "executive", "economist", "researcher", "colonel", "lieutenant", "captain", "deputy", "who",
        "premier", "chancellor", "judge", "lawyer", "attorney", "candidate", "coach", "manager",
        "striker", "player", "actor", "actress", "singer", "author", "writer", "owner", "ceo",
        "emeritus", "former", "vice", "prosecutor", "investor", "boss", "told", "son", "daughter",
        "wife", "husband", "father", "mother", "brother", "sister", "student", "teacher", "campaigner",
        "activist", "novelist", "historian", "presenter", "comedian", "rapper", "guitarist", "drummer", "scientist",
        "engineer",
    ]
    static let speechVerbs: Set<String> = [
        "said", "says", "told", "tells", "wrote", "writes", "added", "adds", "announced", "stated",
        "warned", "claimed", "noted", "explained", "stressed", "insisted", "argued", "asked",
        "replied", "acknowledged", "admitted", "confirmed", "denied", "declared", "tweeted",
        "posted", "urged", "vowed", "predicted", "estimated", "believes", "thinks", "expects",
        "continued", "concluded", "recalled", "conceded", "complained", "suggested",
    ]
    /// Last words of organisation names ("Institute for the Study of War", "Wagner Group").
    static let organisationWords: Set<String> = [
        "Ministry", "Institute", "Group", "Agency", "Council", "Committee", "Commission", "Party",
        "Union", "Organization", "Organisation", "Association", "Foundation", "University", "College",
        "School", "Bank", "Company", "Corporation", "Corp", "Inc", "Ltd", "Plc", "PLC", "LLC", "Co",
        "Fund", "Federation", "Front", "Army", "Navy", "Forces", "Force", "Guard", "Guards", "Service",
        "Services", "Office", "Department", "Bureau", "Court", "Parliament", "Congress", "Senate",
        "Assembly", "Administration", "Authority", "Board", "Staff", "Brigade", "Battalion", "Regiment",
        "Command", "Network", "News", "Times", "Post", "Journal", "Press", "Television", "Radio",
        "Airlines", "Airways", "Motors", "Industries", "Holdings", "Partners", "Securities", "Exchange",
        "Reserve", "Cabinet", "Government", "Police", "Church", "Club", "Movement", "Alliance",
        "Coalition", "Center", "Centre", "Hospital", "Museum", "Trust", "Society", "Systems",
        "Technologies", "Telecom", "Communications", "Energy", "Petroleum", "Oil", "Mining", "Steel",
        "Group's", "Enterprises", "International", "Laboratories", "Pharmaceuticals", "Brotherhood",
        "Taliban", "Hezbollah", "Hamas", "Duma", "Rada", "Knesset", "Bundestag", "Sejm",
        "S.A.", "SA", "AG", "NV", "BV", "GmbH", "SpA", "Corp.", "Inc.", "Ltd.", "Co.",
        "FC", "F.C.", "AFC", "Rovers", "Wanderers", "Athletic", "Albion", "Hotspur",
        "Industry", "Laboratory", "Labs", "Software", "Records", "Studios", "Entertainment", "Electric",
        "Electronics", "Chemicals", "League", "Consortium", "Campaign", "Ventures", "Brothers", "KK", "AB", "Ab", "Oy", "Oyj", "ASA",
        "Steelworkers", "Mineworkers", "Teamsters", "Machinists",
        "Sociedad", "Compagnie", "Société", "Banco", "Banque", "Compania", "Compañía", "Instituto", "Institut", "Empresa",
        "Groupe", "Grupo", "Orchestra", "Philharmonic", "Conservatory", "Conservatoire", "Chamber", "Offices",
        "Guild",
    ]
    /// Words that make an organisation's name only when they close it ("Continental
    /// Research", "Barclays Capital", "British Library"); inside a name they are as often a
    /// subject, a place or a product ("Research Triangle Park", "Capital Gains").
    static let closingOrganisationWords: Set<String> = [
        "Research", "Capital", "Management", "Healthcare", "Economics", "Library", "Limited", "Consulting",
        "Consultants", "Associates", "Productions", "Publishing", "Gazette", "Herald", "Tribune", "Magazine",
        "Brewery", "Breweries", "Distillers", "Foods",
        // Companies of the stage ("San Francisco Ballet", "Metropolitan Opera"); not "Theatre",
        // which names the building as often ("Victoria Palace Theatre").
        "Ballet", "Opera",
    ]
    /// Nouns right before a name that make it an organisation ("search start-up Blinkx",
    /// "broadcaster Channel 4", "rivals Chelsea").
    static let organisationNounsBefore: Set<String> = [
        "company", "firm", "start-up", "startup", "rival", "rivals", "giant", "maker", "carrier", "airline",
        "retailer", "insurer", "broker", "club", "side", "newspaper", "daily", "broadcaster", "website",
        "studio", "label", "band", "manufacturer", "supplier", "chain", "operator",
        "conglomerate", "subsidiary", "lender", "brewer", "publisher", "developer", "distributor",
        "magazine", "network", "charity", "outfit", "holding", "automaker", "carmaker", "chipmaker",
        "group", "bank", "giants", "agency", "regulator", "watchdog", "station", "channel", "consultancy",
        "specialist", "specialists", "pollster", "think-tank", "thinktank", "provider", "bookmaker",
        "bookmakers", "auctioneer", "union", "brokerage", "co-operative", "cooperative", "promoter",
    ]
    /// Nouns for a body that no person is called, which make the name before an appositive
    /// an organisation ("Hutch India, the largest mobile firm"); not "developer" or
    /// "producer" ("S. Kirlian, a soviet film developer").
    static let appositiveOrganisationNouns: Set<String> = [
        "company", "firm", "group", "bank", "carrier", "airline", "retailer", "insurer", "chain", "maker",
        "manufacturer", "conglomerate", "subsidiary", "lender", "brewer", "automaker", "carmaker", "chipmaker",
        "agency", "regulator", "watchdog", "broadcaster", "network", "newspaper", "station", "channel",
        "charity", "consultancy", "union", "club", "website", "label", "studio", "band", "unit", "division", "affiliate",
    ]
    /// Nouns right after a name that make it an organisation ("Yukos shares", "BBC
    /// chairman"); a country stays a place. Not "technology": "RFID technology".
    static let organisationNounsAfter: Set<String> = [
        "shares", "stock", "shareholders", "executives", "employees", "subsidiary", "chairman",
        "spokesman", "spokeswoman", "spokesperson", "headquarters", "chief", "boss", "bosses", "executive",
        "company", "firm", "ceo", "cfo", "coo", "television", "newspaper", "analyst", "analysts", "economist", "economists",
        "coalition",
    ]
    /// Those that say organisation with one word between ("Renaissance Capital energy
    /// analyst"); not "company", which a place takes too ("the Maryland media company").
    static let qualifiedOrganisationNounsAfter: Set<String> = ["analyst", "analysts", "economist", "economists", "television"]
    /// A firm's figures, after its name or its possessive ("Venalum's profits", "Alcasa earnings").
    static let financialNounsAfter: Set<String> = ["profits", "profit", "earnings", "revenue", "revenues", "turnover"]
    /// People whose "for", "at" or "with" names where they work ("spokesman for Ask Jeeves",
    /// "an economist at Barclays", "an analyst with Purvin and Gertz"): the name is an organisation.
    static let affiliationRoles: Set<String> = [
        "spokesman", "spokeswoman", "spokesperson", "analyst", "analysts", "economist", "economists",
        "executive", "executives", "chairman", "director", "manager", "strategist", "trader", "traders",
        "dealer", "dealers", "lawyer", "engineer", "researcher", "researchers", "scientist", "employee",
        "employees", "staff", "worker", "workers", "editor", "correspondent", "reporter", "coach", "striker",
        "midfielder", "defender", "goalkeeper", "pitcher", "president", "professor", "partner", "officer",
    ]
    /// Parts of a firm, written before "of" it ("a division of Random House").
    static let partsOfFirms: Set<String> = ["unit", "division", "subsidiary", "affiliate", "arm"]
    /// Participles before "by" whose agent is a company ("owned by WordPerfect", "developed by Valve").
    static let makingParticiples: Set<String> = [
        "owned", "made", "developed", "manufactured", "marketed", "distributed", "acquired", "bought",
        // Figures are gathered by a firm ("statistics gathered by Websidestory"); not "published"
        // or "sponsored", of which people are agents as often (a bill, a paper).
        "gathered", "compiled", "collected", "commissioned", "funded", "operated",
    ]
    /// Posts held in an organisation, written before "of" it ("president of ClearView
    /// Economics"); not "professor", who is of a subject.
    static let heldPosts: Set<String> = [
        "president", "vice-president", "chairman", "chairwoman", "chair", "director", "head", "founder",
        "co-founder", "executive", "boss", "owner", "spokesman", "spokeswoman", "spokesperson", "partner",
        "economist", "analyst", "member", "members",
    ]
    /// Small words and auxiliaries that may follow a name standing alone ("president of
    /// Acme and ...", "Acme, which", "Acme has").
    static let wordsAfterAName: Set<String> = [
        "and", "or", "but", "in", "on", "at", "to", "for", "with", "from", "by", "of", "as", "since", "until",
        "before", "after", "when", "where", "which", "who", "that", "is", "was", "are", "were", "has", "had",
        "have", "will", "would", "could", "should", "may", "might", "can", "did", "does", "do", "also",
    ]
    /// Plural nouns that introduce a list of organisations ("firms such as Google, Copernic
    /// and Enfish", "clubs including Chelsea").
    static let organisationPlurals: Set<String> = [
        "firms", "companies", "rivals", "competitors", "clubs", "sides", "teams", "banks", "lenders", "carriers",
        "airlines", "retailers", "groups", "brands", "broadcasters", "networks", "newspapers", "publishers",
        "studios", "labels", "bands", "manufacturers", "makers", "producers", "suppliers", "insurers", "brokers",
        "agencies", "organisations", "organizations", "charities", "universities", "websites", "sites",
        "operators", "providers", "chains", "giants", "start-ups", "startups", "stores",
    ]

    /// Words that may precede the head word inside an organisation's name and add nothing
    /// to its identity ("Wagner Special Military Group" is the Wagner Group).
    static let genericOrganisationWords: Set<String> = [
        "group", "special", "military", "private", "company", "pmc", "mercenary", "co", "inc",
        "corp", "corporation", "ltd", "plc", "llc", "holdings", "international", "the",
    ]
    /// Nouns before "of X" that make X a place ("the village of Klishchiivka").
    static let placeNounsBefore: Set<String> = [
        "city", "town", "village", "villages", "region", "regions", "port", "capital", "province",
        "district", "settlement", "island", "republic", "state", "county", "oblast", "suburb",
        "outskirts", "hamlet", "municipality", "countryside", "border", "direction", "directions", "sector",
    ]
    /// Prepositions of location before a place ("near Bakhmut", "outside Kyiv").
    static let placePrepositions: Set<String> = ["near", "outside", "towards", "toward", "around", "in", "from", "to"]
    /// Of those, the ones that almost never precede anything but a place.
    static let strongPlacePrepositions: Set<String> = ["near", "outside", "towards", "toward"]
    /// Nouns after a place ("the Sumy region", "Donetsk Oblast").
    static let placeNounsAfter: Set<String> = [
        "region", "regions", "oblast", "oblasts", "province", "provinces", "district", "districts",
        "city", "town", "village", "peninsula", "krai", "governorate", "county", "sector", "axis",
        "direction", "directions",
    ]
    /// Nouns of the axes of a front, named by the places they run between ("the
    /// Bakhmut-Lysychansk direction").
    static let axisNouns: Set<String> = ["direction", "directions", "axis", "sector"]
    /// Head words of named geographic features: last ("Orinoco River", "Golan Heights") or
    /// first ("Lake Victoria", "Mount Everest"), with a distinctive word beside them.
    static let featureWordsLast: Set<String> = [
        "River", "Heights", "Mountains", "Hills", "Sea", "Ocean", "Gulf", "Strait", "Straits", "Island",
        "Islands", "Peninsula", "Valley", "Desert", "Plateau", "Canal", "Lake", "Bay", "Delta", "Basin",
        "Panhandle",
    ]
    static let featureWordsFirst: Set<String> = ["Lake", "Mount", "River", "Isle", "Gulf", "Sea", "Bay", "Cape"]
    /// Last words of streets, buildings and other facilities ("George Street"): not people.
    static let facilityWords: Set<String> = [
        "Street", "Road", "Avenue", "Lane", "Square", "Park", "Bridge", "Hall", "Centre", "Center", "Airport",
        "Station", "Stadium", "Arena", "Building", "Tower", "House", "Palace", "Church", "Cathedral", "Hospital",
        "School", "College", "Hotel", "Theatre", "Theater", "Museum", "Gallery", "Library", "Prison", "Court",
    ]
    /// US state abbreviations of news style, as in party labels ("Sen. Patrick Leahy (D-Vt.)").
    static let stateAbbreviations: [String: String] = [
        "Ala": "Alabama", "Ariz": "Arizona", "Ark": "Arkansas", "Calif": "California", "Colo": "Colorado",
        "Conn": "Connecticut", "Del": "Delaware", "Fla": "Florida", "Ga": "Georgia", "Ill": "Illinois", "Ind": "Indiana",
        "Kan": "Kansas", "Ky": "Kentucky", "La": "Louisiana", "Md": "Maryland", "Mass": "Massachusetts", "Mich": "Michigan",
        "Minn": "Minnesota", "Miss": "Mississippi", "Mo": "Missouri", "Mont": "Montana", "Neb": "Nebraska", "Nev": "Nevada",
        "N.H": "New Hampshire", "N.J": "New Jersey", "N.M": "New Mexico", "N.Y": "New York", "N.C": "North Carolina",
        "N.D": "North Dakota", "Okla": "Oklahoma", "Ore": "Oregon", "Pa": "Pennsylvania", "R.I": "Rhode Island",
        "S.C": "South Carolina", "S.D": "South Dakota", "Tenn": "Tennessee", "Tex": "Texas", "Vt": "Vermont", "Va": "Virginia",
        "Wash": "Washington", "W.Va": "West Virginia", "Wis": "Wisconsin", "Wyo": "Wyoming",
    ]
    /// Capitalised words that join parts of one name.
    static let connectors: Set<String> = ["of", "for", "the", "de", "del", "al", "bin", "von", "van", "der", "den", "ter", "dos", "la", "du", "da", "di", "on", "and"]
    /// Capitalised words that are never part of a name.
    static let neverNames: Set<String> = Lexicon.calendarNames.union([
        "He", "She", "It", "They", "We", "I", "You", "His", "Her", "Its", "Their", "Our", "My", "Your",
        "I'm", "I'll", "I've", "I'd",
        // Negatives a Title Case headline capitalises after a name ("Drew Barrymore Won't Try").
        "Won't", "Can't", "Don't", "Doesn't", "Didn't", "Isn't", "Aren't", "Wasn't", "Weren't", "Wouldn't",
        "Couldn't", "Shouldn't", "Hasn't", "Haven't", "Hadn't", "Ain't",
        // Verbs capitalised by mistake after a name ("The U.S. Was the largest supplier").
        "Is", "Are", "Was", "Were", "Has", "Have", "Had", "Does", "Did",
        "This", "That", "These", "Those", "The", "A", "An", "But", "And", "Or", "If", "As", "In", "On",
        "At", "By", "For", "To", "With", "From", "After", "Before", "When", "While", "Since", "Some",
        "Mentally", "According", "However", "Meanwhile", "Moreover", "Also",
        "Even", "Still", "Yet", "Now", "Today", "Tonight", "Yesterday", "Tomorrow", "Last", "Next",
        "CEO", "CFO", "COO", "Photo", "Video", "Watch", "Read", "Click", "Share", "Updated", "Published", "Reporting",
        "Editing", "Writing", "Additional", "Copyright", "All", "Reserved", "Mr.", "Mrs.",
        "Where", "What", "Why", "How", "Who", "Which", "Whether", "There", "Here", "Then", "Thus", "So",
        "Such", "Many", "Most", "Other", "Another", "Each", "Every", "Both", "Either", "Neither", "Any", "No",
        "Not", "Only", "Just", "Despite", "Although", "Though", "Because", "Unless", "Until", "Once", "Please",
        "Thanks", "Yes", "Well", "Still", "Instead", "Nevertheless", "Indeed", "Perhaps", "Maybe",
        "Among", "Amid", "During", "Through", "Under", "Over", "Into", "Without", "Within",
        "Across", "Behind", "Beyond", "Upon", "About", "Unlike", "Via", "Regarding", "Following",
        // Units and table words wire copy capitalises ("1.32 billion N.Z. Dlrs", "Shr profit 15
        // cts"): no surname after initials, no firm named twice.
        "Dlrs", "Dlr", "Mln", "Bln", "Pct", "Cts", "Shr", "Shrs", "Avg", "Oper", "Qtr", "Revs",
    ])
    /// Grades of crude oil named after a field ("Brent crude", "Urals blend"): no place there.
    static let crudeOilGrades: Set<Substring> = ["Brent", "Urals", "Forties"]
    static let crudeOilWords: Set<Substring> = ["crude", "crudes", "blend", "oil", "futures"]
    /// Compass words that open the names of parts of the world ("Western Europe", "South America").
    static let compassWords: Set<Substring> = ["western", "eastern", "northern", "southern", "central", "north", "south", "east", "west"]
    /// Lower-case particles inside people's names ("Jeremy de Souza", "Ludwig van Beethoven").
    static let nameParticles: Set<String> = ["de", "da", "di", "du", "del", "der", "den", "ter", "dos", "van", "von", "bin", "al", "el", "le", "la"]
    /// Capitalised words no dictionary calls common yet that name no actor or place: holidays,
    /// awards, scriptures and deities, competitions, eras and the web. Without them every
    /// "Christmas" would be a bare name.
    static let notNames: Set<String> = [
        "Christmas", "Easter", "Ramadan", "Eid", "Hanukkah", "Diwali", "Thanksgiving", "Halloween", "Passover", "Kippur", "Hashanah", "Purim", "Sukkot", "Shavuot",
        "Lent", "Advent", "Sabbath", "Xmas", "Oscar", "Oscars", "Bafta", "Baftas", "Grammy", "Grammys", "Emmy",
        "Emmys", "Golden", "Globe", "Globes", "Olympic", "Olympics", "Olympian", "Olympians", "Paralympic", "Paralympics",
        "Premiership", "Bible", "Koran", "Quran", "Torah", "Gospel", "God", "Allah", "Internet", "Web", "Net",
        "Mideast", "Celsius", "Fahrenheit", "Richter", "Renaissance", "Reformation", "Holocaust",
        "Brexit", "Covid", "Games", "Crusades", "MPs", "MEPs", "MSPs", "Islam", "Christianity", "Judaism", "Hinduism", "Buddhism", "Sikhism", "Nobel", "Pulitzer", "Booker", "Grand", "Prix", "Cup", "Euro", "Euros", "Aids",
        // A faith's people, like a demonym.
        "Jew", "Jews", "Christian", "Christians", "Muslim", "Muslims", "Moslem", "Moslems", "Catholic", "Catholics",
        "Protestant", "Protestants", "Hindu", "Hindus", "Buddhist", "Buddhists", "Sikh", "Sikhs", "Mormon", "Mormons",
        "Atheist", "Atheists", "Evangelicals", "Sunni", "Sunnis", "Shia", "Shias", "Shiite", "Shiites",
        "Jesuit", "Jesuits", "Baptist", "Baptists", "Methodist", "Methodists", "Lutheran", "Lutherans",
        "Anglican", "Anglicans", "Presbyterian", "Presbyterians",
    ]
    /// Last words of events, awards, laws and indicators, which are no entities ("Chennai Open",
    /// "Norwich Union Grand Prix", "Clean Air Act").
    static let eventWords: Set<String> = [
        "Conference", "Summit", "Festival", "Championship", "Championships", "Tournament", "Open", "Prix",
        "Games", "Awards", "Award", "Oscar", "Oscars", "Cup", "Prize", "Trophy", "Olympics", "Marathon", "Expo", "Scheme",
        "Act", "Treaty", "Accord", "Accords", "Agreement", "Arrangement", "Convention", "Week", "Day", "Year", "Season", "Show", "Product", "Index",
        "Income", "Program", "Plan", "Wedding",
    ]
    /// Documents named after what they are of ("Treaty of Rome", "Constitution for the European Union").
    static let documentWords: Set<String> = ["Constitution", "Treaty", "Charter", "Declaration", "Statute", "Protocol"]
    /// Legal forms that end a company's name ("Richco Grain Ltd").
    static let companySuffixes: Set<String> = [
        "Ltd", "Inc", "Corp", "Co", "Plc", "PLC", "LLC", "AG", "SA", "NV", "BV", "GmbH", "SpA", "KK", "AB", "Ab", "Oy", "Oyj", "ASA", "Limited", "Corporation",
        "NA", "Cie",
    ]
    /// A word of a name that is one of `companySuffixes`, also with its periods ("Inc.", "N.V.").
    static func isLegalForm(_ word: Substring) -> Bool {
        companySuffixes.contains(word.containsASCII(".") ? String(word.filter { $0 != "." }) : String(word))
    }
    /// Lines of business a firm's name joins with "and" ("Oil and Gas", "Gas and Electric").
    static let industryWords: Set<String> = [
        "Oil", "Gas", "Energy", "Mining", "Power", "Light", "Water", "Electric", "Telephone", "Telegraph", "Chemical", "Steel",
    ]
    /// Words clubs take after their town's name ("Manchester United", "Blackburn Rovers").
    static let clubSuffixes: Set<String> = [
        "United", "Rovers", "Wanderers", "Athletic", "Albion", "Rangers", "Hotspur", "Argyle", "Orient", "Thistle",
    ]
    /// Words of a football report: one that only football uses ("striker") and another.
    static let footballTerms: Set<String> = [
        "football", "footballer", "footballers", "striker", "strikers", "midfielder", "midfielders", "goalkeeper",
        "premiership", "relegation", "equaliser", "equalizer", "uefa", "fifa",
    ]
    static let footballWords: Set<String> = [
        "goal", "goals", "scored", "penalty", "defender", "defenders", "winger", "manager", "fixture", "fixtures", "replay",
        "boss", "keeper", "midfield", "header",
    ]
    /// Words of a rugby union report: one that only rugby uses ("scrum-half") and another.
    static let rugbyTerms: Set<String> = [
        "rugby", "scrum", "scrum-half", "fly-half", "flanker", "lineout", "line-out", "try-line", "sin-bin", "heineken", "powergen",
        "sin-binned", "loose-head", "tight-head", "loosehead", "tighthead", "drop-goal", "try-scorer", "try-scoring",
    ]
    static let rugbyWords: Set<String> = ["tries", "hooker", "prop", "lock", "wing", "centre", "conversion", "penalty"]
    /// Words of a report about music.
    static let musicTerms: Set<String> = [
        "band", "bands", "bandmate", "album", "albums", "singer", "singers", "guitarist", "drummer", "bassist", "frontman",
        "gig", "gigs", "concert", "concerts", "song", "songs", "lyrics", "rapper", "musician", "musicians", "rock", "hip-hop",
        "grammy", "grammys", "chart", "charts",
    ]
    /// Words of a report of any team game, where a capitalised plural after "the" is a team's
    /// nickname ("the Rockies", "the Lions").
    static let teamSportWords: Set<String> = otherSportWords.union(footballTerms).union(footballWords).union(rugbyTerms)
        .union(rugbyWords).union(baseballTerms).union([
            "season", "coach", "league", "team", "teams", "playoff", "playoffs", "match", "tournament", "championship",
            "cricket", "wicket", "wickets", "batsman", "bowler", "squad", "rookie", "mvp", "outfield", "infield",
            "touchdown", "touchdowns", "defensively", "offensively",
        ])
    /// Words of a baseball report and of an ice hockey one, two of which make the beat whose
    /// teams' short names mean them ("the Jays", "the Nords").
    static let baseballTerms: Set<String> = [
        "baseball", "inning", "innings", "pitcher", "pitchers", "pitching", "homer", "homers", "bullpen",
        "shortstop", "hitter", "hitters", "batting", "rbi", "rbis", "dugout", "outfielder", "infielder", "mlb",
        "strikeout", "strikeouts", "slugger",
    ]
    static let iceHockeyTerms: Set<String> = [
        "hockey", "nhl", "puck", "goalie", "goalies", "goaltender", "shorthanded", "faceoff", "defenseman",
        "defenceman", "defensemen", "defencemen", "power-play", "playoffs", "periods", "saves", "goaltending",
        "assists", "rink", "netminder", "stanley",
    ]
    /// Words of the other games with goals and penalties, whose reports name no football club.
    static let otherSportWords: Set<String> = [
        "hockey", "nhl", "puck", "goalie", "baseball", "nfl", "quarterback", "nba", "basketball", "inning", "innings",
    ]
    /// Endings of abstract nouns, which a capital does not make names ("Christianity").
    /// Who and what a report cites, capitalised by mistake after a country ("said U.S.
    /// Officials"); not a firm's head word ("U.S. Lines" is a company).
    static let reportingNouns: Set<String> = [
        "officials", "sources", "estimates", "figures", "authorities", "analysts", "economists", "traders", "dealers",
        "diplomats", "negotiators", "exports", "imports", "talks", "troops", "soldiers", "lawmakers", "officers",
        "complaint", "complaints", "reserves", "opinion", "official", "economist", "analyst", "dlrs", "dollars",
    ]
    /// Counts that open sentences ("Three United Steelworkers of America locals").
    static let numberWords: Set<String> = [
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "twenty", "thirty",
        "forty", "fifty", "hundred", "hundreds", "thousands", "dozens", "several",
    ]
    static let abstractNounEndings = ["ity", "ism", "ology", "tion", "ness", "ment", "ship"]
    /// What posters write for a phrase ("BTW, the local operator ..."): never a name, though
    /// a gazetteer may hold a village spelt so ("IMHO").
    static let chatAbbreviations: Set<String> = [
        "BTW", "IMHO", "IMO", "FYI", "AFAIK", "IIRC", "FWIW", "LOL", "OTOH", "ASAP", "TIA", "WRT", "AKA", "YMMV",
        "ROTFL", "ROFL", "RTFM",
    ]
    /// Acronyms that are not organisations.
    static let commonAcronyms: Set<String> = [
        "TV", "CEO", "CFO", "GDP", "GNP", "PM", "AM", "UTC", "GMT", "EST", "OK", "ID", "IT", "AI", "PR",
        "VAT", "IPO", "CPI", "LNG", "USD", "EUR", "GBP", "DNA", "HIV", "AIDS", "COVID", "DPA", "FAQ",
        "CCTV", "MP", "MPs", "SUV", "PC", "UK", "US", "I", "II", "III", "IV", "VI",
        "RPG", "PCT", "MLN", "DLRS", "BLN", "CTS", "SHR", "NET", "REVS", "QTR", "OPER", "AVG", "NOTE",
    ]
}
