/// Words and punctuation of one paragraph, with sentence starts marked: the extractor
/// reasons about capitalisation, and a capital at a sentence start proves nothing.
struct Token {
    enum Kind { case word, punctuation, possessive }

    var text: Substring
    var kind: Kind
    var sentenceStart: Bool

    var isCapitalised: Bool {
        kind == .word && (text.first?.isUppercase ?? false)
    }

    /// "NATO", "ISW", "KYIV": two or more letters, all capitals.
    var isAllCaps: Bool {
        kind == .word && text.count >= 2 && text.allSatisfy { $0.isUppercase || $0 == "." || $0 == "-" || $0 == "&" }
            && text.contains(where: \.isLetter)
    }
}

enum Tokenizer {
    /// Words whose period does not end a sentence ("Mr. Smith said").
    static let abbreviations: Set<String> = [
        "Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Sen", "Gov", "Rep", "Lt", "Col", "Sgt", "Capt", "Maj",
        "Adm", "Cmdr", "Rev", "St", "Jr", "Sr", "Co", "Corp", "Inc", "Ltd", "No", "vs", "Mt", "Ft",
    ]

    static func tokens(_ text: String) -> [Token] {
        var tokens: [Token] = []
        var sentenceStart = true
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            if character.isLetter || character.isNumber {
                var end = text.index(after: index)
                while end < text.endIndex {
                    let c = text[end]
                    if c.isLetter || c.isNumber { end = text.index(after: end); continue }
                    // Inner apostrophes, hyphens and periods belong to the word (O'Brien,
                    // Bila Hora-Andriivka, U.S.) when a letter or digit follows.
                    let next = text.index(after: end)
                    if (c == "'" || c == "-" || c == "." || c == "&"), next < text.endIndex,
                       text[next].isLetter || text[next].isNumber {
                        end = next
                        continue
                    }
                    // The period closing an abbreviation like "U.S." or "Mr." stays out; only
                    // dotted initials keep it.
                    if c == ".", text[index..<end].contains("."), text[text.index(before: end)].isUppercase {
                        end = next
                    }
                    break
                }
                var word = text[index..<end]
                if word.hasSuffix("'s") || word.hasSuffix("'S") {
                    word = word.dropLast(2)
                    tokens.append(Token(text: word, kind: .word, sentenceStart: sentenceStart))
                    tokens.append(Token(text: text[word.endIndex..<end], kind: .possessive, sentenceStart: false))
                } else {
                    tokens.append(Token(text: word, kind: .word, sentenceStart: sentenceStart))
                }
                sentenceStart = false
                index = end
            } else {
                if !character.isWhitespace {
                    tokens.append(Token(text: text[index...index], kind: .punctuation, sentenceStart: false))
                    let previous = tokens.count >= 2 ? tokens[tokens.count - 2] : nil
                    let afterAbbreviation = character == "." && previous.map { $0.kind == .word && abbreviations.contains(String($0.text)) } == true
                    if ".!?:".contains(character), !afterAbbreviation { sentenceStart = true }
                }
                index = text.index(after: index)
            }
        }
        return tokens
    }
}
