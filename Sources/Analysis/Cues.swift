import DiepgangCore
import DiepgangLexicon
import DiepgangVocabulary

/// The vocabulary's categories and labels (`Lexicons/vocabulary.tsv`) under the names the rules
/// use. Both are one byte: a cue stays small.
typealias Category = LexiconCategory
/// Sub-labels of categories whose label is not a pole or phase.
typealias SubLabel = EntryLabel

/// What the analysis needs to know about a lexicon entry, decoded once. Plain values only, so
/// reading one in the hot loop touches no reference counts (names live in `Analyzer`).
struct EntryRole: Sendable {
    var category: Category
    var sub: SubLabel
    var pole: Pole?
    var dimension: Dimension?
    var phase: Int8
    var weight: Double
    var flags: EntryFlags

    init(_ entry: LexiconEntry) {
        category = Category(named: entry.category)
        sub = SubLabel(named: entry.label)
        pole = Pole(rawValue: entry.label)
        dimension = entry.dimension.flatMap(Dimension.init(rawValue:))
        phase = category == .fase ? Int8(entry.label) ?? 0 : 0
        weight = entry.weight
        flags = entry.flags
    }
}

/// A match that survived quotes, negation and the sentence filters: evidence with a weight.
struct Cue: Sendable {
    var entry: Int32
    var first: Int32
    var last: Int32
    var sentence: Int32
    var category: Category
    var pole: Pole?
    var dimension: Dimension?
    var phase: Int8
    var sub: SubLabel
    var weight: Double
    var negated: Bool

    var length: Int32 { last - first + 1 }

    func overlaps(_ other: Cue) -> Bool { first <= other.last && other.first <= last }
}
