import Articles

/// The line-ups that close a match report ("Cech, Ferreira, Terry, Gallas (Kezman 74), ...",
/// "Replacements: Kay, Parr, S. Young."). A paragraph that is nothing but a list of short
/// capitalised names is a team sheet, and every name on it is a player, whatever else the
/// word could be: "Douglas", "Weston" and "Ford" are towns too, and surnames alone have no
/// title or verb around them to say person.
extension EntityExtractor {
    struct TeamSheet {
        var players: [[Substring]] = []
        /// "Coyne (Burnley)": the club a squad list names beside a player.
        var clubs: [[Substring]] = []
        /// "Everton: Martyn, Hibbert, ...": the team a label names.
        var teams: [[Substring]] = []
    }

    /// Lists of places, peoples or firms ("France, Germany, Italy, Spain, Britain.") share the
    /// shape; a sheet must name at least this many players, and few known names.
    static let teamSheetMinimumPlayers = 5

    /// Words that label a list without naming a team ("Subs:", "Replacements:", "Booked:").
    static let sheetLabels: Set<String> = [
        "Subs", "Substitutes", "Replacements", "Referee", "Ref", "Booked", "Bookings", "Goals", "Scorers", "Att",
        "Attendance", "Forwards", "Backs", "Squad", "Team", "Tries", "Cons", "Pens", "Sent", "Bench", "Starting", "Coach",
    ]

    /// Labels of a list of players alone, however short ("Subs not used:", "Booked:"); not
    /// "Referee:" or "Squad:", whose lists name places and clubs too.
    static let playerListLabels: Set<String> = ["Subs", "Substitutes", "Replacements", "Booked", "Bookings", "Goals", "Scorers", "Sent"]

    /// A paragraph cut where a label opens a sentence ("... never take a victory lightly."
    /// / "Everton: Martyn, Hibbert, ..." / "Subs: Howard, Giggs, ..."), each piece with the
    /// team sheet it is, if it is one, and the team its label names.
    func teamSheetPieces(_ tokens: [Token]) -> [(range: Range<Int>, sheet: TeamSheet?)] {
        let all = tokens.startIndex..<tokens.endIndex
        // "Subs Not Used: Berger, Ashdown.": a label that only a sheet takes makes a short list one.
        if let first = tokens.first, Self.playerListLabels.contains(String(first.text)),
           let colon = tokens.prefix(5).firstIndex(where: { $0.text == ":" }), tokens[..<colon].allSatisfy({ $0.kind == .word }),
           let sheet = teamSheet(tokens, labelled: true) {
            return [(all, TeamSheet(players: sheet.players))]
        }
        guard tokens.count(where: { $0.text == "," || $0.text == ";" }) >= Self.teamSheetMinimumPlayers - 1 else { return [(all, nil)] }
        var starts: [Int] = []
        for index in tokens.indices where tokens[index].sentenceStart && tokens[index].isCapitalised && index > 0 {
            let label = tokens[index...].prefix(5)
            if let colon = label.firstIndex(where: { $0.text == ":" }), colon > index,
               tokens[index..<colon].allSatisfy({ $0.kind == .word }) {
                starts.append(index)
            }
        }
        var pieces: [(range: Range<Int>, sheet: TeamSheet?)] = []
        for (number, start) in ([0] + starts).enumerated() {
            let end = number < starts.count ? starts[number] : tokens.endIndex
            // "... Stansfield (Green 102). Subs Not Used: Smith, Scott.": a player list's label
            // makes a short list a sheet after the line-up too.
            let labelsPlayers = Self.playerListLabels.contains(String(tokens[start].text))
            var sheet = teamSheet(Array(tokens[start..<end]), labelled: labelsPlayers)
            if var found = sheet, let colon = tokens[start..<end].prefix(5).firstIndex(where: { $0.text == ":" }),
               !Self.sheetLabels.contains(String(tokens[start].text)), !tokens[start..<colon].contains(where: { !$0.isCapitalised }),
               // "England:", "Wales:": national sides are named as their places (eval/gold/CONVENTIONS.md).
               !gazetteer.places(named: tokens[start..<colon].map { String($0.text) }.joined(separator: " ")).contains(where: { $0.level != .city }) {
                found.teams.append(tokens[start..<colon].map(\.text))
                sheet = found
            }
            pieces.append((start..<end, sheet))
        }
        return pieces
    }

    /// `labelled`: a player list's label opens the tokens, so that one name makes a sheet and
    /// a town's name is a player's ("Subs Not Used: Warrington, Maloney").
    func teamSheet(_ tokens: [Token], labelled: Bool = false) -> TeamSheet? {
        let minimumPlayers = labelled ? 1 : Self.teamSheetMinimumPlayers
        guard tokens.count >= 2 * minimumPlayers else { return nil }
        var start = tokens.startIndex
        // "Chelsea:", "Subs not used:": a label before a colon.
        if let colon = tokens.prefix(5).firstIndex(where: { $0.text == ":" }) { start = colon + 1 }
        // Most paragraphs are prose, and prose has lowercase words (a note in brackets aside:
        // "(Stade Toulousain, capt)", and a particle inside a name: "R de Marigny").
        var depth = 0
        for index in start..<tokens.endIndex {
            let token = tokens[index]
            if token.text == "(" { depth += 1 } else if token.text == ")" { depth = max(0, depth - 1) }
            if depth == 0, token.kind == .word, !token.isCapitalised, !token.text.startsWithNumber,
               !isParticleInsideName(tokens, at: index) {
                return nil
            }
        }
        var items: [[Token]] = [[]]
        var aside: [Token]?
        var sheet = TeamSheet()
        for token in tokens[start...] {
            if var inside = aside {
                if token.text == ")" {
                    // "(Biscan 67)": a substitute and the minute; "(Burnley)": the player's club,
                    // "(Sale/ENG)" with the player's country.
                    let isSubstitute = inside.contains { $0.text.startsWithNumber }
                    let words = inside.prefix { $0.text != "/" }.filter { $0.kind == .word && !$0.text.startsWithNumber }
                    guard !words.isEmpty, words.count <= 3 else { return nil }
                    // "(capt)", "(c)": a note on the player, skipped.
                    if words.allSatisfy(\.isCapitalised) {
                        if isSubstitute { items.append(words) } else { sheet.clubs.append(words.map(\.text)) }
                    }
                    aside = nil
                } else {
                    guard token.text != "(" else { return nil }
                    inside.append(token)
                    aside = inside
                }
                continue
            }
            switch token.text {
            case "(": aside = []
            case ",", ";": items.append([])
            default:
                // "J Fourie T Umaga": a comma left out, the next initial starts the next player.
                if let last = items[items.count - 1].last, last.isCapitalised, !last.isAllCaps, (1...2).contains(token.text.count),
                   token.text.isAllUppercase, items[items.count - 1].count >= 2 {
                    items.append([])
                }
                items[items.count - 1].append(token)
            }
        }
        guard aside == nil else { return nil }
        var knownNames = 0, surnames = 0
        for item in items {
            // "Luis Garcia", "S. Young", "Lampard 12": an initial, one to three names, a minute.
            var words = item.filter { !$0.text.startsWithNumber }
            while words.last?.text == "." { words.removeLast() }
            guard !words.isEmpty else { continue }
            var name: [Substring] = []
            if words.count >= 3, words[0].text.count == 1, words[1].text == "." {
                let initial = words[0].text
                name.append(initial.base[initial.startIndex..<words[1].text.endIndex])
                words.removeFirst(2)
            } else if words.count >= 2, (1...2).contains(words[0].text.count), words[0].text.isAllUppercase,
                      (words[1].isCapitalised && !words[1].isAllCaps) || Cues.nameParticles.contains(String(words[1].text)) {
                // "C Paterson", "KP Robertson", "A Hogg": initials without their periods.
                name.append(words[0].text)
                words.removeFirst()
            }
            // "R de Marigny", "CA del Fava": a particle stays in the name, and makes no word of it.
            let particles = words.count(where: { Cues.nameParticles.contains(String($0.text)) })
            guard (1...3).contains(words.count - particles),
                  words.allSatisfy({ Cues.nameParticles.contains(String($0.text)) || ($0.kind == .word && $0.isCapitalised && !$0.isAllCaps
                      && !Cues.neverNames.contains(String($0.text)) && !Cues.organisationWords.contains(String($0.text))) }) else { return nil }
            name += words.map(\.text)
            let joined = words.map { String($0.text) }.joined(separator: " ")
            if curated.entry(named: joined) != nil || isSizeablePlace(Substring(joined)) || demonyms.contains(Substring(joined)) {
                knownNames += 1
            }
            if let surname = words.last?.text, looksLikeSurname(surname) { surnames += 1 }
            sheet.players.append(name)
        }
        // Menus and class lists ("Clock, Print Manager, File Manager", "Core, Composite,
        // OverrideShell") are common words and code names, not surnames.
        guard sheet.players.count >= minimumPlayers, labelled || knownNames * 5 <= sheet.players.count,
              surnames * 10 >= sheet.players.count * 7 else { return nil }
        return sheet
    }

    /// "de" in "R de Marigny": a particle between an initial or a name and a capitalised word.
    private func isParticleInsideName(_ tokens: [Token], at index: Int) -> Bool {
        index > tokens.startIndex && index + 1 < tokens.endIndex && Cues.nameParticles.contains(String(tokens[index].text))
            && tokens[index - 1].isCapitalised && tokens[index + 1].isCapitalised
    }

    /// A surname, or a word no dictionary holds that is shaped like one (no inner capital
    /// but a "Mc", "O'" or double-barrelled name's).
    private func looksLikeSurname(_ word: Substring) -> Bool {
        let innerCapital = word.dropFirst().containsUppercase
            && !GluedWordSplitter.camelPrefixes.contains(where: { word.hasPrefix($0) }) && !word.containsASCII("-")
        return !innerCapital && (PersonalNames.surnames.contains(word) || !wideLexicon.contains(word))
    }
}
