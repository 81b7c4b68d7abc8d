/// A place from the gazetteer (or, for villages no gazetteer holds, found from context).
public struct Place: Sendable, Hashable, Codable {
    public enum Level: String, Sendable, Hashable, Codable {
        case country
        case region
        case city
        /// Found from context ("the village of X"); no gazetteer record.
        case locality
    }

    /// Stable id ("kyiv-ua", "ua-14", "ua"), the place's canonical entity id.
    public var id: String
    public var level: Level
    public var name: String
    /// ISO 3166-1 alpha-2, upper case; nil when unknown.
    public var countryCode: String?
    /// The id of the region (first-level subdivision) holding the place, when known.
    public var regionID: String?
    public var population: Int
    public var aliases: [String]

    public init(id: String, level: Level, name: String, countryCode: String? = nil, regionID: String? = nil,
                population: Int = 0, aliases: [String] = []) {
        self.id = id
        self.level = level
        self.name = name
        self.countryCode = countryCode
        self.regionID = regionID
        self.population = population
        self.aliases = aliases
    }
}
