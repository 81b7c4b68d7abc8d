import Foundation

extension StringProtocol {
    /// Byte-wise substring test on the UTF-8. Foundation's `contains` and `range(of:)` go
    /// through CFString and dominated cleaning time in profiles.
    public func containsBytes(_ needle: String) -> Bool {
        var needle = needle
        return needle.withUTF8 { pattern in
            guard let first = pattern.first else { return true }
            let found = utf8.withContiguousStorageIfAvailable { text -> Bool in
                guard text.count >= pattern.count, let base = text.baseAddress else { return false }
                var start = 0
                let last = text.count - pattern.count
                while start <= last {
                    guard let hit = memchr(base + start, Int32(first), last - start + 1) else { return false }
                    let offset = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                    if memcmp(base + offset, pattern.baseAddress!, pattern.count) == 0 { return true }
                    start = offset + 1
                }
                return false
            }
            return found ?? String(self).containsBytes(String(decoding: pattern, as: UTF8.self))
        }
    }
}
