/// Forms and templates: "Leerdoel 1: Ik wil voor het eind van de periode …", "Wat ga ik doen:",
/// "Wanneer ben ik tevreden:". A learning goal on a form is the writer's aim before acting
/// (phase 1), not an alternative weighed (phase 4) or a solution focus; "gestart met", "ingezet"
/// on a form report the plan's progress, not a trial of an earlier intention (phase 5).
///
/// Reads: `formulier` cues (Lexicons/formulier.lex, a template's labels at the start of a
/// sentence or line). In a sentence that opens with a label: phase 4 becomes phase 1 (weight
/// times `form.aim_factor`), solution-focus cues and phase 5 cues below `form.trial_min` go.
struct FormTemplateRule: CueRule {
    static let id = "form"
    static let weightNames = ["aim_factor", "trial_min"]
    let aimFactor: Double
    let trialMin: Double

    init(weights: [String: Double]) {
        aimFactor = weights["aim_factor"] ?? 0
        trialMin = weights["trial_min"] ?? 0
    }

    func apply(to run: inout NoteRun) {
        guard run.noteHolds(anyOf: NoteRun.bit(.formulier)) else { return }
        var onForm = [Bool](repeating: false, count: run.arrays.sentences.count)
        var any = false
        for s in run.arrays.sentences.indices where run.sentence(s, has: { $0.category == .formulier }) {
            onForm[s] = true
            any = true
        }
        guard any else { return }
        var rephased = false
        for i in run.arrays.cues.indices where onForm[Int(run.arrays.cues[i].sentence)] {
            if run.arrays.cues[i].category == .fase && run.arrays.cues[i].phase == 4 {
                run.arrays.cues[i].phase = 1
                run.arrays.cues[i].weight *= aimFactor
                rephased = true
            }
        }
        // The phases each sentence holds are part of the index (`NoteRun.holds(_:phase:)`).
        if rephased { run.indexCues(inOrder: true) }
        run.removeCues { c in
            guard onForm[Int(c.sentence)] else { return false }
            if c.dimension == .focus && c.pole == .reflecteren { return true }
            return c.category == .fase && c.phase == 5 && c.weight < trialMin
        }
    }
}
