import Foundation
import SitrepAPI
import Testing
@testable import SitrepServer

/// Every route and error case of API v1, through the router and a real index service (no
/// socket: the end-to-end suite covers the wire).
@Suite final class RouterTests {
    let folder: String
    let service: IndexService
    let router: Router

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("sitrep-router-\(UUID().uuidString)").path
        service = try IndexService(configuration: ServerConfiguration(indexPath: folder + "/index", socketPath: folder + "/s.sock"))
        router = Router(service: service, metrics: RequestMetrics(), socketPath: folder + "/s.sock", version: "test")
    }

    deinit { try? FileManager.default.removeItem(atPath: folder) }

    func call(_ method: String, _ target: String, _ body: String = "") async -> (status: Int, json: Any?) {
        let request = HTTPRequest(method: method, target: target, body: Array(body.utf8))!
        let response = await router.respond(to: request)
        return (response.status, try? JSONSerialization.jsonObject(with: Data(response.body)))
    }

    func errorCode(_ json: Any?) -> String? {
        ((json as? [String: Any])?["error"] as? [String: Any])?["code"] as? String
    }

    func ingestSample() async -> [String: Any] {
        let lines = """
        {"id": "a1", "title": "Port reopens", "date": "2023-08-01", "body": "The port of Odesa reopened, President Volodymyr Zelensky said.", "source": "Wire"}
        {"id": "a2", "title": "Grain", "date": "2023-08-02", "body": "Grain ships left Odessa for Istanbul.", "source": "Wire"}
        {"id": "a3", "date": "01/08/2023", "body": "Bad date."}
        {"id": "a4", "body": 
        """
        return (await call("POST", "/v1/articles", lines)).json as! [String: Any]
    }

    @Test func ingestReportsCountsRejectionsAndRevision() async {
        let report = await ingestSample()
        #expect(report["added"] as? Int == 2)
        let rejected = report["rejected"] as? [[String: Any]] ?? []
        #expect(rejected.map { $0["location"] as? String } == ["request:3", "request:4"])
        #expect(rejected.first?["field"] as? String == "date")
        #expect(report["revision"] as? Int == Int(service.revision))
        let again = await ingestSample()
        #expect(again["unchanged"] as? Int == 2)
    }

    @Test func singlePrettyPrintedObjectAndRelayedOriginsAreAccepted() async {
        let single = await call("POST", "/v1/articles", "{\n  \"id\": \"p1\",\n  \"body\": \"Calm seas.\"\n}\n")
        #expect((single.json as? [String: Any])?["added"] as? Int == 1)
        let relayed = await call("POST", "/v1/articles", #"{"id": "r1", "body": "", "origin": "feeds/a.jsonl:7"}"#)
        let rejected = ((relayed.json as? [String: Any])?["rejected"] as? [[String: Any]])?.first
        #expect(rejected?["location"] as? String == "feeds/a.jsonl:7")
    }

    @Test func notJSONAtAllIsABadRequest() async {
        let response = await call("POST", "/v1/articles", "hello\nworld\n")
        #expect(response.status == 400)
        #expect(errorCode(response.json) == "bad-request")
        #expect((await call("POST", "/v1/articles", "")).status == 400)
    }

    @Test func searchWithFiltersFacetsAndParameters() async {
        _ = await ingestSample()
        let response = await call("GET", "/v1/search?q=port&place=Odessa&sort=date&limit=5&facetLimit=3")
        #expect(response.status == 200)
        let json = response.json as? [String: Any]
        #expect(json?["total"] as? Int == 1)
        #expect(json?["revision"] as? Int == Int(service.revision))
        let two = await call("GET", "/v1/search?actor=Zelenskyy&actor=Zelensky")
        #expect((two.json as? [String: Any])?["total"] as? Int == 1)
        let everything = await call("GET", "/v1/search?place=Odesa")
        #expect((everything.json as? [String: Any])?["total"] as? Int == 2)
    }

    @Test(arguments: [
        ("/v1/search?q=port&bogus=1", "bad-request"), ("/v1/search?q=port%20AND", "query-syntax"),
        ("/v1/search?actor=Nobody%20Atall", "unknown-entity"), ("/v1/search?from=yesterday", "bad-request"),
        ("/v1/search?limit=5000", "bad-request"), ("/v1/search?limit=x", "bad-request"),
        ("/v1/search?sort=random", "bad-request"), ("/v1/search?minRevision=99999", "bad-request"),
    ])
    func badSearchesAre400WithAMessage(_ target: String, _ code: String) async {
        let response = await call("GET", target)
        #expect(response.status == 400)
        #expect(errorCode(response.json) == code)
    }

    @Test func articlesCanBeReadAndDeleted() async {
        _ = await ingestSample()
        let article = await call("GET", "/v1/articles/a1")
        #expect((article.json as? [String: Any])?["title"] as? String == "Port reopens")
        #expect((await call("GET", "/v1/articles/nope")).status == 404)
        let deleted = await call("DELETE", "/v1/articles/a1")
        #expect((deleted.json as? [String: Any])?["deleted"] as? Bool == true)
        #expect((await call("GET", "/v1/articles/a1")).status == 404)
        #expect((await call("DELETE", "/v1/articles/a1")).status == 404)
    }

    @Test func facetsEntitiesAndStatus() async {
        _ = await ingestSample()
        let facets = await call("GET", "/v1/facets/place?q=grain&limit=5")
        #expect(((facets.json as? [String: Any])?["counts"] as? [[String: Any]])?.first?["name"] as? String == "Odesa")
        #expect((await call("GET", "/v1/facets/colour")).status == 404)
        let entities = await call("GET", "/v1/entities?prefix=Odessa")
        #expect((entities.json as? [[String: Any]])?.first?["id"] as? String == "odesa-ua")
        let status = await call("GET", "/v1/status")
        let index = (status.json as? [String: Any])?["index"] as? [String: Any]
        #expect(index?["articles"] as? Int == 2)
        #expect((status.json as? [String: Any])?["requests"] is [String: Any])
    }

    @Test func unknownRoutesAndMethods() async {
        #expect((await call("GET", "/v2/search")).status == 404)
        #expect((await call("GET", "/v1/nothing")).status == 404)
        #expect((await call("PUT", "/v1/search")).status == 405)
        #expect((await call("POST", "/v1/status")).status == 405)
    }
}

@Suite struct RequestParsingTests {
    @Test func queryParametersArePercentDecodedAndRepeatable() throws {
        let request = try #require(HTTPRequest(method: "GET", target: "/v1/search?q=counter-offensive+Kyiv&actor=A%C3%A9&actor=B", body: []))
        #expect(request.path == "/v1/search")
        #expect(request.query.map(\.value) == ["counter-offensive Kyiv", "Aé", "B"])
    }

    @Test func invalidEncodingIsRefused() {
        #expect(HTTPRequest(method: "GET", target: "/v1/search?q=%FF", body: []) == nil)
    }

    @Test func metricsKeepPercentilesOfRecentRequests() {
        let metrics = RequestMetrics()
        for value in 1...100 { metrics.record(status: value % 10 == 0 ? 400 : 200, milliseconds: Double(value)) }
        let snapshot = metrics.snapshot()
        #expect(snapshot.total == 100)
        #expect(snapshot.byStatus == ["200": 90, "400": 10])
        #expect(snapshot.latency["p50"] == 51)
        #expect(snapshot.latency["max"] == 100)
    }
}
