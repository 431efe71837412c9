import DiepgangCore
import DiepgangNotes

/// The personal data found in one note, as the privacy printers write it and read it back
/// (`diepgang privacy --format json|jsonl`): the note's id and every finding, in the text first,
/// then in its other fields.
public struct NoteFindings: Sendable, Equatable, Codable {
    public struct Finding: Sendable, Equatable, Codable {
        /// Where it was found: nil for the note's text, else "author", an extra field's name,
        /// or "file_name". JSON writes the text as "text".
        public var field: String?
        public var kind: PrivacyKind
        /// Unicode-scalar offsets, end exclusive.
        public var start: Int
        public var end: Int
        public var text: String
        /// Written with two decimals.
        public var confidence: Double

        public init(field: String?, kind: PrivacyKind, start: Int, end: Int, text: String, confidence: Double) {
            self.field = field
            self.kind = kind
            self.start = start
            self.end = end
            self.text = text
            self.confidence = confidence
        }

        public init(field: String?, _ f: PrivacyFinding) {
            self.init(field: field, kind: f.kind, start: f.start, end: f.end, text: f.text, confidence: f.confidence)
        }

        enum CodingKeys: String, CodingKey { case field, kind, start, end, text, confidence }

        public init(from decoder: Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            let field = try c.decode(String.self, forKey: .field)
            self.init(field: field == "text" ? nil : field, kind: try c.decode(PrivacyKind.self, forKey: .kind),
                      start: try c.decode(Int.self, forKey: .start), end: try c.decode(Int.self, forKey: .end),
                      text: try c.decode(String.self, forKey: .text), confidence: try c.decode(Double.self, forKey: .confidence))
        }

        public func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(field ?? "text", forKey: .field)
            try c.encode(kind, forKey: .kind)
            try c.encode(start, forKey: .start)
            try c.encode(end, forKey: .end)
            try c.encode(text, forKey: .text)
            try c.encode(confidence, forKey: .confidence)
        }
    }

    public var id: String
    public var findings: [Finding]

    public init(id: String, findings: [Finding]) {
        self.id = id
        self.findings = findings
    }

    /// The findings in the note's text, then those in its other fields.
    public init(id: String, text: [PrivacyFinding], fields: [FieldFinding] = []) {
        self.init(id: id, findings: text.map { Finding(field: nil, $0) } + fields.map { Finding(field: $0.field, $0.finding) })
    }
}

/// What the privacy printers print: a checked note (with where it came from, for people), or a
/// record that could not be read as a note (counted in the summary).
public enum PrivacyRecord: Sendable {
    case note(NoteFindings, source: SourceLocation)
    case rejected
}

/// The counts at the end of a privacy report (JSON `summary`).
public struct PrivacySummary: Sendable, Equatable, Codable {
    public var notes: Int
    public var notesWithFindings: Int
    public var rejected: Int
    /// Findings per kind, every kind present (0 when none).
    public var counts: [String: Int]

    enum CodingKeys: String, CodingKey {
        case notes, rejected, counts
        case notesWithFindings = "notes_with_findings"
    }

    public init(tally: PrivacyTally, rejected: Int) {
        notes = tally.notes
        notesWithFindings = tally.notesWithFindings
        self.rejected = rejected
        counts = Dictionary(uniqueKeysWithValues: PrivacyKind.allCases.map { ($0.rawValue, tally.perKind[$0] ?? 0) })
    }
}

/// The whole report of `diepgang privacy --format json`, read back.
public struct PrivacyReport: Sendable, Equatable, Codable {
    public var toolVersion: String
    public var lexiconVersion: String
    public var notes: [NoteFindings]
    public var summary: PrivacySummary

    enum CodingKeys: String, CodingKey {
        case notes, summary
        case toolVersion = "tool_version"
        case lexiconVersion = "lexicon_version"
    }
}
