/// The prefixes a Dutch verb can carry (`Lexicons/language/verb-prefixes.tsv`): inseparable ones
/// ("verwerkt", "bezet": the participle takes no ge-), ones that are a particle in some verbs and
/// an unstressed prefix in others ("overschat"), and ge- itself.
struct VerbPrefixes: Sendable {
    enum Kind: String { case inseparable, either, participle }

    /// be-, ver-, ont- …: never split off, no ge- in the participle.
    private(set) var inseparable: [[UInt8]] = []
    /// The inseparable and the either prefixes, in the file's order: the prefixed compounds of the
    /// strong verbs are derived with them.
    private(set) var verbal: [[UInt8]] = []
    /// Every prefix: what a participle without ge- may start with.
    private(set) var unstressed: [[UInt8]] = []

    mutating func add(_ prefix: [UInt8], _ kind: Kind) {
        if kind == .inseparable { inseparable.append(prefix) }
        if kind != .participle { verbal.append(prefix) }
        unstressed.append(prefix)
    }

    /// The length of the inseparable prefix `w` starts with (at least four bytes after it), or 0.
    func inseparableLength(_ w: UnsafeBufferPointer<UInt8>) -> Int {
        for p in inseparable where w.count >= p.count + 4 && VerbPrefixes.starts(w, at: 0, with: p, foldingCase: false) {
            return p.count
        }
        return 0
    }

    /// Does `w` from `s` start with any prefix, in either case, with at least three bytes after it?
    func startsUnstressed(_ w: UnsafeBufferPointer<UInt8>, from s: Int) -> Bool {
        unstressed.contains { w.count >= s + $0.count + 3 && VerbPrefixes.starts(w, at: s, with: $0, foldingCase: true) }
    }

    private static func starts(_ w: UnsafeBufferPointer<UInt8>, at s: Int, with p: [UInt8], foldingCase: Bool) -> Bool {
        for i in p.indices where (foldingCase ? w[s + i] | 0x20 : w[s + i]) != p[i] { return false }
        return true
    }
}
