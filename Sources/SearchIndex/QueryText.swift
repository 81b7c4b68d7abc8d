/// Rewrites of the user's query string before Xapian parses it.
enum QueryText {
    /// Outside quotes and field values, "counter-offensive" becomes
    /// `(counteroffensive OR counter-offensive)`: the joined form finds articles that write
    /// it either way (the indexer adds joined forms), the hyphenated one keeps Xapian's
    /// phrase match for "counter offensive".
    static func expandingHyphenatedWords(_ query: String) -> String {
        var output = ""
        var inQuotes = false
        var word = ""
        func flush() {
            defer { word = "" }
            let parts = word.split(separator: "-", omittingEmptySubsequences: false)
            if !inQuotes, parts.count >= 2, !word.contains(":"),
               parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isLetter) }) {
                output += "(\(parts.joined()) OR \(word))"
            } else {
                output += word
            }
        }
        for character in query {
            if character.isWhitespace || character == "(" || character == ")" || character == "\"" {
                flush()
                if character == "\"" { inQuotes.toggle() }
                output.append(character)
            } else {
                word.append(character)
            }
        }
        flush()
        return output
    }
}
