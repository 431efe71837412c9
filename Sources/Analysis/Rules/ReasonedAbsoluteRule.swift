/// Absolute words and repetition inside an analysis are no sweeping judgement: "niet één regel
/// voor iedereen", "ik denk dat het nooit om het douchen ging", a why-question about the team's
/// routine. A sentence that explains or holds its claim open reasons with its absolute word.
///
/// Reads: each sentence's cues and its links (`verband`). In a sentence that holds no other
/// brooding cue and reasons — a link of at least `reasoned_absolute.link_min`, a reflecting cue,
/// a purpose (`doel`), an assumption (`aanname`) or a hedge (`voorbehoud`) of at least
/// `reasoned_absolute.hedge_min` — its brooding absolute and repetition cues go.
struct ReasonedAbsoluteRule: CueRule {
    static let id = "reasoned_absolute"
    static let weightNames = ["link_min", "hedge_min"]
    let linkMinimum: Double
    let hedgeMinimum: Double

    init(weights: [String: Double]) {
        linkMinimum = weights["link_min"] ?? 0
        hedgeMinimum = weights["hedge_min"] ?? 0
    }

    func apply(to run: inout NoteRun) {
        // Only a sentence with an absolute or repetition cue has one to drop.
        let droppable = NoteRun.bit(.absoluut) | NoteRun.bit(.herhaling)
        for s in run.arrays.sentences.indices where run.holds(s, anyOf: droppable) {
            let range = run.arrays.cueRange[s]
            let otherBrooding = range.contains { run.arrays.cues[$0].pole == .piekeren && run.arrays.cues[$0].category != .absoluut && run.arrays.cues[$0].category != .herhaling }
            let reflective = run.arrays.sentences[s].link >= linkMinimum || range.contains {
                let cue = run.arrays.cues[$0]
                return cue.pole == .reflecteren || cue.category == .doel || cue.category == .aanname
                    || cue.category == .voorbehoud && cue.weight >= hedgeMinimum
            }
            if otherBrooding || !reflective { continue }
            for i in range where run.arrays.cues[i].pole == .piekeren && (run.arrays.cues[i].category == .absoluut || run.arrays.cues[i].category == .herhaling) {
                run.arrays.cues[i].weight = 0
            }
        }
        run.removeCues { $0.weight == 0 && $0.pole == .piekeren }
    }
}
