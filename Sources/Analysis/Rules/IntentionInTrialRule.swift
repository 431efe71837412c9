/// An intention told inside a trial ("zoals ik me had voorgenomen, heb ik eerst gevraagd …") is
/// the trial, not a new intention; "vooraf", "van tevoren" in a plan ahead ("volgende keer bespreek
/// ik het van tevoren") is the plan.
///
/// Reads: phase 1 cues after the proposing rules ran. One that overlaps a phase 5 cue of at least
/// `intention_in_trial.trial_min` goes; so does one of at most `intention_in_trial.intention_max` in a
/// sentence without a past tense that points ahead or holds a plan (phase 4 of at least
/// `intention_in_trial.plan_min`).
struct IntentionInTrialRule: CueRule {
    static let id = "intention_in_trial"
    static let weightNames = ["trial_min", "plan_min", "intention_max"]
    let trialMinimum: Double
    let planMinimum: Double
    let intentionMaximum: Double

    init(weights: [String: Double]) {
        trialMinimum = weights["trial_min"] ?? 0
        planMinimum = weights["plan_min"] ?? 0
        intentionMaximum = weights["intention_max"] ?? 0
    }

    func apply(to run: inout NoteRun) {
        // Only a sentence with a phase 1 cue has one to drop; the scans for a plan or a trial only
        // where the sentence holds one.
        for s in run.arrays.sentences.indices where run.holds(s, phase: 1) {
            let range = run.arrays.cueRange[s]
            let plan = run.arrays.sentences[s].future || run.holds(s, phase: 4) && range.contains { run.arrays.cues[$0].category == .fase && run.arrays.cues[$0].phase == 4 && run.arrays.cues[$0].weight >= planMinimum }
            for i in range where run.arrays.cues[i].category == .fase && run.arrays.cues[i].phase == 1 {
                let inTrial = run.holds(s, phase: 5) && range.contains {
                    run.arrays.cues[$0].category == .fase && run.arrays.cues[$0].phase == 5 && run.arrays.cues[$0].weight >= trialMinimum && run.arrays.cues[$0].overlaps(run.arrays.cues[i])
                }
                if inTrial || (plan && run.arrays.cues[i].weight <= intentionMaximum && run.arrays.sentences[s].past == 0) { run.arrays.cues[i].weight = 0 }
            }
        }
        run.removeCues { $0.category == .fase && $0.weight == 0 }
    }
}
