import Articles

/// The canonical entities of an index: one id and one display name per real-world entity,
/// with every spelling seen. Articles' entities resolve against it when indexed, and query
/// filters (`actor:Kiev`) resolve against it when searched.
///
/// Ids are assigned once and never change, so terms already indexed stay valid: a
/// gazetteer place keeps its gazetteer id, a curated entity its curated id, anything else
/// the slug of the first name it was seen under. Variants join an entity by normalised
/// alias, then by spelling key (NameKey.skeleton), and a lone surname joins the only
/// person of that surname.
public struct EntityRegistry: EntityStore, Sendable {
    public typealias Record = EntityRecord

    public private(set) var records: [String: Record] = [:]
    /// Ids changed since the last `markPersisted()`, to persist.
    private var changed: Set<String> = []
    private var byAlias: [String: Set<String>] = [:]
    private var bySkeleton: [String: Set<String>] = [:]
    private var bySurname: [String: Set<String>] = [:]
    /// Organisations by `NameKey.organisationKey`, kept in memory only: it joins word-order
    /// variants when indexing, and the variant then becomes an alias that readers look up.
    private var byOrganisationKey: [String: Set<String>] = [:]
    /// Alias keys that gained a record since `takeChangedAliasKeys()`: the names whose
    /// `knownKind` may have changed (a record's kind never changes).
    private var changedAliasKeys: Set<String> = []
    private let gazetteer: Gazetteer
    private let curated: CuratedEntities

    public init(records: some Sequence<Record> = [], gazetteer: Gazetteer = .shared, curated: CuratedEntities = .builtIn) {
        self.gazetteer = gazetteer
        self.curated = curated
        for record in records { insert(record) }
        changed.removeAll()
    }

    /// The canonical record for an article's entity, created or extended as needed.
    public mutating func resolve(_ entity: ArticleEntity) -> Record {
        let id = existingID(for: entity) ?? newID(for: entity)
        var record = records[id] ?? newRecord(id: id, entity: entity)
        let before = record
        var aliases = Set(record.aliases)
        // Not a person's given name alone ("David" after "David Blunkett"): right in its
        // article, it would make every later lone "David" this person ("Matthew" in posts
        // on the Gospels became the rugby player Mathew Tait).
        let givenNames = entity.kind == .person
            ? Set([entity.name, record.name].compactMap { name in name.containsASCII(" ") ? name.spaceSeparated().first.map(String.init) : nil })
            : []
        for form in entity.surfaceForms.union([entity.name]) where form != record.name && !givenNames.contains(form) {
            aliases.insert(form)
        }
        // A person first seen by surname, or by initials ("S Williams", a team sheet's), takes
        // the full name when it appears.
        if entity.kind == .person, entity.name.containsASCII(" "),
           !record.name.containsASCII(" ") || NameKey.spellsOutInitials(entity.name, of: record.name) {
            aliases.insert(record.name)
            aliases.remove(entity.name)
            record.name = entity.name
        }
        record.aliases = aliases.sorted()
        if record != before || records[id] == nil { insert(record) }
        return record
    }

    /// Records whose name or an alias starts with `prefix` (for completion), by name.
    public func records(withPrefix prefix: String) -> [Record] {
        let normalized = NameKey.normalized(prefix)
        return records.values.filter { record in
            normalized.isEmpty || ([record.name] + record.aliases).contains { NameKey.normalized($0).hasPrefix(normalized) }
        }.sorted { ($0.name, $0.id) < ($1.name, $1.id) }
    }

    /// The records changed since the last `markPersisted()`, for the caller to persist.
    public var changes: [Record] {
        changed.sorted().compactMap { records[$0] }
    }

    /// Call once the `changes` are durably stored, not before: a failed store keeps them.
    public mutating func markPersisted() {
        changed.removeAll()
    }

    // MARK: Internals

    public func record(id: String) -> Record? { records[id] }

    /// The alias keys whose `knownKind` may have changed since the last call (every key, the
    /// first time), for a caller that keeps its own copy of the known kinds.
    public mutating func takeChangedAliasKeys() -> Set<String> {
        defer { changedAliasKeys.removeAll() }
        return changedAliasKeys
    }

    /// The kind of the entity known under this normalised name, if any: what an earlier
    /// article established, for the extractor's `known` argument.
    public func knownKind(ofNormalizedName name: String) -> EntityKind? {
        ids(forKey: EntityStoreKey(.alias, name)).sorted().compactMap { records[$0] }.first?.kind
    }
    public func ids(forKey key: EntityStoreKey) -> Set<String> {
        switch key.namespace {
        case .alias: byAlias[key.value] ?? []
        case .skeleton: bySkeleton[key.value] ?? []
        case .surname: bySurname[key.value] ?? []
        }
    }

    /// Every lookup key a record is filed under, for a store that persists them.
    public func keys(of record: Record) -> [EntityStoreKey] {
        var keys: Set<EntityStoreKey> = []
        for name in [record.name] + record.aliases {
            keys.insert(EntityStoreKey(.alias, NameKey.normalized(name)))
            let skeleton = NameKey.skeleton(name)
            if Self.isDistinctive(skeleton) { keys.insert(EntityStoreKey(.skeleton, skeleton)) }
            if record.kind == .person, let last = NameKey.normalized(name).spaceSeparated().last {
                let surname = NameKey.skeleton(last)
                if surname.count >= 3 { keys.insert(EntityStoreKey(.surname, surname)) }
            }
        }
        return keys.sorted { ($0.namespace.rawValue, $0.value) < ($1.namespace.rawValue, $1.value) }
    }

    /// One-word skeletons shorter than three letters (Kyiv: "kv") match too much.
    static func isDistinctive(_ skeleton: String) -> Bool {
        skeleton.count >= 3 || skeleton.containsASCII(" ")
    }

    private func existingID(for entity: ArticleEntity) -> String? {
        if let place = entity.place { return place.id }
        if let entry = curated.entry(named: entity.name), entry.kind == entity.kind { return entry.id }
        let sameKind: (Set<String>?) -> [String] = { ids in
            (ids ?? []).filter { self.records[$0]?.kind == entity.kind }.sorted()
        }
        // A person's bare surname may belong to several people: it joins by the unique-surname
        // rule below, never by alias ("Johnson" must not make Lyndon an alias of Boris).
        let isFullName = entity.kind == .person && entity.name.containsASCII(" ")
        for form in [entity.name] + entity.surfaceForms.sorted() where !(isFullName && !form.containsASCII(" ")) {
            if let id = sameKind(byAlias[NameKey.normalized(form)]).first { return id }
        }
        // A spelling key joins spellings of one name, not every name with its consonants.
        let spells = { (id: String, words: (String) -> Substring) -> Bool in
            guard let record = self.records[id] else { return false }
            let ours = ([entity.name] + entity.surfaceForms).map { words($0) }
            return ([record.name] + record.aliases).contains { theirs in ours.contains { NameKey.isCloseSpelling($0, words(theirs)) } }
        }
        let whole = { (name: String) in Substring(name) }
        let surnameOf = { (name: String) in NameKey.normalized(name).spaceSeparated().last ?? "" }
        if let id = sameKind(bySkeleton[NameKey.skeleton(entity.name)]).first(where: { spells($0, whole) }) { return id }
        if entity.kind == .organisation, let key = NameKey.organisationKey(entity.name),
           let id = sameKind(byOrganisationKey[key]).first {
            return id
        }
        guard entity.kind == .person else { return nil }
        let words = NameKey.normalized(entity.name).spaceSeparated()
        guard let surname = words.last.map(NameKey.skeleton) else { return nil }
        if words.count == 1 {
            // A lone name that is a given name too joins a surname only as spelt ("Ricardo", a
            // player on a team sheet, is no "Pernod Ricard").
            let isGivenName = PersonalNames.given.contains(words[0])
            let owners = sameKind(bySurname[surname]).filter { id in
                let spelt = isGivenName ? records[id].map { surnameOf($0.name) == words[0] } ?? false : spells(id, surnameOf)
                return spelt && hasPlausibleGivenName(id)
            }
            return owners.count == 1 ? owners[0] : nil
        }
        // Initials and a surname ("A Hazell", a team sheet's) and the full name ("Andy Hazell")
        // join, where one person of that surname has those initials.
        let initialled = sameKind(bySurname[surname]).filter { id in
            guard let name = records[id]?.name else { return false }
            return NameKey.spellsOutInitials(entity.name, of: name) || NameKey.spellsOutInitials(name, of: entity.name)
        }
        if initialled.count == 1 { return initialled[0] }
        // A full name adopts a surname-only record of the same person; one that is a given
        // name too only as spelt ("Bob Bryan" does not take a poster's "Brian").
        return sameKind(bySkeleton[surname]).first { id in
            guard let bare = records[id]?.name, !bare.containsASCII(" "), spells(id, surnameOf) else { return false }
            return !PersonalNames.given.contains(Substring(bare)) || NameKey.normalized(bare) == words.last.map(String.init)
        }
    }

    /// Whether a person's record opens with a name, not a common word: "a Black Jesus" and
    /// "Binary Mac versions", misread once, must not take every lone "Jesus" and "Mac".
    private func hasPlausibleGivenName(_ id: String) -> Bool {
        guard let name = records[id]?.name, let first = name.spaceSeparated().first, name.containsASCII(" ") else { return true }
        return !Lexicon.english.contains(first) || PersonalNames.isGivenName(first)
    }

    /// Ids go into Xapian terms and metadata keys, which have length limits (245 bytes).
    static let maximumIDLength = 80

    private func newID(for entity: ArticleEntity) -> String {
        var base = NameKey.slug(entity.name)
        if base.utf8.count > Self.maximumIDLength {
            base = String(base.prefix(Self.maximumIDLength - 9)) + "-" + String(UInt32(truncatingIfNeeded: base.hashValueStable), radix: 16)
        }
        var id = base
        var suffix = 2
        while records[id] != nil || gazetteer.places[id] != nil {
            id = "\(base)-\(suffix)"
            suffix += 1
        }
        return id
    }

    private func newRecord(id: String, entity: ArticleEntity) -> Record {
        if let place = entity.place {
            let chain = gazetteer.rollUp(place).dropFirst().map(\.id)
            return Record(id: id, kind: .place, name: place.name, within: chain.isEmpty ? nil : Array(chain),
                          countryCode: place.countryCode)
        }
        if let entry = curated.entry(named: entity.name), entry.id == id {
            return Record(id: id, kind: entry.kind, name: entry.name, aliases: entry.aliases)
        }
        if entity.kind == .place, let country = entity.contextCountry {
            return Record(id: id, kind: .place, name: entity.name, within: [country], countryCode: gazetteer.places[country]?.countryCode)
        }
        return Record(id: id, kind: entity.kind, name: entity.name)
    }

    private mutating func insert(_ record: Record) {
        records[record.id] = record
        changed.insert(record.id)
        for key in keys(of: record) {
            switch key.namespace {
            case .alias:
                if byAlias[key.value, default: []].insert(record.id).inserted { changedAliasKeys.insert(key.value) }
            case .skeleton: bySkeleton[key.value, default: []].insert(record.id)
            case .surname: bySurname[key.value, default: []].insert(record.id)
            }
        }
        if record.kind == .organisation {
            for name in [record.name] + record.aliases {
                if let key = NameKey.organisationKey(name) { byOrganisationKey[key, default: []].insert(record.id) }
            }
        }
    }
}

/// A canonical entity as stored in the index.
public struct EntityRecord: Sendable, Hashable, Codable {
    public var id: String
    public var kind: EntityKind
    public var name: String
    public var aliases: [String]
    /// For places: the chain up to the country (ids), for roll-up facets.
    public var within: [String]?
    public var countryCode: String?

    public init(id: String, kind: EntityKind, name: String, aliases: [String] = [], within: [String]? = nil,
                countryCode: String? = nil) {
        self.id = id
        self.kind = kind
        self.name = name
        self.aliases = aliases
        self.within = within
        self.countryCode = countryCode
    }
}

extension String {
    /// FNV-1a of the UTF-8 bytes: stable across runs, unlike `hashValue`.
    var hashValueStable: UInt64 {
        utf8.reduce(0xcbf2_9ce4_8422_2325 as UInt64) { ($0 ^ UInt64($1)) &* 0x0000_0100_0000_01b3 }
    }
}
