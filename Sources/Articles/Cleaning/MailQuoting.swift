/// Mail and Usenet conventions in posted text: attribution lines ("In article <...>,
/// joe@host (Joe Smith) writes:") are headers, not text, quote markers ("> ") would keep
/// quoted lines from joining into paragraphs, and a signature (name, employer, address,
/// motto) closes a post without being part of it.
enum MailQuoting {
    /// The text without its closing signature: everything from the last "-- " delimiter line
    /// (or "--", "---") when at most a dozen lines follow it (twenty after "-- " with its
    /// space), or from a rule of symbols ("=====") with a few lines after it (from the first
    /// rule of a box drawn around an e-mail address); otherwise a
    /// sign-off ("Cheers,", "Kent") or a closing block of a few lines that holds an e-mail
    /// address ("Randy Davis   Email: randy@megatek.com"), with at most one short block (a
    /// motto) after it.
    static func withoutSignature(_ text: String) -> String {
        guard text.containsBytes("--") || text.containsBytes("@") || mayEndWithRuleOrSignOff(text) else { return text }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        while let last = lines.last, last.allSatisfy(\.isWhitespace) { lines.removeLast() }
        let trimmed = { (line: Substring) in line.trimmingSpaces() }
        let upTo = { (end: Int) -> String in
            var kept = lines[..<end]
            while let last = kept.last, last.allSatisfy(\.isWhitespace) { kept.removeLast() }
            return kept.joined(separator: "\n")
        }
        // The standard delimiter, "-- " with its space, may head a longer signature.
        if let delimiter = lines.lastIndex(where: { ["--", "---"].contains(trimmed($0)) }),
           lines[(delimiter + 1)...].filter({ !$0.allSatisfy(\.isWhitespace) }).count <= (lines[delimiter] == "-- " ? 20 : 12) {
            return withoutSignOff(upTo(delimiter))
        }
        // A rule of one repeated symbol ("=====", "~~~~~") with a few lines after it (and
        // maybe another closing the box).
        var ruled = lines.count
        while ruled > 0, isRule(lines[ruled - 1]) || lines[ruled - 1].allSatisfy(\.isWhitespace) { ruled -= 1 }
        if let rule = lines[..<ruled].lastIndex(where: isRule), ruled - rule - 1 <= 6 {
            // A box drawn between two rules around an address, with a line or so under it:
            // all of it.
            if let open = lines[..<rule].lastIndex(where: isRule), rule - open - 1 <= 8,
               lines[(open + 1)..<rule].contains(where: containsMailAddress) {
                return withoutSignOff(upTo(open))
            }
            return withoutSignOff(upTo(rule))
        }
        if let signOff = signOffLine(lines) { return upTo(signOff) }
        // Closing blocks separated by blank lines, last first.
        var end = lines.count
        for _ in 0..<2 {
            var start = end
            while start > 0, !lines[start - 1].allSatisfy(\.isWhitespace) { start -= 1 }
            let block = lines[start..<end]
            guard !block.isEmpty, block.count <= 5, start > 0 else { return text }
            if let address = block.firstIndex(where: containsMailAddress) {
                // "New York, 1992, Vintage Books." / "- - - -" / "[Transcribed by joe@well.com]":
                // a rule inside the block parts the text above it from the credit below.
                if let rule = block[..<address].lastIndex(where: isRule), rule > start {
                    return upTo(rule)
                }
                return upTo(start)
            }
            end = start
            while end > 0, lines[end - 1].allSatisfy(\.isWhitespace) { end -= 1 }
        }
        return text
    }

    /// The raw text without a closing block set far to the right (a motto, a quotation under
    /// the sender's name): a signature. Read before normalisation folds indentation.
    static func withoutFarRightClosingBlock(_ text: String) -> String {
        guard String(decoding: text.utf8.suffix(600), as: UTF8.self).containsBytes("\n          ") else { return text }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let isBlank = { (line: Substring) in line.allSatisfy(\.isWhitespace) }
        while let last = lines.last, isBlank(last) { lines.removeLast() }
        var start = lines.count
        while start > 0, !isBlank(lines[start - 1]) { start -= 1 }
        let block = lines[start..<lines.count]
        guard !block.isEmpty, block.count <= 10, start > 0,
              block.allSatisfy({ $0.prefix(while: { $0 == " " || $0 == "\t" }).count >= 10 }) else { return text }
        while start > 0, isBlank(lines[start - 1]) { start -= 1 }
        return lines[..<start].joined(separator: "\n")
    }

    /// A quick look at the end of the text, so that most articles are not split into lines.
    static func mayEndWithRuleOrSignOff(_ text: String) -> Bool {
        let tail = String(decoding: text.utf8.suffix(400), as: UTF8.self)
        if ["==========", "~~~~~~~~~~", "__________", "**********", "##########", "++++++++++"].contains(where: { tail.containsBytes($0) }) {
            return true
        }
        let lower = tail.lowercased()
        return valedictions.contains { lower.containsBytes($0) }
    }

    /// "Cheers, Kent" or "Thanks in advance" / "Andrew" closing the text: where it starts.
    static func signOffLine(_ lines: [Substring]) -> Int? {
        let lastLines = lines.indices.filter { !lines[$0].allSatisfy(\.isWhitespace) }.suffix(4)
        guard let signOff = lastLines.first(where: { isValediction(lines[$0]) }),
              lines[(signOff + 1)...].allSatisfy({ $0.spaceSeparated().count <= 6 }) else { return nil }
        return signOff
    }

    static func withoutSignOff(_ text: String) -> String {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard var end = signOffLine(lines) else { return text }
        while end > 0, lines[end - 1].allSatisfy(\.isWhitespace) { end -= 1 }
        return lines[..<end].joined(separator: "\n")
    }

    /// "Cheers,", "Regards, Kent", "Thanks in advance": a closing word, alone or with a name.
    static func isValediction(_ line: Substring) -> Bool {
        let trimmed = line.trimmingSpaces()
        let lower = trimmed.lowercased()
        for closing in valedictions where lower.hasPrefix(closing) {
            let rest = trimmed.dropFirst(closing.count)
            guard rest.isEmpty || [",", "!", ".", " "].contains(rest.first!) else { continue }
            let name = rest.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "!" || $0 == "." })
            if name.count <= 3, name.allSatisfy({ $0.startsWithUppercase }) { return true }
        }
        return false
    }

    static let valedictions = [
        "thanks in advance", "many thanks", "thank you", "thanks", "best regards", "kind regards", "regards", "cheers",
        "sincerely", "yours", "best wishes", "cordially",
    ]

    /// "==========", "=-=-=-=-=-": ten or more rule symbols, nothing else on the line.
    static func isRule(_ line: Substring) -> Bool {
        let trimmed = line.trimmingSpaces()
        guard trimmed.count >= 10 else { return false }
        // "- - - - -": a rule spaced out is one too.
        return trimmed.allSatisfy { "=~_*#-+ ".contains($0) } && trimmed.filter { $0 != " " }.count >= 6
    }

    /// "randy@megatek.com": a word with an "@" between letters and a dot after it.
    static func containsMailAddress(_ line: Substring) -> Bool {
        line.spaceSeparated().contains { word in
            guard let at = word.firstIndex(of: "@"), at > word.startIndex else { return false }
            let domain = word[word.index(after: at)...]
            return domain.contains(".") && domain.startsWithLetter
        }
    }

    static func stripped(_ text: String) -> String {
        // Every attribution holds an address, save a quoted one ("> Ron Miller wrote:").
        guard text.containsBytes("\n>") || text.hasPrefix(">") || text.containsBytes("|>") || text.containsBytes("+>")
                || text.containsBytes("@") else {
            return text
        }
        var lines: [Substring] = []
        var inQuotedSignature = false
        let all = text.split(separator: "\n", omittingEmptySubsequences: false)
        var skipNext = false
        for (index, line) in all.enumerated() {
            if skipNext {
                skipNext = false
                continue
            }
            var content = line.drop { $0 == " " }
            var quoted = false
            // "> ", ">> ", "|> " and "NMM> " (the quoted writer's initials) of some newsreaders.
            while true {
                if content.first == ">" || content.hasPrefix("|>") || content.hasPrefix("+>") {
                    content = content.drop { $0 == "|" || $0 == "+" }.dropFirst()
                } else if let marker = content.prefix(5).firstIndex(of: ">"), marker > content.startIndex,
                          content[..<marker].isAllUppercase {
                    content = content[content.index(after: marker)...]
                } else {
                    break
                }
                quoted = true
                content = content.drop { $0 == " " }
            }
            // An attribution wrapped over two lines ("In article <...>, joe@host (Joe)" / "wrote:").
            if content.hasPrefix("In article"), !isAttribution(content), index + 1 < all.count,
               isAttribution(Substring(content + " " + all[index + 1].drop { $0 == " " || $0 == ">" })) {
                skipNext = true
                continue
            }
            // A quoted post's signature ("> --" and the quoted lines after it) is not text.
            if quoted, !inQuotedSignature, ["--", "---"].contains(content.trimmingSpaces()) {
                inQuotedSignature = true
                lines.append("")  // the quote ends here, and so does its paragraph
            }
            if !quoted { inQuotedSignature = false }
            if inQuotedSignature || isAttribution(content, quoted: quoted) || (quoted && isQuotedHeader(content)) { continue }
            // Only a quoted line loses its indentation (wire copy marks paragraphs with it).
            lines.append(quoted ? content : line)
        }
        return lines.joined(separator: "\n")
    }

    static func isAttribution(_ line: Substring, quoted: Bool = false) -> Bool {
        // Some newsreaders quote with ": ", "# " or "} ", which are no quote markers elsewhere.
        let trimmed = line.trimmingSpaces().drop { ":#}] ".contains($0) }
        // "From article <...>, by joe@host (Joe Smith):", "As quoted from <...> by joe@host:"
        if trimmed.hasPrefix("From article <") || trimmed.hasPrefix("As quoted from <") {
            return trimmed.hasSuffix(":") && trimmed.contains("@")
        }
        guard attributionEndings.contains(where: { trimmed.hasSuffix($0) }) else { return false }
        // An address or a message id marks a header; so does a bare name alone on a quoted
        // line (">>Ron Miller wrote:"). "On Telegram, Zelensky wrote:" is text, and so is
        // "President Zelensky wrote:" outside a quotation.
        if trimmed.hasPrefix("In article") || (trimmed.contains("@") && (trimmed.contains(".") || trimmed.contains("<"))) { return true }
        guard quoted else { return false }
        var name = trimmed.spaceSeparated().dropLast()
        // ">>(Tommy Szeto) writes:": the name in the brackets an address had around it.
        if let first = name.first, let last = name.last, first.hasPrefix("("), last.hasSuffix(")") {
            name = name.joined(separator: " ").dropFirst().dropLast().spaceSeparated()[...]
        }
        return (2...4).contains(name.count) && name.allSatisfy { $0.startsWithUppercase && $0.allSatisfy { $0.isLetter || $0 == "." || $0 == "-" } }
    }

    static let attributionEndings = [
        "writes:", "wrote:", "writes...", "wrote...", "write:", "says:", "said:", "sez:", "replied:", "asks:", "responds:", "quoth:",
    ]

    /// "From: joe@host (Joe Smith)", "Subject: ...": a header line quoted in a post.
    static func isQuotedHeader(_ content: Substring) -> Bool {
        ["From:", "Subject:", "Organization:", "Newsgroups:", "Reply-To:", "Lines:", "Date:", "Message-ID:"].contains { content.hasPrefix($0) }
    }
}
