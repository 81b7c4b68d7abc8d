extension CuratedEntities {
    /// The beats whose reports name an entity by a word that elsewhere is a town or a common
    /// word: football and rugby clubs by their town ("Southampton visit Northampton"),
    /// bands by a word ("Queen", "Oasis").
    public enum Beat: Sendable, Hashable, CaseIterable {
        case football
        case rugbyUnion
        case music
        case baseball
        case iceHockey
    }

    /// An entry of a beat and the names that are its own only in a report of that beat.
    public struct BeatEntry: Sendable {
        public var entry: Entry
        public var beat: Beat
        public var beatNames: [String]

        public init(entry: Entry, beat: Beat, beatNames: [String]) {
            self.entry = entry
            self.beat = beat
            self.beatNames = beatNames
        }
    }

    /// A row of the built-in beat tables: the name, the forms that name it in any text
    /// ("Man Utd"), and the forms that name it only in a report of its beat: a club's town
    /// ("Leicester" is Leicester City in a football report, Leicester Tigers in a rugby one,
    /// the city elsewhere), a nickname that is an English word too ("Saints", "Wolves"), a
    /// band's name that is a word ("Queen").
    struct BeatRow {
        var beat: Beat
        var kind: EntityKind
        var name: String
        var aliases: [String]
        var beatNames: [String]
    }

    /// Clubs of the English and Scottish football leagues and Europe's best-known, the
    /// professional rugby union clubs of Britain, Ireland and France with their unions, and
    /// well-known bands and musicians (`CuratedActs`).
    static let builtInBeatRows: [BeatRow] =
        footballClubs.map { BeatRow(beat: .football, kind: .organisation, name: $0.0, aliases: $0.1, beatNames: $0.2) }
        + rugbyClubs.map { BeatRow(beat: .rugbyUnion, kind: .organisation, name: $0.0, aliases: $0.1, beatNames: $0.2) }
        + musicActs.map { BeatRow(beat: .music, kind: $0.1, name: $0.0, aliases: $0.2, beatNames: $0.3) }

    private static let footballClubs: [(String, [String], [String])] = [
        // England: the Premier League and the Football League
        ("Arsenal F.C.", ["Arsenal", "Arsenal FC"], ["Gunners"]),
        ("Aston Villa F.C.", ["Aston Villa"], ["Villa"]),
        ("A.F.C. Bournemouth", ["AFC Bournemouth"], ["Bournemouth"]),
        ("Barnsley F.C.", [], ["Barnsley"]),
        ("Birmingham City F.C.", ["Birmingham City"], ["Birmingham"]),
        ("Blackburn Rovers F.C.", ["Blackburn Rovers"], ["Blackburn"]),
        ("Blackpool F.C.", [], ["Blackpool"]),
        ("Bolton Wanderers F.C.", ["Bolton Wanderers"], ["Bolton", "Trotters"]),
        ("Bradford City A.F.C.", ["Bradford City"], ["Bradford"]),
        ("Brentford F.C.", [], ["Brentford", "Bees"]),
        ("Brighton & Hove Albion F.C.", ["Brighton & Hove Albion", "Brighton and Hove Albion"], ["Brighton", "Seagulls"]),
        ("Bristol City F.C.", ["Bristol City"], []),
        ("Bristol Rovers F.C.", ["Bristol Rovers"], []),
        ("Burnley F.C.", [], ["Burnley", "Clarets"]),
        ("Bury F.C.", [], ["Bury"]),
        ("Cardiff City F.C.", ["Cardiff City"], ["Cardiff"]),
        ("Carlisle United F.C.", ["Carlisle United"], ["Carlisle"]),
        ("Charlton Athletic F.C.", ["Charlton Athletic"], ["Charlton"]),
        ("Chelsea F.C.", ["Chelsea FC"], ["Chelsea"]),
        ("Cheltenham Town F.C.", ["Cheltenham Town"], ["Cheltenham"]),
        ("Chester City F.C.", ["Chester City"], ["Chester"]),
        ("Chesterfield F.C.", [], ["Chesterfield"]),
        ("Colchester United F.C.", ["Colchester United"], ["Colchester"]),
        ("Coventry City F.C.", ["Coventry City"], ["Coventry"]),
        ("Crewe Alexandra F.C.", ["Crewe Alexandra"], ["Crewe"]),
        ("Crystal Palace F.C.", ["Crystal Palace"], ["Palace"]),
        ("Darlington F.C.", [], ["Darlington"]),
        ("Derby County F.C.", ["Derby County"], ["Derby", "Rams"]),
        ("Doncaster Rovers F.C.", ["Doncaster Rovers"], ["Doncaster"]),
        ("Everton F.C.", ["Everton FC"], ["Everton", "Toffees"]),
        ("Exeter City F.C.", ["Exeter City"], ["Exeter"]),
        ("Fulham F.C.", ["Fulham FC"], ["Fulham", "Cottagers"]),
        ("Gillingham F.C.", [], ["Gillingham"]),
        ("Grimsby Town F.C.", ["Grimsby Town"], ["Grimsby"]),
        ("Hartlepool United F.C.", ["Hartlepool United"], ["Hartlepool"]),
        ("Huddersfield Town A.F.C.", ["Huddersfield Town"], ["Huddersfield"]),
        ("Hull City A.F.C.", ["Hull City"], ["Hull"]),
        ("Ipswich Town F.C.", ["Ipswich Town"], ["Ipswich"]),
        ("Kidderminster Harriers F.C.", ["Kidderminster Harriers"], ["Kidderminster"]),
        ("Leeds United F.C.", ["Leeds United", "Leeds Utd"], ["Leeds"]),
        ("Leicester City F.C.", ["Leicester City"], ["Leicester", "Foxes"]),
        ("Leyton Orient F.C.", ["Leyton Orient"], ["Orient"]),
        ("Lincoln City F.C.", ["Lincoln City"], ["Lincoln"]),
        ("Liverpool F.C.", ["Liverpool FC"], ["Liverpool"]),
        ("Luton Town F.C.", ["Luton Town"], ["Luton"]),
        ("Macclesfield Town F.C.", ["Macclesfield Town"], ["Macclesfield"]),
        ("Manchester City F.C.", ["Manchester City", "Man City"], []),
        ("Manchester United F.C.", ["Manchester United", "Man Utd", "Man United"], ["Red Devils"]),
        ("Mansfield Town F.C.", ["Mansfield Town"], ["Mansfield"]),
        ("Middlesbrough F.C.", [], ["Middlesbrough", "Boro"]),
        ("Millwall F.C.", [], ["Millwall"]),
        ("Milton Keynes Dons F.C.", ["Milton Keynes Dons", "MK Dons"], []),
        ("Newcastle United F.C.", ["Newcastle United", "Newcastle Utd"], ["Newcastle"]),
        ("Northampton Town F.C.", ["Northampton Town"], ["Northampton"]),
        ("Norwich City F.C.", ["Norwich City"], ["Norwich", "Canaries"]),
        ("Nottingham Forest F.C.", ["Nottingham Forest", "Nottm Forest"], ["Forest"]),
        ("Notts County F.C.", ["Notts County", "Notts Co"], []),
        ("Oldham Athletic A.F.C.", ["Oldham Athletic"], ["Oldham"]),
        ("Oxford United F.C.", ["Oxford United", "Oxford Utd"], ["Oxford"]),
        ("Peterborough United F.C.", ["Peterborough United"], ["Peterborough", "Posh"]),
        ("Plymouth Argyle F.C.", ["Plymouth Argyle"], ["Plymouth", "Argyle"]),
        ("Port Vale F.C.", ["Port Vale"], []),
        ("Portsmouth F.C.", [], ["Portsmouth", "Pompey"]),
        ("Preston North End F.C.", ["Preston North End"], ["Preston"]),
        ("Queens Park Rangers F.C.", ["Queens Park Rangers", "QPR"], []),
        ("Reading F.C.", [], ["Reading"]),
        ("Rochdale A.F.C.", [], ["Rochdale"]),
        ("Rotherham United F.C.", ["Rotherham United"], ["Rotherham"]),
        ("Rushden & Diamonds F.C.", ["Rushden & Diamonds", "Rushden and Diamonds"], ["Rushden"]),
        ("Scunthorpe United F.C.", ["Scunthorpe United"], ["Scunthorpe"]),
        ("Sheffield United F.C.", ["Sheffield United", "Sheff Utd"], ["Blades"]),
        ("Sheffield Wednesday F.C.", ["Sheffield Wednesday", "Sheff Wed"], ["Owls"]),
        ("Shrewsbury Town F.C.", ["Shrewsbury Town"], ["Shrewsbury"]),
        ("Southampton F.C.", [], ["Southampton", "Saints"]),
        ("Southend United F.C.", ["Southend United"], ["Southend"]),
        ("Stockport County F.C.", ["Stockport County"], ["Stockport"]),
        ("Stoke City F.C.", ["Stoke City"], ["Stoke"]),
        ("Sunderland A.F.C.", [], ["Sunderland", "Black Cats"]),
        ("Swansea City A.F.C.", ["Swansea City"], ["Swansea"]),
        ("Swindon Town F.C.", ["Swindon Town"], ["Swindon"]),
        ("Torquay United F.C.", ["Torquay United"], ["Torquay"]),
        ("Tottenham Hotspur F.C.", ["Tottenham Hotspur", "Spurs"], ["Tottenham"]),
        ("Tranmere Rovers F.C.", ["Tranmere Rovers"], ["Tranmere"]),
        ("Walsall F.C.", [], ["Walsall"]),
        ("Watford F.C.", [], ["Watford", "Hornets"]),
        ("West Bromwich Albion F.C.", ["West Bromwich Albion", "West Brom"], ["Baggies"]),
        ("West Ham United F.C.", ["West Ham United", "West Ham"], ["Hammers"]),
        ("Wigan Athletic F.C.", ["Wigan Athletic"], ["Wigan"]),
        ("Wolverhampton Wanderers F.C.", ["Wolverhampton Wanderers"], ["Wolverhampton", "Wolves"]),
        ("Wrexham A.F.C.", [], ["Wrexham"]),
        ("Wycombe Wanderers F.C.", ["Wycombe Wanderers"], ["Wycombe"]),
        ("Yeovil Town F.C.", ["Yeovil Town"], ["Yeovil"]),
        // Scotland
        ("Aberdeen F.C.", [], ["Aberdeen", "Dons"]),
        ("Celtic F.C.", ["Celtic FC", "Glasgow Celtic"], ["Celtic"]),
        ("Dundee F.C.", [], ["Dundee"]),
        ("Dundee United F.C.", ["Dundee United", "Dundee Utd"], []),
        ("Dunfermline Athletic F.C.", ["Dunfermline Athletic"], ["Dunfermline"]),
        ("Falkirk F.C.", [], ["Falkirk"]),
        ("Heart of Midlothian F.C.", ["Heart of Midlothian"], ["Hearts"]),
        ("Hibernian F.C.", ["Hibernian"], ["Hibs"]),
        ("Inverness Caledonian Thistle F.C.", ["Inverness Caledonian Thistle", "Inverness CT", "Caley Thistle"], ["Inverness"]),
        ("Kilmarnock F.C.", [], ["Kilmarnock", "Killie"]),
        ("Livingston F.C.", [], ["Livingston"]),
        ("Motherwell F.C.", [], ["Motherwell"]),
        ("Partick Thistle F.C.", ["Partick Thistle"], []),
        ("Rangers F.C.", ["Glasgow Rangers"], ["Rangers"]),
        ("St Johnstone F.C.", ["St Johnstone"], []),
        ("St Mirren F.C.", ["St Mirren"], []),
        // Europe
        ("AC Milan", [], ["Milan"]),
        ("AFC Ajax", ["Ajax Amsterdam"], ["Ajax"]),
        ("AS Monaco", [], ["Monaco"]),
        ("AS Roma", [], ["Roma"]),
        ("Atlético Madrid", ["Atletico Madrid", "Atlético de Madrid"], []),
        ("Bayer Leverkusen", ["Bayer 04 Leverkusen"], ["Leverkusen"]),
        ("Bayern Munich", ["FC Bayern Munich", "Bayern München", "Bayern"], []),
        ("Benfica", ["SL Benfica"], []),
        ("Borussia Dortmund", [], ["Dortmund"]),
        ("CSKA Moscow", [], []),
        ("Deportivo La Coruña", ["Deportivo La Coruna", "Deportivo"], []),
        ("Dynamo Kyiv", ["Dynamo Kiev"], []),
        ("FC Barcelona", ["Barcelona FC"], ["Barcelona", "Barca", "Barça"]),
        ("FC Porto", [], ["Porto"]),
        ("Fenerbahçe", ["Fenerbahce"], []),
        ("Feyenoord", [], []),
        ("Fiorentina", [], []),
        ("Galatasaray", [], []),
        ("Inter Milan", ["Internazionale"], ["Inter"]),
        ("Juventus", ["Juventus FC", "Juve"], []),
        ("SS Lazio", [], ["Lazio"]),
        ("Olympiacos", ["Olympiakos"], []),
        ("Olympique Lyonnais", [], ["Lyon"]),
        ("Olympique de Marseille", [], ["Marseille"]),
        ("Panathinaikos", [], []),
        ("Paris Saint-Germain", ["Paris St Germain", "PSG"], []),
        ("PSV Eindhoven", ["PSV"], []),
        ("Real Betis", ["Betis"], []),
        ("Real Madrid", [], ["Real"]),
        ("Schalke 04", ["Schalke"], []),
        ("Sevilla FC", [], ["Sevilla", "Seville"]),
        ("Spartak Moscow", [], []),
        ("Sporting CP", ["Sporting Lisbon"], []),
        ("SSC Napoli", [], ["Napoli"]),
        ("Valencia CF", [], ["Valencia"]),
        ("Villarreal CF", [], ["Villarreal"]),
        ("Werder Bremen", ["Werder"], []),
        ("Parma F.C.", ["Parma FC"], ["Parma"]),
        ("Rosenborg BK", ["Rosenborg"], []),
        ("R.S.C. Anderlecht", ["Anderlecht"], []),
        ("Club Brugge KV", ["Club Brugge", "Club Bruges"], []),
        ("Shakhtar Donetsk", [], []),
        ("Red Star Belgrade", [], []),
        ("Beşiktaş J.K.", ["Besiktas", "Beşiktaş"], []),
        ("Celta Vigo", [], []),
        ("Real Sociedad", [], []),
        ("Athletic Bilbao", [], []),
        ("RCD Espanyol", ["Espanyol"], []),
        ("Udinese Calcio", ["Udinese"], []),
        ("UC Sampdoria", ["Sampdoria"], []),
        ("Lokomotiv Moscow", [], []),
        ("VfB Stuttgart", [], ["Stuttgart"]),
        ("Hamburger SV", ["Hamburg SV"], []),
        ("AEK Athens F.C.", ["AEK Athens"], []),
        // Governing bodies
        ("The Football Association", ["Football Association"], ["FA"]),
        ("Scottish Football Association", [], ["SFA"]),
    ]

    private static let rugbyClubs: [(String, [String], [String])] = [
        // England: the Premiership
        ("Bath Rugby", [], ["Bath"]),
        ("Bristol Bears", ["Bristol Rugby", "Bristol Shoguns"], ["Bristol"]),
        ("Gloucester Rugby", [], ["Gloucester"]),
        ("Harlequins", ["Harlequin F.C.", "NEC Harlequins"], ["Quins"]),
        ("Leicester Tigers", [], ["Leicester", "Tigers"]),
        ("London Irish", [], []),
        ("Newcastle Falcons", [], ["Newcastle", "Falcons"]),
        ("Northampton Saints", [], ["Northampton", "Saints"]),
        ("Leeds Tykes", [], ["Leeds", "Tykes"]),
        ("Sale Sharks", [], ["Sale", "Sharks"]),
        ("Saracens F.C.", [], ["Saracens"]),
        ("Wasps RFC", ["London Wasps"], ["Wasps"]),
        ("Worcester Warriors", [], ["Worcester"]),
        // Wales, Scotland and Ireland: the Celtic League
        ("Border Reivers", [], ["Borders"]),
        ("Cardiff Blues", [], ["Cardiff", "Blues"]),
        ("Connacht Rugby", [], ["Connacht"]),
        ("Dragons RFC", ["Newport Gwent Dragons"], ["Dragons", "Newport"]),
        ("Edinburgh Rugby", [], ["Edinburgh"]),
        ("Glasgow Warriors", [], ["Glasgow"]),
        ("Leinster Rugby", [], ["Leinster"]),
        ("Munster Rugby", [], ["Munster"]),
        ("Ospreys", ["Neath-Swansea Ospreys"], []),
        ("Scarlets", ["Llanelli Scarlets"], ["Llanelli"]),
        ("Ulster Rugby", [], ["Ulster"]),
        // Wales: the clubs of the Welsh Premiership under the regions
        ("Neath RFC", [], ["Neath"]),
        ("Pontypridd RFC", [], ["Pontypridd"]),
        ("Bridgend RFC", [], ["Bridgend"]),
        ("Ebbw Vale RFC", [], ["Ebbw Vale"]),
        ("Aberavon RFC", [], ["Aberavon"]),
        // France
        ("Biarritz Olympique", [], ["Biarritz"]),
        ("Stade Français", ["Stade Francais"], []),
        ("Stade Toulousain", [], ["Toulouse"]),
        ("USA Perpignan", [], ["Perpignan"]),
        ("CS Bourgoin-Jallieu", [], ["Bourgoin"]),
        ("Castres Olympique", [], ["Castres"]),
        ("ASM Clermont Auvergne", [], ["Clermont"]),
        ("CA Brive", [], ["Brive"]),
        ("RC Narbonne", [], ["Narbonne"]),
        ("AS Béziers Hérault", [], ["Béziers"]),
        // National sides by nickname (by their country's name they are the place, as the
        // gold standard's conventions say), and the touring side of four unions.
        ("New Zealand national rugby union team", ["All Blacks", "All Black"], []),
        ("Australia national rugby union team", ["Wallabies"], []),
        ("South Africa national rugby union team", ["Springboks"], ["Boks"]),
        ("British & Irish Lions", ["British and Irish Lions", "British Lions"], ["Lions"]),
        // Unions
        ("Rugby Football Union", [], ["RFU"]),
        ("Welsh Rugby Union", [], ["WRU"]),
        ("Scottish Rugby Union", [], ["SRU"]),
        ("Irish Rugby Football Union", [], ["IRFU"]),
        ("International Rugby Board", [], ["IRB"]),
    ]
}
