import Foundation
import SitrepAPI

/// Text for people at a terminal: ranked hits with highlighted snippets, then facets.
struct HumanPrinter: Printer {
    let style: TerminalStyle

    func print(_ response: SearchResponse, request: SearchRequest) {
        var lines: [String] = []
        let described = request.query.isEmpty ? "" : " for \"\(request.query)\""
        var header = "\(response.total) article\(response.total == 1 ? "" : "s")\(described)"
        if response.matched == "any" { header += " (no article has every word; showing articles with any)" }
        lines.append(style.bold(header))
        for (index, hit) in response.hits.enumerated() {
            lines.append("")
            lines.append("\(style.dim(String(request.offset + index + 1) + ".")) \(style.bold(hit.title))")
            let details = [hit.date, hit.source, hit.id, String(format: "score %.2f", hit.score)].compactMap { $0 }
            lines.append("   " + style.dim(details.joined(separator: " · ")))
            lines.append("   " + render(snippet: hit.snippet))
            let people = (hit.actors.prefix(5).map(\.name) + hit.places.prefix(5).map(\.name)).joined(separator: ", ")
            if !people.isEmpty { lines.append("   " + style.accent(people)) }
        }
        if response.total > request.offset + response.hits.count, !response.hits.isEmpty {
            lines.append("")
            lines.append(style.dim("More: --offset \(request.offset + response.hits.count)"))
        }
        for (title, counts) in [("Actors", response.facets.actor), ("Places", response.facets.place)] where !counts.isEmpty {
            lines.append("")
            lines.append(style.bold(title) + "  " + counts.map { "\($0.name) (\($0.count))" }.joined(separator: ", "))
        }
        write(lines)
    }

    func print(_ response: FacetResponse) {
        var lines = [style.bold("\(response.facet == "actor" ? "Actors" : "Places") in \(response.total) article\(response.total == 1 ? "" : "s")")]
        let width = response.counts.map { String($0.count).count }.max() ?? 1
        for count in response.counts {
            let number = String(repeating: " ", count: width - String(count.count).count) + String(count.count)
            lines.append("\(number)  \(count.name)  \(style.dim([count.kind, count.id].compactMap { $0 }.joined(separator: " ")))")
        }
        write(lines)
    }

    func print(_ article: ArticleView) {
        var lines = [style.bold(article.title) + (article.titleIsDerived ? style.dim(" (title derived from the lede)") : "")]
        lines.append(style.dim([article.date, article.source, article.id, article.url].compactMap { $0 }.joined(separator: " · ")))
        lines.append("")
        lines.append(article.body)
        lines.append("")
        if !article.actors.isEmpty { lines.append(style.bold("Actors") + "  " + names(article.actors)) }
        if !article.places.isEmpty { lines.append(style.bold("Places") + "  " + names(article.places)) }
        write(lines)
    }

    func print(_ report: IngestReport, seconds: Double) {
        let total = report.added + report.updated + report.unchanged
        let rate = seconds > 0 ? String(format: ", %.0f articles/s", Double(total + report.rejected.count) / seconds) : ""
        write(["\(report.added) added, \(report.updated) updated, \(report.unchanged) unchanged, "
            + "\(report.rejected.count) rejected (revision \(report.revision), \(String(format: "%.1f", seconds)) s\(rate))"])
    }

    func print(_ status: IndexStatus) {
        let megabytes = String(format: "%.1f MB", Double(status.sizeBytes) / 1_000_000)
        write([
            "index        \(status.index)",
            "articles     \(status.articles)",
            "entities     \(status.entities) (\(status.actors) actors, \(status.places) places)",
            "size         \(megabytes)",
            "revision     \(status.revision)",
            "last update  \(status.lastUpdate ?? "never")",
            "version      \(status.version)",
        ])
    }

    func print(_ status: DaemonStatus) {
        print(status.index)
        let latency = ["p50", "p90", "p99"].compactMap { key in status.requests.latencyMs[key].map { "\(key) \(String(format: "%.1f", $0)) ms" } }
        write([
            "daemon       \(status.socket), up \(String(format: "%.0f", status.uptimeSeconds)) s",
            "requests     \(status.requests.total) (\(latency.joined(separator: ", ")))",
        ])
    }

    func print(_ entities: [EntityListing]) {
        let lines = entities.map { entity in
            let aliases = entity.aliases.isEmpty ? "" : style.dim("  also: " + entity.aliases.joined(separator: ", "))
            return "\(entity.articles)\t\(style.bold(entity.name))  \(style.dim(entity.kind + " " + entity.id))\(aliases)"
        }
        write(lines.isEmpty ? ["no entities"] : lines)
    }

    private func names(_ refs: [EntityRef]) -> String {
        refs.map(\.name).joined(separator: ", ")
    }

    /// Snippets come HTML-escaped with <b> marks (the JSON form); a terminal gets styling.
    private func render(snippet: String) -> String {
        var text = ""
        var rest = Substring(snippet)
        while let open = rest.range(of: "<b>"), let close = rest.range(of: "</b>", range: open.upperBound..<rest.endIndex) {
            text += unescape(rest[..<open.lowerBound])
            text += style.highlight(unescape(rest[open.upperBound..<close.lowerBound]))
            rest = rest[close.upperBound...]
        }
        return text + unescape(rest)
    }

    private func unescape(_ html: Substring) -> String {
        html.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&amp;", with: "&")
    }

    private func write(_ lines: [String]) {
        FileHandle.standardOutput.write(Data((lines.joined(separator: "\n") + "\n").utf8))
    }
}
