import Foundation
import SitrepAPI

/// A request as the router sees it: already read completely and within limits.
public struct HTTPRequest: Sendable {
    public var method: String
    /// The path, percent-decoded, without the query.
    public var path: String
    /// Query parameters in order; a name may repeat (`actor=a&actor=b`).
    public var query: [(name: String, value: String)]
    public var body: [UInt8]

    public init(method: String, path: String, query: [(name: String, value: String)] = [], body: [UInt8] = []) {
        self.method = method
        self.path = path
        self.query = query
        self.body = body
    }

    /// Splits a request target (`/v1/search?q=a+b&actor=Kiev`); nil when it is not valid
    /// percent-encoded UTF-8.
    public init?(method: String, target: String, body: [UInt8]) {
        let parts = target.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)
        guard let path = String(parts[0]).removingPercentEncoding else { return nil }
        var query: [(name: String, value: String)] = []
        if parts.count > 1 {
            for pair in parts[1].split(separator: "&") where !pair.isEmpty {
                let nameValue = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
                let decode = { (text: Substring) in String(text).replacingOccurrences(of: "+", with: " ").removingPercentEncoding }
                guard let name = decode(nameValue[0]), let value = nameValue.count > 1 ? decode(nameValue[1]) : "" else {
                    return nil
                }
                query.append((name, value))
            }
        }
        self.init(method: method, path: path, query: query, body: body)
    }
}

public struct HTTPResponse: Sendable {
    public var status: Int
    public var body: [UInt8]
    public var contentType = "application/json"

    public init(status: Int, body: [UInt8]) {
        self.status = status
        self.body = body
    }

    static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }()

    public static func json(_ value: some Encodable, status: Int = 200) -> HTTPResponse {
        do { return HTTPResponse(status: status, body: Array(try encoder.encode(value)) + [0x0A]) } catch {
            return .error(status: 500, code: "internal", message: "response could not be encoded: \(error)")
        }
    }

    public static func error(status: Int, code: String, message: String) -> HTTPResponse {
        let body = (try? encoder.encode(ErrorResponse(code: code, message: message))) ?? Data()
        return HTTPResponse(status: status, body: Array(body) + [0x0A])
    }

    /// Sitrep's errors with the HTTP status that says who has to act.
    public static func error(_ error: SitrepError) -> HTTPResponse {
        let status: Int
        switch error.code {
        case .badRequest, .querySyntax, .unknownEntity: status = 400
        case .notFound: status = 404
        case .indexLocked, .unavailable: status = 503
        case .indexMissing, .indexCorrupt, .io, .internal, .invalidConfiguration: status = 500
        }
        return .error(status: status, code: error.code.rawValue, message: error.description)
    }
}
