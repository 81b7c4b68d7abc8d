import SitrepAPI

/// One interface for every output format, so each command says what to print and the
/// format decides how.
protocol Printer {
    func print(_ response: SearchResponse, request: SearchRequest)
    func print(_ response: FacetResponse)
    func print(_ article: ArticleView)
    func print(_ report: IngestReport, seconds: Double)
    func print(_ status: IndexStatus)
    func print(_ status: DaemonStatus)
    func print(_ entities: [EntityListing])
}
