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

/// The five known parts of a note.
public enum NoteField: String, Sendable, CaseIterable {
    case id, team, author, date, text

    /// The field's name in messages, in the user's language.
    public var label: Localized {
        switch self {
        case .id: return Localized(nl: "id", en: "id")
        case .team: return Localized(nl: "team", en: "team")
        case .author: return Localized(nl: "medewerker", en: "author")
        case .date: return Localized(nl: "datum", en: "date")
        case .text: return Localized(nl: "tekst", en: "text")
        }
    }

    /// The names people give this field in Dutch and English files (compared case-insensitively),
    /// most specific first. These are interface names like option names, not analysis vocabulary.
    public var commonNames: [String] {
        switch self {
        case .id: return ["id", "nummer", "nr", "number", "volgnummer"]
        case .team: return ["team", "afdeling", "department", "unit"]
        case .author: return ["author", "auteur", "medewerker", "schrijver", "writer"]
        case .date: return ["date", "datum"]
        case .text: return ["text", "tekst", "verslag", "notitie", "note", "reflectie"]
        }
    }
}

/// Which input fields (JSON keys, CSV columns, front-matter keys) hold the five known parts of a note.
/// A field left at its default name also answers to its common Dutch and English names in CSV
/// headers and front matter (`Datum`, `Tekst`, `auteur`, `afdeling`, `nummer`…); a name given
/// explicitly is the only one used.
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

    public func name(of field: NoteField) -> String {
        switch field {
        case .id: return id
        case .team: return team
        case .author: return author
        case .date: return date
        case .text: return text
        }
    }

    /// The lower-cased names accepted for a field, in order of preference.
    public func accepted(_ field: NoteField) -> [String] {
        let given = name(of: field)
        if given == field.rawValue { return field.commonNames }
        return [given.lowercased()]
    }

    /// The field a CSV column or front-matter key stands for, if any.
    public func field(forKey key: String) -> NoteField? {
        let lower = key.lowercased()
        return NoteField.allCases.first { accepted($0).contains(lower) }
    }
}

/// How day-first and month-first dates are told apart (`--date-format`).
public enum DateOrder: String, Sendable, CaseIterable {
    /// ISO (jjjj-mm-dd) or Dutch day-first (dd-mm-jjjj, d-m-jjjj, dd/mm/jjjj, dd.mm.jjjj).
    case auto
    /// Day first: dd-mm-jjjj.
    case dmy
    /// Month first, as American exports write: mm/dd/yyyy.
    case mdy
    /// Year first only: jjjj-mm-dd.
    case ymd

    /// Accepts the English and Dutch spellings: dmy/dmj/dd-mm-jjjj, mdy/mdj/mm-dd-jjjj, ymd/jmd/iso.
    public init?(name: String) {
        switch name.lowercased() {
        case "auto": self = .auto
        case "dmy", "dmj", "dd-mm-jjjj", "dd-mm-yyyy", "dag-maand-jaar": self = .dmy
        case "mdy", "mdj", "mm-dd-jjjj", "mm-dd-yyyy", "maand-dag-jaar": self = .mdy
        case "ymd", "jmd", "iso", "jjjj-mm-dd", "yyyy-mm-dd": self = .ymd
        default: return nil
        }
    }
}

/// What happens to a note whose date cannot be read.
public enum InvalidDatePolicy: Sendable {
    /// The record is rejected (where the date is used: trends).
    case reject
    /// The note is kept without a date and a notice says so once.
    case dropDate
}

/// Something the reader wants the user to know once (which column became which field, keys
/// that are not fields, an unreadable date that was dropped); `key` groups repeats.
public struct ReadNotice: Sendable {
    public var key: String
    public var message: Localized

    public init(key: String, message: Localized) {
        self.key = key
        self.message = message
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
    /// When `encoding` is UTF-8: look at the start of each file and read it as Windows-1252 when
    /// it is not valid UTF-8 (what Dutch Excel writes). An explicit `--encoding` turns this off.
    public var detectEncoding: Bool
    /// Day-first or month-first for dates that are not ISO.
    public var dateOrder: DateOrder
    /// Only trends need dates; elsewhere a bad date costs the date, not the note.
    public var invalidDates: InvalidDatePolicy
    /// A record (a JSON line, a CSV record, a text note) longer than this is rejected with its line
    /// and skipped without being held in memory. Analysing a note takes about 55 times its size
    /// (measured), so the default of 1 MiB — some 150,000 words, far beyond any reflection note —
    /// keeps a worker under about 60 MB above its base.
    public var maxRecordBytes: Int
    public static let defaultMaxRecordBytes = 1 << 20

    public init(format: NoteFormat = .auto, encoding: NoteEncoding = .utf8, fields: NoteFieldNames = NoteFieldNames(),
                chunkSize: Int = 1 << 20, rejectDuplicateIds: Bool = true, keepRaw: Bool = false,
                detectEncoding: Bool = false, dateOrder: DateOrder = .auto, invalidDates: InvalidDatePolicy = .reject,
                maxRecordBytes: Int = NoteReadOptions.defaultMaxRecordBytes) {
        self.format = format
        self.encoding = encoding
        self.fields = fields
        self.chunkSize = max(16, chunkSize)
        self.rejectDuplicateIds = rejectDuplicateIds
        self.keepRaw = keepRaw
        self.detectEncoding = detectEncoding
        self.dateOrder = dateOrder
        self.invalidDates = invalidDates
        self.maxRecordBytes = max(1, maxRecordBytes)
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
