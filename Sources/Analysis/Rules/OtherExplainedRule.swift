/// Another's behaviour explained: by what they felt ("hij reageerde zo fel omdat hij zich niet
/// gehoord voelde") the writer looks through the other's eyes; tentatively ("misschien … omdat
/// de dag anders liep") the writer looks for causes.
///
/// Reads: statements with another person and a link (`verband`) of at least
/// `other_explained.link_min`. With a feeling in the sentence and no perspective-taking cue yet,
/// the rule proposes a `perspectiefname` cue of `other_explained.perspective` on the feeling.
/// Otherwise, with a hedge of at least `other_explained.hedge_min` and no reflecting cause yet,
/// it proposes a reflecting `oorzaken` cue of `other_explained.cause` on the hedge.
struct OtherExplainedRule: CueRule {
    static let id = "other_explained"
    static let weightNames = ["link_min", "perspective", "hedge_min", "cause"]
    static let proposes = true
    let linkMinimum: Double
    let perspective: Double
    let hedgeMinimum: Double
    let cause: Double

    init(weights: [String: Double]) {
        linkMinimum = weights["link_min"] ?? 0
        perspective = weights["perspective"] ?? 0
        hedgeMinimum = weights["hedge_min"] ?? 0
        cause = weights["cause"] ?? 0
    }

    func apply(to run: inout NoteRun) {
        for s in run.arrays.sentences.indices {
            let info = run.arrays.sentences[s]
            guard !info.isQuestion && info.ander > 0 && info.link >= linkMinimum else { continue }
            let range = run.arrays.cueRange[s]
            if info.feeling > 0, !range.contains(where: { run.arrays.cues[$0].category == .perspectiefname }),
               let k = range.first(where: { run.arrays.cues[$0].category == .verhaal && run.arrays.cues[$0].sub == .gevoel }) {
                run.propose(on: run.arrays.cues[k], sentence: s, category: .perspectiefname, pole: .reflecteren, dimension: .perspectief, weight: perspective)
            } else if info.hedge >= hedgeMinimum, !range.contains(where: { run.arrays.cues[$0].dimension == .oorzaken && run.arrays.cues[$0].pole == .reflecteren }),
                      let k = range.first(where: { run.arrays.cues[$0].category == .voorbehoud }) {
                run.propose(on: run.arrays.cues[k], sentence: s, category: .oorzaken, pole: .reflecteren, dimension: .oorzaken, weight: cause)
            }
        }
    }
}
