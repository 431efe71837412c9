import DiepgangAnalysis
import DiepgangCore
import DiepgangLexicon
import DiepgangNotes
import DiepgangTokenizer

/// Analyses as JSON (`docs/OUTPUT.md`): one array (`--format json`) or one object per line
/// (`jsonl`, and `batch`). Each record is the same bytes wherever it stands, so the workers
/// of a parallel run format them.
public struct AnalysisJSONPrinter: RecordPrinter {
    public typealias Item = AnalysedNote

    public enum Layout: Sendable { case array, lines }

    public var layout: Layout
    public var language: Language
    /// Write the per-sentence detail (`--sentences`).
    public var sentences: Bool
    /// A user's LIWC dictionary (`--dic`): its scores of the note's text as the field `liwc`.
    public var liwc: LIWCScoring?
    /// `--fields`: only these top-level fields.
    public var selection: FieldSelection?
    private var count = 0

    public init(layout: Layout, language: Language = .nl, sentences: Bool = false,
                liwc: LIWCScoring? = nil, selection: FieldSelection? = nil) {
        self.layout = layout
        self.language = language
        self.sentences = sentences
        self.liwc = liwc
        self.selection = selection
    }

    public mutating func begin(into out: ByteWriter) {
        if layout == .array { out.append(UInt8(ascii: "[")) }
    }

    public func record(_ item: AnalysedNote, into out: ByteWriter) {
        // Copied only to add the LIWC field: a copy retains (and later releases) every array and
        // string of the analysis.
        guard let liwc else { return write(item.analysis, into: out) }
        var analysis = item.analysis
        analysis.extra.append(ExtraField(name: "liwc", json: liwc.json(item.note.text)))
        write(analysis, into: out)
    }

    private func write(_ analysis: Analysis, into out: ByteWriter) {
        guard let selection else {
            analysis.appendJSON(to: out, language: language, sentences: sentences)
            if layout == .lines { out.append(0x0A) }
            return
        }
        // The selection cuts finished bytes (a jsonl line with its line feed).
        let full = ByteWriter(capacity: 4096)
        analysis.appendJSON(to: full, language: language, sentences: sentences)
        if layout == .lines { full.append(0x0A) }
        out.append(selection.filterJSON(full.bytes))
    }

    public mutating func separate(into out: ByteWriter) {
        if layout == .array { out.append(count == 0 ? "\n" : ",\n") }
        count += 1
    }

    public mutating func end(into out: ByteWriter) {
        if layout == .array { out.append(count == 0 ? "]\n" : "\n]\n") }
    }
}
