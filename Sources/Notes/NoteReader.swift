import DiepgangCore
import Foundation

/// Ids seen so far, shared by the readers of one source so a duplicate is caught across files.
final class IDRegistry: @unchecked Sendable {
    private var seen = IDFingerprints()

    /// Records the id; true if it was seen before (see `IDFingerprints` for the bound).
    func isDuplicate(_ id: String) -> Bool {
        !seen.insert(id.utf8)
    }

    /// The same for an id whose fingerprint was taken already (`NoteIdentity`).
    func isDuplicate(fingerprint: UInt64) -> Bool {
        !seen.insert(fingerprint: fingerprint)
    }
}

/// Reads the notes of one input (a JSON Lines, CSV or text file, or "-" for stdin), one record
/// at a time, in chunks: memory stays bounded whatever the size of the input.
///
///     let reader = try NoteReader(path: "notes.jsonl")
///     while let record = reader.next() {
///         switch record {
///         case .note(let note): …
///         case .rejected(let rejected): …   // file, line and reason
///         }
///     }
///
/// Folders of `.txt` notes and several inputs at once: `NoteSource`.
public final class NoteReader: Sequence, IteratorProtocol {
    /// The input as given ("-" for stdin); used in every `SourceLocation`.
    public let path: String
    /// The format in use (never `.auto` once opened).
    public let format: NoteFormat
    public let options: NoteReadOptions
    /// The raw bytes of the record `next()` returned last, when `options.keepRaw` is set.
    public private(set) var lastRaw: RawRecord?
    /// The CSV header line as read (with its terminator), when `keepRaw` is set and the input is CSV.
    public private(set) var csvHeaderRaw: [UInt8]?
    /// Things to tell the user once (column mapping, keys that are no field, dropped dates);
    /// `NoteSource` passes them on and leaves out repeats.
    public var notices: [ReadNotice] = []

    private let stream: ByteStream
    private let registry: IDRegistry
    /// Base of derived ids: the file name ("notes.jsonl" → "notes.jsonl:12"), or the note's name for text.
    private let idBase: String
    private var json: JSONLineParser
    private var fields = JSONLineParser.Fields()
    private var finished = false
    private var pending: [NoteRecord] = []
    // CSV state
    private var csv: CSVLayout?
    /// Set for `.docx` and `.odt` inputs.
    private let office: OfficeText.Kind?
    /// Read from bytes in memory (an upload), not from a file.
    private let inMemory: Bool
    private var record: [UInt8] = []

    /// Opens one file ("-" is standard input).
    public convenience init(path: String, options: NoteReadOptions = NoteReadOptions()) throws {
        try self.init(path: path, options: options, registry: IDRegistry(), idBase: nil)
    }

    init(path: String, options: NoteReadOptions, registry: IDRegistry, idBase: String?, bytes: [UInt8]? = nil) throws {
        self.path = path
        self.options = options
        self.registry = registry
        // A Word or OpenDocument file is one note, read as a whole (never transcoded).
        office = path == "-" || (options.format != .auto && options.format != .text) ? nil : OfficeText.kind(ofPath: path)
        inMemory = bytes != nil
        var stream: ByteStream
        if let bytes {
            stream = ByteStream(bytes: bytes, name: path, encoding: office == nil ? options.encoding : .utf8)
        } else {
            stream = try ByteStream(path: path, chunkSize: options.chunkSize, encoding: office == nil ? options.encoding : .utf8)
        }
        var decoded = options.encoding
        if office == nil && bytes == nil && options.detectEncoding && options.encoding == .utf8 && path != "-" {
            // Dutch Excel writes Windows-1252: if the start of the file is not UTF-8, read it as that.
            let head = try stream.peek(options.chunkSize)
            let complete = Self.dropIncompleteTail(head)
            if head.withUnsafeBufferPointer({ UTF8Check.firstInvalid($0, 0..<complete) }) != nil {
                stream = try ByteStream(path: path, chunkSize: options.chunkSize, encoding: .windows1252)
                decoded = .windows1252
            }
        }
        stream.maxLine = options.maxRecordBytes
        self.stream = stream
        json = JSONLineParser(names: options.fields)
        var format = options.format
        if office != nil { format = .text }
        if format == .auto { format = try Self.detect(path: path, stream: stream, fields: options.fields) }
        self.format = format
        if decoded != options.encoding {
            notices.append(ReadNotice(key: "encoding:\(path)", message: Localized(
                nl: "\(path) is geen UTF-8; gelezen als windows-1252 (zoals Nederlandse Excel schrijft)",
                en: "\(path) is not UTF-8; read as windows-1252 (as Dutch Excel writes)")))
        }
        if let idBase {
            self.idBase = idBase
        } else if path == "-" {
            self.idBase = "stdin"
        } else {
            var name = path.split(separator: "/").last.map(String.init) ?? path
            // A single text note is named after its file, without the extension.
            if format == .text && name.lowercased().hasSuffix(".txt") { name.removeLast(4) }
            if office != nil, let dot = name.lastIndex(of: "."), dot != name.startIndex { name = String(name[..<dot]) }
            self.idBase = name
        }
    }

    /// The length of `head` without a UTF-8 sequence cut off by the end of the peek.
    static func dropIncompleteTail(_ head: [UInt8]) -> Int {
        var end = head.count
        var back = 0
        while end > 0, back < 3, head[end - 1] & 0xC0 == 0x80 { end -= 1; back += 1 }
        if end > 0, head[end - 1] >= 0xC0 { return end - 1 }
        return head.count
    }

    /// A reader over a UTF-8 JSON Lines or CSV stream already opened (and perhaps partly read): `csv`
    /// is the layout when the stream starts after the CSV header (a block of a split file). Office
    /// files, uploads and other encodings go through the initialiser above.
    init(stream: ByteStream, path: String, format: NoteFormat, options: NoteReadOptions, registry: IDRegistry, idBase: String?,
         csv: CSVLayout?) {
        self.path = path
        self.options = options
        self.registry = registry
        self.stream = stream
        self.format = format
        self.csv = csv
        office = nil
        inMemory = false
        json = JSONLineParser(names: options.fields)
        self.idBase = idBase ?? Self.idBase(path: path, format: format)
    }

    /// Base of derived ids for a file read on its own: its name ("stdin" for "-"); a text note without ".txt".
    static func idBase(path: String, format: NoteFormat) -> String {
        if path == "-" { return "stdin" }
        var name = path.split(separator: "/").last.map(String.init) ?? path
        if format == .text && name.lowercased().hasSuffix(".txt") { name.removeLast(4) }
        return name
    }

    /// The CSV layout once the header is read.
    var csvLayout: CSVLayout? { csv }

    /// Format from the extension, else from the first bytes.
    static func detect(path: String, stream: ByteStream, fields: NoteFieldNames) throws -> NoteFormat {
        let lower = path.lowercased()
        if lower.hasSuffix(".jsonl") || lower.hasSuffix(".ndjson") || lower.hasSuffix(".json") { return .jsonl }
        if lower.hasSuffix(".csv") || lower.hasSuffix(".tsv") { return .csv }
        if lower.hasSuffix(".txt") || lower.hasSuffix(".md") { return .text }
        let head = try stream.peek(8192)
        guard let first = head.firstIndex(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D }) else { return .text }
        if head[first] == UInt8(ascii: "{") { return .jsonl }
        let line = head[first...].prefix { $0 != 0x0A }
        let lowered = String(decoding: line, as: UTF8.self).lowercased()
        if (line.contains(UInt8(ascii: ",")) || line.contains(UInt8(ascii: ";"))) && fields.accepted(.text).contains(where: { lowered.contains($0) }) {
            return .csv
        }
        return .text
    }

    public func next() -> NoteRecord? {
        lastRaw = nil
        if !pending.isEmpty { return pending.removeFirst() }
        if finished { return nil }
        do {
            switch format {
            case .jsonl, .auto: return try nextJSONLine()
            case .csv: return try nextCSVRecord()
            case .text:
                finished = true
                if let office { return try readOfficeNote(office) }
                return try readTextNote()
            }
        } catch let error as DiepgangError {
            finished = true
            return .rejected(RejectedRecord(source: SourceLocation(file: path, line: stream.lineNumber), reason: error.message))
        } catch {
            finished = true
            return .rejected(RejectedRecord(source: SourceLocation(file: path, line: stream.lineNumber),
                                            reason: Localized(nl: "leesfout: \(error)", en: "read error: \(error)")))
        }
    }

    // MARK: - JSON Lines

    private func nextJSONLine() throws -> NoteRecord? {
        while true {
            let lineNo = stream.lineNumber
            guard let range = try stream.nextLine() else { finished = true; return nil }
            if stream.lastLineTooLong || range.count > options.maxRecordBytes {
                return .rejected(RejectedRecord(source: SourceLocation(file: path, line: lineNo), reason: Reason.tooLong(limit: options.maxRecordBytes)))
            }
            let outcome: NoteRecord? = stream.withBytes { p -> NoteRecord? in
                // Blank lines separate nothing; they are not records.
                var k = range.lowerBound
                while k < range.upperBound, p[k] == 0x20 || p[k] == 0x09 || p[k] == 0x0D { k += 1 }
                if k == range.upperBound { return nil }
                let here = SourceLocation(file: path, line: lineNo)
                if options.keepRaw {
                    lastRaw = RawRecord(format: .jsonl, bytes: Array(p[range]) + stream.lastTerminator, textRange: nil, textEncoding: .json)
                }
                if let bad = UTF8Check.firstInvalid(p, range) {
                    return .rejected(RejectedRecord(source: here, reason: Reason.invalidUTF8(byte: bad - range.lowerBound + 1)))
                }
                do throws(JSONLineParser.Failure) {
                    try json.parse(p, range, into: &fields)
                } catch {
                    return .rejected(RejectedRecord(source: here, reason: error.reason))
                }
                if options.keepRaw, let t = fields.textLiteral {
                    lastRaw?.textRange = (t.lowerBound - range.lowerBound)..<(t.upperBound - range.lowerBound)
                }
                return makeNote(id: fields.id, team: fields.team, author: fields.author, date: fields.date, text: fields.text,
                                extra: fields.extra, at: here, derivedID: "\(idBase):\(lineNo)")
            }
            if let outcome { return outcome }
        }
    }

    /// Checks the fields and builds the note, or the reason it cannot be one.
    /// `derivedID` (the id of a note without one) is only built when it is needed.
    private func makeNote(id: String?, team: String?, author: String?, date: String?, text: String?, extra: [ExtraField],
                          at here: SourceLocation, derivedID: @autoclosure () -> String) -> NoteRecord {
        guard let text, text.utf8.contains(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D }) else {
            return .rejected(RejectedRecord(source: here, reason: Reason.missingText(options.fields.text)))
        }
        var isoDate: String? = nil
        if let date, !date.isEmpty {
            switch DateCheck.check(date, order: options.dateOrder, allowSerial: format == .csv) {
            case .date(let d): isoDate = d
            case .invalid(let why):
                if options.invalidDates == .reject { return .rejected(RejectedRecord(source: here, reason: why)) }
                notices.append(ReadNotice(key: "dropped-date", message: Localized(
                    nl: "\(here): \(why.nl); het verslag is zonder datum gelezen (alleen trends heeft de datum nodig)",
                    en: "\(here): \(why.en); the note was read without its date (only trends needs the date)")))
            }
        }
        let noteID = (id?.isEmpty == false) ? id! : derivedID()
        if options.rejectDuplicateIds, registry.isDuplicate(noteID) {
            return .rejected(RejectedRecord(source: here, reason: Reason.duplicate(noteID)))
        }
        return .note(Note(id: noteID, team: team.flatMap { $0.isEmpty ? nil : $0 }, author: author.flatMap { $0.isEmpty ? nil : $0 },
                          date: isoDate, text: text, extra: extra, source: here))
    }

    // MARK: - Text

    /// A Word or OpenDocument file: its text, then as a text note (a front-matter block works too).
    private func readOfficeNote(_ kind: OfficeText.Kind) throws -> NoteRecord? {
        let here = SourceLocation(file: path, line: 1)
        let size = inMemory ? 0 : (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        if size > OfficeText.maxFileBytes {
            return .rejected(RejectedRecord(source: here, reason: Localized(nl: "groter dan \(OfficeText.maxFileBytes >> 20) MiB",
                                                                             en: "larger than \(OfficeText.maxFileBytes >> 20) MiB")))
        }
        do {
            let text = try OfficeText.text(of: try stream.readAll(), kind: kind, path: path)
            return try readTextNote(Array(text.utf8))
        } catch let failure as ZipArchive.Failure {
            return .rejected(RejectedRecord(source: here, reason: failure.reason))
        }
    }

    private func readTextNote(_ given: [UInt8]? = nil) throws -> NoteRecord? {
        let here = SourceLocation(file: path, line: 1)
        guard let bytes = try given ?? stream.readAll(limit: options.maxRecordBytes), bytes.count <= options.maxRecordBytes else {
            return .rejected(RejectedRecord(source: here, reason: Reason.tooLong(limit: options.maxRecordBytes)))
        }
        if let bad = bytes.withUnsafeBufferPointer({ UTF8Check.firstInvalid($0, 0..<bytes.count) }) {
            let line = 1 + bytes[..<bad].reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
            let lineStart = bytes[..<bad].lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
            if options.keepRaw { lastRaw = RawRecord(format: .text, bytes: bytes, textRange: nil, textEncoding: .plain) }
            return .rejected(RejectedRecord(source: SourceLocation(file: path, line: line), reason: Reason.invalidUTF8(byte: bad - lineStart + 1)))
        }
        let parsed = FrontMatter.split(bytes, fields: options.fields)
        for key in parsed.unknownKeys {
            notices.append(ReadNotice(key: "front-matter-key:\(key.lowercased())", message: Localized(
                nl: "sleutel '\(key)' in het kopblok is geen bekend veld (\(Self.knownNames(.nl))); hij gaat mee als extra veld",
                en: "key '\(key)' in the front matter is not a known field (\(Self.knownNames(.en))); it is passed on as an extra field")))
        }
        for key in parsed.duplicateKeys {
            notices.append(ReadNotice(key: "front-matter-duplicate:\(path):\(key.lowercased())", message: Localized(
                nl: "\(path): sleutel '\(key)' staat twee keer in het kopblok; de laatste waarde telt",
                en: "\(path): key '\(key)' appears twice in the front matter; the last value counts")))
        }
        if options.keepRaw { lastRaw = RawRecord(format: .text, bytes: bytes, textRange: parsed.body, textEncoding: .plain) }
        if let error = parsed.error {
            return .rejected(RejectedRecord(source: here, reason: error))
        }
        let text = String(decoding: bytes[parsed.body], as: UTF8.self)
        return makeNote(id: parsed.id, team: parsed.team, author: parsed.author, date: parsed.date, text: text,
                        extra: parsed.extra, at: here, derivedID: idBase)
    }

    // MARK: - CSV

    private func nextCSVRecord() throws -> NoteRecord? {
        if csv == nil {
            guard let header = try readCSVRecord(delimiter: nil) else { finished = true; return nil }
            if let reason = header.unterminated, header.bytes.isEmpty {
                finished = true
                return .rejected(RejectedRecord(source: SourceLocation(file: path, line: header.line), reason: reason))
            }
            if options.keepRaw { csvHeaderRaw = header.bytes }
            if let bad = header.bytes.withUnsafeBufferPointer({ UTF8Check.firstInvalid($0, 0..<header.bytes.count) }) {
                finished = true
                return .rejected(RejectedRecord(source: SourceLocation(file: path, line: header.line),
                                                reason: Reason.invalidUTF8(byte: bad + 1)))
            }
            let layout = CSVLayout(header: header.bytes, names: options.fields)
            guard layout.text != nil else {
                finished = true
                let columns = layout.columns.joined(separator: ", ")
                let flag = "--text-field"
                let tried = options.fields.accepted(.text).joined(separator: ", ")
                return .rejected(RejectedRecord(source: SourceLocation(file: path, line: header.line), reason: Localized(
                    nl: "geen tekstkolom in de kop (gezocht: \(tried); kolommen: \(columns)); kies de tekstkolom met \(flag); het bestand is overgeslagen",
                    en: "no text column in the header (looked for: \(tried); columns: \(columns)); choose the text column with \(flag); the file was skipped")))
            }
            csv = layout
            notices.append(ReadNotice(key: "csv-columns:\(layout.columns.joined(separator: "\u{1F}"))", message: layout.mappingNotice(path: path)))
        }
        let layout = csv!
        while true {
            guard let rec = try readCSVRecord(delimiter: layout.delimiter) else { finished = true; return nil }
            let here = SourceLocation(file: path, line: rec.line)
            if let reason = rec.unterminated {
                if options.keepRaw { lastRaw = RawRecord(format: .csv, bytes: rec.bytes, textRange: nil, textEncoding: .csv(delimiter: layout.delimiter)) }
                return .rejected(RejectedRecord(source: here, reason: reason))
            }
            if rec.bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) { continue }
            if options.keepRaw { lastRaw = RawRecord(format: .csv, bytes: rec.bytes, textRange: nil, textEncoding: .csv(delimiter: layout.delimiter)) }
            if let bad = rec.bytes.withUnsafeBufferPointer({ UTF8Check.firstInvalid($0, 0..<rec.bytes.count) }) {
                let line = rec.line + rec.bytes[..<bad].reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
                let lineStart = rec.bytes[..<bad].lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
                return .rejected(RejectedRecord(source: SourceLocation(file: path, line: line), reason: Reason.invalidUTF8(byte: bad - lineStart + 1)))
            }
            let cells = CSVCells.split(rec.bytes, delimiter: layout.delimiter)
            if let problem = malformed(cells, rec, layout) {
                // A record over several lines that does not read is most likely a quote opened by
                // mistake: reject its first line and read the lines after it again, so no record
                // vanishes into another one.
                if rec.lines > 1 {
                    rejectFirstLine(of: rec)
                    return .rejected(RejectedRecord(source: here, reason: Localized(
                        nl: problem.nl + "; het aanhalingsteken in deze regel sloot pas in regel \(rec.line + rec.lines - 1); de regels erna zijn apart gelezen",
                        en: problem.en + "; the quote in this line closed only in line \(rec.line + rec.lines - 1); the lines after it were read separately")))
                }
                return .rejected(RejectedRecord(source: here, reason: problem))
            }
            if options.keepRaw, let t = layout.text { lastRaw?.textRange = cells[t].raw }
            func value(_ index: Int?, trim: Bool = true) -> String? {
                guard let index else { return nil }
                let s = cells[index].value(in: rec.bytes)
                return trim ? s.trimmingASCIISpace() : s
            }
            var extra: [ExtraField] = []
            for k in layout.extraColumns {
                let w = ByteWriter(capacity: 64)
                w.string(cells[k].value(in: rec.bytes))
                extra.append(ExtraField(name: layout.columns[k], json: w.bytes))
            }
            return makeNote(id: value(layout.id), team: value(layout.team), author: value(layout.author), date: value(layout.date),
                            text: value(layout.text, trim: false), extra: extra, at: here, derivedID: "\(idBase):\(rec.line)")
        }
    }

    /// The five fields' names in messages: "id, team, medewerker, datum, tekst".
    static func knownNames(_ language: Language) -> String {
        NoteField.allCases.map { $0.label(language) }.joined(separator: ", ")
    }

    private struct CSVRecordBytes {
        var bytes: [UInt8]
        var line: Int
        var unterminated: Localized?
        /// Lines the record spans, and where its first line ends in `bytes`.
        var lines = 1
        var firstLineEnd = 0
    }

    /// Why a record does not read as a row of the table, or nil when it does.
    private func malformed(_ cells: [CSVCell], _ rec: CSVRecordBytes, _ layout: CSVLayout) -> Localized? {
        guard cells.count == layout.columns.count else {
            return Reason.fieldCount(expected: layout.columns.count, found: cells.count)
        }
        if let stray = cells.firstIndex(where: { $0.strayAfterQuote }) {
            return Localized(nl: "tekst na het sluitende aanhalingsteken in kolom '\(layout.columns[stray])' (schrijf aanhalingstekens in een cel dubbel: \"\")",
                             en: "text after the closing quote in column '\(layout.columns[stray])' (double the quotes inside a cell: \"\")")
        }
        guard rec.lines > 1 else { return nil }
        // A line inside a quoted cell that itself reads as a record with a date where the date
        // column is: the quote swallowed the records after it.
        guard let dateColumn = layout.date else { return nil }
        var lineStart = rec.firstLineEnd
        while lineStart < rec.bytes.count {
            while lineStart < rec.bytes.count, rec.bytes[lineStart] == 0x0A || rec.bytes[lineStart] == 0x0D { lineStart += 1 }
            let lineEnd = rec.bytes[lineStart...].firstIndex(of: 0x0A) ?? rec.bytes.count
            let line = Array(rec.bytes[lineStart..<lineEnd])
            let inner = CSVCells.split(line, delimiter: layout.delimiter)
            if inner.count >= layout.columns.count - 1, dateColumn < inner.count,
               case .date = DateCheck.check(inner[dateColumn].value(in: line).trimmingASCIISpace(), order: options.dateOrder, allowSerial: true) {
                return Localized(nl: "een aanhalingsteken opent hier en sluit pas na regels die zelf verslagen zijn",
                                 en: "a quote opens here and closes only after lines that are records themselves")
            }
            lineStart = lineEnd
        }
        return nil
    }

    /// Puts back the lines after a record's first one, to be read again as records of their own.
    private func rejectFirstLine(of rec: CSVRecordBytes) {
        var restStart = rec.firstLineEnd
        if restStart < rec.bytes.count, rec.bytes[restStart] == 0x0D { restStart += 1 }
        if restStart < rec.bytes.count, rec.bytes[restStart] == 0x0A { restStart += 1 }
        var rest = Array(rec.bytes[restStart...])
        if rest.last != 0x0A { rest.append(0x0A) }
        stream.unread(rest, line: rec.line + 1)
    }

    /// Collects the lines of one CSV record: a quoted cell may hold newlines. A quote left open
    /// at the end of the input (or over an absurd length) rejects the first line only; the lines
    /// after it are read again as records of their own, so none vanish.
    private func readCSVRecord(delimiter: UInt8?) throws -> CSVRecordBytes? {
        let startLine = stream.lineNumber
        record.removeAll(keepingCapacity: true)
        // 0 field start, 1 unquoted cell, 2 inside quotes, 3 a quote seen inside quotes (closing or doubled)
        var state = 0
        var firstLineEnd = 0
        var lines = 0
        let maxBytes = options.maxRecordBytes
        while true {
            guard let range = try stream.nextLine() else {
                if lines == 0 { return nil }
                // End of input inside quotes.
                return unterminated(startLine: startLine, firstLineEnd: firstLineEnd, lines: lines)
            }
            if stream.lastLineTooLong {
                if lines == 0 { return CSVRecordBytes(bytes: [], line: startLine, unterminated: Reason.tooLong(limit: maxBytes)) }
                return unterminated(startLine: startLine, firstLineEnd: firstLineEnd, lines: lines)
            }
            lines += 1
            stream.withBytes { p in
                for k in range {
                    let b = p[k]
                    let isDelimiter = delimiter.map { b == $0 } ?? (b == 0x2C || b == 0x3B || b == 0x09)
                    switch state {
                    case 0: state = b == 0x22 ? 2 : isDelimiter ? 0 : 1
                    case 1: if isDelimiter { state = 0 }
                    case 2: if b == 0x22 { state = 3 }
                    default: state = b == 0x22 ? 2 : isDelimiter ? 0 : 1
                    }
                }
                record.append(contentsOf: UnsafeBufferPointer(rebasing: p[range]))
            }
            let inQuotes = state == 2
            if state == 3 { state = 1 }
            if lines == 1 { firstLineEnd = record.count }
            if !inQuotes || record.count > maxBytes {
                if inQuotes { return unterminated(startLine: startLine, firstLineEnd: firstLineEnd, lines: lines) }
                if record.count > maxBytes { return CSVRecordBytes(bytes: [], line: startLine, unterminated: Reason.tooLong(limit: maxBytes)) }
                if options.keepRaw { record.append(contentsOf: stream.lastTerminator) }
                return CSVRecordBytes(bytes: record, line: startLine, lines: lines, firstLineEnd: firstLineEnd)
            }
            record.append(contentsOf: stream.lastTerminator.isEmpty ? [0x0A] : stream.lastTerminator)
        }
    }

    private func unterminated(startLine: Int, firstLineEnd: Int, lines: Int) -> CSVRecordBytes {
        if lines > 1 { rejectFirstLine(of: CSVRecordBytes(bytes: record, line: startLine, lines: lines, firstLineEnd: firstLineEnd)) }
        let first = Array(record[..<firstLineEnd])
        return CSVRecordBytes(bytes: first, line: startLine, unterminated: Localized(
            nl: "aanhalingsteken niet gesloten; de regels erna zijn apart gelezen",
            en: "quote not closed; the lines after it were read separately"))
    }
}

extension String {
    func trimmingASCIISpace() -> String {
        let u = utf8
        guard let first = u.firstIndex(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D }) else { return "" }
        let last = u.lastIndex(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D })!
        if first == u.startIndex && last == u.index(before: u.endIndex) { return self }
        return String(self[first...last])
    }
}
