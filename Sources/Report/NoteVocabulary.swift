import DiepgangCore
import DiepgangAnalysis

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
        case .piekeren: Localized(nl: "piekeren", en: "brooding")
        case .reflecteren: Localized(nl: "reflecteren", en: "reflecting")
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

/// The words the note view shows for the analysis's categories: what a marker is evidence of.
enum NoteVocabulary {
    static func category(_ name: String) -> Localized {
        switch name {
        case "perspectief": Localized(nl: "perspectief: over wie gaat het verhaal", en: "perspective: whom the story is about")
        case "focus": Localized(nl: "focus: fouten of oplossingen", en: "focus: mistakes or solutions")
        case "houding": Localized(nl: "houding: oordelen of begrijpen", en: "attitude: judging or understanding")
        case "benadering": Localized(nl: "benadering: globaal of analytisch", en: "approach: sweeping or analytical")
        case "oorzaken": Localized(nl: "oorzaken: één oorzaak of meerdere", en: "causes: one cause or several")
        case "spijt": Localized(nl: "spijt achteraf (‘had ik maar’)", en: "regret after the fact (‘if only I had’)")
        case "herhaling": Localized(nl: "dezelfde zorg die terugkomt", en: "the same worry coming back")
        case "malen": Localized(nl: "blijven malen", en: "going round in circles")
        case "zelfverwijt": Localized(nl: "zelfverwijt", en: "self-blame")
        case "absoluut": Localized(nl: "absolute woorden (altijd, nooit)", en: "absolute words (always, never)")
        case "spuien": Localized(nl: "emoties spuien zonder er iets mee te doen", en: "venting without doing anything with it")
        case "onvermogen": Localized(nl: "onvermogen (‘het lukt me niet’)", en: "helplessness (‘I can’t do it’)")
        case "vergelijking": Localized(nl: "zich afzetten tegen anderen", en: "measuring oneself against others")
        case "perspectiefname": Localized(nl: "zich inleven in de ander", en: "taking the other's perspective")
        case "fase": Localized(nl: "aanwijzing voor een fase van de spiraal", en: "cue for a phase of the spiral")
        case "waarom": Localized(nl: "de waarom-vraag", en: "the why-question")
        case "doel": Localized(nl: "de bedoeling: wat van waarde is voor de cliënt", en: "the purpose: what matters to the client")
        case "aanname": Localized(nl: "eigen aanname of teamroutine bevraagd", en: "own assumption or team routine questioned")
        case "metareflectie": Localized(nl: "reflectie op de eigen reflectie", en: "reflection on one's own reflection")
        case "kanteling": Localized(nl: "wending van piekeren naar reflecteren", en: "turn from brooding to reflecting")
        case "voorbehoud": Localized(nl: "voorzichtige, tastende taal", en: "cautious, tentative language")
        case "waarneming": Localized(nl: "wat er waar te nemen was", en: "what could be observed")
        case "interpretatie": Localized(nl: "wat de schrijver van een ander denkt", en: "what the writer thinks of someone else")
        default: Localized(stringLiteral: name)
        }
    }

    static func whyLabel(_ label: String?) -> Localized? {
        switch label {
        case "direct": Localized(nl: "directe vraag", en: "direct question")
        case "indirect": Localized(nl: "indirecte vraag (‘ik vraag me af waarom’)", en: "indirect question (‘I wonder why’)")
        case "uitspraak": Localized(nl: "uitspraak met ‘waarom’, geen vraag", en: "statement with ‘why’, not a question")
        default: nil
        }
    }

    static func whyKind(_ kind: WhyKind) -> Localized {
        switch kind {
        case .onderzoekend: Localized(nl: "onderzoekend", en: "inquiring")
        case .piekerend: Localized(nl: "piekerend", en: "brooding")
        }
    }

    static func depthName(_ level: Int) -> Localized {
        Vocabulary.depthLevels[min(max(level, 0), 4)].label
    }
}
