import ArgumentParser
import Articles
import Entities
import Foundation

/// Cleaning plus entity extraction on one core, the part of indexing that is Sitrep's own:
/// articles per second and MB per second, reading excluded (articles are read first).
struct ExtractionBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Articles per second of cleaning and entity extraction on one core."
    )

    @Option(help: "JSON Lines corpus.")
    var corpus: String

    @Option(help: "Articles to process (from the start of the corpus).")
    var limit = 5000

    func run() throws {
        var raws: [RawArticle] = []
        try ArticleReader().read([corpus]) { result in
            if raws.count < limit, let raw = try? result.get() { raws.append(raw) }
        }
        let extractor = EntityExtractor()
        let cleaner = ArticleCleaner(knowing: extractor)
        // The gazetteer and the word lists are parsed on first use, once per process: one
        // article goes through before the clock starts, so that none of that is timed.
        if let first = raws.first, let article = try? cleaner.clean(first) { _ = extractor.entities(in: article) }
        let bytes = raws.reduce(0) { $0 + $1.body.utf8.count + ($1.title?.utf8.count ?? 0) }
        let started = DispatchTime.now().uptimeNanoseconds
        var entities = 0
        for raw in raws {
            guard let article = try? cleaner.clean(raw) else { continue }
            entities += extractor.entities(in: article).count
        }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
        print(String(format: "%d articles (%.1f MB) cleaned and extracted in %.2f s on one core: %.0f articles/s, %.2f MB/s, %d entities",
                     raws.count, Double(bytes) / 1e6, seconds, Double(raws.count) / seconds, Double(bytes) / 1e6 / seconds, entities))
    }
}
