/// A trial (phase 5) carries out an approach from an earlier round: "zoals ik me had voorgenomen",
/// "de afspraak van vorige week heb ik uitgevoerd". Words that can tell a trial — "opnieuw",
/// "voor het eerst", "geoefend", "sinds april", "de derde week" — tell an ordinary story just as
/// often ("hij weigerde opnieuw zijn medicatie").
///
/// Reads: phase 5 cues and what came before them. A phase 5 cue below `trial.self_evident` counts
/// only when the note holds an intention or plan before it (a phase 1 or phase 4 cue of at least
/// `trial.plan_min` in an earlier sentence), its sentence points back to an earlier moment (`eerder`: "sinds maart", "anders dan
/// in januari"), or a second trial cue in its sentence backs it ("deze keer … en dat werkte");
/// otherwise it goes. Cues below `trial.weak_below` stay: they never open a phase by themselves,
/// and the coach sees them marked weak.
struct TrialRule: CueRule {
    static let id = "trial"
    static let weightNames = ["self_evident", "weak_below", "plan_min"]
    let selfEvident: Double
    let weakBelow: Double
    let planMinimum: Double

    init(weights: [String: Double]) {
        selfEvident = weights["self_evident"] ?? 0
        weakBelow = weights["weak_below"] ?? 0
        planMinimum = weights["plan_min"] ?? 0
    }

    func apply(to run: inout NoteRun) {
        // Only weak trial cues can go: without one there is nothing to check.
        guard run.noteHolds(anyOf: NoteRun.phaseBit(5)), run.arrays.cues.contains(where: { $0.category == .fase && $0.phase == 5 && $0.weight >= weakBelow && $0.weight < selfEvident }) else { return }
        // The first sentence that holds an intention or a plan; trials after it may report on it.
        var firstPlan = Int.max
        for c in run.arrays.cues where c.category == .fase && (c.phase == 1 || c.phase == 4) && c.weight >= planMinimum {
            firstPlan = min(firstPlan, Int(c.sentence))
        }
        let pointsBack = run.arrays.sentences.map { $0.earlierWeight > 0 }
        var trialCues = [Int](repeating: 0, count: run.arrays.sentences.count)
        for c in run.arrays.cues where c.category == .fase && c.phase == 5 { trialCues[Int(c.sentence)] += 1 }
        run.removeCues { c in
            guard c.category == .fase && c.phase == 5 && c.weight >= weakBelow && c.weight < selfEvident else { return false }
            let s = Int(c.sentence)
            return !(firstPlan < s || pointsBack[s] || trialCues[s] >= 2)
        }
    }
}
