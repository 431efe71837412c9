/// Brooding without "ik": "De ouderenzorg is om te huilen", "die administratie is natuurlijk
/// ontzettend belangrijk" (sarcasm), "het management heeft geen idee". A judgement of the system
/// or of others, outside quotes and not reported from someone else, is the writer's own voice
/// even when the writer never says "ik", so the note's cues count in full.
///
/// Reads: brooding cues of judgement (houding, spuien, absolutes, sweeping) and institutions
/// (`persoon` label `instelling`) in a sentence outside quotes. Each such sentence counts as
/// `system_judgement.voice` of the writer's voice.
struct SystemJudgementRule: CueRule {
    static let id = "system_judgement"
    static let weightNames = ["voice"]
    let voice: Double

    init(weights: [String: Double]) {
        voice = weights["voice"] ?? 0
    }

    func apply(to run: inout NoteRun) {
        var judged = 0.0
        for s in run.sentences.indices where !run.sentences[s].hasQuote {
            let institution = run.sentence(s) { $0.category == .persoon && $0.sub == .instelling }
            let judgement = run.sentence(s) { c in
                c.pole == .piekeren && (c.category == .houding || c.category == .spuien || c.category == .absoluut || c.category == .benadering)
            }
            if institution && judgement { judged += voice }
        }
        run.voice += Int(judged.rounded(.up))
    }
}
