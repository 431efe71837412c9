/// Repetition, absolutes and details count in a clause that evaluates, not in one that tells:
/// "toen ik binnenkwam zat hij weer aan het raam" and "hij vroeg steeds naar zijn vrouw" report
/// what happened; "het gaat altijd mis" and "weer niet gelukt" judge.
///
/// Reads: the sentence's tally (past tense, narrative verbs) and its other cues. In a sentence
/// that narrates — a past tense of at least `narration.past_min`, not a question, with no judgement, regret, rumination, inability
/// or feeling of the writer's in it — repetition, absolute and sweeping cues (benadering,
/// brooding pole) up to `narration.max_weight` go: in a story they are the story. Details on the
/// reflecting side ("op dat moment", "toen hij") stay: telling precisely is analytic.
struct NarrationScopeRule: CueRule {
    static let id = "narration"
    static let weightNames = ["max_weight", "past_min"]
    let maxWeight: Double
    let pastMinimum: Double
    /// The categories whose brooding cues judge (a sentence with one evaluates), as `held` bits.
    let judging: UInt64 = [Category.houding, .zelfverwijt, .spijt, .malen, .spuien, .onvermogen, .vergelijking, .perspectief]
        .reduce(0) { $0 | NoteRun.bit($1) }

    init(weights: [String: Double]) {
        maxWeight = weights["max_weight"] ?? 0
        pastMinimum = weights["past_min"] ?? 0
    }

    func apply(to run: inout NoteRun) {
        // Only repetition, absolute and sweeping brooding cues can go: without one, nothing to read.
        let droppable = NoteRun.bit(.herhaling) | NoteRun.bit(.absoluut) | NoteRun.bit(.benadering)
        guard run.noteHolds(anyOf: droppable), run.arrays.cues.contains(where: { c in
            c.weight <= maxWeight && c.pole == .piekeren && (c.category == .herhaling || c.category == .absoluut || c.category == .benadering)
        }) else { return }
        var narrates = [Bool](repeating: false, count: run.arrays.sentences.count)
        // Only a sentence with a cue that can go needs reading, and only one with a judging cue a scan for it.
        for s in run.arrays.sentences.indices where run.holds(s, anyOf: droppable) {
            let info = run.arrays.sentences[s]
            guard info.past >= pastMinimum, !info.isQuestion, info.feeling == 0 else { continue }
            let evaluates = run.holds(s, anyOf: judging) && run.sentence(s) { c in judging & NoteRun.bit(c.category) != 0 && c.pole == .piekeren }
            narrates[s] = !evaluates
        }
        run.removeCues { c in
            guard narrates[Int(c.sentence)], c.weight <= maxWeight else { return false }
            switch c.category {
            case .herhaling, .absoluut, .benadering: return c.pole == .piekeren
            default: return false
            }
        }
    }
}
