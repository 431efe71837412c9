/// An account right after an intention made earlier reports on that intention: "vorige maand nam
/// ik me voor om eerst te vragen hoe het gaat" — then "bij meneer Osman deed ik dat deze week".
/// That is a trial (phase 5), whether it worked or not.
///
/// Reads: the `intention_followed.window` sentences before each sentence: one that points back to
/// an earlier moment, points nowhere ahead and holds an intention (phase 1 of at least
/// `intention_followed.intention_min`). A sentence after it that tells (a past tense of at least
/// `intention_followed.past_min`), with no regret, no plan or question ahead and no trial of at least
/// `intention_followed.trial_min` yet, gets a proposed phase 5 cue of `intention_followed.weight`
/// on its first telling word.
struct IntentionFollowedRule: CueRule {
    static let id = "intention_followed"
    static let weightNames = ["window", "intention_min", "trial_min", "past_min", "weight"]
    static let proposes = true
    let window: Int
    let intentionMinimum: Double
    let trialMinimum: Double
    let pastMinimum: Double
    let weight: Double

    init(weights: [String: Double]) {
        window = Int(weights["window"] ?? 0)
        intentionMinimum = weights["intention_min"] ?? 0
        trialMinimum = weights["trial_min"] ?? 0
        pastMinimum = weights["past_min"] ?? 0
        weight = weights["weight"] ?? 0
    }

    func apply(to run: inout NoteRun) {
        for s in run.arrays.sentences.indices {
            let info = run.arrays.sentences[s]
            let earlierIntentionBefore = (max(0, s - window)..<s).contains { p in
                run.holds(p, phase: 1) && run.arrays.sentences[p].earlier && run.arrays.sentences[p].futureWeight == 0
                    && run.arrays.cueRange[p].contains { run.arrays.cues[$0].category == .fase && run.arrays.cues[$0].phase == 1 && run.arrays.cues[$0].weight >= intentionMinimum }
            }
            guard earlierIntentionBefore else { continue }
            let range = run.arrays.cueRange[s]
            let alreadyTrial = run.holds(s, phase: 5) && range.contains { run.arrays.cues[$0].category == .fase && run.arrays.cues[$0].phase == 5 && run.arrays.cues[$0].weight >= trialMinimum }
            let ahead = info.future || info.isQuestion
                || run.holds(s, phase: 4) || run.holds(s, phase: 1)
            if !alreadyTrial && !ahead && info.past >= pastMinimum && !info.spijt,
               let k = range.first(where: { run.arrays.cues[$0].category == .verhaal || run.arrays.cues[$0].category == .waarneming }) {
                run.propose(on: run.arrays.cues[k], sentence: s, category: .fase, phase: 5, weight: weight)
            }
        }
    }
}
