/// Brooding without "ik": "De ouderenzorg is om te huilen", "die administratie is natuurlijk
/// ontzettend belangrijk" (sarcasm), "het management heeft geen idee". A judgement of the system
/// or of others, outside quotes and not reported from someone else, is the writer's own voice
/// even when the writer never says "ik", so the note's cues count in full.
///
/// Reads: brooding cues of judgement in sentences outside quotes: a judgement or venting cue
/// (houding, spuien) anywhere, or an absolute or sweeping cue (absoluut, benadering) with an
/// institution (`persoon` label `instelling`) in the sentence. Each such sentence counts as
/// `system_judgement.voice` of the writer's voice. (Reported judgements are gone by now: the
/// rule runs after `reported_speech`.)
struct SystemJudgementRule: CueRule {
    static let id = "system_judgement"
    static let weightNames = ["voice"]
    let voice: Double

    init(weights: [String: Double]) {
        voice = weights["voice"] ?? 0
    }

    func apply(to run: inout NoteRun) {
        // A judgement needs a brooding houding, spuien, absoluut or benadering cue somewhere in the note.
        let judging = NoteRun.bit(.houding) | NoteRun.bit(.spuien) | NoteRun.bit(.absoluut) | NoteRun.bit(.benadering)
        guard run.noteHolds(anyOf: judging), run.arrays.cues.contains(where: { c in
            c.pole == .piekeren && (c.category == .houding || c.category == .spuien || c.category == .absoluut || c.category == .benadering)
        }) else { return }
        var judged = 0.0
        // Only a sentence with a cue of one of those categories can judge.
        for s in run.arrays.sentences.indices where !run.arrays.sentences[s].hasQuote && run.holds(s, anyOf: judging) {
            let institution = run.holds(s, .persoon) && run.sentence(s) { $0.category == .persoon && $0.sub == .instelling }
            let judgement = run.sentence(s) { c in
                c.pole == .piekeren && (c.category == .houding || c.category == .spuien
                    || institution && (c.category == .absoluut || c.category == .benadering))
            }
            if judgement { judged += voice }
        }
        run.voice += Int(judged.rounded(.up))
    }
}
