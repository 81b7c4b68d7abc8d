/// What an entity is. Persons and organisations are both "actors" in facets and queries;
/// places are their own facet.
public enum EntityKind: String, Sendable, Hashable, Codable, CaseIterable {
    case person
    case organisation
    case place

    public var facet: EntityFacet { self == .place ? .place : .actor }
}

/// The two facets users query and count: `actor:` (people and organisations) and `place:`.
public enum EntityFacet: String, Sendable, Hashable, Codable, CaseIterable {
    case actor
    case place

    public var kinds: [EntityKind] { self == .place ? [.place] : [.person, .organisation] }
}

/// An entity as one article mentions it, before it has a canonical identity.
public struct ArticleEntity: Sendable, Hashable {
    public var kind: EntityKind
    /// The fullest form the article uses ("Oleksandr Syrskyi", not "Syrskyi").
    public var name: String
    /// Every form the article uses for it, the name included.
    public var surfaceForms: Set<String>
    public var mentions: Int
    /// For places found in the gazetteer: its record, which fixes the canonical identity.
    public var place: Place?
    /// For places found from context alone ("the village of Klishchiivka"): the country the
    /// article is mostly about, by gazetteer id, so the place rolls up to it.
    public var contextCountry: String?

    public init(kind: EntityKind, name: String, surfaceForms: Set<String>, mentions: Int, place: Place? = nil,
                contextCountry: String? = nil) {
        self.contextCountry = contextCountry
        self.kind = kind
        self.name = name
        self.surfaceForms = surfaceForms
        self.mentions = mentions
        self.place = place
    }
}
