/// A set of words looked up straight from the bytes of a text, case-insensitively, without
/// allocating: open addressing over one byte arena. Words are stored in lower case; a lookup
/// lowercases ASCII and Latin-1 capitals (À…Þ) on the fly.
struct WordSet: Sendable {
    private var arena: [UInt8] = []
    /// Per slot: offset into the arena + 1 (0 = empty) and length.
    private var slots: [(offset: Int32, length: Int32)]
    private var mask: Int
    private(set) var count = 0

    init<S: Sequence>(_ words: S) where S.Element == String {
        self.init(bytes: words.map { Array($0.utf8) })
    }

    init(bytes list: [[UInt8]]) {
        var capacity = 16
        while capacity < list.count * 2 { capacity <<= 1 }
        slots = Array(repeating: (0, 0), count: capacity)
        mask = capacity - 1
        arena.reserveCapacity(list.reduce(0) { $0 + $1.count })
        for w in list { insert(w) }
    }

    private mutating func insert(_ word: [UInt8]) {
        let lower = word.withUnsafeBufferPointer { p -> [UInt8] in
            var out: [UInt8] = []
            var i = 0
            while i < p.count {
                let (b, n) = WordSet.lowered(p, i, p.count)
                out.append(b)
                if n == 2 { out.append(WordSet.lower2(p[i + 1])) }
                i += n
            }
            return out
        }
        if lower.isEmpty || lower.withUnsafeBufferPointer({ contains($0, 0..<$0.count) }) { return }
        let h = lower.withUnsafeBufferPointer { WordSet.hash($0, 0..<lower.count) }
        var slot = h & mask
        while slots[slot].offset != 0 { slot = (slot + 1) & mask }
        slots[slot] = (Int32(arena.count + 1), Int32(lower.count))
        arena.append(contentsOf: lower)
        count += 1
    }

    /// The lower-case first byte at `i` and the length of the sequence it starts (1 or 2 for Latin-1 capitals).
    @inline(__always)
    static func lowered(_ p: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> (UInt8, Int) {
        let b = p[i]
        if b >= 0x41 && b <= 0x5A { return (b | 0x20, 1) }
        if b == 0xC3 && i + 1 < end { return (b, 2) }
        return (b, 1)
    }

    /// Second byte of a C3 xx sequence in lower case: À…Þ (C3 80…9E, not × C3 97) → à…þ.
    @inline(__always)
    static func lower2(_ b: UInt8) -> UInt8 {
        (b >= 0x80 && b <= 0x9E && b != 0x97) ? b + 0x20 : b
    }

    @inline(__always)
    private static func hash(_ p: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> Int {
        var h: UInt64 = 0xcbf29ce484222325
        var i = r.lowerBound
        while i < r.upperBound {
            var b = p[i]
            if b >= 0x41 && b <= 0x5A { b |= 0x20 }
            h = (h ^ UInt64(b)) &* 0x100000001b3
            if p[i] == 0xC3 && i + 1 < r.upperBound {
                h = (h ^ UInt64(lower2(p[i + 1]))) &* 0x100000001b3
                i += 2
            } else {
                i += 1
            }
        }
        return Int(truncatingIfNeeded: h ^ (h >> 29))
    }

    /// Is the word at `p[r]` in the set (ignoring case)?
    func contains(_ p: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> Bool {
        guard !r.isEmpty else { return false }
        var slot = WordSet.hash(p, r) & mask
        return arena.withUnsafeBufferPointer { a in
            while true {
                let s = slots[slot]
                if s.offset == 0 { return false }
                if Int(s.length) == r.count {
                    var k = Int(s.offset) - 1
                    var i = r.lowerBound
                    var same = true
                    while i < r.upperBound {
                        var b = p[i]
                        if b >= 0x41 && b <= 0x5A { b |= 0x20 }
                        if a[k] != b { same = false; break }
                        if p[i] == 0xC3 && i + 1 < r.upperBound {
                            if a[k + 1] != WordSet.lower2(p[i + 1]) { same = false; break }
                            i += 2; k += 2
                        } else {
                            i += 1; k += 1
                        }
                    }
                    if same { return true }
                }
                slot = (slot + 1) & mask
            }
        }
    }

    func contains(_ word: String) -> Bool {
        var w = word
        return w.withUTF8 { contains($0, 0..<$0.count) }
    }
}
