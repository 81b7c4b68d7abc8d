import Testing
@testable import Articles

@Suite struct CharacterNormalizerTests {
    @Test func foldsQuotesDashesAndSpaces() {
        #expect(CharacterNormalizer.normalize("\u{201C}Hi\u{201D} \u{2014} it\u{2019}s\u{00A0}\u{00A0}ok") == "\"Hi\" - it's ok")
    }

    @Test func composesToNFC() {
        #expect(CharacterNormalizer.normalize("Cafe\u{0301}") == "Caf\u{00E9}")
    }

    @Test func removesInvisibleAndControlCharacters() {
        #expect(CharacterNormalizer.normalize("co\u{00AD}operate\u{200B} now\u{0007}") == "cooperate now")
    }

    @Test func decodesKnownEntitiesOnly() {
        #expect(CharacterNormalizer.normalize("AT&amp;T caf&#233; &QL; a&b") == "AT&T café &QL; a&b")
    }

    @Test func keepsLineBreaksAndIndentation() {
        #expect(CharacterNormalizer.normalize("a  \r\nb") == "a\nb")
        #expect(CharacterNormalizer.normalize("  a\n    b") == "a\n b")
    }

    @Test func wireCopyParagraphsSurviveNormalisation() {
        let body = "Showers continued in\nthe Bahia zone.\n    The dry period means\nthe crop is late.\n Reuter\n&#3;"
        let paragraphs = ScrapeJunkFilter.clean(ParagraphSplitter.paragraphs(in: CharacterNormalizer.normalize(body))).paragraphs
        #expect(paragraphs == ["Showers continued in the Bahia zone.", "The dry period means the crop is late."])
    }
}

@Suite struct ParagraphSplitterTests {
    @Test func blankLinesSeparateParagraphsAndWrappedLinesJoin() {
        #expect(ParagraphSplitter.paragraphs(in: "one\ntwo\n\nthree") == ["one two", "three"])
    }

    @Test func wireCopyIndentsParagraphs() {
        let text = "Showers continued throughout the week in\nthe Bahia cocoa zone.\n    The dry period means\nthe temporao will be late.\n Reuter"
        #expect(ParagraphSplitter.paragraphs(in: text) == [
            "Showers continued throughout the week in the Bahia cocoa zone.",
            "The dry period means the temporao will be late.", "Reuter",
        ])
    }

    @Test func anAddressSetLineByLineKeepsItsLines() {
        let text = "Please return it to:\n\nMary Anne Cowden\nAndrew Consortium\nCarnegie Mellon University\nSmith Hall 106"
        #expect(ParagraphSplitter.paragraphs(in: text) == [
            "Please return it to:", "Mary Anne Cowden", "Andrew Consortium", "Carnegie Mellon University", "Smith Hall 106",
        ])
        // A wire story's first line is short where its dateline was cut; it still wraps.
        #expect(ParagraphSplitter.paragraphs(in: "The Agricultural Stabilization and\nConservation Service has set these values\nfor commodities.")
            .count == 1)
    }

    @Test func cellsOfALineSetInColumnsAreLinesOfTheirOwn() {
        #expect(ParagraphSplitter.paragraphs(in: "John Stafford     Minnesota State University\nAll standard disclaimers apply.")
            == ["John Stafford", "Minnesota State University", "All standard disclaimers apply."])
        #expect(ParagraphSplitter.paragraphs(in: "It works.  Then it stops.") == ["It works.  Then it stops."])
    }

    @Test func longLinesAreParagraphsEvenWithoutBlankLines() {
        let long = String(repeating: "word ", count: 30)
        #expect(ParagraphSplitter.paragraphs(in: "\n\(long)\n\(long)").count == 2)
    }
}

@Suite struct ScrapeJunkFilterTests {
    @Test func agencySignOffIsDropped() {
        #expect(ScrapeJunkFilter.clean(["Prices rose.", "Reuter"]).paragraphs == ["Prices rose."])
    }

    @Test func linkListIsKeptWhenLongTextFollows() {
        let long = String(repeating: "word ", count: 40)
        let paragraphs = ["Intro.", "Related", long]
        #expect(ScrapeJunkFilter.clean(paragraphs).paragraphs == paragraphs)
    }

    @Test func creditNeedsAnAgencyShape() {
        #expect(ScrapeJunkFilter.removingPhotoCredit("Troops advance - Jane Doe/Reuters") == "Troops advance")
        #expect(ScrapeJunkFilter.removingPhotoCredit("Prices rose - and then fell") == nil)
        #expect(ScrapeJunkFilter.removingPhotoCredit("Smoke rises - Photo: John Smith") == "Smoke rises")
        #expect(ScrapeJunkFilter.removingPhotoCredit("Smoke rises. Photo: John Smith/AFP") == "Smoke rises.")
    }

    @Test func proseWithCodeWordsIsNotCode() {
        #expect(!ScrapeJunkFilter.isCode("The var of the function was debated; window cleaners struck."))
    }
}

@Suite struct MailQuotingTests {
    @Test func attributionLinesGoAndQuotedLinesJoin() {
        let post = "In article <1@x.edu>, joe@x.edu (Joe Smith) writes:\n> Brett Hull and\n> John Cullen skated.\n\nI agree."
        #expect(ParagraphSplitter.paragraphs(in: MailQuoting.stripped(post)) == ["Brett Hull and John Cullen skated.", "I agree."])
    }

    @Test func attributionsInOtherNewsreadersWordingsGo() {
        let post = """
            From article <1@netcom.com>, by dave@netcom.com (David Sternlight):
            In a previous article, tony@ra.edu (Tony Boutwell) says:
            : In article <2@andy.edu> dl@andy.edu (Pixie) writes:
            As quoted from <3@desy.de> by hallam@desy.de (Phill Hallam-Baker):
            Guns are tools.
            """
        #expect(MailQuoting.stripped(post) == "Guns are tools.")
        // A speech verb with a colon, and no address, is text.
        let text = "The minister says:\nTaxes will fall."
        #expect(MailQuoting.stripped(text) == text)
    }

    @Test func onlyQuotedLinesLoseIndentationAndTextWithWroteStays() {
        let wire = "Standard Oil <SRD> said\nit would.\n    BP North America said\nso too."
        #expect(MailQuoting.stripped(wire) == wire)
        let post = "On Telegram, Zelensky wrote:\n\"We will win.\""
        #expect(MailQuoting.stripped(post) == post)
        let titled = "President Zelensky wrote:\n\"We will win.\""
        #expect(MailQuoting.stripped(titled) == titled)
    }

    @Test func aSignatureAfterItsDelimiterGoes() {
        let post = "I am already running a disk cache.\n\n---\nChris Brinton\nTeradyne, Inc.\nbrinton@icd.teradyne.com\n"
        #expect(MailQuoting.withoutSignature(post) == "I am already running a disk cache.")
        // A delimiter with a long text after it is a rule in the text, not a signature.
        let ruled = "Part one.\n--\n" + String(repeating: "More text.\n", count: 20)
        #expect(MailQuoting.withoutSignature(ruled) == ruled)
        // The standard "-- " (with its space) may head a longer signature.
        let long = "Go Leafs go.\n-- \n" + String(repeating: "1991 AFC East Division Champions\n", count: 15)
        #expect(MailQuoting.withoutSignature(long) == "Go Leafs go.")
    }

    @Test func aQuotedSignatureGoesWithItsQuote() {
        let post = "> Buy 4 megs of RAM.\n>--\n>Penio Penev  x7423 (212)327-7423\nI disagree."
        #expect(ParagraphSplitter.paragraphs(in: MailQuoting.stripped(post)) == ["Buy 4 megs of RAM.", "I disagree."])
    }

    @Test func aClosingBlockWithAnAddressIsASignature() {
        let post = "All I usually worry about is vandalism.\n\nRandy Davis      Email: randy@megatek.com\nZX-11 Pilot\n\n  \"But this one goes to eleven\" - Nigel Tufnel\n"
        #expect(MailQuoting.withoutSignature(post) == "All I usually worry about is vandalism.")
        // An address inside the text, or a text that is one block, stays.
        let text = "Write to jobs@example.com for details.\n\nThe deadline is Friday."
        #expect(MailQuoting.withoutSignature(text) == text)
        #expect(MailQuoting.withoutSignature("Mail me at a@b.com") == "Mail me at a@b.com")
    }

    @Test func aSignatureUnderARuleGoes() {
        let post = "Drag that person into court.\n\n=======================\nJohn Stafford   Minnesota State University @ Winona\n  All standard disclaimers apply."
        #expect(MailQuoting.withoutSignature(post) == "Drag that person into court.")
        let boxed = "A station wagon.\n=-=-=-=-=-=-=-=-=-=-\nMack Costello <m@navy.mil>\nBethesda, MD 20084\n\n~~~~~~~~~~~~~~~~~~"
        #expect(MailQuoting.withoutSignature(boxed) == "A station wagon.")
        // A box between two rules, with a line under it, goes whole.
        let drawn = "They may not be around.\n\n   ##################\n   #  Roger@sun.com  #\n   #  Sun Microsystems, #\n"
            + "   #  Coventry, England. #\n   ##################\n     Keeper of the list."
        #expect(MailQuoting.withoutSignature(drawn) == "They may not be around.")
    }

    @Test func aSpacedRuleIsARuleAndPartsTheTextFromTheCreditUnderIt() {
        #expect(MailQuoting.isRule("- - - - - - - -"))
        #expect(MailQuoting.isRule("_____    _____"))
        #expect(!MailQuoting.isRule("-  -  -  -  -"))
        let credit = "The book ends here.\n\nNew York, May 1992, Vintage Books.\n- - - - - - - -\n[Typed by joe@well.com]\n\n"
            + "One\nTwo\nThree\nFour\nFive"
        #expect(MailQuoting.withoutSignature(credit) == "The book ends here.\n\nNew York, May 1992, Vintage Books.")
    }

    @Test func aClosingBlockSetFarRightIsASignature() {
        let post = "We took the corpses.\n\nSerdar Argic\n\n" + String(repeating: " ", count: 27) + "'We closed the roads.'\n"
            + String(repeating: " ", count: 50) + "(Ohanus Appressian - 1919)"
        #expect(MailQuoting.withoutFarRightClosingBlock(post) == "We took the corpses.\n\nSerdar Argic")
        let indented = "    Wire copy indents its paragraphs.\n\n    Like this one."
        #expect(MailQuoting.withoutFarRightClosingBlock(indented) == indented)
    }

    @Test func aSignOffAndTheNameUnderItGo() {
        #expect(MailQuoting.withoutSignature("So why bother.\n\nCheers,\nKent\n---\nsandvik@newton.apple.com") == "So why bother.")
        #expect(MailQuoting.withoutSignature("It works.\nThanks in advance,\nAndrew J Fraser") == "It works.")
        let text = "Any ideas?\nThanks, I think that's right."
        #expect(MailQuoting.withoutSignature(text) == text)
    }

    @Test func moreAttributionsAndQuoteMarkersAreRecognised() {
        let named = ">>Ron Miller wrote:\n>>When you ask the sponsors\n>>they say no."
        #expect(ParagraphSplitter.paragraphs(in: MailQuoting.stripped(named)) == ["When you ask the sponsors they say no."])
        let bracketed = ">>(Tommy Szeto) writes:\n>>> Water builds up in the trunk."
        #expect(ParagraphSplitter.paragraphs(in: MailQuoting.stripped(bracketed)) == ["Water builds up in the trunk."])
        let wrapped = "In article <80416@apple.apple.COM>, chuq@Apple.COM (Chuq Von Rospach)\nwrote:\n> The Giants won."
        #expect(ParagraphSplitter.paragraphs(in: MailQuoting.stripped(wrapped)) == ["The Giants won."])
        let dotted = "In article <1rs8@gap.caltech.edu>, palmer@cco.caltech.edu (David M. Palmer) writes...\n\nYou may want it."
        #expect(ParagraphSplitter.paragraphs(in: MailQuoting.stripped(dotted)) == ["You may want it."])
        let markers = "> NMM>From: nielsmm@imv.aau.dk (Niels)\n> NMM>It rained.\n|> Far too one-sided.\n+> Quite."
        #expect(ParagraphSplitter.paragraphs(in: MailQuoting.stripped(markers)) == ["It rained. Far too one-sided. Quite."])
    }

    @Test func aClosingBareNameIsASignature() {
        #expect(ScrapeJunkFilter.clean(["Some cartridges had a 7404 in them.", "John West"]).paragraphs == ["Some cartridges had a 7404 in them."])
        #expect(ScrapeJunkFilter.clean(["(With information from AFP and EFE)"]).paragraphs == ["(With information from AFP and EFE)"])
    }
}

@Suite struct GluedWordSplitterTests {
    let splitter = GluedWordSplitter()

    @Test func noSplitWithoutEvidence() {
        #expect(splitter.split(["Dave Andreychuck scored."]) == ["Dave Andreychuck scored."])
    }

    @Test func nameGluedToWordSplitsWhenNameStandsAloneElsewhere() {
        #expect(splitter.split(["Wagnerin the lead.", "Wagner said."]) == ["Wagner in the lead.", "Wagner said."])
    }

    @Test func aMonthIsNeverSplit() {
        #expect(splitter.split(["Date: 8 Dec 88.", "It came out in December 1989."]) == ["Date: 8 Dec 88.", "It came out in December 1989."])
    }

    @Test func aTokenTheHeadlineHoldsIsIntended() {
        let splitter = GluedWordSplitter(isKnownName: { $0 == "Artem" })
        #expect(splitter.split(["The Artemis mission was delayed."]) == ["The Artem is mission was delayed."])
        #expect(splitter.split(["The Artemis mission was delayed."], context: ["NASA Reschedules Artemis Moon Mission"])
            == ["The Artemis mission was delayed."])
    }

    @Test func knownNameFromCallerIsEvidence() {
        let splitter = GluedWordSplitter(isKnownName: { $0 == "Wagner" })
        #expect(splitter.split(["the group Wagnerin the front line"]) == ["the group Wagner in the front line"])
    }

    @Test func namesOfTheirOwnAndNameEndingsStayWhole() {
        let splitter = GluedWordSplitter(isKnownName: { $0 == "Kent" || $0 == "Brent" }, isName: { $0 == "Kenton" })
        #expect(splitter.split(["He signed Darren Kenton."]) == ["He signed Darren Kenton."])
        #expect(splitter.split(["They held Brentford to a draw."]) == ["They held Brentford to a draw."])
        #expect(splitter.split(["Kentin the south."]) == ["Kent in the south."])
    }

    @Test func realNamesEndingInShortWordsStay() {
        #expect(splitter.split(["Putin met Berlin and the Kremlin."]) == ["Putin met Berlin and the Kremlin."])
    }

    @Test func repeatedCamelCaseIsIntended() {
        let text = ["YouTube said.", "On YouTube today."]
        #expect(splitter.split(text) == text)
        #expect(splitter.split(["McDonald's sales."]) == ["McDonald's sales."])
    }

    @Test func domainsAndAbbreviationsStay() {
        let text = ["See example.com and U.S. policy, e.g. tariffs."]
        #expect(splitter.split(text) == text)
    }
}

@Suite struct ArticleDateTests {
    @Test func parsesDaysAndDateTimes() {
        #expect(ArticleDate(parsing: "2023-07-07")?.compact == "20230707")
        #expect(ArticleDate(parsing: "1987-02-26T15:01:01")?.description == "1987-02-26")
        #expect(ArticleDate(parsing: "20230707") == ArticleDate(year: 2023, month: 7, day: 7))
    }

    @Test(arguments: ["2023-02-30", "2023-13-01", "yesterday", "2023-7-7", ""])
    func rejectsNonDates(_ text: String) {
        #expect(ArticleDate(parsing: text) == nil)
    }
}

@Suite struct LexiconTests {
    @Test func anExtendingLexiconHoldsBothListsInAnyCase() {
        let common = Lexicon(lines: "house\nbank")
        let wide = Lexicon(lines: "musicology", extending: common)
        #expect(wide.contains("Musicology") && wide.contains("BANK") && wide.contains("house's"))
        #expect(!common.contains("musicology") && !wide.contains("kyiv"))
        #expect(wide.count == 3)
        // The built-in wide list holds the common one.
        #expect(Lexicon.englishWide.contains("house") && Lexicon.englishWide.contains("musicology"))
    }
}
