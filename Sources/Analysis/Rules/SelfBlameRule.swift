/// Self-blame: "ik ben zo dom geweest", "ik had beter moeten weten". A judgement with the writer
/// in its clause and nobody else is a judgement of oneself, which broods more than a judgement of
/// a situation ("dat was dom van de planning").
///
/// Reads: brooding `houding` cues that are not negated and the persons of their clause (outside
/// quotes). With the writer (ik) in the clause and no other person, the cue becomes `zelfverwijt`.
/// No weights: the rule renames, the lexicon's weight stays.
struct SelfBlameRule: CueRule {
    static let id = "self_blame"

    init(weights: [String: Double]) {}

    func apply(to run: inout NoteRun) {
        guard run.noteHolds(anyOf: NoteRun.bit(.houding)) else { return }
        var renamed = false
        for i in run.arrays.cues.indices {
            let cue = run.arrays.cues[i]
            guard cue.category == .houding && cue.pole == .piekeren && !cue.negated else { continue }
            let persons = run.arrays.clausePersons[Int(run.arrays.clauseOf[Int(cue.first)])]
            // Bit 1 is ik, bit 8 another person (`markClauses`).
            if persons & 1 != 0 && persons & 8 == 0 {
                run.arrays.cues[i].category = .zelfverwijt
                renamed = true
            }
        }
        // A new category can change the cues' order (`indexCues` breaks ties by category).
        if renamed { run.indexCues() }
    }
}
