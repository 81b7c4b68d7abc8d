/// Mail and Usenet conventions in posted text: attribution lines ("In article <...>,
/// joe@host (Joe Smith) writes:") are headers, not text, quote markers ("> ") would keep
/// quoted lines from joining into paragraphs, and a signature (name, employer, address,
/// motto) closes a post without being part of it.
enum MailQuoting {
    /// The text without its closing signature: everything from the last "-- " delimiter line
    /// (or "--", "---") when at most a dozen lines follow it; otherwise a closing block of a
    /// few lines that holds an e-mail address ("Randy Davis   Email: randy@megatek.com"),
    /// with at most one short block (a motto) after it.
    static func withoutSignature(_ text: String) -> String {
        guard text.containsBytes("--") || text.containsBytes("@") else { return text }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        while let last = lines.last, last.allSatisfy(\.isWhitespace) { lines.removeLast() }
        let trimmed = { (line: Substring) in line.trimmingSpaces() }
        let upTo = { (end: Int) -> String in
            var kept = lines[..<end]
            while let last = kept.last, last.allSatisfy(\.isWhitespace) { kept.removeLast() }
            return kept.joined(separator: "\n")
        }
        if let delimiter = lines.lastIndex(where: { ["--", "---"].contains(trimmed($0)) }), lines.count - delimiter - 1 <= 12 {
            return upTo(delimiter)
        }
        // Closing blocks separated by blank lines, last first.
        var end = lines.count
        for _ in 0..<2 {
            var start = end
            while start > 0, !lines[start - 1].allSatisfy(\.isWhitespace) { start -= 1 }
            let block = lines[start..<end]
            guard !block.isEmpty, block.count <= 5, start > 0 else { return text }
            if block.contains(where: containsMailAddress) {
                return upTo(start)
            }
            end = start
            while end > 0, lines[end - 1].allSatisfy(\.isWhitespace) { end -= 1 }
        }
        return text
    }

    /// "randy@megatek.com": a word with an "@" between letters and a dot after it.
    static func containsMailAddress(_ line: Substring) -> Bool {
        line.split(separator: " ").contains { word in
            guard let at = word.firstIndex(of: "@"), at > word.startIndex else { return false }
            let domain = word[word.index(after: at)...]
            return domain.contains(".") && domain.first?.isLetter == true
        }
    }

    static func stripped(_ text: String) -> String {
        guard text.containsBytes("\n>") || text.hasPrefix(">") || text.containsBytes("writes:") || text.containsBytes("wrote:") else {
            return text
        }
        var lines: [Substring] = []
        var inQuotedSignature = false
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var content = line.drop { $0 == " " }
            var quoted = false
            while content.first == ">" {
                quoted = true
                content = content.dropFirst().drop { $0 == " " }
            }
            // A quoted post's signature ("> --" and the quoted lines after it) is not text.
            if quoted, !inQuotedSignature, ["--", "---"].contains(content.trimmingSpaces()) {
                inQuotedSignature = true
                lines.append("")  // the quote ends here, and so does its paragraph
            }
            if !quoted { inQuotedSignature = false }
            if inQuotedSignature || isAttribution(content) { continue }
            // Only a quoted line loses its indentation (wire copy marks paragraphs with it).
            lines.append(quoted ? content : line)
        }
        return lines.joined(separator: "\n")
    }

    static func isAttribution(_ line: Substring) -> Bool {
        let trimmed = line.trimmingSpaces()
        guard trimmed.hasSuffix("writes:") || trimmed.hasSuffix("wrote:") else { return false }
        // An address or a message id marks a header; "On Telegram, Zelensky wrote:" is text.
        return trimmed.hasPrefix("In article") || (trimmed.contains("@") && (trimmed.contains(".") || trimmed.contains("<")))
    }
}
