import DiepgangCore
import DiepgangLexicon

/// The lexicon categories the analysis gives a role. Other categories (from a user's own
/// lexicon) are reported as markers without a score.
enum Category: UInt8, Sendable {
    case perspectief, focus, houding, benadering, oorzaken
    case spijt, herhaling, malen, zelfverwijt, absoluut, spuien, onvermogen, vergelijking
    case perspectiefname, fase, waarom, doel, ontkenning, grens, voorbehoud, hypothetisch
    case waarneming, interpretatie, persoon, verhaal, eerder, toekomst, aanname, metareflectie, verband, kanteling
    /// Structure for the scoping rules (`Rules/`): fixed phrases, function words, reporting
    /// frames, form labels, one's own convenience.
    case idioom, functiewoord, weergave, formulier, eigenbelang
    case other

    init(_ name: String) {
        switch name {
        case "perspectief": self = .perspectief
        case "focus": self = .focus
        case "houding": self = .houding
        case "benadering": self = .benadering
        case "oorzaken": self = .oorzaken
        case "spijt": self = .spijt
        case "herhaling": self = .herhaling
        case "malen": self = .malen
        case "zelfverwijt": self = .zelfverwijt
        case "absoluut": self = .absoluut
        case "spuien": self = .spuien
        case "onvermogen": self = .onvermogen
        case "vergelijking": self = .vergelijking
        case "perspectiefname": self = .perspectiefname
        case "fase": self = .fase
        case "waarom": self = .waarom
        case "doel": self = .doel
        case "ontkenning": self = .ontkenning
        case "grens": self = .grens
        case "voorbehoud": self = .voorbehoud
        case "hypothetisch": self = .hypothetisch
        case "waarneming": self = .waarneming
        case "interpretatie": self = .interpretatie
        case "persoon": self = .persoon
        case "verhaal": self = .verhaal
        case "eerder": self = .eerder
        case "toekomst": self = .toekomst
        case "aanname": self = .aanname
        case "metareflectie": self = .metareflectie
        case "verband": self = .verband
        case "kanteling": self = .kanteling
        case "idioom": self = .idioom
        case "functiewoord": self = .functiewoord
        case "weergave": self = .weergave
        case "formulier": self = .formulier
        case "eigenbelang": self = .eigenbelang
        default: self = .other
        }
    }

    /// The category's name in the lexicon files and in the output.
    var name: String {
        switch self {
        case .perspectief: "perspectief"
        case .focus: "focus"
        case .houding: "houding"
        case .benadering: "benadering"
        case .oorzaken: "oorzaken"
        case .spijt: "spijt"
        case .herhaling: "herhaling"
        case .malen: "malen"
        case .zelfverwijt: "zelfverwijt"
        case .absoluut: "absoluut"
        case .spuien: "spuien"
        case .onvermogen: "onvermogen"
        case .vergelijking: "vergelijking"
        case .perspectiefname: "perspectiefname"
        case .fase: "fase"
        case .waarom: "waarom"
        case .doel: "doel"
        case .ontkenning: "ontkenning"
        case .grens: "grens"
        case .voorbehoud: "voorbehoud"
        case .hypothetisch: "hypothetisch"
        case .waarneming: "waarneming"
        case .interpretatie: "interpretatie"
        case .persoon: "persoon"
        case .verhaal: "verhaal"
        case .eerder: "eerder"
        case .toekomst: "toekomst"
        case .aanname: "aanname"
        case .metareflectie: "metareflectie"
        case .verband: "verband"
        case .kanteling: "kanteling"
        case .idioom: "idioom"
        case .functiewoord: "functiewoord"
        case .weergave: "weergave"
        case .formulier: "formulier"
        case .eigenbelang: "eigenbelang"
        case .other: "other"
        }
    }

    /// Categories shown to a coach as markers (persons, narrative verbs, clause boundaries and
    /// time words steer the rules but would drown the evidence).
    var isReported: Bool {
        switch self {
        case .persoon, .verhaal, .grens, .ontkenning, .eerder, .toekomst, .hypothetisch, .verband,
             .idioom, .functiewoord, .formulier: false
        default: true
        }
    }
}

/// Sub-labels of categories whose label is not a pole or phase.
enum SubLabel: UInt8, Sendable {
    case none
    case ik, wij, jij, ander, instelling           // persoon
    case direct, indirect, uitspraak, geen         // waarom
    case verleden, tijd, gevoel, spreken, handeling // verhaal
    case clause, following                         // ontkenning

    init(_ label: String) {
        switch label {
        case "ik": self = .ik
        case "wij": self = .wij
        case "jij": self = .jij
        case "ander": self = .ander
        case "instelling": self = .instelling
        case "direct": self = .direct
        case "indirect": self = .indirect
        case "uitspraak": self = .uitspraak
        case "geen": self = .geen
        case "verleden": self = .verleden
        case "tijd": self = .tijd
        case "gevoel": self = .gevoel
        case "spreken": self = .spreken
        case "handeling": self = .handeling
        case "zin": self = .clause
        case "volgende": self = .following
        default: self = .none
        }
    }
}

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
        category = Category(entry.category)
        sub = SubLabel(entry.label)
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
