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

    static func tokens(_ text: String) -> [Token] {
        // On the UTF-8 bytes, decoding a scalar only where a byte is not ASCII: walking the
        // scalar view validated every index and was most of the tokenizer's time in profiles.
        // (`withUTF8` wants a variable; a native string's copy shares its bytes.)
        var bytesOfText = text
        return bytesOfText.withUTF8 { bytes in tokens(text, bytes) }
    }

    private static func tokens(_ text: String, _ bytes: UnsafeBufferPointer<UInt8>) -> [Token] {
        var tokens: [Token] = []
        let count = bytes.count
        let utf8 = text.utf8
        let position = { (offset: Int) in utf8.index(utf8.startIndex, offsetBy: offset) }
        var sentenceStart = true
        var index = 0
        while index < count {
            let (scalar, length) = decode(bytes, at: index)
            if isWordCharacter(scalar) {
                var end = index + length
                while end < count {
                    let (c, width) = decode(bytes, at: end)
                    if isWordCharacter(c) { end += width; continue }
                    // Inner apostrophes, hyphens and periods belong to the word (O'Brien,
                    // Bila Hora-Andriivka, U.S.) when a letter or digit follows.
                    let next = end + width
                    if c == "'" || c == "-" || c == "." || c == "&", next < count, isWordCharacter(decode(bytes, at: next).scalar) {
                        end = next
                        continue
                    }
                    // The period closing dotted initials ("U.S.") belongs to them.
                    if c == ".", bytes[index..<end].contains(UInt8(ascii: ".")), isUppercase(lastScalar(before: end, in: bytes)) {
                        end = next
                    }
                    break
                }
                var word = text[position(index)..<position(end)]
                if word.endsWithPossessive {
                    word = word.dropLast(2)
                    tokens.append(Token(text: word, kind: .word, sentenceStart: sentenceStart))
                    tokens.append(Token(text: text[word.endIndex..<position(end)], kind: .possessive, sentenceStart: false))
                } else {
                    tokens.append(Token(text: word, kind: .word, sentenceStart: sentenceStart))
                }
                sentenceStart = false
                index = end
            } else {
                let next = index + length
                if !(scalar.isASCII ? (scalar.value == 0x20 || (0x09...0x0D).contains(scalar.value)) : scalar.properties.isWhitespace) {
                    tokens.append(Token(text: text[position(index)..<position(next)], kind: .punctuation, sentenceStart: false))
                    let previous = tokens.count >= 2 ? tokens[tokens.count - 2] : nil
                    let afterAbbreviation = scalar == "." && previous.map { $0.kind == .word && abbreviations.contains(String($0.text)) } == true
                    let afterInitial = scalar == "." && isMiddleInitial(tokens, text.unicodeScalars[position(next)...])
                    if (scalar == "." || scalar == "!" || scalar == "?" || scalar == ":") && !afterAbbreviation && !afterInitial {
                        sentenceStart = true
                    }
                }
                index = next
            }
        }
        return tokens
    }

    /// The scalar whose UTF-8 starts at `offset`, and its length in bytes (the text is valid UTF-8).
    private static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> (scalar: Unicode.Scalar, length: Int) {
        let lead = UInt32(bytes[offset])
        if lead < 0x80 { return (Unicode.Scalar(UInt8(lead)), 1) }
        let continuation = { (index: Int) in UInt32(bytes[offset + index] & 0x3F) }
        let (value, length): (UInt32, Int) = switch lead {
        case ..<0xE0: ((lead & 0x1F) << 6 | continuation(1), 2)
        case ..<0xF0: ((lead & 0x0F) << 12 | continuation(1) << 6 | continuation(2), 3)
        default: ((lead & 0x07) << 18 | continuation(1) << 12 | continuation(2) << 6 | continuation(3), 4)
        }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }

    /// The scalar that ends just before `offset`.
    private static func lastScalar(before offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Unicode.Scalar {
        var start = offset - 1
        while start > 0, bytes[start] & 0xC0 == 0x80 { start -= 1 }
        return decode(bytes, at: start).scalar
    }
}
