/// Words and punctuation of one paragraph, with sentence starts marked: the extractor
/// reasons about capitalisation, and a capital at a sentence start proves nothing.
struct Token {
    enum Kind { case word, punctuation, possessive }

    var text: Substring
    var kind: Kind
    var sentenceStart: Bool
    /// Starts with an upper-case letter (computed once: the extractor asks often).
    let isCapitalised: Bool
    /// "NATO", "ISW", "KYIV": two or more letters, all capitals.
    let isAllCaps: Bool

    init(text: Substring, kind: Kind, sentenceStart: Bool) {
        self.text = text
        self.kind = kind
        self.sentenceStart = sentenceStart
        let scalars = text.unicodeScalars
        let first = scalars.first
        isCapitalised = kind == .word && first.map(Tokenizer.isUppercase) == true
            && !Token.isLetterPrefixedNoun(scalars)
        isAllCaps = isCapitalised && text.unicodeScalars.count >= 2
            && scalars.allSatisfy { Tokenizer.isUppercase($0) || $0 == "." || $0 == "-" || $0 == "&" }
    }

    /// "T-bonds", "X-ray", "T-shirt": a capital letter is part of a common noun, so the
    /// word starts no name ("CBT T-bonds closed lower" names the exchange alone).
    private static func isLetterPrefixedNoun(_ scalars: Substring.UnicodeScalarView) -> Bool {
        var rest = scalars.makeIterator()
        _ = rest.next()
        guard rest.next() == "-", let third = rest.next() else { return false }
        return third.properties.isLowercase
    }
}

enum Tokenizer {
    /// Words whose period does not end a sentence ("Mr. Smith said").
    static let abbreviations: Set<String> = [
        "Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Sen", "Gov", "Rep", "Lt", "Col", "Sgt", "Capt", "Maj",
        "Adm", "Cmdr", "Rev", "St", "Jr", "Sr", "Co", "Corp", "Inc", "Ltd", "No", "vs", "Mt", "Ft",
    ]

    static func isWordCharacter(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let value = scalar.value
            return (0x30...0x39).contains(value) || (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value)
        }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    static func isUppercase(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? (0x41...0x5A).contains(scalar.value) : scalar.properties.isUppercase
    }

    /// "George W. Bush", "W. R. Grace": the period after a capital letter standing alone
    /// ends no sentence when a name went before it or another initial follows.
    /// `tokens` ends with the letter and its period; `rest` is the text after the period.
    static func isMiddleInitial(_ tokens: [Token], _ rest: Substring.UnicodeScalarView) -> Bool {
        guard tokens.count >= 2 else { return false }
        let letter = tokens[tokens.count - 2]
        guard letter.kind == .word, letter.text.unicodeScalars.count == 1, letter.isCapitalised else { return false }
        let following = rest.drop { $0 == " " }
        guard let first = following.first, isUppercase(first) else { return false }
        if tokens.count >= 3, tokens[tokens.count - 3].isCapitalised, !tokens[tokens.count - 3].isAllCaps { return true }
        // "W. R. Grace": a capital letter and a period follow.
        let second = following.dropFirst().first
        return second == "."
    }

    /// "Putin's", "REUTERS'S": byte-wise, since `hasSuffix` on a substring walks characters
    /// and was the tokenizer's largest cost in profiles.
    private static func endsWithPossessive(_ word: Substring) -> Bool {
        let bytes = word.utf8
        guard let last = bytes.last, last == UInt8(ascii: "s") || last == UInt8(ascii: "S"), bytes.count >= 2 else { return false }
        return bytes[bytes.index(bytes.endIndex, offsetBy: -2)] == UInt8(ascii: "'")
    }

    static func tokens(_ text: String) -> [Token] {
        var tokens: [Token] = []
        let scalars = text.unicodeScalars
        var sentenceStart = true
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let scalar = scalars[index]
            if isWordCharacter(scalar) {
                var end = scalars.index(after: index)
                while end < scalars.endIndex {
                    let c = scalars[end]
                    if isWordCharacter(c) { end = scalars.index(after: end); continue }
                    // Inner apostrophes, hyphens and periods belong to the word (O'Brien,
                    // Bila Hora-Andriivka, U.S.) when a letter or digit follows.
                    let next = scalars.index(after: end)
                    if c == "'" || c == "-" || c == "." || c == "&", next < scalars.endIndex, isWordCharacter(scalars[next]) {
                        end = next
                        continue
                    }
                    // The period closing dotted initials ("U.S.") belongs to them.
                    if c == ".", text[index..<end].utf8.contains(UInt8(ascii: ".")),
                       isUppercase(scalars[scalars.index(before: end)]) {
                        end = next
                    }
                    break
                }
                var word = text[index..<end]
                if endsWithPossessive(word) {
                    word = word.dropLast(2)
                    tokens.append(Token(text: word, kind: .word, sentenceStart: sentenceStart))
                    tokens.append(Token(text: text[word.endIndex..<end], kind: .possessive, sentenceStart: false))
                } else {
                    tokens.append(Token(text: word, kind: .word, sentenceStart: sentenceStart))
                }
                sentenceStart = false
                index = end
            } else {
                let next = scalars.index(after: index)
                if !(scalar.isASCII ? (scalar.value == 0x20 || (0x09...0x0D).contains(scalar.value)) : scalar.properties.isWhitespace) {
                    tokens.append(Token(text: text[index..<next], kind: .punctuation, sentenceStart: false))
                    let previous = tokens.count >= 2 ? tokens[tokens.count - 2] : nil
                    let afterAbbreviation = scalar == "." && previous.map { $0.kind == .word && abbreviations.contains(String($0.text)) } == true
                    let afterInitial = scalar == "." && isMiddleInitial(tokens, text.unicodeScalars[next...])
                    if (scalar == "." || scalar == "!" || scalar == "?" || scalar == ":") && !afterAbbreviation && !afterInitial {
                        sentenceStart = true
                    }
                }
                index = next
            }
        }
        return tokens
    }
}
