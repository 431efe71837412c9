/// A cause needs a causal link to what happened: "pijn" or "de drukte op de groep" named in a
/// sentence is context, not an explanation; "doordat het druk was, kwam ik niet aan haar toe" is.
///
/// Reads: cues whose lexicon entry has the flag `link` (context nouns in oorzaken.lex) and the
/// sentence's connectives (`verband`: omdat, doordat, want, daardoor, door, …). Without a
/// connective in the sentence (links of at least `context_cause.link_min`) such a cue goes;
/// connectives and cause patterns carry their own link.
struct ContextCauseRule: CueRule {
    static let id = "context_cause"
    static let weightNames = ["link_min"]
    let linkMinimum: Double

    init(weights: [String: Double]) {
        linkMinimum = weights["link_min"] ?? 0
    }

    func apply(to run: inout NoteRun) {
        let roles = run.analyzer.roles
        // Most notes hold no context noun: then there is nothing to check (and nothing to allocate).
        guard run.arrays.linkCues, run.arrays.cues.contains(where: { $0.entry >= 0 && roles[Int($0.entry)].flags.needsLink }) else { return }
        let linked = run.arrays.sentences.map { $0.link >= linkMinimum }
        run.removeCues { c in
            c.entry >= 0 && roles[Int(c.entry)].flags.needsLink && !linked[Int(c.sentence)]
        }
    }
}
