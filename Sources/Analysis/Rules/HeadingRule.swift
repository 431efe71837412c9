/// Headings are labels, not reflection: a report's "Bewustwording", "Reflectie", "Situatie",
/// "Wat ging goed" on a line of their own name a section; the words that follow do the work.
///
/// Reads: the tokens of each sentence and the line breaks around it. A sentence of at most
/// `heading.max_words` words that stands on its own line and ends without a full stop, question
/// or exclamation mark is a heading: its cues go.
struct HeadingRule: CueRule {
    static let id = "heading"
    static let weightNames = ["max_words"]
    let maxWords: Int

    init(weights: [String: Double]) {
        maxWords = Int(weights["max_words"] ?? 0)
    }

    func apply(to run: inout NoteRun) {
        var heading: [Bool] = []
        var any = false
        let count = run.arrays.tokenization.tokens.count
        for s in run.arrays.sentences.indices {
            let range = run.arrays.sentences[s].tokens
            guard let first = range.first, let last = range.last else { continue }
            let ownLine = (first == 0 || run.arrays.tokenization.lineBreaksBefore[first] > 0) && (last + 1 == count || run.arrays.tokenization.lineBreaksBefore[last + 1] > 0)
            guard ownLine else { continue }
            var words = 0
            for t in range where run.arrays.tokenization.tokens[t].kind == .word { words += 1 }
            let end = run.arrays.tokenization.tokens[last]
            let closed = end.kind == .punctuation && end.end - end.start == 1
                && (run.text[end.start] == UInt8(ascii: ".") || run.text[end.start] == UInt8(ascii: "?") || run.text[end.start] == UInt8(ascii: "!"))
            if words > 0 && words <= maxWords && !closed {
                if heading.isEmpty { heading = [Bool](repeating: false, count: run.arrays.sentences.count) }
                heading[s] = true
                any = true
            }
        }
        guard any else { return }
        run.removeCues { c in heading[Int(c.sentence)] && c.category != .formulier }
    }
}
