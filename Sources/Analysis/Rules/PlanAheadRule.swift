/// A plan with a moment ahead, by the writer: "morgen vraag ik haar hoe ze het wil", "in juli
/// kijken we samen naar het rooster". Without "ik wil" or "mijn plan is", the moment ahead with
/// the writer as the one who acts makes it an alternative chosen (phase 4).
///
/// Reads: statements that point ahead (`toekomst`) with no past tense and no regret, with ik or
/// wij in them and no phase 4 cue yet. The rule proposes a phase 4 cue of `plan_ahead.weight` on
/// the word that points ahead.
struct PlanAheadRule: CueRule {
    static let id = "plan_ahead"
    static let weightNames = ["weight"]
    static let proposes = true
    let weight: Double

    init(weights: [String: Double]) {
        weight = weights["weight"] ?? 0
    }

    func apply(to run: inout NoteRun) {
        for s in run.arrays.sentences.indices {
            let info = run.arrays.sentences[s]
            guard !info.isQuestion && info.future && info.past == 0 && !info.spijt && (info.ik + info.wij) > 0 else { continue }
            let range = run.arrays.cueRange[s]
            let hasPlan = run.holds(s, phase: 4)
            if !hasPlan, let k = range.first(where: { run.arrays.cues[$0].category == .toekomst }) {
                run.propose(on: run.arrays.cues[k], sentence: s, category: .fase, phase: 4, weight: weight)
            }
        }
    }
}
