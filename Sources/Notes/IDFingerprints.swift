/// The ids seen so far, kept as 64-bit fingerprints rather than as strings, so that finding a
/// duplicate costs 8 bytes per slot, 10 to 16 bytes per note (134 MB for ten million) instead of
/// a string and a dictionary entry each (625 MB for ten million before).
///
/// The bound: two different ids share a fingerprint with probability about n²/2⁶⁵ — below one in
/// 300,000 for 10 million ids. Such a note is not lost: it is rejected as a duplicate into the
/// error report with its id, line and reason, where it can be checked.
///
/// Open addressing with linear probing, split into 256 shards that grow one at a time, so that a
/// growing table never holds twice its size at once.
struct IDFingerprints {
    private var shards: [[UInt64]] = Array(repeating: [UInt64](repeating: 0, count: 16), count: 256)
    private var counts = [Int](repeating: 0, count: 256)
    private(set) var count = 0

    /// Adds the id; false when it (most probably) was there already.
    mutating func insert<C: Collection>(_ id: C) -> Bool where C.Element == UInt8 {
        insert(fingerprint: Self.fingerprint(id))
    }

    /// Adds an id by its fingerprint (`fingerprint(_:)`); false when it was there already.
    mutating func insert(fingerprint print: UInt64) -> Bool {
        let shard = Int(print >> 56)
        if counts[shard] * 5 >= shards[shard].count * 4 { grow(shard) }
        let inserted = shards[shard].withUnsafeMutableBufferPointer { Self.insert(print, into: $0) }
        if inserted {
            counts[shard] += 1
            count += 1
        }
        return inserted
    }

    private static func insert(_ print: UInt64, into table: UnsafeMutableBufferPointer<UInt64>) -> Bool {
        let mask = table.count - 1
        var slot = Int(truncatingIfNeeded: print) & mask
        while true {
            let here = table[slot]
            if here == 0 { table[slot] = print; return true }
            if here == print { return false }
            slot = (slot + 1) & mask
        }
    }

    private mutating func grow(_ shard: Int) {
        var bigger = [UInt64](repeating: 0, count: shards[shard].count * 2)
        bigger.withUnsafeMutableBufferPointer { table in
            for print in shards[shard] where print != 0 { _ = Self.insert(print, into: table) }
        }
        shards[shard] = bigger
    }

    /// FNV-1a over the bytes, then the MurmurHash3 finaliser so every bit depends on every byte
    /// (the shard comes from the top bits, the slot from the low ones); never 0, which marks a free slot.
    static func fingerprint<C: Collection>(_ bytes: C) -> UInt64 where C.Element == UInt8 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }
        h ^= UInt64(truncatingIfNeeded: bytes.count)
        h ^= h >> 33; h &*= 0xff51_afd7_ed55_8ccd
        h ^= h >> 33; h &*= 0xc4ce_b9fe_1a85_ec53
        h ^= h >> 33
        return h == 0 ? 1 : h
    }
}
