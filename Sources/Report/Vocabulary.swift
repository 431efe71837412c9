import DiepgangCore
import DiepgangAnalysis
import DiepgangTrends

/// The words reports show to people, in Dutch and English. Machine-readable outputs (JSON, CSV)
/// use the fixed keys instead.
enum Vocabulary {
    static let phases: [Localized] = [
        Localized(nl: "handelen", en: "acting"),
        Localized(nl: "terugblikken", en: "looking back"),
        Localized(nl: "bewustwording", en: "awareness"),
        Localized(nl: "alternatieven", en: "alternatives"),
        Localized(nl: "uitproberen", en: "trying out"),
    ]

    static func dimension(_ d: ReflectionDimension) -> (name: Localized, piekeren: Localized, reflecteren: Localized) {
        switch d {
        case .perspectief:
            return (Localized(nl: "perspectief", en: "perspective"),
                    Localized(nl: "alleen eigen blik", en: "own view only"),
                    Localized(nl: "ook de ander", en: "others too"))
        case .focus:
            return (Localized(nl: "focus", en: "focus"),
                    Localized(nl: "fouten", en: "mistakes"),
                    Localized(nl: "oplossingen", en: "solutions"))
        case .houding:
            return (Localized(nl: "houding", en: "attitude"),
                    Localized(nl: "oordelen", en: "judging"),
                    Localized(nl: "begrijpen", en: "understanding"))
        case .benadering:
            return (Localized(nl: "benadering", en: "approach"),
                    Localized(nl: "globaal", en: "sweeping"),
                    Localized(nl: "analytisch", en: "analytical"))
        case .oorzaken:
            return (Localized(nl: "oorzaken", en: "causes"),
                    Localized(nl: "één oorzaak", en: "one cause"),
                    Localized(nl: "meerdere oorzaken", en: "several causes"))
        }
    }

    /// The depth levels (`Corpus/ANNOTATION.md` §4) and what each takes.
    static let depthLevels: [(label: Localized, meaning: Localized)] = [
        (Localized(nl: "geen reflectie", en: "no reflection"),
         Localized(nl: "spuien, oordelen of te weinig tekst", en: "venting, judging, or too little text")),
        // Not "beschrijvend": that word is a mode (see DepthLabel.name).
        (Localized(nl: "vertellend", en: "narrative"),
         Localized(nl: "wat er gebeurde en hoe het voelde, zonder analyse", en: "what happened and how it felt, without analysis")),
        (Localized(nl: "analyserend", en: "analysing"),
         Localized(nl: "oorzaken, de blik van anderen, de context", en: "causes, the view of others, the context")),
        (Localized(nl: "betekenisgevend", en: "making meaning"),
         Localized(nl: "de kern benoemd, de waarom-vraag verbonden met de bedoeling, alternatieven gewogen",
                   en: "the essence named, the why linked to the purpose, alternatives weighed")),
        (Localized(nl: "transformerend", en: "transforming"),
         Localized(nl: "eigen aannames of teamroutines bevraagd, een concreet voornemen",
                   en: "own assumptions or team routines questioned, a concrete intention")),
    ]

    static func direction(_ d: TrendDirection) -> Localized {
        switch d {
        case .stijgend: return Localized(nl: "stijgend", en: "rising")
        case .dalend: return Localized(nl: "dalend", en: "falling")
        case .geenTrend: return Localized(nl: "geen trend", en: "no trend")
        }
    }

    static func teamName(_ team: String) -> Localized {
        team.isEmpty ? Localized(nl: "(zonder team)", en: "(no team)") : Localized(stringLiteral: team)
    }

    static func periodWord(_ kind: PeriodKind) -> Localized {
        switch kind {
        case .week: return Localized(nl: "week", en: "week")
        case .month: return Localized(nl: "maand", en: "month")
        case .quarter: return Localized(nl: "kwartaal", en: "quarter")
        }
    }

    static let suppressedNote = Localized(nl: "onderdrukt (te weinig verslagen of auteurs)",
                                          en: "suppressed (too few notes or authors)")
}

/// Numbers for people: a decimal comma in Dutch, a point in English.
enum Numbers {
    static func decimal(_ value: Double, digits: Int, _ language: Language) -> String {
        guard value.isFinite else { return "–" }
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        var rounded = (value * scale).rounded() / scale
        if rounded == 0 { rounded = 0 } // no "-0"
        let negative = rounded < 0
        let magnitude = abs(rounded)
        let whole = Int(magnitude)
        var text = String(whole)
        if digits > 0 {
            let fraction = Int(((magnitude - Double(whole)) * scale).rounded())
            let f = String(fraction)
            text += (language == .nl ? "," : ".") + String(repeating: "0", count: digits - f.count) + f
        }
        return (negative ? "−" : "") + text
    }

    static func signed(_ value: Double, digits: Int, _ language: Language) -> String {
        let text = decimal(value, digits: digits, language)
        return text.hasPrefix("−") || text.allSatisfy({ $0 == "0" || $0 == "," || $0 == "." }) ? text : "+" + text
    }

    static func percent(_ share: Double, _ language: Language) -> String {
        decimal(share * 100, digits: 0, language) + " %"
    }

    /// A p-value with three decimals, or "< 0,001".
    static func p(_ value: Double, _ language: Language) -> String {
        value < 0.001 ? "< " + decimal(0.001, digits: 3, language) : "= " + decimal(value, digits: 3, language)
    }
}
