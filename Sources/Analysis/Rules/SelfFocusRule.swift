/// "Ik, ik, ik": a sentence that only speaks of the writer, with feeling or judgement ("ik voel
/// me zo slecht, ik kan het niet, ik ben gewoon niet goed genoeg") looks from one perspective
/// only: brooding on the perspective dimension.
///
/// Reads: the persons of each sentence. With ik at least `self_focus.min_ik` times, nobody else
/// (no wij, no other person) and a brooding cue or a feeling in it, the rule proposes a brooding
/// `perspectief` cue of `self_focus.weight` on the first "ik". Watching oneself ("het valt me op
/// dat ik …", a phase 3 cue of at least `self_focus.observation_min`) is no "ik, ik, ik".
struct SelfFocusRule: CueRule {
    static let id = "self_focus"
    static let weightNames = ["min_ik", "observation_min", "weight"]
    static let proposes = true
    let minimumIk: Int
    let observationMinimum: Double
    let weight: Double

    init(weights: [String: Double]) {
        minimumIk = Int(weights["min_ik"] ?? 0)
        observationMinimum = weights["observation_min"] ?? 0
        weight = weights["weight"] ?? 0
    }

    func apply(to run: inout NoteRun) {
        for s in run.arrays.sentences.indices {
            let info = run.arrays.sentences[s]
            guard info.ik >= minimumIk && info.ander == 0 && info.wij == 0 else { continue }
            let range = run.arrays.cueRange[s]
            let selfObservation = run.holds(s, phase: 3) && range.contains {
                run.arrays.cues[$0].category == .fase && run.arrays.cues[$0].phase == 3 && run.arrays.cues[$0].weight >= observationMinimum
            }
            if selfObservation { continue }
            let feeling = range.contains { run.arrays.cues[$0].pole == .piekeren || (run.arrays.cues[$0].category == .verhaal && run.arrays.cues[$0].sub == .gevoel) }
            if feeling, let k = range.first(where: { run.arrays.cues[$0].category == .persoon && run.arrays.cues[$0].sub == .ik }) {
                run.propose(on: run.arrays.cues[k], sentence: s, category: .perspectief, pole: .piekeren, dimension: .perspectief, weight: weight)
            }
        }
    }
}
