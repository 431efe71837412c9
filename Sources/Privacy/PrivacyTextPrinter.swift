import DiepgangCore

/// Privacy findings for people: each note with findings, one line per finding, and a summary
/// line at the end.
public struct PrivacyTextPrinter: Printer {
    public var language: Language
    private var tally = PrivacyTally()
    private var rejected = 0

    public init(language: Language) {
        self.language = language
    }

    public mutating func write(_ record: PrivacyRecord, into out: ByteWriter) {
        guard case .note(let note, let source) = record else { rejected += 1; return }
        tally.add(note.findings.map { PrivacyFinding(kind: $0.kind, start: $0.start, end: $0.end, text: $0.text, confidence: $0.confidence, utf8Range: 0..<0) })
        guard !note.findings.isEmpty else { return }
        out.append(text: "\(note.id) (\(source)):\n")
        for f in note.findings {
            let conf = ByteWriter.format(f.confidence, digits: 2)
            let field = f.field.map { $0 + ": " } ?? ""
            out.append(text: "  \(f.kind.rawValue.padding(toLength: 13, withPad: " ", startingAt: 0)) \(field)\(f.start)–\(f.end)  «\(f.text)»  \(conf)\n")
        }
    }

    public mutating func end(into out: ByteWriter) {
        let en = language == .en
        var line = en ? "\(Wording.count(tally.notes, "note", "notes")), \(tally.notesWithFindings) with possible personal data"
                      : "\(Wording.count(tally.notes, "verslag", "verslagen")), \(tally.notesWithFindings) met mogelijke persoonsgegevens"
        if tally.total > 0 { line += ": " + tally.summary(language) }
        if rejected > 0 { line += en ? "; \(rejected) rejected" : "; \(rejected) afgewezen" }
        out.append(text: line + "\n")
    }
}
