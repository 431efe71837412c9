#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An open-addressing table from a byte string to an Int32 value, with the bytes kept to rule
/// out collisions. Built once at load; lookups allocate nothing.
struct FormTable: Sendable {
    private var slots: [Int32]
    private var hashes: [UInt64]
    private var mask: Int
    /// The entry count at which the table doubles (three quarters of its slots).
    private var growAt: Int
    private var flat: [UInt8] = []
    private var offsets: [Int32] = [0]
    private(set) var values: [Int32] = []
    /// One bit per hash (its top bits): most failed look-ups (the tails of a compound) stop here,
    /// in a few hundred kilobytes that stay in cache, instead of in the table itself.
    private var filter: [UInt64]
    private let filterShift: UInt64
    /// False for the derived form table: its 150 000 forms are told apart by their 64-bit hash
    /// alone (no bytes kept or compared: the odds that an unknown word shares a form's hash are
    /// about 1 in 10^14 per word), which saves a third of its loading time.
    private let keepsKeys: Bool

    init(capacity: Int, keepsKeys: Bool = true) {
        self.keepsKeys = keepsKeys
        var size = 16
        // A load of at most three quarters (0.57 for the 150 000 forms of the lemma table): the
        // hash is compared before any key, so a longer probe costs little, and the table is
        // half the memory that has to be cleared at every start.
        while size * 3 < capacity * 4 { size <<= 1 }
        slots = [Int32](repeating: -1, count: size)
        hashes = [UInt64](repeating: 0, count: size)
        mask = size - 1
        growAt = size / 4 * 3
        var bits = 1024
        while bits < capacity * 16 { bits <<= 1 }
        filter = [UInt64](repeating: 0, count: bits / 64)
        filterShift = UInt64(64 - bits.trailingZeroBitCount)
        values.reserveCapacity(capacity)
        if keepsKeys { offsets.reserveCapacity(capacity + 1); flat = [UInt8](repeating: 0, count: capacity * 10) }
    }

    /// False: the key is surely absent.
    @inline(__always)
    func mayContain(hash h: UInt64) -> Bool {
        let bit = Int(truncatingIfNeeded: h >> filterShift)
        return filter.withUnsafeBufferPointer { $0[bit >> 6] & (1 << UInt64(bit & 63)) != 0 }
    }

    var count: Int { values.count }

    /// FNV-1a over the bytes from last to first: the hashes of all tails of a word come out of
    /// one backward pass (`tailHashes`), so the compound look-up is linear in the word's length.
    @inline(__always)
    static func hash(_ p: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h: UInt64 = 0xcbf29ce484222325
        var i = p.count
        while i > 0 { i -= 1; h = (h ^ UInt64(p[i])) &* 0x100000001b3 }
        return h
    }

    /// The hash of `p` followed by bytes whose hash is `h` (hashing runs from the last byte):
    /// the loader tries a hundred particles before each strong verb without joining them.
    @inline(__always)
    static func hash(_ p: UnsafeBufferPointer<UInt8>, before h: UInt64) -> UInt64 {
        var h = h
        var i = p.count
        while i > 0 { i -= 1; h = (h ^ UInt64(p[i])) &* 0x100000001b3 }
        return h
    }

    /// `out[k]` = the hash of `word[k...]`, for every k (out must hold word.count entries).
    @inline(__always)
    static func tailHashes(_ word: UnsafeBufferPointer<UInt8>, into out: UnsafeMutableBufferPointer<UInt64>) {
        var h: UInt64 = 0xcbf29ce484222325
        var i = word.count
        while i > 0 { i -= 1; h = (h ^ UInt64(word[i])) &* 0x100000001b3; out[i] = h }
    }

    /// The key's index (and whether it was new); a new key gets `value`.
    @discardableResult
    mutating func insert(_ key: [UInt8], value: Int32) -> (index: Int32, inserted: Bool) {
        key.withUnsafeBufferPointer { insert($0, value: value) }
    }

    /// The same for borrowed bytes: the loader inserts every line of the lemma table this way.
    @discardableResult
    mutating func insert(_ key: UnsafeBufferPointer<UInt8>, value: Int32) -> (index: Int32, inserted: Bool) {
        insert(key, hash: FormTable.hash(key), value: value)
    }

    /// The same with the key's hash already known (the loader hashes a form once for the two
    /// tables it goes into). Some 300 000 inserts at every start: one probe (`probe`, which
    /// borrows the arrays without retaining them) finds the key or the empty slot it goes into.
    @discardableResult
    mutating func insert(_ key: UnsafeBufferPointer<UInt8>, hash h: UInt64, value: Int32) -> (index: Int32, inserted: Bool) {
        var (found, slot) = probe(key, hash: h)
        if found >= 0 { return (found, false) }
        if values.count >= growAt { grow(); slot = probe(key, hash: h).slot }
        let index = Int32(values.count)
        slots[slot] = index
        hashes[slot] = h
        let bit = Int(truncatingIfNeeded: h >> filterShift)
        filter[bit >> 6] |= 1 << UInt64(bit & 63)
        if keepsKeys {
            // The key bytes go behind the others with one copy (append(contentsOf:) cost some
            // ninety instructions a key); `flat` grows by doubling, its tail unused.
            let s = Int(offsets[offsets.count - 1]), e = s + key.count
            if e > flat.count { flat += [UInt8](repeating: 0, count: max(e - flat.count, flat.count)) }
            if !key.isEmpty { flat.withUnsafeMutableBufferPointer { _ = memcpy($0.baseAddress! + s, key.baseAddress!, key.count) } }
            offsets.append(Int32(e))
        }
        values.append(value)
        return (index, true)
    }

    /// Twice the slots, for data larger than the capacity it was made for (a replaced lemma
    /// table): the entries move by their stored hashes, keys and indices unchanged.
    @inline(never)
    private mutating func grow() {
        let size = (mask + 1) * 2
        var newSlots = [Int32](repeating: -1, count: size)
        var newHashes = [UInt64](repeating: 0, count: size)
        for s in 0...mask where slots[s] >= 0 {
            var slot = Int(truncatingIfNeeded: (hashes[s] &* 0x9E3779B97F4A7C15) >> 20) & (size - 1)
            while newSlots[slot] >= 0 { slot = (slot + 1) & (size - 1) }
            newSlots[slot] = slots[s]
            newHashes[slot] = hashes[s]
        }
        slots = newSlots
        hashes = newHashes
        mask = size - 1
        growAt = size / 4 * 3
    }

    mutating func setValue(_ index: Int32, _ value: Int32) { values[Int(index)] = value }

    /// The index of a key, or -1.
    @inline(__always)
    func find(_ key: UnsafeBufferPointer<UInt8>) -> Int32 {
        find(key, hash: FormTable.hash(key))
    }

    @inline(__always)
    func find(_ key: UnsafeBufferPointer<UInt8>, hash h: UInt64) -> Int32 { probe(key, hash: h).index }

    /// The key's index and slot, or -1 and the empty slot where the probe ended (where it goes).
    @inline(__always)
    private func probe(_ key: UnsafeBufferPointer<UInt8>, hash h: UInt64) -> (index: Int32, slot: Int) {
        slots.withUnsafeBufferPointer { slots in
            hashes.withUnsafeBufferPointer { hashes in
                flat.withUnsafeBufferPointer { flat in
                    offsets.withUnsafeBufferPointer { offsets in
                        var slot = Int(truncatingIfNeeded: (h &* 0x9E3779B97F4A7C15) >> 20) & mask
                        while true {
                            let id = slots[slot]
                            if id < 0 { return (-1, slot) }
                            if hashes[slot] == h {
                                if !keepsKeys { return (id, slot) }
                                let s = Int(offsets[Int(id)]), e = Int(offsets[Int(id) + 1])
                                if e - s == key.count && (key.isEmpty || memcmp(flat.baseAddress! + s, key.baseAddress!, key.count) == 0) {
                                    return (id, slot)
                                }
                            }
                            slot = (slot + 1) & mask
                        }
                    }
                }
            }
        }
    }

    /// The value of a key, or -1.
    @inline(__always)
    func value(_ key: UnsafeBufferPointer<UInt8>) -> Int32 {
        let i = find(key)
        return i < 0 ? -1 : values[Int(i)]
    }

    func value(_ key: [UInt8]) -> Int32 { key.withUnsafeBufferPointer { value($0) } }

    func find(_ key: [UInt8]) -> Int32 { key.withUnsafeBufferPointer { find($0) } }

    func contains(_ key: UnsafeBufferPointer<UInt8>) -> Bool { find(key) >= 0 }

    /// The bytes of a key (only for a table that keeps its keys).
    func withKey<R>(_ index: Int, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        flat.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[Int(offsets[index])..<Int(offsets[index + 1])])) }
    }
}
