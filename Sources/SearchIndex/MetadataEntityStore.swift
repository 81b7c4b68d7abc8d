import Entities
import Foundation
import XapianKit

/// Entity records read from an index's metadata on demand, cached until the reader moves
/// to a new revision. A search touches a few records; loading all would cost every CLI
/// call the size of the registry.
final class MetadataEntityStore: EntityStore {
    private let database: Database
    private var records: [String: EntityRecord?] = [:]
    private var keys: [EntityStoreKey: Set<String>] = [:]

    init(database: Database) {
        self.database = database
    }

    func invalidate() {
        records.removeAll()
        keys.removeAll()
    }

    func record(id: String) -> EntityRecord? {
        if let cached = records[id] { return cached }
        let record = (try? database.metadata(Schema.Metadata.entityPrefix + id))
            .flatMap { $0 }
            .flatMap { try? JSONDecoder().decode(EntityRecord.self, from: Data($0.utf8)) }
        records[id] = record
        return record
    }

    func ids(forKey key: EntityStoreKey) -> Set<String> {
        if let cached = keys[key] { return cached }
        let value = (try? database.metadata(Schema.Metadata.lookupKey(key.namespace.rawValue, key.value))) ?? nil
        let ids = Set((value ?? "").split(separator: " ").map(String.init))
        keys[key] = ids
        return ids
    }

    /// Ids of all entities whose alias starts with `prefix` (normalised).
    func ids(aliasPrefix prefix: String) throws -> Set<String> {
        var ids: Set<String> = []
        for key in try database.metadataKeys(withPrefix: Schema.Metadata.lookupKey(EntityStoreKey.Namespace.alias.rawValue, prefix)) {
            if let value = try database.metadata(key) {
                ids.formUnion(value.split(separator: " ").map(String.init))
            }
        }
        return ids
    }

    func allIDs() throws -> [String] {
        try database.metadataKeys(withPrefix: Schema.Metadata.entityPrefix).map { String($0.dropFirst(Schema.Metadata.entityPrefix.count)) }
    }
}
