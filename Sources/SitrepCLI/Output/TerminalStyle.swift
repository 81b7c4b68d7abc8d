import Foundation

/// ANSI styling, only for a terminal and never with NO_COLOR (https://no-color.org).
struct TerminalStyle {
    let enabled: Bool

    static func forStandardOutput() -> TerminalStyle {
        let wanted = isatty(STDOUT_FILENO) == 1 && Environment.value("NO_COLOR") == nil
            && Environment.value("TERM") != "dumb"
        return TerminalStyle(enabled: wanted)
    }

    func bold(_ text: String) -> String { wrap(text, "1") }
    func dim(_ text: String) -> String { wrap(text, "2") }
    func highlight(_ text: String) -> String { wrap(text, "1;33") }
    func accent(_ text: String) -> String { wrap(text, "36") }

    private func wrap(_ text: String, _ code: String) -> String {
        enabled ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
