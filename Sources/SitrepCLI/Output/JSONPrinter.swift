import Foundation
import SitrepAPI

/// The documented JSON shapes of SitrepAPI, one document per command, for scripts.
struct JSONPrinter: Printer {
    func print(_ response: SearchResponse, request: SearchRequest) { emit(response) }
    func print(_ response: FacetResponse) { emit(response) }
    func print(_ article: ArticleView) { emit(article) }
    func print(_ report: IngestReport, seconds: Double) { emit(report) }
    func print(_ status: IndexStatus) { emit(status) }
    func print(_ status: DaemonStatus) { emit(status) }
    func print(_ entities: [EntityListing]) { emit(entities) }

    private func emit(_ value: some Encodable) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(value)) ?? Data("{}".utf8)
        FileHandle.standardOutput.write(data + Data("\n".utf8))
    }
}
