/// Finds paragraphs in text whose line breaks mean different things by source: scraped
/// pages use blank lines or one line per paragraph, wire copy hard-wraps lines and indents
/// the first line of each paragraph.
public enum ParagraphSplitter {
    /// Lines this short that continue without a blank line are taken as hard-wrapped.
    static let wrapWidth = 100

    public static func paragraphs(in text: String) -> [String] {
        var lines: [Substring] = []
        // Split on the bytes: the normaliser has already dropped CRs, and Character
        // iteration (grapheme breaking) costs more than the rest of this function.
        for bytes in text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            let line = Substring(bytes)
            if let cells = columns(line) { lines += cells } else { lines.append(line) }
        }
        let indentStyle = lines.dropFirst().contains { $0.hasPrefix(" ") || $0.hasPrefix("\t") }
        var paragraphs: [String] = []
        var block: [Substring] = []
        func flush() {
            defer { block.removeAll() }
            let trimmed = block.map { $0.trimmingSpaces() }.filter { !$0.isEmpty }
            guard !trimmed.isEmpty else { return }
            if trimmed.dropLast().allSatisfy({ $0.utf8.count <= wrapWidth }) {
                // An address or a heading set line by line ("Mary Anne Cowden" / "Carnegie
                // Mellon University" / "Smith Hall 106"): among short lines, one with no
                // punctuation at its end, before one that starts with a capital, ends there.
                // A short line alone is the first of a wire story whose dateline was cut.
                let isShort = { (index: Int) in index >= 0 && index < trimmed.count && trimmed[index].utf8.count <= shortLine }
                var joined: [String] = []
                for (index, line) in trimmed.enumerated() {
                    if index > 0, isShort(index) || isShort(index - 2), endsLine(trimmed[index - 1], before: line) {
                        paragraphs.append(joined.joined(separator: " "))
                        joined.removeAll()
                    }
                    joined.append(line)
                }
                paragraphs.append(joined.joined(separator: " "))
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

    /// "John Stafford        Minnesota State University": a signature or a table set in
    /// columns is as many lines as it has cells (a wide gap of spaces or a tab after the
    /// line's indentation), so that the cells are not read as one name. Nil for a line with
    /// no such gap, most lines: one pass over the bytes, nothing allocated.
    static func columns(_ line: Substring) -> [Substring]? {
        let bytes = line.utf8
        guard let start = bytes.firstIndex(where: { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\t") }) else { return nil }
        var cells: [Substring]?
        var cellStart = line.startIndex
        var gapStart: String.Index?
        var gapWidth = 0
        var index = start
        while index < bytes.endIndex {
            let byte = bytes[index]
            if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") {
                if gapStart == nil { gapStart = index }
                gapWidth += byte == UInt8(ascii: "\t") ? 3 : 1
            } else {
                if let gap = gapStart, gapWidth >= 3 {
                    cells = (cells ?? []) + [line[cellStart..<gap]]
                    cellStart = index
                }
                gapStart = nil
                gapWidth = 0
            }
            index = bytes.index(after: index)
        }
        return cells.map { $0 + [line[cellStart...]] }
    }

    /// Hard-wrapped prose fills its lines; a line this short ends a line of a list.
    static let shortLine = 40

    /// An address line ends in a name or a number ("Carnegie Mellon University", "Smith
    /// Hall 106"); a wrapped line of prose that happens to be short ends in any word
    /// ("Brett Hull and").
    static func endsLine(_ line: String, before next: String) -> Bool {
        guard line.utf8.count <= shortLine, let first = next.unicodeScalars.first,
              first.properties.isUppercase || ("0"..."9").contains(first),
              let lastWord = line.spaceSeparated().last?.unicodeScalars,
              let initial = lastWord.first, let last = lastWord.last else { return false }
        return (initial.properties.isUppercase || ("0"..."9").contains(initial)) && !".,;:!?-\"'()".unicodeScalars.contains(last)
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
