/// Mail and Usenet conventions in posted text: attribution lines ("In article <...>,
/// joe@host (Joe Smith) writes:") are headers, not text, and quote markers ("> ") would
/// keep quoted lines from joining into paragraphs.
enum MailQuoting {
    static func stripped(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: ">")) || text.containsBytes("writes:") || text.containsBytes("wrote:") else {
            return text
        }
        var lines: [Substring] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var content = line.drop { $0 == " " }
            while content.first == ">" { content = content.dropFirst().drop { $0 == " " } }
            if isAttribution(content) { continue }
            // Keep a quoted line's indentation out: wire-style paragraph detection reads it.
            lines.append(content.count == line.count ? line : content)
        }
        return lines.joined(separator: "\n")
    }

    static func isAttribution(_ line: Substring) -> Bool {
        let trimmed = line.trimmingSpaces()
        guard trimmed.hasSuffix("writes:") || trimmed.hasSuffix("wrote:") || trimmed.hasSuffix("says:") else { return false }
        return trimmed.contains("@") || trimmed.hasPrefix("In article") || trimmed.hasPrefix("On ")
    }
}
