#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A set of words, shared by reference: built once, read by every scan.
final class WordSet: Sendable {
    let table: WordTable

    init(_ table: WordTable) { self.table = table }

    convenience init<S: Sequence>(_ words: S) where S.Element == String {
        self.init(WordTable(bytes: words.map { Array($0.utf8) }))
    }

    @inline(__always)
    func contains(_ p: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> Bool { table.contains(p, r) }

    func contains(_ word: String) -> Bool { table.contains(word) }

    var count: Int { table.count }
}

/// A set of words looked up straight from the bytes of a text, case-insensitively, without
/// allocating: open addressing over one byte arena. Words are stored in lower case; a lookup
/// lowercases ASCII and Latin-1 capitals (À…Þ) on the fly.
struct WordTable: Sendable {
    private var arena: [UInt8] = []
    /// Per slot: offset into the arena + 1 (0 = empty) and length.
    private var slots: [(offset: Int32, length: Int32)]
    private var mask: Int
    private(set) var count = 0
    /// Quick rejection before hashing: lengths in the set, and the (lower-case) first bytes.
    private var minLength = Int.max
    private var maxLength = 0
    private var firstBytes = [Bool](repeating: false, count: 256)

    init(bytes list: [[UInt8]]) {
        self.init(capacity: list.count)
        for w in list {
            let lower = w.withUnsafeBufferPointer { p -> [UInt8] in
                var out: [UInt8] = []
                out.reserveCapacity(p.count)
                var i = 0
                while i < p.count {
                    let (b, n) = WordTable.lowered(p, i, p.count)
                    out.append(b)
                    if n == 2 { out.append(WordTable.lower2(p[i + 1])) }
                    i += n
                }
                return out
            }
            lower.withUnsafeBufferPointer { insert(lowercased: $0) }
        }
    }

    /// An empty set with room for about `capacity` words.
    init(capacity: Int) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = Array(repeating: (0, 0), count: size)
        mask = size - 1
    }

    /// Adds a word that is already in lower case (a duplicate is ignored).
    mutating func insert(lowercased word: UnsafeBufferPointer<UInt8>) {
        guard word.count > 0 else { return }
        if count * 2 >= slots.count { grow() }
        var slot = WordTable.hash(word, 0..<word.count) & mask
        let length = Int32(word.count)
        let mask = self.mask
        let found: Bool = slots.withUnsafeMutableBufferPointer { slots in
            arena.withUnsafeBufferPointer { a in
                while slots[slot].offset != 0 {
                    let s = slots[slot]
                    if s.length == length && memcmp(a.baseAddress! + Int(s.offset) - 1, word.baseAddress!, word.count) == 0 { return true }
                    slot = (slot + 1) & mask
                }
                slots[slot] = (Int32(a.count + 1), length)
                return false
            }
        }
        if found { return }
        arena.append(contentsOf: word)
        count += 1
        minLength = min(minLength, word.count)
        maxLength = max(maxLength, word.count)
        firstBytes[Int(word[0])] = true
    }

    private mutating func grow() {
        let old = slots
        slots = Array(repeating: (0, 0), count: old.count * 2)
        mask = slots.count - 1
        arena.withUnsafeBufferPointer { a in
            for s in old where s.offset != 0 {
                var slot = WordTable.hash(a, (Int(s.offset) - 1)..<(Int(s.offset) - 1 + Int(s.length))) & mask
                while slots[slot].offset != 0 { slot = (slot + 1) & mask }
                slots[slot] = s
            }
        }
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
        // Multiply to spread FNV's weak low bits over the slot index.
        return Int(truncatingIfNeeded: (h &* 0x9E3779B97F4A7C15) >> 24)
    }

    /// Is the word at `p[r]` in the set (ignoring case)?
    func contains(_ p: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> Bool {
        guard r.count >= minLength, r.count <= maxLength else { return false }
        var b0 = p[r.lowerBound]
        if b0 >= 0x41 && b0 <= 0x5A { b0 |= 0x20 }
        guard firstBytes[Int(b0)] else { return false }
        var slot = WordTable.hash(p, r) & mask
        let mask = self.mask
        // One access to each array per lookup (a class's stored arrays are checked on every access).
        return slots.withUnsafeBufferPointer { slots in arena.withUnsafeBufferPointer { a in
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
                            if a[k + 1] != WordTable.lower2(p[i + 1]) { same = false; break }
                            i += 2; k += 2
                        } else {
                            i += 1; k += 1
                        }
                    }
                    if same { return true }
                }
                slot = (slot + 1) & mask
            }
        } }
    }

    func contains(_ word: String) -> Bool {
        var w = word
        return w.withUTF8 { contains($0, 0..<$0.count) }
    }
}
