/// Finds paragraphs in text whose line breaks mean different things by source: scraped
/// pages use blank lines or one line per paragraph, wire copy hard-wraps lines and indents
/// the first line of each paragraph.
public enum ParagraphSplitter {
    /// Lines this short that continue without a blank line are taken as hard-wrapped.
    static let wrapWidth = 100

    public static func paragraphs(in text: String) -> [String] {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let indentStyle = lines.dropFirst().contains { $0.hasPrefix(" ") || $0.hasPrefix("\t") }
        var paragraphs: [String] = []
        var block: [Substring] = []
        func flush() {
            defer { block.removeAll() }
            let trimmed = block.map { $0.trimmingSpaces() }.filter { !$0.isEmpty }
            guard !trimmed.isEmpty else { return }
            if trimmed.dropLast().allSatisfy({ $0.utf8.count <= wrapWidth }) {
                paragraphs.append(trimmed.joined(separator: " "))
            } else {
                paragraphs.append(contentsOf: trimmed)
            }
        }
        for line in lines {
            if line.allSatisfy(\.isWhitespace) {
                flush()
            } else {
                if indentStyle && (line.hasPrefix(" ") || line.hasPrefix("\t")) { flush() }
                block.append(line)
            }
        }
        flush()
        return paragraphs
    }
}

extension StringProtocol {
    /// Trims ASCII spaces and tabs; cheaper than Foundation's trimming for the common case.
    func trimmingSpaces() -> String {
        guard let first = firstIndex(where: { $0 != " " && $0 != "\t" }),
              let last = lastIndex(where: { $0 != " " && $0 != "\t" })
        else { return "" }
        return String(self[first...last])
    }
}
