extension CuratedEntities {
    /// North American professional teams, which fans and reporters name by nickname alone
    /// ("the Red Sox", "Yankees fans"). A nickname is an alias only where it names one team
    /// and is no word news uses otherwise: "Rangers", "Giants" and "Kings" name teams in two
    /// leagues, "Tigers", "Rockies" and "Capitals" other things too, and stay with their
    /// full names. Teams named by town and nickname are found from the text as well
    /// ("Tampa Bay Buccaneers"); the entry joins both forms under one name.
    static let builtInTeams: [(String, EntityKind, [String])] =
        (baseballTeams + iceHockeyTeams).map { ($0.0, .organisation, $0.1) } + otherTeams

    /// Baseball's leagues and teams, and hockey's teams: named in full, each says its game's
    /// beat (`EntityExtractor.beats`).
    static let baseballTeams: [(String, [String])] = [
        ("American League", ["A.L."]),
        ("National League", ["N.L."]),
        ("Boston Red Sox", ["Red Sox", "BoSox", "Bosox"]),
        ("New York Yankees", ["Yankees"]),
        ("Toronto Blue Jays", ["Blue Jays"]),
        ("Baltimore Orioles", ["Orioles"]),
        ("Chicago White Sox", ["White Sox", "ChiSox"]),
        ("Cleveland Indians", []),
        ("Detroit Tigers", []),
        ("Kansas City Royals", []),
        ("Minnesota Twins", []),
        ("Milwaukee Brewers", ["Brewers"]),
        ("Oakland Athletics", ["Oakland A's"]),
        ("Seattle Mariners", ["Mariners"]),
        ("California Angels", ["Anaheim Angels", "Los Angeles Angels"]),
        ("Texas Rangers", []),
        ("Atlanta Braves", ["Braves"]),
        ("Chicago Cubs", ["Cubs"]),
        ("Cincinnati Reds", []),
        ("Houston Astros", ["Astros"]),
        ("Los Angeles Dodgers", ["Dodgers"]),
        ("Montreal Expos", ["Expos"]),
        ("New York Mets", ["Mets"]),
        ("Philadelphia Phillies", ["Phillies"]),
        ("Pittsburgh Pirates", []),
        ("St. Louis Cardinals", []),
        ("San Diego Padres", ["Padres"]),
        ("San Francisco Giants", []),
        ("Colorado Rockies", []),
        ("Florida Marlins", ["Miami Marlins", "Marlins"]),
    ]

    static let iceHockeyTeams: [(String, [String])] = [
        ("Boston Bruins", ["Bruins"]),
        ("Buffalo Sabres", ["Sabres"]),
        ("Montreal Canadiens", ["Canadiens", "Habs"]),
        ("Quebec Nordiques", ["Nordiques"]),
        ("Hartford Whalers", ["Whalers"]),
        ("Pittsburgh Penguins", ["Penguins"]),
        ("Philadelphia Flyers", ["Flyers"]),
        ("New York Islanders", []),
        ("New York Rangers", []),
        ("Washington Capitals", []),
        ("New Jersey Devils", []),
        ("Chicago Blackhawks", ["Blackhawks", "Black Hawks"]),
        ("Detroit Red Wings", ["Red Wings"]),
        ("Minnesota North Stars", ["North Stars"]),
        ("St. Louis Blues", []),
        ("Toronto Maple Leafs", ["Maple Leafs", "Leafs"]),
        ("Edmonton Oilers", []),
        ("Calgary Flames", []),
        ("Vancouver Canucks", ["Canucks"]),
        ("Los Angeles Kings", []),
        ("Winnipeg Jets", []),
        ("San Jose Sharks", []),
        ("Ottawa Senators", []),
        ("Tampa Bay Lightning", []),
        ("Mighty Ducks of Anaheim", ["Mighty Ducks", "Anaheim Ducks"]),
    ]

    static let otherTeams: [(String, EntityKind, [String])] = [
        // Basketball
        ("Los Angeles Lakers", .organisation, ["Lakers"]),
        ("Boston Celtics", .organisation, ["Celtics"]),
        ("New York Knicks", .organisation, ["Knicks"]),
        ("Chicago Bulls", .organisation, []),
        ("Detroit Pistons", .organisation, ["Pistons"]),
        ("Houston Rockets", .organisation, []),
        ("Dallas Mavericks", .organisation, ["Mavericks", "Mavs"]),
        ("Denver Nuggets", .organisation, ["Nuggets"]),
        ("Portland Trail Blazers", .organisation, ["Trail Blazers"]),
        ("Seattle SuperSonics", .organisation, ["SuperSonics", "Sonics"]),
        ("Los Angeles Clippers", .organisation, []),
        ("Minnesota Timberwolves", .organisation, ["Timberwolves"]),
        ("Philadelphia 76ers", .organisation, ["76ers", "Sixers"]),
        ("Toronto Raptors", .organisation, ["Raptors"]),
        ("Golden State Warriors", .organisation, []),
        // American football
        ("Dallas Cowboys", .organisation, ["Cowboys"]),
        ("Washington Redskins", .organisation, ["Redskins"]),
        ("Pittsburgh Steelers", .organisation, ["Steelers"]),
        ("Green Bay Packers", .organisation, ["Packers"]),
        ("San Francisco 49ers", .organisation, ["49ers", "Niners"]),
        ("Denver Broncos", .organisation, ["Broncos"]),
        ("Oakland Raiders", .organisation, ["Las Vegas Raiders"]),
        ("Seattle Seahawks", .organisation, ["Seahawks"]),
        ("Tampa Bay Buccaneers", .organisation, ["Buccaneers"]),
        ("New England Patriots", .organisation, []),
        ("New York Giants", .organisation, []),
        ("New York Jets", .organisation, []),
        ("Kansas City Chiefs", .organisation, []),
        ("Philadelphia Eagles", .organisation, []),
    ]

    /// The names a team or a league has only in a report of its game: nicknames other teams
    /// or things share ("Rangers", "Tigers"), short ones ("Jays", "Nords") and letters ("AL").
    /// (Not "Clippers" anywhere: 20 Newsgroups posts debate the Clipper chip, which a spelling
    /// join made the basketball team in 260 of them.)
    static let teamShortNames: [(String, [String])] = [
        ("American League", ["AL"]),
        ("National League", ["NL"]),
        ("Toronto Blue Jays", ["Jays"]),
        ("Detroit Tigers", ["Tigers"]),
        ("Minnesota Twins", ["Twins"]),
        ("Kansas City Royals", ["Royals"]),
        ("Cleveland Indians", ["Indians", "Tribe"]),
        ("Texas Rangers", ["Rangers"]),
        ("Cincinnati Reds", ["Reds"]),
        ("San Francisco Giants", ["Giants"]),
        ("Colorado Rockies", ["Rockies"]),
        ("St. Louis Cardinals", ["Cardinals"]),
        ("Pittsburgh Pirates", ["Pirates"]),
        ("California Angels", ["Angels"]),
        ("Oakland Athletics", ["Athletics", "A's"]),
        ("New York Rangers", ["Rangers"]),
        ("New York Islanders", ["Islanders"]),
        ("Washington Capitals", ["Capitals", "Caps"]),
        ("New Jersey Devils", ["Devils"]),
        ("St. Louis Blues", ["Blues"]),
        ("Edmonton Oilers", ["Oilers"]),
        ("Calgary Flames", ["Flames"]),
        ("Los Angeles Kings", ["Kings"]),
        ("Winnipeg Jets", ["Jets"]),
        ("San Jose Sharks", ["Sharks"]),
        ("Ottawa Senators", ["Senators", "Sens"]),
        ("Tampa Bay Lightning", ["Lightning"]),
        ("Quebec Nordiques", ["Nords"]),
        ("Detroit Red Wings", ["Wings"]),
        ("Pittsburgh Penguins", ["Pens"]),
        ("Chicago Blackhawks", ["Hawks"]),
        ("Minnesota North Stars", ["Stars"]),
    ]
}
