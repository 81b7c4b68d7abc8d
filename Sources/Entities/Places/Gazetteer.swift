/// Place names from real geographic data (GeoNames cities, ISO 3166 countries and
/// regions; see tools/gazetteer), looked up by any of their names.
public final class Gazetteer: Sendable {
    public let places: [String: Place]
    /// Normalised name (NameKey.normalized) -> places bearing it, most populous first.
    private let byName: [String: [Place]]
    /// Capitalised first words of multi-word names, so the extractor knows where to look.
    public let longestNameWords: Int

    /// The built-in gazetteer, parsed once per process on first use.
    public static let shared = Gazetteer(data: gazetteerData)

    public convenience init(data: String) {
        var places: [String: Place] = [:]
        for line in data.split(separator: "\n") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count >= 7, let level = Place.Level(rawValue: String(fields[1])) else { continue }
            let place = Place(
                id: String(fields[0]), level: level, name: String(fields[2]),
                countryCode: fields[3].isEmpty ? nil : String(fields[3]),
                regionID: fields[4].isEmpty ? nil : String(fields[4]),
                population: Int(fields[5]) ?? 0,
                aliases: fields[6].split(separator: "|").map(String.init))
            places[place.id] = place
        }
        self.init(places: Array(places.values))
    }

    public init(places list: [Place]) {
        var places: [String: Place] = [:]
        var byName: [String: [Place]] = [:]
        var longest = 1
        for place in list {
            places[place.id] = place
            for name in [place.name] + place.aliases {
                let key = NameKey.normalized(name)
                guard !key.isEmpty else { continue }
                byName[key, default: []].append(place)
                longest = max(longest, key.spaceSeparated().count)
            }
        }
        for (key, candidates) in byName {
            byName[key] = Self.ranked(candidates)
        }
        self.places = places
        self.byName = byName
        self.longestNameWords = min(longest, 6)
    }

    /// Countries first (a country's name means the country), then regions, then cities by
    /// population; ties by id so the order never depends on hashing.
    private static func ranked(_ places: [Place]) -> [Place] {
        var unique: [String: Place] = [:]
        for place in places { unique[place.id] = place }
        func rank(_ level: Place.Level) -> Int {
            switch level { case .country: 0; case .region: 1; case .city: 2; case .locality: 3 }
        }
        return unique.values.sorted {
            (rank($0.level), -$0.population, $0.id) < (rank($1.level), -$1.population, $1.id)
        }
    }

    /// Every place called `name`, best candidate first.
    public func places(named name: some StringProtocol) -> [Place] {
        byName[NameKey.normalized(name)] ?? []
    }

    public func country(code: String) -> Place? {
        places[code.lowercased()]
    }

    /// The chain from a place up to its country: Bakhmut -> Donetsk Oblast -> Ukraine.
    public func rollUp(_ place: Place) -> [Place] {
        var chain = [place]
        if let region = place.regionID.flatMap({ places[$0] }), region.id != place.id { chain.append(region) }
        if place.level != .country, let country = place.countryCode.flatMap(country(code:)) { chain.append(country) }
        return chain
    }
}
