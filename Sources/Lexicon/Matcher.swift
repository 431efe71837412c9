import DiepgangCore
import DiepgangTokenizer

/// An open-addressing table from folded bytes to an id. Built once; lookups allocate nothing.
struct ByteTable: Sendable {
    /// A slot holds a word's first eight bytes (zero-padded), its length and id + 1 (0: empty):
    /// most words are that short, so a probe reads one slot and nothing else.
    struct Slot {
        var head: UInt64
        var meta: UInt64
    }
    private var slots: [Slot]
    private var mask: Int
    private(set) var words: [[UInt8]] = []
    /// The same words, flat, followed by eight zero bytes so that they can be compared eight
    /// bytes at a time; `offsets[id]` is where a word starts.
    private var flat = [UInt8](repeating: 0, count: 8)
    private var offsets: [Int32] = []

    init(capacity: Int) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = Array(repeating: Slot(head: 0, meta: 0), count: size)
        mask = size - 1
    }

    /// The low `count` bytes (1...8) of a little-endian word.
    @inline(__always)
    static func low(_ count: Int) -> UInt64 {
        // Wrapping arithmetic: no overflow checks on the hot path (count is 1...8).
        UInt64.max &>> UInt64(truncatingIfNeeded: 64 &- 8 &* count)
    }

    @inline(__always)
    static func mix(_ h: UInt64, _ chunk: UInt64) -> UInt64 {
        let x = (h ^ chunk) &* 0x9E37_79B9_7F4A_7C15
        return x ^ (x >> 29)
    }

    /// The hash of `count` (≥ 1) bytes, eight at a time (the last word masked), so that a word
    /// of up to eight bytes is hashed in one step. Eight bytes past them must be readable.
    @inline(__always)
    static func hash(_ bytes: UnsafePointer<UInt8>, count: Int) -> UInt64 {
        let raw = UnsafeRawPointer(bytes)
        var h = UInt64(truncatingIfNeeded: count)
        var i = 0
        while count - i > 8 {
            h = mix(h, raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))
            i += 8
        }
        return mix(h, raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) & low(count - i))
    }

    @inline(__always)
    static func slot(_ h: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: h >> 24) & mask
    }

    /// The hash and first word of `bytes`, as `hash` and `lookup` see them.
    private static func key(_ bytes: [UInt8]) -> (hash: UInt64, head: UInt64) {
        let padded = bytes + repeatElement(0, count: 8)
        return padded.withUnsafeBufferPointer { p in
            (hash(p.baseAddress!, count: bytes.count),
             UnsafeRawPointer(p.baseAddress!).loadUnaligned(as: UInt64.self) & low(min(bytes.count, 8)))
        }
    }

    /// The id of `bytes` (not empty), adding it when new.
    mutating func insert(_ bytes: [UInt8]) -> Int32 {
        let (h, head) = Self.key(bytes)
        var slot = Self.slot(h, mask)
        while slots[slot].meta != 0 {
            let id = Int(truncatingIfNeeded: slots[slot].meta & 0xFFFF_FFFF) - 1
            if slots[slot].head == head && words[id] == bytes { return Int32(id) }
            slot = (slot + 1) & mask
        }
        let id = Int32(words.count)
        slots[slot] = Slot(head: head, meta: UInt64(bytes.count) << 32 | UInt64(id + 1))
        words.append(bytes)
        offsets.append(Int32(flat.count - 8))
        flat.removeLast(8)
        flat += bytes
        flat += repeatElement(0, count: 8)
        if words.count * 2 > slots.count { resize(slots.count * 2) }
        return id
    }

    /// Shrinks the table to the words it holds (at most half full): the smaller it is, the more
    /// of it stays in cache while the tokens of a note are looked up.
    mutating func compact() {
        var size = 16
        while size < words.count * 2 { size <<= 1 }
        if size != slots.count { resize(size) }
    }

    private mutating func resize(_ size: Int) {
        slots = Array(repeating: Slot(head: 0, meta: 0), count: size)
        mask = size - 1
        for (id, bytes) in words.enumerated() {
            let (h, head) = Self.key(bytes)
            var slot = Self.slot(h, mask)
            while slots[slot].meta != 0 { slot = (slot + 1) & mask }
            slots[slot] = Slot(head: head, meta: UInt64(bytes.count) << 32 | UInt64(id + 1))
        }
    }

    /// The table borrowed as raw pointers, for a loop of lookups without any reference counting.
    struct View {
        var slots: UnsafePointer<Slot>
        var flat: UnsafePointer<UInt8>
        var offsets: UnsafeBufferPointer<Int32>
        var mask: Int

        /// The id of the `count` (≥ 1) bytes at `bytes` (-1: none), given their `hash`. Eight
        /// bytes past them must be readable.
        @inline(__always)
        func lookup(hash h: UInt64, bytes: UnsafePointer<UInt8>, count: Int) -> Int32 {
            let head = UnsafeRawPointer(bytes).loadUnaligned(as: UInt64.self) & ByteTable.low(min(count, 8))
            let length = UInt64(truncatingIfNeeded: count)
            var slot = ByteTable.slot(h, mask)
            while true {
                let s = slots[slot]
                if s.meta == 0 { return -1 }
                if s.head == head && s.meta >> 32 == length {
                    let id = Int(truncatingIfNeeded: s.meta & 0xFFFF_FFFF) - 1
                    if count <= 8 || ByteTable.same(flat + Int(offsets[id]) + 8, bytes + 8, count - 8) {
                        return Int32(truncatingIfNeeded: id)
                    }
                }
                slot = (slot + 1) & mask
            }
        }
    }

    /// Are the `count` bytes at `a` and `b` equal? Compared eight at a time; both must have
    /// eight readable bytes past the end.
    @inline(__always)
    static func same(_ a: UnsafePointer<UInt8>, _ b: UnsafePointer<UInt8>, _ count: Int) -> Bool {
        let a = UnsafeRawPointer(a), b = UnsafeRawPointer(b)
        var i = 0
        while count - i > 8 {
            if a.loadUnaligned(fromByteOffset: i, as: UInt64.self) != b.loadUnaligned(fromByteOffset: i, as: UInt64.self) { return false }
            i += 8
        }
        return (a.loadUnaligned(fromByteOffset: i, as: UInt64.self) ^ b.loadUnaligned(fromByteOffset: i, as: UInt64.self)) & low(count - i) == 0
    }

    func withView<R>(_ body: (View) -> R) -> R {
        slots.withUnsafeBufferPointer { s in
            flat.withUnsafeBufferPointer { f in
                offsets.withUnsafeBufferPointer { o in
                    // Neither `slots` nor `flat` is ever empty; `offsets` is, for a lexicon without prefixes.
                    body(View(slots: s.baseAddress!, flat: f.baseAddress!, offsets: o, mask: mask))
                }
            }
        }
    }
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
    /// The keys themselves, in memory of their own (copied on write, see `unique()`).
    fileprivate var storage = KeyStorage()
    /// Reused per note: the prefixes found, before they are copied to the storage.
    fileprivate var prefixScratch: [Int32] = []
    /// Reused per note: the folding buffer (no allocation per note).
    fileprivate var foldScratch: [UInt8] = []

    public init() {}

    public var count: Int { storage.count }

    /// Each token's word id in the lexicon vocabulary (-1: none).
    public var word: [Int32] { (0..<storage.count).map { storage.word[$0] } }
    /// The id of each token's lemma in the same vocabulary (-1: none), for `=lemma` elements;
    /// filled by `computeLemmaKeys` only when some entry has one.
    public var lemma: [Int32] { (0..<storage.lemmaCount).map { storage.lemma[$0] } }

    /// Makes the storage this value's own before it is written: a copied `TokenKeys` keeps
    /// its keys.
    fileprivate mutating func unique() {
        if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() }
    }
}

/// The per-token keys of a note, read through plain pointers: matching runs once a sentence,
/// and borrowing five arrays from an `inout` value retained and released each of them on
/// every call. Trivial element types only, so the memory needs no initialisation.
final class KeyStorage: @unchecked Sendable {
    private(set) var capacity = 0
    private(set) var prefixCapacity = 0
    /// Per token: its word id (-1: none).
    private(set) var word: UnsafeMutablePointer<Int32>
    /// Per token, `lemmaCount` of them (0 or the token count): its lemma's id (-1: none).
    private(set) var lemma: UnsafeMutablePointer<Int32>
    /// Per token: a one-byte punctuation mark (comma, colon, dash, bracket, quote), free inside a gap.
    private(set) var punctuation: UnsafeMutablePointer<Bool>
    /// Per token and one more: token t has prefixes prefixStart[t]..<prefixStart[t+1].
    private(set) var prefixStart: UnsafeMutablePointer<Int32>
    private(set) var prefixes: UnsafeMutablePointer<Int32>
    /// The words and prefixes of the current sentence as a 1024-bit filter (id modulo 1024;
    /// a collision only costs a full attempt).
    let seen: UnsafeMutablePointer<UInt64>
    var count = 0
    var lemmaCount = 0

    init() {
        word = .allocate(capacity: 1)
        lemma = .allocate(capacity: 1)
        punctuation = .allocate(capacity: 1)
        prefixStart = .allocate(capacity: 1)
        prefixes = .allocate(capacity: 1)
        seen = .allocate(capacity: 32)
        prefixStart[0] = 0
    }

    deinit {
        word.deallocate(); lemma.deallocate(); punctuation.deallocate()
        prefixStart.deallocate(); prefixes.deallocate(); seen.deallocate()
    }

    /// Room for `tokens` tokens, keeping the keys of the first `count`.
    func reserve(tokens: Int) {
        guard tokens > capacity else { return }
        let grown = Swift.max(tokens, capacity * 2)
        func regrow<T>(_ p: UnsafeMutablePointer<T>, _ kept: Int, _ size: Int) -> UnsafeMutablePointer<T> {
            let q = UnsafeMutablePointer<T>.allocate(capacity: size)
            q.update(from: p, count: kept)
            p.deallocate()
            return q
        }
        word = regrow(word, count, grown)
        lemma = regrow(lemma, lemmaCount, grown)
        punctuation = regrow(punctuation, count, grown)
        prefixStart = regrow(prefixStart, count + 1, grown + 1)
        capacity = grown
    }

    /// Replaces the prefixes with `list`.
    func setPrefixes(_ list: [Int32]) {
        if list.count > prefixCapacity {
            prefixes.deallocate()
            prefixCapacity = Swift.max(list.count, prefixCapacity * 2)
            prefixes = .allocate(capacity: prefixCapacity)
        }
        list.withUnsafeBufferPointer { if let base = $0.baseAddress { prefixes.update(from: base, count: $0.count) } }
    }

    func copy() -> KeyStorage {
        let c = KeyStorage()
        c.reserve(tokens: capacity)
        c.word.update(from: word, count: count)
        c.lemma.update(from: lemma, count: lemmaCount)
        c.punctuation.update(from: punctuation, count: count)
        if count > 0 {
            c.prefixStart.update(from: prefixStart, count: count + 1)
            c.setPrefixes((0..<Int(prefixStart[count])).map { prefixes[$0] })
        }
        c.seen.update(from: seen, count: 32)
        c.count = count
        c.lemmaCount = lemmaCount
        return c
    }
}

/// The lexicon compiled for matching: every pattern word in a hash table, entries indexed by
/// their first element, everything in flat arrays so the hot loop touches no reference counts.
struct CompiledMatcher: Sendable {
    private var wordTable: ByteTable
    private var prefixTable: ByteTable
    /// Lengths (in folded bytes) at which some prefix ends.
    private var prefixLengths: [Bool]
    /// The first `prefixHeadLength` folded bytes of every prefix, hashed to one bit of 64 K (8 KB,
    /// read once per token): a token whose head has no bit has no prefix. Four bytes, not two:
    /// two let most tokens through ("de", "be", "ve", "we" begin prefixes), and each then
    /// probed the prefix table once per prefix length.
    private var prefixHeads = [UInt64](repeating: 0, count: 1 << 10)
    /// The length of the heads in `prefixHeads`: four bytes, or the shortest prefix when it is
    /// shorter; past `longestWord` (no token is looked at) for a lexicon without prefixes.
    private var prefixHeadLength = CompiledMatcher.longestWord + 1
    /// Entry e has elements entryStart[e]..<entryStart[e+1].
    private var entryStart: [Int32] = [0]
    /// Element k has alternatives altStart[k]..<altStart[k+1]; a word id ≥ 0, a prefix p as -(p+1).
    private var altStart: [Int32] = [0]
    private var alts: [Int32] = []
    /// Per alternative: a lemma (`=blijven`), compared with the token's lemma id, not its word id.
    private var altIsLemma: [Bool] = []
    /// Entries by the lemma of their first element (rows as `byWord`); empty without lemmas.
    private var byLemmaStart: [Int32] = []
    private var byLemma: [Candidate] = []
    /// Does any entry use a lemma element? Without one, nothing of the lemma path runs.
    private(set) var usesLemmas = false
    private var optional: [Bool] = []
    private var gap: [Int32] = []
    /// Entries by the word (or prefix) of their first element, as compressed rows.
    private var byWord: [Candidate] = []
    private var byPrefixStart: [Int32] = []
    private var byPrefix: [Candidate] = []
    /// Per word id, in one load: its row of `byWord` (start in bits 0–31, length in 32–55) and
    /// whether it is the first or second word of some pair (bits 56–63, `firstOfPair`,
    /// `secondOfPair`): a token that starts nothing costs one read.
    private var wordRows: [UInt64] = []
    /// Per alternative, its bit in the sentence filter (see `TokenKeys.seen`).
    private var altSeenBit: [UInt16] = []
    /// Entries whose first two elements are adjacent plain words, by that word pair: at a token
    /// only the entries that fit the next token are tried ("ik ben …" never tries "ik had …").
    private var pairs: [PairSlot] = []
    private var pairMask = 0
    /// Every pair key as one bit of 64 K (8 KB, in cache): most adjacent words that both occur in
    /// some pair are no pair, and this rules them out without a probe of the table.
    private var pairFilter = [UInt64](repeating: 0, count: 1 << 10)
    private var byPairList: [Candidate] = []
    /// Per entry: an element (not the first) that must occur in the sentence, the rarest-looking
    /// one; -1 for one-word entries. Most candidates fail this check without any matching.
    private var anchor: [Int32] = []
    /// The key of each one-byte token (commas, full stops, "u"), by its byte: no folding,
    /// hashing or probing for a sixth of the tokens. A one-byte token has no prefix (every
    /// prefix is at least `LexiconParser.minPrefixLength` long).
    private var oneByteKeys = [Int32](repeating: -1, count: 256)
    var vocabularySize: Int { wordTable.words.count }
    var prefixCount: Int { prefixTable.words.count }

    init(entries: [LexiconEntry]) {
        var words = ByteTable(capacity: entries.count * 2 + 16)
        var prefixes = ByteTable(capacity: entries.count + 16)
        var lengths = [Bool](repeating: false, count: 64)
        var firstWords: [(Int32, Int32)] = []
        var firstPrefixes: [(Int32, Int32)] = []
        var firstLemmas: [(Int32, Int32)] = []
        var prefixBytes: [[UInt8]] = []
        // Only the elements of each entry are read: taken alone, not by copying whole entries.
        for e in entries.indices {
            let elements = entries[e].elements
            for (k, element) in elements.enumerated() {
                for alt in element.alternatives {
                    altIsLemma.append(alt.isLemma)
                    if alt.isLemma {
                        let w = words.insert(alt.bytes)
                        alts.append(w)
                        usesLemmas = true
                        if k == 0 { firstLemmas.append((w, Int32(e))) }
                    } else if alt.isPrefix {
                        let p = prefixes.insert(alt.bytes)
                        if alt.bytes.count < lengths.count { lengths[alt.bytes.count] = true }
                        prefixBytes.append(alt.bytes)
                        alts.append(-(p + 1))
                        if k == 0 { firstPrefixes.append((p, Int32(e))) }
                    } else {
                        let w = words.insert(alt.bytes)
                        alts.append(w)
                        if k == 0 && !Self.pairable(elements) { firstWords.append((w, Int32(e))) }
                    }
                }
                altStart.append(Int32(alts.count))
                optional.append(element.isOptional)
                gap.append(Int32(element.gapBefore))
            }
            entryStart.append(Int32(optional.count))
            // The anchor: the required element whose shortest alternative is longest.
            var best = -1, bestLength = -1
            for (k, element) in elements.enumerated() where k > 0 && !element.isOptional {
                // Closures, not key paths, here and in `pairable`: a key path used as a function
                // is resolved at run time on every call (a third of the compile time).
                let shortest = element.alternatives.map { $0.bytes.count }.min() ?? 0
                if shortest > bestLength { best = k; bestLength = shortest }
            }
            anchor.append(best < 0 ? -1 : entryStart[e] + Int32(best))
        }
        func rows(_ pairs: [(Int32, Int32)], count: Int) -> ([Int32], [Int32]) {
            var lists = [[Int32]](repeating: [], count: count)
            for (key, e) in pairs where lists[Int(key)].last != e { lists[Int(key)].append(e) }
            var start: [Int32] = [0]
            var flat: [Int32] = []
            for l in lists { flat += l; start.append(Int32(flat.count)) }
            return (start, flat)
        }
        for x in alts { altSeenBit.append(x >= 0 ? UInt16(x & 1023) : 1024 + UInt16((-x - 1) & 1023)) }
        // Filled after `anchor`, `altSeenBit` and `entryStart`: a candidate carries its filter.
        let (anchors, altStarts, seenBits, entryStarts) = (anchor, altStart, altSeenBit, entryStart)
        func candidates(_ list: [Int32]) -> [Candidate] {
            list.map { Self.candidate($0, anchor: anchors, altStart: altStarts, altSeenBit: seenBits, entryStart: entryStarts) }
        }
        let (byWordStart, wordList) = rows(firstWords, count: words.words.count)
        byWord = candidates(wordList)
        var pairs: [UInt64: [Int32]] = [:]
        for e in entries.indices {
            let elements = entries[e].elements
            guard Self.pairable(elements) else { continue }
            for a in elements[0].alternatives {
                for b in elements[1].alternatives {
                    let key = UInt64(UInt32(words.insert(a.bytes))) << 32 | UInt64(UInt32(words.insert(b.bytes)))
                    if pairs[key]?.last != Int32(e) { pairs[key, default: []].append(Int32(e)) }
                }
            }
        }
        var size = 16
        while size < pairs.count * 2 { size <<= 1 }
        self.pairs = [PairSlot](repeating: PairSlot(key: UInt64.max, start: 0, end: 0), count: size)
        pairMask = size - 1
        for key in pairs.keys.sorted() {
            var slot = CompiledMatcher.pairSlot(key, pairMask)
            while self.pairs[slot].key != UInt64.max { slot = (slot + 1) & pairMask }
            let start = Int32(byPairList.count)
            byPairList += candidates(pairs[key]!)
            self.pairs[slot] = PairSlot(key: key, start: start, end: Int32(byPairList.count))
            let bit = CompiledMatcher.pairFilterBit(key)
            pairFilter[bit >> 6] |= 1 << UInt64(bit & 63)
        }
        var prefixRows: [Int32] = []
        (byPrefixStart, prefixRows) = rows(firstPrefixes, count: prefixes.words.count)
        byPrefix = candidates(prefixRows)
        if usesLemmas {
            var lemmaRows: [Int32] = []
            (byLemmaStart, lemmaRows) = rows(firstLemmas, count: words.words.count)
            byLemma = candidates(lemmaRows)
        }
        wordRows = (0..<words.words.count).map { w in
            let length = byWordStart[w + 1] - byWordStart[w]
            precondition(length < 1 << 24, "too many entries start with one word")
            return UInt64(UInt32(byWordStart[w])) | UInt64(length) << 32
        }
        for key in pairs.keys {
            wordRows[Int(key >> 32)] |= Self.firstOfPair
            wordRows[Int(key & 0xFFFF_FFFF)] |= Self.secondOfPair
        }
        words.compact()
        prefixes.compact()
        wordTable = words
        prefixTable = prefixes
        var keysByByte = [Int32](repeating: -1, count: 256)
        words.withView { table in
            for b in 0..<256 {
                // Folded as `Folding.fold` folds a lone byte: A–Z lowered, any other byte kept.
                let folded = UInt8(b) >= 0x41 && UInt8(b) <= 0x5A ? UInt8(b) | 0x20 : UInt8(b)
                let padded = [folded] + repeatElement(0, count: 8)
                keysByByte[b] = padded.withUnsafeBufferPointer {
                    table.lookup(hash: ByteTable.hash($0.baseAddress!, count: 1), bytes: $0.baseAddress!, count: 1)
                }
            }
        }
        oneByteKeys = keysByByte
        prefixLengths = lengths
        // Every prefix is at least `LexiconParser.minPrefixLength` (3) bytes long.
        let headLength = prefixBytes.map { $0.count }.min().map { Swift.min($0, 4) } ?? CompiledMatcher.longestWord + 1
        prefixHeadLength = headLength
        for bytes in prefixBytes {
            let padded = bytes + repeatElement(0, count: 8)
            let head = padded.withUnsafeBufferPointer { Self.prefixHeadBit($0.baseAddress!, headLength) }
            prefixHeads[head >> 6] |= 1 << UInt64(head & 63)
        }
    }

    static let firstOfPair: UInt64 = 1 << 56, secondOfPair: UInt64 = 1 << 57

    /// An entry to try at a token, with what the sentence filter must show first, so that most
    /// candidates are rejected without reading anything of the entry: bits 0–31 the entry,
    /// 32–47 the filter bit of its anchor (`anyAnchor`: several alternatives, `noAnchor`),
    /// bit 48 set for a one-word entry.
    typealias Candidate = UInt64
    static let noAnchor: UInt64 = 0xFFFF, anyAnchor: UInt64 = 0xFFFE, oneWord: UInt64 = 1 << 48

    private static func candidate(_ e: Int32, anchor: [Int32], altStart: [Int32], altSeenBit: [UInt16], entryStart: [Int32]) -> Candidate {
        let k = Int(anchor[Int(e)])
        var filter = noAnchor
        if k >= 0 {
            filter = altStart[k + 1] - altStart[k] == 1 ? UInt64(altSeenBit[Int(altStart[k])]) : anyAnchor
        }
        let oneWord = entryStart[Int(e) + 1] - entryStart[Int(e)] == 1 ? oneWord : 0
        return UInt64(UInt32(e)) | filter << 32 | oneWord
    }

    /// A slot of the pair table: key and row together, one cache line for a hit.
    struct PairSlot {
        var key: UInt64
        var start: Int32
        var end: Int32
    }

    /// The bit in `prefixHeads` of the first `length` (1...8) bytes at `bytes`; eight must be readable.
    @inline(__always)
    static func prefixHeadBit(_ bytes: UnsafePointer<UInt8>, _ length: Int) -> Int {
        let head = UnsafeRawPointer(bytes).loadUnaligned(as: UInt64.self) & ByteTable.low(length)
        return Int(truncatingIfNeeded: (head &* 0x9E3779B97F4A7C15) >> 48)
    }

    @inline(__always)
    static func pairFilterBit(_ key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E3779B97F4A7C15) >> 48)
    }

    @inline(__always)
    static func pairSlot(_ key: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E3779B97F4A7C15) >> 24) & mask
    }

    /// Can the entry be found through the pair index: its first two elements plain, adjacent words?
    private static func pairable(_ elements: [PatternElement]) -> Bool {
        elements.count >= 2 && elements[1].gapBefore == 0 && !elements[1].isOptional
            && !elements[0].alternatives.contains { $0.isPrefix || $0.isLemma } && !elements[1].alternatives.contains { $0.isPrefix || $0.isLemma }
    }

    /// Tokens one match attempt may try (see `matchRest`); the bundled lexicons need at most a few dozen.
    static let attemptBudget = 4096

    /// Punctuation a gap may pass without counting it as one of its words.
    @inline(__always)
    static func isGapPunctuation(_ b: UInt8) -> Bool {
        switch b {
        case UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "-"), UInt8(ascii: "("),
             UInt8(ascii: ")"), UInt8(ascii: "\""), UInt8(ascii: "'"): true
        default: false
        }
    }

    /// Tokens longer than this cannot be a lexicon word (URLs, runs of symbols): not looked up.
    static let longestWord = 64

    /// Looks every token up once: its word id and the prefixes it begins with.
    func computeKeys(_ text: UnsafeBufferPointer<UInt8>, count: Int, range: (Int) -> Range<Int>, into keys: inout TokenKeys) {
        var ranges: [Range<Int>] = []
        ranges.reserveCapacity(count)
        for t in 0..<count { ranges.append(range(t)) }
        ranges.withUnsafeBufferPointer { computeKeys(text, ranges: $0, into: &keys) }
    }

    /// The same for tokens given as byte ranges.
    func computeKeys(_ text: UnsafeBufferPointer<UInt8>, ranges: UnsafeBufferPointer<Range<Int>>, into keys: inout TokenKeys) {
        computeKeys(text, count: ranges.count, rangeAt: { ranges[$0] }, into: &keys)
    }

    /// The same for the tokenizer's tokens, read in place (no array of ranges built per note).
    func computeKeys(_ text: UnsafeBufferPointer<UInt8>, tokens: UnsafeBufferPointer<Token>, into keys: inout TokenKeys) {
        computeKeys(text, count: tokens.count, rangeAt: { tokens[$0].start..<tokens[$0].end }, into: &keys)
    }

    @inline(__always)
    private func computeKeys(_ text: UnsafeBufferPointer<UInt8>, count: Int, rangeAt: (Int) -> Range<Int>, into keys: inout TokenKeys) {
        keys.unique()
        let storage = keys.storage
        storage.reserve(tokens: count)
        storage.count = count
        storage.lemmaCount = 0
        // Written through raw pointers: three appends per token (each with its uniqueness and
        // capacity checks) were a tenth of the lookup.
        let wordOut = storage.word, punctuationOut = storage.punctuation, prefixStartOut = storage.prefixStart
        prefixStartOut[0] = 0
        let headLength = prefixHeadLength
        // Room for the longest word (folding never lengthens one) and the eight bytes that
        // hashing and comparing read past its end.
        if keys.foldScratch.count < 2 * CompiledMatcher.longestWord {
            keys.foldScratch = [UInt8](repeating: 0, count: 2 * CompiledMatcher.longestWord)
        }
        var scratch: [UInt8] = []
        swap(&scratch, &keys.foldScratch)
        defer { swap(&scratch, &keys.foldScratch) }
        var prefixes: [Int32] = []
        swap(&prefixes, &keys.prefixScratch)
        defer { swap(&prefixes, &keys.prefixScratch) }
        prefixes.removeAll(keepingCapacity: true)
        scratch.withUnsafeMutableBufferPointer { f in
        oneByteKeys.withUnsafeBufferPointer { oneByteKeys in
        prefixLengths.withUnsafeBufferPointer { lengths in
        prefixHeads.withUnsafeBufferPointer { heads in
        wordTable.withView { wordTable in
        prefixTable.withView { prefixTable in
            let out = f.baseAddress!
            for t in 0..<count {
                let r = rangeAt(t)
                var wordId: Int32 = -1
                let length = r.count
                if length == 1 {
                    wordId = oneByteKeys[Int(text[r.lowerBound])]
                } else if length > 0 && length <= CompiledMatcher.longestWord {
                    // ASCII words, most of them, are folded and hashed eight bytes at a time when
                    // the text can be read that far; the rest byte by byte, then hashed.
                    var h = UInt64(truncatingIfNeeded: length)
                    var ascii = r.lowerBound + ((length + 7) & ~7) <= text.count
                    if ascii {
                        let source = UnsafeRawPointer(text.baseAddress! + r.lowerBound)
                        var i = 0
                        while i < length {
                            var c = source.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                            if length - i < 8 { c &= ByteTable.low(length - i) }
                            if c & 0x8080_8080_8080_8080 != 0 { ascii = false; break }
                            c = Folding.foldASCII(c)
                            UnsafeMutableRawPointer(out).storeBytes(of: c, toByteOffset: i, as: UInt64.self)
                            h = ByteTable.mix(h, c)
                            i += 8
                        }
                    }
                    var n = length
                    if !ascii {
                        n = Folding.fold(text, r, into: f)
                        h = ByteTable.hash(out, count: n)
                    }
                    if n >= headLength, case let head = CompiledMatcher.prefixHeadBit(out, headLength),
                       heads[head >> 6] & (1 << UInt64(head & 63)) != 0 {
                        for len in 1...min(n, lengths.count - 1) where lengths[len] {
                            let id = prefixTable.lookup(hash: ByteTable.hash(out, count: len), bytes: out, count: len)
                            if id >= 0 { prefixes.append(id) }
                        }
                    }
                    wordId = wordTable.lookup(hash: h, bytes: out, count: n)
                }
                wordOut[t] = wordId
                punctuationOut[t] = r.count == 1 && CompiledMatcher.isGapPunctuation(text[r.lowerBound])
                prefixStartOut[t + 1] = Int32(prefixes.count)
            }
        }}}}}}
        storage.setPrefixes(prefixes)
    }

    /// Looks up each token's lemma (given as bytes by `lemma(t, body)`) in the vocabulary, for
    /// `=lemma` elements. Call after `computeKeys`; a no-op when no entry uses a lemma.
    func computeLemmaKeys(count: Int, lemma: (Int, (UnsafeBufferPointer<UInt8>) -> Int32) -> Int32, into keys: inout TokenKeys) {
        keys.unique()
        let storage = keys.storage
        storage.lemmaCount = 0
        guard usesLemmas else { return }
        storage.reserve(tokens: count)
        let lemmaOut = storage.lemma
        var scratch: [UInt8] = []
        swap(&scratch, &keys.foldScratch)
        defer { swap(&scratch, &keys.foldScratch) }
        if scratch.count < 2 * CompiledMatcher.longestWord {
            scratch = [UInt8](repeating: 0, count: 2 * CompiledMatcher.longestWord)
        }
        scratch.withUnsafeMutableBufferPointer { f in
        wordTable.withView { table in
            let out = f.baseAddress!
            for t in 0..<count {
                let id = lemma(t) { bytes in
                    guard bytes.count > 0, bytes.count <= CompiledMatcher.longestWord else { return -1 }
                    let n = Folding.fold(bytes, 0..<bytes.count, into: f)
                    return table.lookup(hash: ByteTable.hash(out, count: n), bytes: out, count: n)
                }
                lemmaOut[t] = id
            }
        }}
        storage.lemmaCount = count
    }

    /// The flat arrays, borrowed for one matching pass.
    private struct View {
        var entryStart: UnsafeBufferPointer<Int32>
        var altStart: UnsafeBufferPointer<Int32>
        var alts: UnsafeBufferPointer<Int32>
        var altIsLemma: UnsafeBufferPointer<Bool>
        var optional: UnsafeBufferPointer<Bool>
        var gap: UnsafeBufferPointer<Int32>
        var word: UnsafeBufferPointer<Int32>
        var punctuation: UnsafeBufferPointer<Bool>
        var prefixStart: UnsafeBufferPointer<Int32>
        var prefixes: UnsafeBufferPointer<Int32>
        var lemma: UnsafeBufferPointer<Int32>

        @inline(__always)
        func tokenMatches(_ element: Int, _ t: Int) -> Bool {
            let w = word[t]
            var a = Int(altStart[element])
            let end = Int(altStart[element + 1])
            while a < end {
                let x = alts[a]
                if x >= 0 {
                    if altIsLemma[a] {
                        if t < lemma.count && lemma[t] == x { return true }
                    } else if x == w { return true }
                } else {
                    let p = -x - 1
                    var i = Int(prefixStart[t])
                    let pe = Int(prefixStart[t + 1])
                    while i < pe { if prefixes[i] == p { return true }; i += 1 }
                }
                a += 1
            }
            return false
        }

        /// Matches elements k..<last of an entry starting at token `p`; returns the last token matched.
        /// `budget` counts the tokens tried: the search backtracks over gaps and optional words, so
        /// a pattern of many gaps on a repetitive sentence could take exponential time; past the
        /// budget the attempt fails, which keeps matching linear in the text whatever a user writes.
        func matchRest(_ k: Int, _ last: Int, from p: Int, end: Int, budget: inout Int) -> Int? {
            if k == last { return p - 1 }
            // Up to `gap[k]` words may come first; up to two punctuation marks in a gap are free
            // ("niet om óf hij mag terugkomen, maar om" is a gap of four words). Bounded, so that a
            // run of dashes or quotes cannot make the search explode.
            let maxGap = Int(gap[k])
            var q = p
            var passed = 0, free = 0
            while q < end {
                budget -= 1
                if budget < 0 { return nil }
                if tokenMatches(k, q), let r = matchRest(k + 1, last, from: q + 1, end: end, budget: &budget) { return r }
                if maxGap > 0 && free < 2 && punctuation[q] { free += 1 } else { passed += 1 }
                if passed > maxGap { break }
                q += 1
            }
            if optional[k], budget > 0, let r = matchRest(k + 1, last, from: p, end: end, budget: &budget) { return r }
            return nil
        }
    }

    /// Appends every entry match that lies within the token range (a sentence).
    func match(_ keys: inout TokenKeys, tokens: Range<Int>, into matches: inout [LexiconMatch]) {
        // The sentence filter is written: the storage must be this value's own.
        keys.unique()
        let storage = keys.storage
        let seen = storage.seen
        let word = UnsafeBufferPointer(start: storage.word, count: storage.count)
        let lemma = UnsafeBufferPointer(start: storage.lemma, count: storage.lemmaCount)
        let punctuation = UnsafeBufferPointer(start: storage.punctuation, count: storage.count)
        let prefixStart = UnsafeBufferPointer(start: storage.prefixStart, count: storage.count + 1)
        let prefixes = UnsafeBufferPointer(start: storage.prefixes, count: storage.count == 0 ? 0 : Int(storage.prefixStart[storage.count]))
        anchor.withUnsafeBufferPointer { anchor in
        entryStart.withUnsafeBufferPointer { entryStart in
        altStart.withUnsafeBufferPointer { altStart in
        alts.withUnsafeBufferPointer { alts in
        altIsLemma.withUnsafeBufferPointer { altIsLemma in
        altSeenBit.withUnsafeBufferPointer { altSeenBit in
        byLemmaStart.withUnsafeBufferPointer { byLemmaStart in
        byLemma.withUnsafeBufferPointer { byLemma in
        optional.withUnsafeBufferPointer { optional in
        gap.withUnsafeBufferPointer { gap in
        wordRows.withUnsafeBufferPointer { wordRows in
        byWord.withUnsafeBufferPointer { byWord in
        byPrefixStart.withUnsafeBufferPointer { byPrefixStart in
        byPrefix.withUnsafeBufferPointer { byPrefix in
        pairs.withUnsafeBufferPointer { pairs in
        pairFilter.withUnsafeBufferPointer { pairFilter in
        byPairList.withUnsafeBufferPointer { byPairList in
            for i in 0..<32 { seen[i] = 0 }
            // Most sentences have no prefixed token: the prefix loops are skipped as a whole then.
            let hasPrefixes = prefixStart[tokens.lowerBound] != prefixStart[tokens.upperBound]
            for t in tokens {
                let w = word[t]
                if w >= 0 { seen[Int(w & 1023) >> 6] |= 1 << UInt64(w & 63) }
                if t < lemma.count, case let l = lemma[t], l >= 0 { seen[Int(l & 1023) >> 6] |= 1 << UInt64(l & 63) }
            }
            if hasPrefixes {
                for i in Int(prefixStart[tokens.lowerBound])..<Int(prefixStart[tokens.upperBound]) {
                    let p = prefixes[i]
                    seen[16 + Int(p & 1023) >> 6] |= 1 << UInt64(p & 63)
                }
            }
            let view = View(entryStart: entryStart, altStart: altStart, alts: alts, altIsLemma: altIsLemma, optional: optional, gap: gap,
                            word: word, punctuation: punctuation, prefixStart: prefixStart, prefixes: prefixes, lemma: lemma)
            let end = tokens.upperBound
            @inline(__always) func has(_ bit: Int) -> Bool { seen[bit >> 6] & (1 << UInt64(bit & 63)) != 0 }
            @inline(__always) func attempt(_ c: Candidate, _ t: Int) {
                let e = Int(truncatingIfNeeded: c & 0xFFFF_FFFF)
                let filter = (c >> 32) & 0xFFFF
                if filter < CompiledMatcher.anyAnchor {
                    if !has(Int(truncatingIfNeeded: filter)) { return }
                } else if filter == CompiledMatcher.anyAnchor {
                    let k = Int(anchor[e])
                    var a = Int(altStart[k])
                    let altEnd = Int(altStart[k + 1])
                    while a < altEnd && !has(Int(altSeenBit[a])) { a &+= 1 }
                    if a == altEnd { return }
                }
                if c & CompiledMatcher.oneWord != 0 {
                    matches.append(LexiconMatch(entry: Int32(e), first: Int32(t), last: Int32(t)))
                } else if case var budget = CompiledMatcher.attemptBudget,
                          let l = view.matchRest(Int(entryStart[e]) + 1, Int(entryStart[e + 1]), from: t + 1, end: end, budget: &budget) {
                    matches.append(LexiconMatch(entry: Int32(e), first: Int32(t), last: Int32(l)))
                }
            }
            // Ranges as `while` loops: a `for` over `a..<b` checks a ≤ b on every token.
            for t in tokens {
                let w = Int(word[t])
                if w >= 0 {
                    let row = wordRows[w]
                    var i = Int(truncatingIfNeeded: row & 0xFFFF_FFFF)
                    let rowEnd = i &+ Int(truncatingIfNeeded: (row >> 32) & 0xFF_FFFF)
                    while i < rowEnd { attempt(byWord[i], t); i &+= 1 }
                    // The pair table only when both words occur in some pair and the filter has the
                    // pair: a probe is a cache miss.
                    if row & CompiledMatcher.firstOfPair != 0, t + 1 < end, case let v = Int(word[t + 1]), v >= 0,
                       wordRows[v] & CompiledMatcher.secondOfPair != 0 {
                        let key = UInt64(UInt32(w)) << 32 | UInt64(UInt32(v))
                        let bit = CompiledMatcher.pairFilterBit(key)
                        if pairFilter[bit >> 6] & (1 << UInt64(bit & 63)) != 0 {
                            var slot = CompiledMatcher.pairSlot(key, pairMask)
                            while pairs[slot].key != UInt64.max {
                                if pairs[slot].key == key {
                                    var j = Int(pairs[slot].start)
                                    let pairEnd = Int(pairs[slot].end)
                                    while j < pairEnd { attempt(byPairList[j], t); j &+= 1 }
                                    break
                                }
                                slot = (slot + 1) & pairMask
                            }
                        }
                    }
                }
                if hasPrefixes {
                    var i = Int(prefixStart[t])
                    let prefixEnd = Int(prefixStart[t + 1])
                    while i < prefixEnd {
                        let p = Int(prefixes[i])
                        var j = Int(byPrefixStart[p])
                        let rowEnd = Int(byPrefixStart[p + 1])
                        while j < rowEnd { attempt(byPrefix[j], t); j &+= 1 }
                        i &+= 1
                    }
                }
                if t < lemma.count, case let l = Int(lemma[t]), l >= 0, l + 1 < byLemmaStart.count {
                    var j = Int(byLemmaStart[l])
                    let rowEnd = Int(byLemmaStart[l + 1])
                    while j < rowEnd { attempt(byLemma[j], t); j &+= 1 }
                }
            }
        }}}}}}}}}}}}}}}}}
        withExtendedLifetime(storage) {}
    }
}
