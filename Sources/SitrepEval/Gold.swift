import Entities
import Foundation

/// The gold standard's file format (eval/gold/CONVENTIONS.md).
struct GoldArticle: Codable {
    struct Entity: Codable {
        var name: String
        var kind: String?
        var aliases: [String]?
        var optional: Bool?

        /// Every form that counts as this entity, normalised. A titled form ("Lord Holme",
        /// "Mr Macklin") also counts without its title: extractors report the name, and the
        /// title is not part of it.
        var keys: Set<String> {
            var forms = [name] + (aliases ?? [])
            for form in forms {
                let words = form.split(separator: " ")
                if words.count >= 2, Self.courtesyTitles.contains(String(words[0]).replacingOccurrences(of: ".", with: "")) {
                    forms.append(words.dropFirst().joined(separator: " "))
                }
            }
            return Set(forms.map(NameKey.normalized))
        }

        static let courtesyTitles: Set<String> = [
            "Mr", "Mrs", "Ms", "Miss", "Dr", "Lord", "Lady", "Baron", "Baroness", "Viscount", "Viscountess", "Sir", "Dame", "Prof", "Professor",
        ]
    }

    var id: String
    var source: String
    var split: String
    var actors: [Entity]
    var places: [Entity]
}

/// What a system found in one article: per facet, each entity with all its forms.
struct Prediction: Codable {
    struct Entity: Codable {
        var name: String
        var forms: [String]
    }

    var actors: [Entity]
    var places: [Entity]
}

/// Precision, recall and F1 from counts; `optional` gold entities count nowhere.
struct Score {
    var truePositives = 0
    var falsePositives = 0
    var falseNegatives = 0
    var falsePositiveNames: [String] = []
    var falseNegativeNames: [String] = []

    var precision: Double { ratio(truePositives, truePositives + falsePositives) }
    var recall: Double { ratio(truePositives, truePositives + falseNegatives) }
    var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }

    private func ratio(_ a: Int, _ b: Int) -> Double { b == 0 ? 1 : Double(a) / Double(b) }

    static func += (lhs: inout Score, rhs: Score) {
        lhs.truePositives += rhs.truePositives
        lhs.falsePositives += rhs.falsePositives
        lhs.falseNegatives += rhs.falseNegatives
        lhs.falsePositiveNames += rhs.falsePositiveNames
        lhs.falseNegativeNames += rhs.falseNegativeNames
    }

    /// A predicted entity matches a gold one when any of its forms is the gold name or an
    /// alias, compared after NameKey normalisation (case, accents, punctuation). Each gold
    /// entity is matched at most once.
    static func of(predicted: [Prediction.Entity], gold: [GoldArticle.Entity]) -> Score {
        var score = Score()
        var unmatched = Array(gold.indices)
        for entity in predicted {
            let forms = Set(([entity.name] + entity.forms).map(NameKey.normalized))
            let matches = { (index: Int) in !gold[index].keys.isDisjoint(with: forms) }
            if let position = unmatched.firstIndex(where: { matches($0) && gold[$0].optional != true }) ?? unmatched.firstIndex(where: matches) {
                let match = gold[unmatched.remove(at: position)]
                if match.optional != true { score.truePositives += 1 }
            } else if gold.contains(where: { $0.optional == true && !$0.keys.isDisjoint(with: forms) }) {
                continue
            } else {
                score.falsePositives += 1
                score.falsePositiveNames.append(entity.name)
            }
        }
        for index in unmatched where gold[index].optional != true {
            score.falseNegatives += 1
            score.falseNegativeNames.append(gold[index].name)
        }
        return score
    }
}
