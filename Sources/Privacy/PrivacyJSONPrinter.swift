import DiepgangCore

/// Privacy findings as JSON: one document with the notes and a summary (`--format json`), or
/// one note per line (`jsonl`). Read back with `PrivacyReport` / `NoteFindings`.
public struct PrivacyJSONPrinter: Printer {
    public enum Layout: Sendable { case document, lines }

    public var layout: Layout
    public var lexiconVersion: String
    private var tally = PrivacyTally()
    private var rejected = 0
    private var first = true

    public init(layout: Layout, lexiconVersion: String) {
        self.layout = layout
        self.lexiconVersion = lexiconVersion
    }

    public mutating func begin(into out: ByteWriter) {
        guard layout == .document else { return }
        out.append(text: "{\"tool_version\":\"\(ToolInfo.version)\",\"lexicon_version\":\"\(lexiconVersion)\",\"notes\":[")
    }

    public mutating func write(_ record: PrivacyRecord, into out: ByteWriter) {
        guard case .note(let note, _) = record else { rejected += 1; return }
        tally.add(note.findings.map { PrivacyFinding(kind: $0.kind, start: $0.start, end: $0.end, text: $0.text, confidence: $0.confidence, utf8Range: 0..<0) })
        if layout == .document && !first { out.append(UInt8(ascii: ",")) }
        first = false
        out.beginObject()
        out.field("id", note.id)
        out.key("findings")
        out.beginArray()
        for f in note.findings {
            out.beginObject()
            out.field("field", f.field ?? "text")
            out.field("kind", f.kind.rawValue)
            out.field("start", f.start)
            out.field("end", f.end)
            out.field("text", f.text)
            out.field("confidence", f.confidence, digits: 2)
            out.endObject()
        }
        out.endArray()
        out.endObject()
        if layout == .lines { out.append(0x0A) }
    }

    public mutating func end(into out: ByteWriter) {
        guard layout == .document else { return }
        let summary = PrivacySummary(tally: tally, rejected: rejected)
        out.append("],")
        out.key("summary")
        out.beginObject()
        out.field("notes", summary.notes)
        out.field("notes_with_findings", summary.notesWithFindings)
        out.field("rejected", summary.rejected)
        out.key("counts")
        out.beginObject()
        for k in PrivacyKind.allCases { out.field(k.rawValue, summary.counts[k.rawValue] ?? 0) }
        out.endObject()
        out.endObject()
        out.append("}\n")
    }
}
