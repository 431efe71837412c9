/// A cause needs a causal link to what happened: "pijn" or "de drukte op de groep" named in a
/// sentence is context, not an explanation; "doordat het druk was, kwam ik niet aan haar toe" is.
///
/// Reads: cues whose lexicon entry has the flag `link` (context nouns in oorzaken.lex) and the
/// sentence's connectives (`verband`: omdat, doordat, want, daardoor, door, …). Without a
/// connective in the sentence such a cue goes; connectives and cause patterns carry their own link.
struct ContextCauseRule: CueRule {
    static let id = "context_cause"

    init(weights: [String: Double]) {}

    func apply(to run: inout NoteRun) {
        let roles = run.analyzer.roles
        // Most notes hold no context noun: then there is nothing to check (and nothing to allocate).
        guard run.cues.contains(where: { $0.entry >= 0 && roles[Int($0.entry)].flags.needsLink }) else { return }
        let linked = run.sentences.map { $0.link >= 1 }
        run.removeCues { c in
            c.entry >= 0 && roles[Int(c.entry)].flags.needsLink && !linked[Int(c.sentence)]
        }
    }
}
