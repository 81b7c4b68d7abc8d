import Articles
import Entities
import Foundation
import SearchIndex
import SitrepAPI

/// Version 1 of the API (docs/API.md): maps requests to the index service and answers
/// with the same JSON types the CLI prints in embedded mode.
public struct Router: Sendable {
    let service: IndexService
    let metrics: RequestMetrics
    let startedAt: Date
    let socketPath: String
    let version: String

    init(service: IndexService, metrics: RequestMetrics, socketPath: String, version: String) {
        self.service = service
        self.metrics = metrics
        self.socketPath = socketPath
        self.version = version
        startedAt = Date()
    }

    public func respond(to request: HTTPRequest) async -> HTTPResponse {
        do {
            return try await route(request)
        } catch let error as SitrepError {
            return .error(error)
        } catch {
            return .error(status: 500, code: "internal", message: "\(error)")
        }
    }

    private func route(_ request: HTTPRequest) async throws -> HTTPResponse {
        let segments = request.path.split(separator: "/", omittingEmptySubsequences: false).dropFirst().map(String.init)
        guard segments.first == "v1", segments.count >= 2 else {
            return .error(status: 404, code: "not-found", message: "no route \(request.path); the API lives under /v1 (see docs/API.md)")
        }
        let rest = Array(segments.dropFirst())
        let resource = rest[0], item = rest.count == 2 ? rest[1] : ""
        switch (request.method, resource, rest.count) {
        case ("GET", "search", 1):
            return try await search(request)
        case ("GET", "articles", 2):
            try only([], in: request)
            return .json(try await service.read { try $0.article(id: item) })
        case ("DELETE", "articles", 2):
            try only([], in: request)
            let response = try await service.delete(id: item)
            return response.deleted ? .json(response) : .error(.init(.notFound, "no article '\(item)'"))
        case ("POST", "articles", 1):
            try only([], in: request)
            return .json(try await service.ingest(body: request.body))
        case ("GET", "facets", 2):
            guard let facet = EntityFacet(rawValue: item) else {
                throw SitrepError(.notFound, "no facet '\(item)'; use actor or place")
            }
            let parameters = try only(["q", "limit"], in: request)
            let limit = try integer(parameters, "limit", default: 20, range: 0...SearchRequest.maximumLimit)
            let query = parameters["q"]?.first ?? ""
            return .json(try await service.read { try $0.facets(facet, query: query, limit: limit) })
        case ("GET", "entities", 1):
            let parameters = try only(["prefix", "limit"], in: request)
            let limit = try integer(parameters, "limit", default: 50, range: 0...SearchRequest.maximumLimit)
            let prefix = parameters["prefix"]?.first ?? ""
            return .json(try await service.read { try $0.entities(prefix: prefix, limit: limit) })
        case ("GET", "status", 1):
            try only([], in: request)
            let version = self.version
            let index = try await service.read { try $0.status(version: version) }
            let snapshot = metrics.snapshot()
            return .json(DaemonStatus(
                version: version, index: index, uptimeSeconds: (Date().timeIntervalSince(startedAt) * 10).rounded() / 10,
                socket: socketPath,
                requests: .init(total: snapshot.total, byStatus: snapshot.byStatus, latencyMs: snapshot.latency)))
        case (_, "search", 1), (_, "articles", 1...2), (_, "facets", 2), (_, "entities", 1), (_, "status", 1):
            return .error(status: 405, code: "method-not-allowed", message: "\(request.method) is not allowed on \(request.path)")
        default:
            return .error(status: 404, code: "not-found", message: "no route \(request.path) (see docs/API.md)")
        }
    }

    private func search(_ request: HTTPRequest) async throws -> HTTPResponse {
        let parameters = try only(["q", "actor", "place", "within", "from", "to", "sort", "offset", "limit", "facetLimit", "minRevision"],
                                  in: request)
        var search = SearchRequest(query: parameters["q"]?.first ?? "")
        search.actors = parameters["actor"] ?? []
        search.places = parameters["place"] ?? []
        search.within = parameters["within"] ?? []
        search.from = parameters["from"]?.first
        search.to = parameters["to"]?.first
        if let sort = parameters["sort"]?.first {
            guard let value = SearchRequest.Sort(rawValue: sort) else {
                throw SitrepError(.badRequest, "sort must be relevance or date, not '\(sort)'")
            }
            search.sort = value
        }
        search.offset = try integer(parameters, "offset", default: 0, range: 0...1_000_000)
        search.limit = try integer(parameters, "limit", default: 10, range: 0...SearchRequest.maximumLimit)
        search.facetLimit = try integer(parameters, "facetLimit", default: 10, range: 0...SearchRequest.maximumLimit)
        if let text = parameters["minRevision"]?.first {
            guard let revision = UInt64(text) else { throw SitrepError(.badRequest, "minRevision must be a revision number, not '\(text)'") }
            search.minRevision = revision
        }
        let request = search
        return .json(try await service.read(minRevision: request.minRevision) { try $0.search(request) })
    }

    /// The request's parameters by name; any other name is an error naming the known ones.
    @discardableResult
    private func only(_ known: Set<String>, in request: HTTPRequest) throws -> [String: [String]] {
        var parameters: [String: [String]] = [:]
        for (name, value) in request.query {
            guard known.contains(name) else {
                let list = known.isEmpty ? "none" : known.sorted().joined(separator: ", ")
                throw SitrepError(.badRequest, "unknown parameter '\(name)' for \(request.path); known: \(list)")
            }
            parameters[name, default: []].append(value)
        }
        return parameters
    }

    private func integer(_ parameters: [String: [String]], _ name: String, default value: Int, range: ClosedRange<Int>) throws -> Int {
        guard let text = parameters[name]?.first else { return value }
        guard let number = Int(text), range.contains(number) else {
            throw SitrepError(.badRequest, "\(name) must be a whole number from \(range.lowerBound) to \(range.upperBound), not '\(text)'")
        }
        return number
    }
}
