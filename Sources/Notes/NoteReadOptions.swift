import DiepgangCore

/// The layout of an input. `auto` decides from the extension, then from the content.
public enum NoteFormat: String, Sendable, CaseIterable {
    case auto, text, jsonl, csv
}

/// The character encoding of an input. Invalid UTF-8 is rejected by default (with a hint);
/// Dutch Excel still writes Windows-1252, so that can be asked for explicitly.
public enum NoteEncoding: String, Sendable, CaseIterable {
    case utf8 = "utf-8"
    case windows1252 = "windows-1252"
    case latin1

    /// Accepts the usual spellings: utf8, UTF-8, cp1252, windows-1252, latin1, iso-8859-1.
    public init?(name: String) {
        switch name.lowercased() {
        case "utf-8", "utf8": self = .utf8
        case "windows-1252", "cp1252", "windows1252": self = .windows1252
        case "latin1", "latin-1", "iso-8859-1", "iso8859-1": self = .latin1
        default: return nil
        }
    }
}

/// Which input fields (JSON keys, CSV columns, front-matter keys) hold the five known parts of a note.
public struct NoteFieldNames: Sendable, Hashable {
    public var id: String
    public var team: String
    public var author: String
    public var date: String
    public var text: String

    public init(id: String = "id", team: String = "team", author: String = "author", date: String = "date", text: String = "text") {
        self.id = id
        self.team = team
        self.author = author
        self.date = date
        self.text = text
    }
}

/// How notes are read.
public struct NoteReadOptions: Sendable {
    public var format: NoteFormat
    public var encoding: NoteEncoding
    public var fields: NoteFieldNames
    /// Bytes read from the file at a time; memory stays near this (plus the longest record).
    public var chunkSize: Int
    /// Reject a note whose id was seen before (the later one), across all inputs of a source.
    public var rejectDuplicateIds: Bool
    /// Keep each record's raw bytes and where its text sits in them (for `privacy --redact`).
    public var keepRaw: Bool

    public init(format: NoteFormat = .auto, encoding: NoteEncoding = .utf8, fields: NoteFieldNames = NoteFieldNames(),
                chunkSize: Int = 1 << 20, rejectDuplicateIds: Bool = true, keepRaw: Bool = false) {
        self.format = format
        self.encoding = encoding
        self.fields = fields
        self.chunkSize = max(16, chunkSize)
        self.rejectDuplicateIds = rejectDuplicateIds
        self.keepRaw = keepRaw
    }
}

/// One item read from an input: a note, or a record that could not become one.
public enum NoteRecord: Sendable {
    case note(Note)
    case rejected(RejectedRecord)

    public var note: Note? {
        if case .note(let n) = self { return n }
        return nil
    }

    public var rejected: RejectedRecord? {
        if case .rejected(let r) = self { return r }
        return nil
    }

    public var source: SourceLocation {
        switch self {
        case .note(let n): return n.source
        case .rejected(let r): return r.source
        }
    }
}

/// A record's bytes as they stood in the input (after decoding to UTF-8) and where the note's
/// text sits in them, so a redacted copy can keep everything else byte for byte.
public struct RawRecord: Sendable {
    public enum TextEncoding: Sendable, Equatable {
        /// A JSON string literal, quotes included.
        case json
        /// A CSV cell (quoted or not) with this delimiter.
        case csv(delimiter: UInt8)
        /// The plain bytes (a .txt note's body).
        case plain
    }

    public var format: NoteFormat
    public var bytes: [UInt8]
    /// Byte range of the text value in `bytes` (nil for rejected records).
    public var textRange: Range<Int>?
    public var textEncoding: TextEncoding

    public init(format: NoteFormat, bytes: [UInt8], textRange: Range<Int>?, textEncoding: TextEncoding) {
        self.format = format
        self.bytes = bytes
        self.textRange = textRange
        self.textEncoding = textEncoding
    }
}
