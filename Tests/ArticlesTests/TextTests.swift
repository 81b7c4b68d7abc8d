import Testing
@testable import Articles

/// The byte-wise text helpers must answer exactly as the `Character` and Foundation code
/// they replace, ASCII or not.
@Suite struct TextTests {
    static let samples: [String] = [
        "", " ", "Reuters", "NATO", "U.S.", "kyiv", "Zelenskyy's", "T-bonds", "X11R5", "1987", "3M",
        "Ünal", "émigré", "ÉTATS", "Łódź", "İstanbul", "Cafe\u{301}", "E\u{301}", "1\u{301}", "Σωκράτης",
        "ΣΩΚΡΑΤΗΣ", "北京", "a-b", "O'Brien", "McDonald", "\r\n", "...", "e.g", "DECstation",
    ]

    @Test func letterCaseAnswersAsCharacterDoes() {
        for text in Self.samples {
            expectSameLetterCase(text)
            expectSameLetterCase(Substring(text).dropFirst())
        }
    }

    private func expectSameLetterCase(_ piece: some StringProtocol) {
        #expect(piece.containsLowercase == piece.contains { $0.isLowercase }, "\(piece)")
        #expect(piece.containsUppercase == piece.contains { $0.isUppercase }, "\(piece)")
        #expect(piece.containsNumber == piece.contains { $0.isNumber }, "\(piece)")
        #expect(piece.isAllLowercase == piece.allSatisfy { $0.isLowercase }, "\(piece)")
        #expect(piece.isAllUppercase == piece.allSatisfy { $0.isUppercase }, "\(piece)")
        #expect(piece.isAllLetters == piece.allSatisfy { $0.isLetter }, "\(piece)")
        #expect(piece.startsWithUppercase == (piece.first?.isUppercase == true), "\(piece)")
        #expect(piece.startsWithLowercase == (piece.first?.isLowercase == true), "\(piece)")
        #expect(piece.startsWithLetter == (piece.first?.isLetter == true), "\(piece)")
        #expect(piece.startsWithNumber == (piece.first?.isNumber == true), "\(piece)")
    }

    @Test func spaceSeparatedSplitsAsSplitDoes() {
        for text in ["", "   ", "one", " two  words ", "Кий в  Kyiv", "a b c", "trailing ", "É tats Unis"] {
            #expect(text.spaceSeparated() == text.split(separator: " "), "\(text)")
            let inner = text.dropFirst()
            #expect(inner.spaceSeparated() == inner.split(separator: " "), "\(inner)")
        }
    }

    @Test func byteSearchFindsFirstAndLast() {
        let caption = "Soldiers in Bakhmut - Photo: Jane Doe - LIBKOS/AP"
        #expect(caption.firstRangeOfBytes(" - ").map { caption[..<$0.lowerBound] } == "Soldiers in Bakhmut")
        #expect(caption.lastRangeOfBytes(" - ").map { caption[$0.upperBound...] } == "LIBKOS/AP")
        #expect(caption.firstRangeOfBytes("missing") == nil)
        #expect(caption.lastRangeOfBytes("missing") == nil)
        #expect("Café – Kyiv".lastRangeOfBytes("Kyiv").map { "Café – Kyiv"[$0] } == "Kyiv")
        #expect("Royal Bank of Scotland".dropFirst(6).firstRangeOfBytes(" of ") != nil)
        #expect("ab".firstRangeOfBytes("abc") == nil)
        #expect("Goldman, Sachs".containsASCII(","))
        #expect(!"Goldman Sachs".containsASCII("-"))
        #expect("x--y".containsBytes("--"))
        #expect(Substring("Putin's").endsWithPossessive && Substring("REUTERS'S").endsWithPossessive)
        #expect(!Substring("s").endsWithPossessive && !Substring("Reuters").endsWithPossessive && !Substring("Kyiv’s").endsWithPossessive)
    }

    @Test func lexiconFindsLowerAndMixedCaseAndPossessives() {
        let lexicon = Lexicon(words: ["market", "année"])
        #expect(lexicon.contains("market"))
        #expect(lexicon.contains("Market"))
        #expect(lexicon.contains(Substring("MARKET's")))
        #expect(lexicon.contains("Année"))
        #expect(!lexicon.contains("markets"))
        #expect(!lexicon.contains("'s"))
        #expect(!lexicon.contains("kyiv"))
    }
}
