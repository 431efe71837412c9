/// A weak trial ("ik probeerde", "dat heb ik gedaan", "deze keer") next to an earlier intention
/// counts in full: "vorige week nam ik me voor eerst te vragen. Vandaag probeerde ik dat."
///
/// Reads: phase 5 cues from `trial_backing.from` up to (not including) `trial_backing.below`, and
/// the sentences before them. When the cue's sentence points back to an earlier moment, or one
/// of the `trial_backing.window` sentences before it does or holds an intention (phase 1 of at
/// least `trial_backing.intention_min`), the cue gains `trial_backing.backed`. Otherwise an
/// occasion told by the writer (ik or wij, a past tense or telling of at least
/// `trial_backing.told_min`) gains `trial_backing.told`: at least half a trial. A plan in the same
/// sentence ("deze keer wil ik eerst vragen") makes it an intention, not a trial.
struct TrialBackingRule: CueRule {
    static let id = "trial_backing"
    static let weightNames = ["from", "below", "window", "intention_min", "backed", "told_min", "told"]
    let from: Double
    let below: Double
    let window: Int
    let intentionMinimum: Double
    let backed: Double
    let toldMinimum: Double
    let told: Double

    init(weights: [String: Double]) {
        from = weights["from"] ?? 0
        below = weights["below"] ?? 0
        window = Int(weights["window"] ?? 0)
        intentionMinimum = weights["intention_min"] ?? 0
        backed = weights["backed"] ?? 0
        toldMinimum = weights["told_min"] ?? 0
        told = weights["told"] ?? 0
    }

    func apply(to run: inout NoteRun) {
        guard run.noteHolds(anyOf: NoteRun.phaseBit(5)) else { return }
        for i in run.arrays.cues.indices {
            let cue = run.arrays.cues[i]
            guard cue.category == .fase && cue.phase == 5 && cue.weight >= from && cue.weight < below else { continue }
            let s = Int(cue.sentence)
            let info = run.arrays.sentences[s]
            let intentionBefore = (max(0, s - window)..<s).contains { p in
                run.arrays.sentences[p].earlier || run.arrays.cueRange[p].contains {
                    run.arrays.cues[$0].category == .fase && run.arrays.cues[$0].phase == 1 && run.arrays.cues[$0].weight >= intentionMinimum
                }
            }
            let plan = info.future || run.arrays.cueRange[s].contains { run.arrays.cues[$0].category == .fase && run.arrays.cues[$0].phase == 4 }
            if info.earlier || intentionBefore {
                run.arrays.cues[i].weight += backed
            } else if !plan && (info.past >= toldMinimum || info.narrative >= toldMinimum) && (info.ik + info.wij) > 0 {
                run.arrays.cues[i].weight += told
            }
        }
    }
}
