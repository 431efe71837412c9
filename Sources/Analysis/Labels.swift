import DiepgangCore

// The words people read for the model's fixed keys, in Dutch and English. JSON and CSV keep the
// keys (docs/OUTPUT.md); only the text report and the HTML use these.

extension DepthLabel {
    /// For people. Level 1 is *vertellend* (narrative), not *beschrijvend*: that word is a mode,
    /// and "piekeren · diepgang 1 (beschrijvend)" read as two verdicts at once. The JSON key
    /// `depth.label` stays `beschrijvend` so existing files keep their meaning.
    public var name: Localized {
        switch self {
        case .geenReflectie: return Localized(nl: "geen reflectie", en: "no reflection")
        case .beschrijvend: return Localized(nl: "vertellend", en: "narrative")
        case .analyserend: return Localized(nl: "analyserend", en: "analysing")
        case .betekenisgevend: return Localized(nl: "betekenisgevend", en: "making meaning")
        case .transformerend: return Localized(nl: "transformerend", en: "transforming")
        }
    }
}

extension Dimension {
    public var name: Localized {
        switch self {
        case .perspectief: return Localized(nl: "perspectief", en: "perspective")
        case .focus: return Localized(nl: "focus", en: "focus")
        case .houding: return Localized(nl: "houding", en: "attitude")
        case .benadering: return Localized(nl: "benadering", en: "approach")
        case .oorzaken: return Localized(nl: "oorzaken", en: "causes")
        }
    }
}

extension Pole {
    public var name: Localized {
        self == .piekeren ? Localized(nl: "piekeren", en: "brooding") : Localized(nl: "reflecteren", en: "reflecting")
    }
}

extension WhyKind {
    public var name: Localized {
        self == .piekerend ? Localized(nl: "piekerend", en: "brooding") : Localized(nl: "onderzoekend", en: "inquiring")
    }
}

/// The lexicon categories a marker can carry, named for a reader of `--lang en`. A category
/// not listed here (a user's own lexicon) is shown under its own name.
enum MarkerCategoryName {
    static let english: [String: String] = [
        "aanname": "assumption", "absoluut": "absolute", "benadering": "approach", "doel": "purpose",
        "eerder": "earlier", "fase": "phase", "focus": "focus", "grens": "boundary", "herhaling": "repetition",
        "houding": "attitude", "hypothetisch": "hypothetical", "interpretatie": "interpretation",
        "kanteling": "turning point", "malen": "ruminating", "metareflectie": "meta-reflection",
        "ontkenning": "negation", "onvermogen": "helplessness", "oorzaken": "causes", "persoon": "person",
        "perspectief": "perspective", "perspectiefname": "perspective-taking", "spijt": "regret",
        "spuien": "venting", "toekomst": "future", "verband": "connection", "vergelijking": "comparison",
        "verhaal": "narrative", "voorbehoud": "hedge", "waarneming": "observation", "waarom": "why",
        "zelfverwijt": "self-reproach",
    ]

    static func name(_ category: String, _ language: Language) -> String {
        language == .en ? english[category] ?? category : category
    }
}
