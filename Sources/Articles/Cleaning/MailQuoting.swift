/// Mail and Usenet conventions in posted text: attribution lines ("In article <...>,
/// joe@host (Joe Smith) writes:") are headers, not text, and quote markers ("> ") would
/// keep quoted lines from joining into paragraphs.
enum MailQuoting {
    static func stripped(_ text: String) -> String {
        guard text.containsBytes("\n>") || text.hasPrefix(">") || text.containsBytes("writes:") || text.containsBytes("wrote:") else {
            return text
        }
        var lines: [Substring] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var content = line.drop { $0 == " " }
            var quoted = false
            while content.first == ">" {
                quoted = true
                content = content.dropFirst().drop { $0 == " " }
            }
            if isAttribution(content) { continue }
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
