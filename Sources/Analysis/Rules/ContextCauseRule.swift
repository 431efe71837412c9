/// A cause needs a causal link to what happened: "pijn" or "de drukte op de groep" named in a
/// sentence is context, not an explanation; "doordat het druk was, kwam ik niet aan haar toe" is.
///
/// Reads: single-word cues on the reflecting side of `oorzaken` and the sentence's connectives
/// (`verband`: omdat, doordat, want, daardoor, …). Without a connective in the sentence such a cue
/// goes; longer cause patterns ("het had ook te maken met") carry their own link and stay.
struct ContextCauseRule: CueRule {
    static let id = "context_cause"

    init(weights: [String: Double]) {}

    func apply(to run: inout NoteRun) {
        let linked = run.sentences.map { $0.link >= 1 }
        run.removeCues { c in
            c.dimension == .oorzaken && c.pole == .reflecteren && c.first == c.last && c.entry >= 0 && !linked[Int(c.sentence)]
        }
    }
}
