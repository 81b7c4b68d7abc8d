import ArgumentParser
import Articles
import Entities
import Foundation

/// Scores Sitrep's entity extraction against the hand-made gold standard (eval/gold), per
/// facet (actors, places), per source and per split, and a reference model's predictions
/// beside it. Articles are cleaned, extracted and resolved across articles as indexing does.
@main
struct SitrepEval: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sitrep-eval",
        abstract: "Precision, recall and F1 of entity extraction on the gold standard.",
        discussion: """
        Reads eval/gold/*.json, the corpus articles they name (../shared/corpora) and the seeds.
        Without the corpora it scores the seeds alone and says so.
          sitrep-eval                                   scores, tune and holdout apart
          sitrep-eval --dump-texts texts.jsonl          the cleaned texts, for a reference model
          sitrep-eval --reference spacy.json            scores of that model beside Sitrep's
          sitrep-eval --show bbc-tech-213               one tune article's entities, with their forms
        """
    )

    @Option(help: "Gold standard folder.")
    var gold = "eval/gold"

    @Option(help: "Corpora folder (JSON Lines).")
    var corpora = "../shared/corpora"

    @Option(help: "Seed articles folder.")
    var seeds = "seeds"

    @Option(help: "Write the cleaned text of every gold article as JSON Lines {id, text} and stop.")
    var dumpTexts: String?

    @Option(help: "Predictions of a reference model: {id: {actors: [{name, forms}], places: [...]}}.")
    var reference: String?

    @Option(help: "Name of the reference model in the table.")
    var referenceName = "reference"

    @Option(help: "Print what Sitrep extracts from this tune article (kind, name, forms, mentions) and stop.")
    var show: String?

    @Flag(help: "List the false positives and negatives of each tune article (never of holdout ones: they must not guide tuning).")
    var verbose = false

    func run() throws {
        let articles = try loadGold()
        let (texts, missing) = try loadArticles(articles)
        if !missing.isEmpty {
            print("note: \(missing.count) gold articles skipped (corpora not found at \(corpora)); scoring the rest")
        }
        if let dumpTexts {
            let lines = articles.compactMap { gold in texts[gold.id].map { (gold.id, $0) } }.map { id, article in
                String(decoding: try! JSONEncoder().encode(["id": id, "text": ([article.title] + article.paragraphs).joined(separator: "\n\n")]),
                       as: UTF8.self)
            }
            try (lines.joined(separator: "\n") + "\n").write(toFile: dumpTexts, atomically: true, encoding: .utf8)
            print("wrote \(lines.count) texts to \(dumpTexts)")
            return
        }
        if let show {
            guard let gold = articles.first(where: { $0.id == show }), let article = texts[show] else {
                throw ValidationError("--show \(show): no gold article with that id (or its corpus is absent)")
            }
            guard gold.split == "tune" else { throw ValidationError("--show \(show): a holdout article; its errors must not guide tuning") }
            for entity in EntityExtractor().entities(in: article) {
                let forms = entity.surfaceForms.sorted().joined(separator: " | ")
                print("\(entity.kind)\t\(entity.name)\t[\(forms)]\t\(entity.mentions)")
            }
            return
        }
        let sitrep = predictions(for: articles, texts: texts)
        var systems = [("sitrep", sitrep)]
        if let reference {
            let data = try Data(contentsOf: URL(fileURLWithPath: reference))
            systems.append((referenceName, try JSONDecoder().decode([String: Prediction].self, from: data)))
        }
        let scored = articles.filter { texts[$0.id] != nil }
        for split in ["tune", "holdout"] {
            let part = scored.filter { $0.split == split }
            guard !part.isEmpty else { continue }
            print("\n== \(split): \(part.count) articles")
            report(part, systems: systems, listErrors: verbose && split == "tune")
        }
        print("\n== all: \(scored.count) articles")
        report(scored, systems: systems, listErrors: false)
    }

    func report(_ articles: [GoldArticle], systems: [(String, [String: Prediction])], listErrors: Bool) {
        print("system      facet    precision  recall   F1     (tp/fp/fn)")
        for (name, predicted) in systems {
            for facet in ["actors", "places"] {
                let score = total(articles, predicted, facet)
                print(String(format: "%-11@ %-8@ %9.3f  %6.3f  %5.3f  (%d/%d/%d)", name as NSString, facet as NSString,
                             score.precision, score.recall, score.f1, score.truePositives, score.falsePositives, score.falseNegatives))
            }
        }
        let sources = Array(Set(articles.map(\.source))).sorted()
        print("per source (sitrep):")
        for source in sources {
            let part = articles.filter { $0.source == source }
            let actors = total(part, systems[0].1, "actors"), places = total(part, systems[0].1, "places")
            print(String(format: "  %-20@ actors P %.2f R %.2f F1 %.2f | places P %.2f R %.2f F1 %.2f", source as NSString,
                         actors.precision, actors.recall, actors.f1, places.precision, places.recall, places.f1))
        }
        if listErrors {
            for article in articles where article.split == "tune" {
                for facet in ["actors", "places"] {
                    let score = self.score(article, systems[0].1, facet)
                    if !score.falsePositiveNames.isEmpty || !score.falseNegativeNames.isEmpty {
                        print("  \(article.id) \(facet): extra \(score.falsePositiveNames) missed \(score.falseNegativeNames)")
                    }
                }
            }
        }
    }

    func total(_ articles: [GoldArticle], _ predicted: [String: Prediction], _ facet: String) -> Score {
        var sum = Score()
        for article in articles { sum += score(article, predicted, facet) }
        return sum
    }

    func score(_ article: GoldArticle, _ predicted: [String: Prediction], _ facet: String) -> Score {
        let found = predicted[article.id].map { facet == "actors" ? $0.actors : $0.places } ?? []
        return Score.of(predicted: found, gold: facet == "actors" ? article.actors : article.places)
    }

    /// Sitrep's entities for each article, resolved through one registry in gold order,
    /// as indexing the articles in that order would.
    func predictions(for articles: [GoldArticle], texts: [String: Article]) -> [String: Prediction] {
        let extractor = EntityExtractor()
        var registry = EntityRegistry()
        var result: [String: Prediction] = [:]
        for gold in articles {
            guard let article = texts[gold.id] else { continue }
            var prediction = Prediction(actors: [], places: [])
            let entities = extractor.entities(in: article) { registry.knownKind(ofNormalizedName: $0) }
            // Two mentions that resolve to one record are one facet entry in the index too.
            var byRecord: [String: (kind: EntityKind, entity: Prediction.Entity)] = [:]
            var order: [String] = []
            for entity in entities {
                let record = registry.resolve(entity)
                let forms = Array(entity.surfaceForms) + [entity.name]
                if byRecord[record.id] == nil { order.append(record.id) }
                let known = byRecord[record.id]?.entity.forms ?? []
                byRecord[record.id] = (entity.kind, Prediction.Entity(name: record.name, forms: known + forms))
            }
            for id in order {
                guard let (kind, item) = byRecord[id] else { continue }
                if kind == .place { prediction.places.append(item) } else { prediction.actors.append(item) }
            }
            result[gold.id] = prediction
        }
        return result
    }

    func loadGold() throws -> [GoldArticle] {
        let files = try FileManager.default.contentsOfDirectory(atPath: gold).filter { $0.hasSuffix(".json") }.sorted()
        // Seeds first: indexing them first is the project's own order.
        let ordered = files.filter { $0 == "seeds.json" } + files.filter { $0 != "seeds.json" }
        var articles: [GoldArticle] = []
        for file in ordered {
            let path = (gold as NSString).appendingPathComponent(file)
            do { articles += try JSONDecoder().decode([GoldArticle].self, from: Data(contentsOf: URL(fileURLWithPath: path))) } catch {
                throw ValidationError("\(path): not a gold file: \(error)")
            }
        }
        return articles
    }

    /// The cleaned articles by id, and the ids that could not be found.
    func loadArticles(_ gold: [GoldArticle]) throws -> ([String: Article], [String]) {
        let wanted = Set(gold.map(\.id))
        let extractor = EntityExtractor()
        let cleaner = ArticleCleaner(knowing: extractor)
        var found: [String: Article] = [:]
        var paths = [seeds]
        for source in Set(gold.map(\.source)) where source.hasSuffix(".jsonl") {
            let path = (corpora as NSString).appendingPathComponent(source)
            if FileManager.default.fileExists(atPath: path) { paths.append(path) }
        }
        try ArticleReader().read(paths) { result in
            guard let raw = try? result.get(), wanted.contains(raw.id), let article = try? cleaner.clean(raw) else { return }
            found[raw.id] = article
        }
        return (found, gold.map(\.id).filter { found[$0] == nil })
    }
}
