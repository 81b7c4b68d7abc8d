import Foundation

/// Where canonical entities can be looked up: the writer's in-memory registry, or an
/// index's stored metadata read on demand (a search needs a handful of records, and must
/// not load them all). The lookup rules live here once, for both.
public protocol EntityStore {
    func record(id: String) -> EntityRecord?
    func ids(forKey key: EntityStoreKey) -> Set<String>
}

/// A lookup key: a normalised alias, a spelling skeleton, or a person's surname skeleton.
public struct EntityStoreKey: Sendable, Hashable {
    public enum Namespace: String, Sendable, Hashable, CaseIterable {
        case alias
        case skeleton
        case surname
    }

    public var namespace: Namespace
    public var value: String

    public init(_ namespace: Namespace, _ value: String) {
        self.namespace = namespace
        self.value = value
    }
}

extension EntityStore {
    /// Records whose name or alias matches `text` (any known spelling, or the id itself), of
    /// the facet's kinds: exact forms first, then gazetteer and curated names, then
    /// spelling keys, then (for actors) surnames.
    /// The gazetteer and curated registry are consulted only when the store has no match:
    /// parsing the built-in gazetteer costs a CLI call about 0.25 s.
    public func lookup(_ text: String, facet: EntityFacet, gazetteer: Gazetteer? = nil,
                       curated: CuratedEntities? = nil) -> [EntityRecord] {
        let kinds = Set(facet.kinds)
        func matching(_ ids: some Sequence<String>) -> [EntityRecord] {
            Set(ids).compactMap { record(id: $0) }.filter { kinds.contains($0.kind) }.sorted { $0.id < $1.id }
        }
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if let exact = record(id: trimmed), kinds.contains(exact.kind) { return [exact] }
        let normalized = NameKey.normalized(trimmed)
        guard !normalized.isEmpty else { return [] }
        var found = matching(ids(forKey: EntityStoreKey(.alias, normalized)))
        if found.isEmpty, facet == .place {
            found = matching((gazetteer ?? .shared).places(named: trimmed).map(\.id))
        }
        if found.isEmpty, facet == .actor, let entry = (curated ?? .builtIn).entry(named: trimmed) {
            found = matching([entry.id])
        }
        let skeleton = NameKey.skeleton(trimmed)
        if found.isEmpty, EntityRegistry.isDistinctive(skeleton) {
            found = matching(ids(forKey: EntityStoreKey(.skeleton, skeleton)))
        }
        // A bare surname means every person of that surname ("actor:Carter").
        if facet == .actor, !normalized.contains(" "), skeleton.count >= 3 {
            let surnames = ids(forKey: EntityStoreKey(.surname, skeleton))
            if found.isEmpty || found.contains(where: { $0.kind == .person }) {
                found = matching(found.map(\.id) + surnames)
            }
        }
        return found
    }
}
