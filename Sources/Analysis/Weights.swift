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
    /// The scoping rules with their weights, in the order they run.
    let rules: [any CueRule]

    /// Reads the table; throws naming every weight that is missing.
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
        for name in RuleRegistry.weightNames { _ = value(name) }
        rules = RuleRegistry.make(table)
        if !missing.isEmpty {
            let list = missing.joined(separator: ", ")
            throw DiepgangError(.dataError, nl: "\(WeightsFile.name) mist de gewichten: \(list)",
                                en: "\(WeightsFile.name) lacks the weights: \(list)")
        }
    }
}
