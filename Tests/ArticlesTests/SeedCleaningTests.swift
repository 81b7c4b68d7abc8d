import Foundation
import Testing
@testable import Articles

/// The five seed articles carry the scrape quirks the cleaner exists for; each test pins one.
@Suite struct SeedCleaningTests {
    static let seedsFolder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("seeds").path

    static func seed(_ prefix: String) throws -> Article {
        let names = try FileManager.default.contentsOfDirectory(atPath: seedsFolder)
        let name = try #require(names.first { $0.hasPrefix(prefix) })
        let raw = try PlainTextReader(limits: .init()).read(path: seedsFolder + "/" + name)
        return try ArticleCleaner().clean(raw)
    }

    @Test func dateHeaderGivesDateAndLedeAndDerivedTitle() throws {
        let article = try Self.seed("000")
        #expect(article.date == ArticleDate(year: 2023, month: 7, day: 7))
        #expect(article.titleIsDerived)
        #expect(article.title == "The comments signal that Kyiv's counter-offensive is gradually making progress.")
        #expect(article.paragraphs[0] == article.title)
        #expect(article.id == "000_452ce179527767a7")
    }

    @Test func headlineLineBecomesTitle() throws {
        let article = try Self.seed("001")
        #expect(article.title == "Ukraine reports some 'success' in fighting near Bakhmut")
        #expect(!article.titleIsDerived)
        #expect(article.date == nil)
        #expect(!article.paragraphs.contains(article.title))
    }

    @Test func appendedJavaScriptAndStorePromoAreRemoved() throws {
        let body = try Self.seed("001").body
        #expect(!body.contains("getElementById"))
        #expect(!body.contains("divWithLink"))
        #expect(!body.contains("Jerusalem Post Store"))
        #expect(body.hasSuffix("military aid to Ukraine.\""))
    }

    @Test func exactlyRepeatedParagraphIsKeptOnce() throws {
        let article = try Self.seed("001")
        let repeated = "Russian accounts from the front line on Tuesday spoke of clashes but referred to a successful defense of areas near Bakhmut."
        #expect(article.paragraphs.filter { $0 == repeated }.count == 1)
    }

    @Test func adMarkersAndPhotoCreditsAreRemoved() throws {
        let article = try Self.seed("002")
        #expect(!article.body.contains("ADVERTISEMENT"))
        #expect(!article.body.contains("Scroll to continue"))
        #expect(!article.paragraphs.contains("Ad"))
        #expect(!article.body.contains("LIBKOS"))
        #expect(!article.body.contains("Maloletka"))
        #expect(article.paragraphs.contains("Ukraine has been using heavy shelling to progress around Bakhmut"))
        // The lede is a photo caption, so the derived title comes from the first real paragraph.
        #expect(article.title.hasPrefix("Ukrainian forces have pushed back Russian units around Bakhmut"))
        #expect(article.date == ArticleDate(year: 2023, month: 7, day: 9))
    }

    @Test func gluedWordsAreSplit() throws {
        let body = try Self.seed("003").body
        #expect(body.contains("city of Bakhmut despite Russia's denials"))
        #expect(body.contains("Oleksandr Syrskyi commander of the Ukrainian land forces"))
        #expect(body.contains("Yevgeny Prigozhin He said"))
        #expect(body.contains("Bakhmut. scene of the longest"))
        #expect(!body.contains("Bakhmutdespite"))
    }

    @Test func trailingKeepReadingListIsRemoved() throws {
        let article = try Self.seed("003")
        #expect(!article.body.contains("Keep reading"))
        #expect(!article.body.contains("Abrams tanks"))
        #expect(article.paragraphs.last == "(With information from AFP and EFE)")
    }

    @Test func missingTitleIsDerivedFromLede() throws {
        let article = try Self.seed("004")
        #expect(article.titleIsDerived)
        #expect(article.title.hasPrefix("Ukrainian forces continued their campaign"))
        #expect(article.title.count <= TitleDeriver.maximumLength + 3)
        #expect(article.paragraphs.count > 20)
    }

    @Test func typographicQuotesBecomeASCII() throws {
        let body = try Self.seed("000").body
        #expect(!body.contains("\u{2019}") && !body.contains("\u{201C}"))
        #expect(body.contains("Ukraine's"))
    }
}
