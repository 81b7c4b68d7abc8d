import Articles

/// A fingerprint of an article as read, so re-indexing an unchanged article costs one
/// lookup instead of cleaning, extraction and a write. FNV-1a (64-bit): this detects
/// change, it does not defend against forgery.
enum ContentHash {
    static func of(_ raw: RawArticle) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        func mix(_ text: String?) {
            for byte in (text ?? "\u{0}").utf8 {
                hash ^= UInt64(byte)
                hash = hash &* 0x0000_0100_0000_01b3
            }
            hash ^= 0x1F
            hash = hash &* 0x0000_0100_0000_01b3
        }
        mix(Schema.version)
        mix(raw.id)
        mix(raw.title)
        mix(raw.date?.description)
        mix(raw.body)
        mix(raw.source)
        mix(raw.url)
        mix(raw.format == .plainText ? "text" : "jsonl")
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
