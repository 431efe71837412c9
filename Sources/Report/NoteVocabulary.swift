import DiepgangCore
import DiepgangAnalysis
import DiepgangVocabulary

/// How a marker is shown in the note view: its family decides the highlight (colour, underline
/// style and a short visible tag, so colour is never the only cue).
enum MarkerFamily: Int, CaseIterable, Comparable {
    // In order of precedence when highlights overlap: brooding first, it is what a coach looks for.
    case piekeren, waarom, reflecteren, fase, overig

    init(_ m: Marker) {
        if m.category == "waarom" { self = .waarom }
        else if m.pole == .piekeren { self = .piekeren }
        else if m.pole == .reflecteren { self = .reflecteren }
        else if m.category == "fase" { self = .fase }
        else { self = .overig }
    }

    static func < (a: MarkerFamily, b: MarkerFamily) -> Bool { a.rawValue < b.rawValue }

    /// The CSS class suffix.
    var key: String {
        switch self {
        case .piekeren: "p"
        case .waarom: "w"
        case .reflecteren: "r"
        case .fase: "f"
        case .overig: "o"
        }
    }

    /// The short tag printed after a highlight (a phase adds its number).
    func tag(phase: String? = nil) -> String {
        switch self {
        case .piekeren: "P"
        case .reflecteren: "R"
        case .waarom: "W"
        case .fase: "F" + (phase ?? "")
        case .overig: "O"
        }
    }

    var name: Localized {
        switch self {
        case .piekeren: Pole.piekeren.name
        case .reflecteren: Pole.reflecteren.name
        case .waarom: Localized(nl: "waarom-vraag", en: "why-question")
        case .fase: Localized(nl: "fase van de spiraal", en: "spiral phase")
        case .overig: Localized(nl: "andere aanwijzing", en: "other cue")
        }
    }

    var legend: Localized {
        switch self {
        case .piekeren: Localized(nl: "golvende lijn, P: telt voor piekeren", en: "wavy line, P: counts towards brooding")
        case .reflecteren: Localized(nl: "dubbele lijn, R: telt voor reflecteren", en: "double line, R: counts towards reflecting")
        case .waarom: Localized(nl: "gestreepte lijn, W: waarom-vraag", en: "dashed line, W: why-question")
        case .fase: Localized(nl: "stippellijn, F1–F5: fase van de reflectiespiraal", en: "dotted line, F1–F5: phase of the reflection spiral")
        case .overig: Localized(nl: "dunne lijn, O: bedoeling, aanname, voorbehoud en andere aanwijzingen",
                                en: "thin line, O: purpose, assumption, hedging and other cues")
        }
    }
}

/// The words the note view shows for the analysis's categories: what a marker is evidence of
/// (`Lexicons/vocabulary.tsv`, column `detail`).
enum NoteVocabulary {
    /// A category the vocabulary gives no description (or a user's own) is shown by its name.
    static func category(_ name: String) -> Localized {
        let known = LexiconCategory(named: name)
        return known == .other ? Localized(stringLiteral: name) : known.evidence ?? Localized(stringLiteral: name)
    }

    static func whyLabel(_ label: String?) -> Localized? {
        label.flatMap { EntryLabel(rawValue: $0)?.evidence }
    }

    static func whyKind(_ kind: WhyKind) -> Localized { kind.name }

    static func depthName(_ level: Int) -> Localized { DepthLabel(level: level).name }
}
