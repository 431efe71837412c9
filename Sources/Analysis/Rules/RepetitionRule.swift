import DiepgangTokenizer

/// The same word again and again ("moe, moe, moe", "nee nee nee"): the worry repeats itself,
/// and the repetition is brooding of its own (focus) whatever the word.
///
/// Reads: the words of each sentence outside quotes, punctuation skipped. A word of at least
/// `repetition.min_bytes` bytes right after the same word (ignoring case) adds a brooding
/// `herhaling` cue of `repetition.weight` on the pair. A function word twice ("dat dat gesprek",
/// "als je je verplaatst", a `functiewoord` cue) is grammar, not worry.
struct RepetitionRule: CueRule {
    static let id = "repetition"
    static let weightNames = ["weight", "min_bytes"]
    let weight: Double
    let minBytes: Int

    init(weights: [String: Double]) {
        weight = weights["weight"] ?? 0
        minBytes = Int(weights["min_bytes"] ?? 0)
    }

    func apply(to run: inout NoteRun) {
        // The cues are in order and indexed since `resolveOverlaps`: re-indexed only when some were added.
        let before = run.arrays.cues.count
        // Every token of the note is looked at: the tokens, quote flags and bytes are read through
        // buffers (held apart from the cues the rule adds to), without a bounds check per token.
        let tokens = run.arrays.tokenization.tokens, inQuote = run.arrays.inQuote, text = run.text
        tokens.withUnsafeBufferPointer { tokens in
        inQuote.withUnsafeBufferPointer { inQuote in
            for s in run.arrays.sentences.indices {
                var previous: Int? = nil
                for t in run.arrays.sentences[s].tokens where !inQuote[t] {
                    let token = tokens[t]
                    if token.kind == .punctuation { continue }
                    guard token.kind == .word else { previous = nil; continue }
                    if let p = previous, NoteRun.sameWord(tokens[p], token, in: text), token.end - token.start >= minBytes,
                       !run.arrays.cueRange[s].contains(where: { run.arrays.cues[$0].category == .functiewoord && Int(run.arrays.cues[$0].first) <= t && t <= Int(run.arrays.cues[$0].last) }) {
                        run.arrays.cues.append(Cue(entry: -1, first: Int32(p), last: Int32(t), sentence: Int32(s), category: .herhaling,
                                                   pole: .piekeren, dimension: .focus, phase: 0, sub: .none, weight: weight, negated: false))
                    }
                    previous = t
                }
            }
        }
        }
        if run.arrays.cues.count != before { run.indexCues() }
    }
}
