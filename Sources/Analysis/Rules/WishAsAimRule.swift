/// A bare wish of the writer's before any insight ("ik wil graag met mensen blijven werken",
/// "ondanks de drukte wil ik rust op de kamer") is the writer's aim in the account (phase 1), not
/// an alternative chosen (phase 4). In the spiral the same "ik wil" after the writer has seen how
/// things hang together is the resolve (phase 4): "wat dit voor mij betekent: ik wil niet wachten
/// tot het erger wordt".
///
/// Reads: phase 4 cues of entries flagged `wish`, in statements with no moment ahead (`toekomst`)
/// and no other phase 4 cue, before the note's first insight (phase 3). Those cues become phase 1
/// cues of the same weight.
struct WishAsAimRule: CueRule {
    static let id = "wish_aim"
    static let weightNames: [String] = []

    init(weights: [String: Double]) {}

    func apply(to run: inout NoteRun) {
        guard run.noteHolds(anyOf: NoteRun.phaseBit(4)) else { return }
        let roles = run.analyzer.roles
        func isWish(_ c: Cue) -> Bool { c.category == .fase && c.phase == 4 && c.entry >= 0 && roles[Int(c.entry)].flags.isWish }
        var rephased = false
        for s in run.arrays.sentences.indices {
            // From the first insight on, a wish is a resolve.
            if run.holds(s, phase: 3) { break }
            guard run.holds(s, phase: 4), !run.arrays.sentences[s].isQuestion, !run.holds(s, .toekomst) else { continue }
            let range = run.arrays.cueRange[s]
            guard range.allSatisfy({ k in
                let c = run.arrays.cues[k]
                return c.category != .fase || c.phase != 4 || isWish(c)
            }) else { continue }
            for k in range where isWish(run.arrays.cues[k]) {
                run.arrays.cues[k].phase = 1
                rephased = true
            }
        }
        // The phases each sentence holds are part of the index (`NoteRun.holds(_:phase:)`).
        if rephased { run.indexCues(inOrder: true) }
    }
}
