import DiepgangCore
import DiepgangAnalysis
import DiepgangTrends
import DiepgangVocabulary

/// The words reports show to people, in Dutch and English. Machine-readable outputs (JSON, CSV)
/// use the fixed keys instead. The analysis' terms come from `Lexicons/vocabulary.tsv`
/// (`DiepgangVocabulary`); the trend words below are the reports' own.
enum Vocabulary {
    /// The phases' short names, for chart axes.
    static let phases: [Localized] = SpiralPhase.allCases.map(\.shortName)

    static func dimension(_ d: ReflectionDimension) -> (name: Localized, piekeren: Localized, reflecteren: Localized) {
        (d.name, d.side(.piekeren), d.side(.reflecteren))
    }

    /// The depth levels (`Corpus/ANNOTATION.md` §4) and what each takes.
    static let depthLevels: [(label: Localized, meaning: Localized)] = DepthLabel.allCases.map { ($0.name, $0.meaning) }

    static func teamName(_ team: String) -> Localized {
        team.isEmpty ? Localized(nl: "(zonder team)", en: "(no team)") : Localized(stringLiteral: team)
    }

    static func periodWord(_ kind: PeriodKind) -> Localized { kind.name }

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
