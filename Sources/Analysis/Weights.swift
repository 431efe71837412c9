import DiepgangCore
import DiepgangLexicon

/// The numbers of the verdict and the rules, read by name from the lexicon folder's
/// `weights.txt`: a weight is changed in data, and the change shows in `lexicon_version`.
public struct Weights: Sendable {
    let minimumWords: Int
    let poleThreshold: Double
    let coreCueWeight: Double
    let coreMinimum: Double
    let reflectingDominance: Double
    let broodingDominance: Double
    let minorPolePer100Words: Double
    let turnMinorPer100Words: Double
    let turnWeight: Double
    let turnBalance: Double
    let insightFloor: Double
    let alternativesFloor: Double
    let phaseCap: Double
    let trialBonus: Double
    let broodingWhy: Double
    let inquiringWhy: Double
    let voicelessFactor: Double
    let phaseThreshold: Double
    let phaseSentenceCap: Double
    let negationReach: Int
    let confidenceSpread: Double
    let confidenceShift: Double
    let confidenceCentre: Double
    let onzekerBelow: Double
    let hypotheticalFactor: Double
    let genericYouMinimum: Int
    let phaseWeakBelow: Double
    let whyBrooding: Double
    let whySelfBrooding: Double
    let whySelfInquiryFactor: Double
    let whyOutweighing: Double
    let whyPurposeMinimum: Double
    let whyInsight: Double
    let depthQuestioningMinimum: Double
    let depthPerspectiveMinimum: Double
    let depthCausesMinimum: Double
    let depthPurposeMinimum: Double
    /// The scoping rules with their weights, in the order they run.
    let rules: [any CueRule]

    /// Every name the analysis reads: the verdict's and every rule's (`<rule>.on` included).
    public static var names: [String] { coreNames + RuleRegistry.weightNames }

    static let coreNames = [
        "verdict.minimum_words", "verdict.pole_threshold", "verdict.core_cue_weight", "verdict.core_minimum",
        "verdict.reflecting_dominance", "verdict.brooding_dominance", "verdict.minor_pole_per_100_words",
        "verdict.turn_minor_per_100_words", "verdict.turn_weight", "verdict.turn_balance", "verdict.insight_floor",
        "verdict.alternatives_floor", "verdict.phase_cap", "verdict.trial_bonus", "verdict.brooding_why",
        "verdict.inquiring_why", "verdict.voiceless_factor",
        "depth.questioning_min", "depth.perspective_min", "depth.causes_min", "depth.purpose_min",
        "phase.threshold", "phase.sentence_cap", "phase.weak_below",
        "negation.reach", "hypothetical.factor", "voice.generic_you_min",
        "why.brooding", "why.self_brooding", "why.self_inquiry_factor", "why.outweighing", "why.purpose_min", "why.insight",
        "confidence.spread", "confidence.shift", "confidence.centre", "confidence.onzeker_below",
    ]

    /// Reads the table; throws naming every weight that is missing and every name the analysis
    /// does not know (a misspelt name would otherwise leave the weight it meant unchanged).
    public init(_ table: [String: Double]) throws {
        var missing: [String] = []
        func value(_ name: String) -> Double {
            guard let v = table[name] else { missing.append(name); return 0 }
            return v
        }
        minimumWords = Int(value("verdict.minimum_words"))
        poleThreshold = value("verdict.pole_threshold")
        coreCueWeight = value("verdict.core_cue_weight")
        coreMinimum = value("verdict.core_minimum")
        reflectingDominance = value("verdict.reflecting_dominance")
        broodingDominance = value("verdict.brooding_dominance")
        minorPolePer100Words = value("verdict.minor_pole_per_100_words")
        turnMinorPer100Words = value("verdict.turn_minor_per_100_words")
        turnWeight = value("verdict.turn_weight")
        turnBalance = value("verdict.turn_balance")
        insightFloor = value("verdict.insight_floor")
        alternativesFloor = value("verdict.alternatives_floor")
        phaseCap = value("verdict.phase_cap")
        trialBonus = value("verdict.trial_bonus")
        broodingWhy = value("verdict.brooding_why")
        inquiringWhy = value("verdict.inquiring_why")
        voicelessFactor = value("verdict.voiceless_factor")
        phaseThreshold = value("phase.threshold")
        phaseSentenceCap = value("phase.sentence_cap")
        negationReach = Int(value("negation.reach"))
        confidenceSpread = value("confidence.spread")
        confidenceShift = value("confidence.shift")
        confidenceCentre = value("confidence.centre")
        onzekerBelow = value("confidence.onzeker_below")
        hypotheticalFactor = value("hypothetical.factor")
        genericYouMinimum = Int(value("voice.generic_you_min"))
        phaseWeakBelow = value("phase.weak_below")
        whyBrooding = value("why.brooding")
        whySelfBrooding = value("why.self_brooding")
        whySelfInquiryFactor = value("why.self_inquiry_factor")
        whyOutweighing = value("why.outweighing")
        whyPurposeMinimum = value("why.purpose_min")
        whyInsight = value("why.insight")
        depthQuestioningMinimum = value("depth.questioning_min")
        depthPerspectiveMinimum = value("depth.perspective_min")
        depthCausesMinimum = value("depth.causes_min")
        depthPurposeMinimum = value("depth.purpose_min")
        for name in RuleRegistry.weightNames { _ = value(name) }
        rules = RuleRegistry.make(table)
        if !missing.isEmpty {
            let list = missing.joined(separator: ", ")
            throw DiepgangError(.dataError, nl: "\(WeightsFile.name) mist de gewichten: \(list)",
                                en: "\(WeightsFile.name) lacks the weights: \(list)")
        }
        let known = Set(Weights.names)
        let unknown = table.keys.filter { !known.contains($0) }.sorted()
        if !unknown.isEmpty {
            let list = unknown.joined(separator: ", ")
            throw DiepgangError(.dataError, nl: "\(WeightsFile.name) noemt gewichten die de analyse niet kent: \(list)",
                                en: "\(WeightsFile.name) names weights the analysis does not know: \(list)")
        }
    }
}

extension Weights {
    /// Every problem of a weights file meant to replace `weights.txt` (`evaluate --weights`):
    /// lines that are not `name = number`, names the analysis does not know (at their line) and
    /// names it needs that the file lacks. Empty: the file can be used.
    public static func check(path: String, bytes: [UInt8]) -> [LexiconIssue] {
        let (table, lines, problems) = WeightsFile.parseWithLines(path: path, bytes: bytes)
        var issues = problems
        let known = Set(names)
        for (name, line) in lines.sorted(by: { $0.value < $1.value }) where !known.contains(name) {
            issues.append(LexiconIssue(file: path, line: line, reason: Localized(nl: "onbekend gewicht '\(name)'", en: "unknown weight '\(name)'")))
        }
        let missing = names.filter { table[$0] == nil }
        if !missing.isEmpty {
            let list = missing.joined(separator: ", ")
            // A missing name has no line: the message points at the file's last line.
            let newlines = bytes.reduce(0) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) }
            let end = max(1, newlines + (bytes.last == UInt8(ascii: "\n") ? 0 : 1))
            issues.append(LexiconIssue(file: path, line: end, reason: Localized(nl: "mist de gewichten: \(list)", en: "lacks the weights: \(list)")))
        }
        return issues
    }
}
