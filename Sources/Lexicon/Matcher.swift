/// An open-addressing table from a 64-bit hash of folded bytes to an id, with the bytes kept
/// to rule out collisions. Built once; lookups allocate nothing.
struct ByteTable: Sendable {
    private var keys: [UInt64]
    private var ids: [Int32]
    private var mask: Int
    private(set) var words: [[UInt8]] = []

    init(capacity: Int) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        keys = Array(repeating: 0, count: size)
        ids = Array(repeating: -1, count: size)
        mask = size - 1
    }

    /// The id of `bytes`, adding it when new.
    mutating func insert(_ bytes: [UInt8]) -> Int32 {
        let h = Folding.hash(bytes)
        var slot = Int(truncatingIfNeeded: (h &* 0x9E3779B97F4A7C15) >> 20) & mask
        while ids[slot] >= 0 {
            if keys[slot] == h && words[Int(ids[slot])] == bytes { return ids[slot] }
            slot = (slot + 1) & mask
        }
        let id = Int32(words.count)
        keys[slot] = h
        ids[slot] = id
        words.append(bytes)
        return id
    }

    @inline(__always)
    func lookup(hash h: UInt64, bytes: UnsafeBufferPointer<UInt8>) -> Int32 {
        var slot = Int(truncatingIfNeeded: (h &* 0x9E3779B97F4A7C15) >> 20) & mask
        while true {
            let id = ids[slot]
            if id < 0 { return -1 }
            if keys[slot] == h {
                let w = words[Int(id)]
                if w.count == bytes.count && w.withUnsafeBufferPointer({ memEqual($0, bytes) }) { return id }
            }
            slot = (slot + 1) & mask
        }
    }
}

@inline(__always)
private func memEqual(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
    guard a.count == b.count else { return false }
    for i in 0..<a.count where a[i] != b[i] { return false }
    return true
}

/// A match of one lexicon entry over tokens `first...last` of a sentence.
public struct LexiconMatch: Sendable, Hashable {
    /// Index into `LexiconSet.entries`.
    public var entry: Int32
    public var first: Int32
    public var last: Int32

    public init(entry: Int32, first: Int32, last: Int32) {
        self.entry = entry
        self.first = first
        self.last = last
    }
}

/// What the matcher knows about each token of a note: its word id in the lexicon vocabulary and
/// the prefixes it starts with. Reused across calls to avoid per-token allocations.
public struct TokenKeys: Sendable {
    public fileprivate(set) var word: [Int32] = []
    fileprivate var prefixStart: [Int32] = [0]
    fileprivate var prefixes: [Int32] = []
    fileprivate var folded: [UInt8] = []

    public init() {}

    public var count: Int { word.count }

    fileprivate mutating func reset(capacity: Int) {
        word.removeAll(keepingCapacity: true)
        word.reserveCapacity(capacity)
        prefixStart.removeAll(keepingCapacity: true)
        prefixStart.append(0)
        prefixes.removeAll(keepingCapacity: true)
    }

    @inline(__always)
    func has(prefix id: Int32, at token: Int) -> Bool {
        var i = Int(prefixStart[token])
        let end = Int(prefixStart[token + 1])
        while i < end {
            if prefixes[i] == id { return true }
            i += 1
        }
        return false
    }
}

/// The lexicon compiled for matching: every pattern word in a hash table, entries indexed by
/// their first element.
struct CompiledMatcher: Sendable {
    struct Element: Sendable {
        var words: [Int32]
        var prefixes: [Int32]
        var optional: Bool
        var gap: Int
    }

    private var wordTable: ByteTable
    private var prefixTable: ByteTable
    /// Lengths (in folded bytes) at which some prefix ends.
    private var prefixLengths: [Bool]
    private var elements: [[Element]] = []
    private var byWord: [[Int32]] = []
    private var byPrefix: [[Int32]] = []

    init(entries: [LexiconEntry]) {
        var words = ByteTable(capacity: entries.count * 2 + 16)
        var prefixes = ByteTable(capacity: entries.count + 16)
        var lengths = [Bool](repeating: false, count: 64)
        var compiled: [[Element]] = []
        for entry in entries {
            var elems: [Element] = []
            for element in entry.elements {
                var e = Element(words: [], prefixes: [], optional: element.isOptional, gap: element.gapBefore)
                for alt in element.alternatives {
                    if alt.isPrefix {
                        e.prefixes.append(prefixes.insert(alt.bytes))
                        if alt.bytes.count < lengths.count { lengths[alt.bytes.count] = true }
                    } else {
                        e.words.append(words.insert(alt.bytes))
                    }
                }
                elems.append(e)
            }
            compiled.append(elems)
        }
        var byWord = [[Int32]](repeating: [], count: words.words.count)
        var byPrefix = [[Int32]](repeating: [], count: prefixes.words.count)
        for (i, elems) in compiled.enumerated() {
            for w in elems[0].words where !byWord[Int(w)].contains(Int32(i)) { byWord[Int(w)].append(Int32(i)) }
            for p in elems[0].prefixes where !byPrefix[Int(p)].contains(Int32(i)) { byPrefix[Int(p)].append(Int32(i)) }
        }
        wordTable = words
        prefixTable = prefixes
        prefixLengths = lengths
        elements = compiled
        self.byWord = byWord
        self.byPrefix = byPrefix
    }

    /// Looks every token up once: its word id and the prefixes it begins with.
    func computeKeys(_ text: UnsafeBufferPointer<UInt8>, count: Int, range: (Int) -> Range<Int>, into keys: inout TokenKeys) {
        keys.reset(capacity: count)
        for t in 0..<count {
            keys.folded.removeAll(keepingCapacity: true)
            Folding.fold(text, range(t), into: &keys.folded)
            let n = keys.folded.count
            var h: UInt64 = 0xcbf29ce484222325
            var wordId: Int32 = -1
            keys.folded.withUnsafeBufferPointer { f in
                for i in 0..<n {
                    h = (h ^ UInt64(f[i])) &* 0x100000001b3
                    let len = i + 1
                    if len < prefixLengths.count, prefixLengths[len] {
                        let id = prefixTable.lookup(hash: h, bytes: UnsafeBufferPointer(rebasing: f[0..<len]))
                        if id >= 0 { keys.prefixes.append(id) }
                    }
                }
                if n > 0 { wordId = wordTable.lookup(hash: h, bytes: f) }
            }
            keys.word.append(wordId)
            keys.prefixStart.append(Int32(keys.prefixes.count))
        }
    }

    /// Appends every entry match that lies within the token range (a sentence).
    /// `allowed(entry, firstToken)` may veto a start (e.g. entries only valid at sentence start).
    func match(_ keys: TokenKeys, tokens: Range<Int>, into matches: inout [LexiconMatch]) {
        for t in tokens {
            let w = keys.word[t]
            if w >= 0 {
                for e in byWord[Int(w)] { tryEntry(e, keys, start: t, end: tokens.upperBound, into: &matches) }
            }
            var i = Int(keys.prefixStart[t])
            let end = Int(keys.prefixStart[t + 1])
            while i < end {
                for e in byPrefix[Int(keys.prefixes[i])] { tryEntry(e, keys, start: t, end: tokens.upperBound, into: &matches) }
                i += 1
            }
        }
    }

    @inline(__always)
    private func tryEntry(_ e: Int32, _ keys: TokenKeys, start: Int, end: Int, into matches: inout [LexiconMatch]) {
        let elems = elements[Int(e)]
        if elems.count == 1 {
            matches.append(LexiconMatch(entry: e, first: Int32(start), last: Int32(start)))
            return
        }
        if let last = matchRest(elems, 1, keys, from: start + 1, end: end) {
            matches.append(LexiconMatch(entry: e, first: Int32(start), last: Int32(last)))
        }
    }

    /// Matches elements[k...] starting at token `p`; returns the last token matched.
    private func matchRest(_ elems: [Element], _ k: Int, _ keys: TokenKeys, from p: Int, end: Int) -> Int? {
        if k == elems.count { return p - 1 }
        let el = elems[k]
        var q = p
        let limit = min(p + el.gap, end - 1)
        while q <= limit {
            if tokenMatches(el, keys, q), let r = matchRest(elems, k + 1, keys, from: q + 1, end: end) { return r }
            q += 1
        }
        if el.optional, let r = matchRest(elems, k + 1, keys, from: p, end: end) { return r }
        return nil
    }

    @inline(__always)
    private func tokenMatches(_ el: Element, _ keys: TokenKeys, _ t: Int) -> Bool {
        let w = keys.word[t]
        if w >= 0 { for x in el.words where x == w { return true } }
        for p in el.prefixes where keys.has(prefix: p, at: t) { return true }
        return false
    }
}
