import DiepgangCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A share of the input for one worker thread: a block of a JSON Lines or CSV file cut at record
/// boundaries, a handful of one-note files (`.txt`, `.docx`, `.odt`), or records that one reader
/// already made (inputs that cannot be split safely). `read()` turns it into records, on the worker.
public struct NoteBatch: Sendable {
    enum Content: Sendable {
        case records([NoteRecord])
        /// Bytes from a record boundary to a record boundary; `line` is the number of their first line,
        /// `csv` the layout from the file's header.
        case block(bytes: [UInt8], path: String, format: NoteFormat, line: Int, idBase: String, csv: CSVLayout?)
        case textNotes([NoteSource.Entry])
    }

    let content: Content
    let options: NoteReadOptions
    /// Input bytes it covers (for a progress bar).
    public let byteCount: Int
    /// Reader notices that came up while the batch was cut (a CSV header's column mapping, the
    /// notices of a single reader); `readWithNotices()` adds those of the reading itself.
    var notices: [ReadNotice] = []

    init(content: Content, options: NoteReadOptions, byteCount: Int, notices: [ReadNotice] = []) {
        self.content = content
        self.options = options
        self.byteCount = byteCount
        self.notices = notices
    }

    /// The records, in input order, with the same lines and reasons a single reader gives.
    public func read() -> [NoteRecord] { readWithNotices().records }

    /// The records, and the reader notices in the order a single reader raises them (hand them
    /// to `NoteBatches.pass(_:)` on the reading thread, in batch order, for the counts and the
    /// once-per-kind messages).
    public func readWithNotices() -> (records: [NoteRecord], notices: [ReadNotice]) {
        var out: [NoteRecord] = []
        var notices = self.notices
        switch content {
        case .records(let records):
            return (records, notices)
        case .block(let bytes, let path, let format, let line, let idBase, let csv):
            let reader = NoteReader(stream: ByteStream(block: bytes, name: path, line: line), path: path, format: format,
                                    options: options, registry: IDRegistry(), idBase: idBase, csv: csv)
            while let record = reader.next() { out.append(record) }
            notices += reader.notices
        case .textNotes(let entries):
            for entry in entries {
                var opts = options
                if entry.inFolder && opts.format == .auto { opts.format = .text }
                do {
                    // The reader of `NoteSource`: Word and OpenDocument files, uploads and
                    // Windows-1252 detection behave as there.
                    let reader = try NoteReader(path: entry.path, options: opts, registry: IDRegistry(), idBase: entry.idBase,
                                                bytes: entry.bytes)
                    notices += reader.notices
                    reader.notices.removeAll()
                    while let record = reader.next() { out.append(record) }
                    notices += reader.notices
                } catch {
                    out.append(.rejected(NoteSource.cannotOpen(entry.path, error)))
                }
            }
        }
        return (out, notices)
    }
}

/// What the duplicate check in input order needs of a note: its id, where it was read, and the
/// id's fingerprint. Taken on the worker that read the note, so the note itself (its text) is
/// freed there and not by the thread that hands the results on in order, which would otherwise
/// free every note another thread allocated and cap the input stage on two threads.
public struct NoteIdentity: Sendable {
    public let id: String
    public let source: SourceLocation
    let fingerprint: UInt64

    public init(_ note: Note) {
        id = note.id
        source = note.source
        fingerprint = IDFingerprints.fingerprint(note.id.utf8)
    }
}

/// Cuts the inputs of a `NoteSource` into `NoteBatch`es, in input order, on one thread, so that
/// the parsing itself runs on the workers. JSON Lines files are cut after a line feed; CSV files
/// after a line feed outside quotes (the reader's own quote rules, run over the bytes); a file
/// that cannot be cut safely (another encoding, given or detected as Windows-1252; raw records
/// asked for; an upload held in memory; a text note found by its content; a quoted cell over
/// 64 MB) is read by one reader, the one `NoteSource` uses. Duplicate ids are checked afterwards,
/// in input order, with `duplicate(of:)`; reader notices go to the source with `pass(_:)`.
///
///     let batches = NoteBatches(source)
///     while let batch = try batches.next() { for record in batch.read() { … } }
public final class NoteBatches {
    public let source: NoteSource
    /// Bytes per block (a block ends at the first record boundary after this many).
    public let blockSize: Int
    /// Records per batch from a single reader.
    public let recordsPerBatch: Int
    /// Input bytes handed out so far (for a progress bar).
    public private(set) var bytesDispatched = 0

    private let options: NoteReadOptions
    private let registry = IDRegistry()
    private var index = 0
    private var file: FileSplit?
    private var single: NoteReader?
    /// Batches read ahead by `firstNote()`, handed out again first.
    private var held: [NoteBatch] = []

    /// Text notes per batch: each is a file to open, so a few go together.
    static let textNotesPerBatch = 16
    /// Past this many bytes without a record boundary a CSV file is left to one reader (whose
    /// rule for an open quote over 64 MB then applies exactly).
    static let maxCarry = 64 << 20

    public init(_ source: NoteSource, blockSize: Int = 256 << 10, recordsPerBatch: Int = 64) {
        self.source = source
        self.blockSize = max(1, blockSize)
        self.recordsPerBatch = max(1, recordsPerBatch)
        var options = source.options
        options.rejectDuplicateIds = false
        self.options = options
    }

    /// Counts the notices of a batch, and tells the source's `onNotice` of each kind's first one
    /// (call in batch order, on the thread that reads the batches' output).
    public func pass(_ notices: [ReadNotice]) {
        for notice in notices { source.pass(notice) }
    }

    /// Records the note's id; a rejection when the id was seen before (call in input order).
    public func duplicate(of note: Note) -> RejectedRecord? {
        duplicate(of: NoteIdentity(note))
    }

    /// The same for a note's identity, taken on the worker that read it.
    public func duplicate(of identity: NoteIdentity) -> RejectedRecord? {
        guard source.options.rejectDuplicateIds, registry.isDuplicate(fingerprint: identity.fingerprint) else { return nil }
        return RejectedRecord(source: identity.source, reason: Reason.duplicate(identity.id))
    }

    /// The first note of the input, read ahead on this thread (a CSV header names its extra input
    /// columns); the batches read for it come first from `next()` again, already read.
    public func firstNote() -> Note? {
        while let batch = cut() {
            let read = batch.readWithNotices()
            held.append(NoteBatch(content: .records(read.records), options: options, byteCount: batch.byteCount, notices: read.notices))
            if let note = read.records.lazy.compactMap(\.note).first { return note }
        }
        return nil
    }

    /// The next batch, nil at the end of the last input.
    public func next() -> NoteBatch? {
        if !held.isEmpty { return held.removeFirst() }
        return cut()
    }

    private func cut() -> NoteBatch? {
        while true {
            if let reader = single {
                var records: [NoteRecord] = []
                while records.count < recordsPerBatch, let record = reader.next() { records.append(record) }
                let notices = reader.notices
                reader.notices.removeAll()
                if !records.isEmpty || !notices.isEmpty {
                    return NoteBatch(content: .records(records), options: options, byteCount: 0, notices: notices)
                }
                single = nil
                continue
            }
            if let split = file {
                switch split.next(blockSize: blockSize) {
                case .batch(let content, let bytes, let notices):
                    bytesDispatched += bytes
                    return NoteBatch(content: content, options: options, byteCount: bytes, notices: notices)
                case .handOver(let reader):
                    file = nil
                    single = reader
                case .done:
                    file = nil
                }
                continue
            }
            let entries = source.entries
            guard index < entries.count else { return nil }
            if isTextNote(entries[index]) {
                var group: [NoteSource.Entry] = []
                while index < entries.count, group.count < Self.textNotesPerBatch, isTextNote(entries[index]) {
                    group.append(entries[index])
                    index += 1
                }
                return NoteBatch(content: .textNotes(group), options: options, byteCount: 0)
            }
            let entry = entries[index]
            index += 1
            do {
                // Not cut into blocks: an upload, another encoding, raw records. The reader of
                // `NoteSource` reads these, as it would alone.
                if entry.bytes != nil || options.keepRaw || options.encoding != .utf8 {
                    single = try NoteReader(path: entry.path, options: options, registry: IDRegistry(), idBase: entry.idBase,
                                            bytes: entry.bytes)
                    continue
                }
                let stream = try ByteStream(path: entry.path, chunkSize: options.chunkSize, encoding: options.encoding)
                if options.detectEncoding && entry.path != "-" {
                    // A start that is not UTF-8 (Windows-1252 from Dutch Excel): the single reader
                    // opens the file again, detects it the same way and says so.
                    let head = try stream.peek(options.chunkSize)
                    let complete = NoteReader.dropIncompleteTail(head)
                    if head.withUnsafeBufferPointer({ UTF8Check.firstInvalid($0, 0..<complete) }) != nil {
                        single = try NoteReader(path: entry.path, options: options, registry: IDRegistry(), idBase: entry.idBase)
                        continue
                    }
                }
                var format = options.format
                if format == .auto { format = try NoteReader.detect(path: entry.path, stream: stream, fields: options.fields) }
                let idBase = entry.idBase ?? NoteReader.idBase(path: entry.path, format: format)
                if format == .text {
                    single = NoteReader(stream: stream, path: entry.path, format: format, options: options, registry: IDRegistry(),
                                        idBase: idBase, csv: nil)
                } else {
                    _ = try stream.peek(3)   // the first chunk, and its byte-order mark, as a single reader reads them
                    file = FileSplit(stream: stream, path: entry.path, format: format, idBase: idBase, options: options)
                }
            } catch {
                return NoteBatch(content: .records([.rejected(NoteSource.cannotOpen(entry.path, error))]), options: options, byteCount: 0)
            }
        }
    }

    /// Known to be one note without opening it: from a folder, or by its extension (a text,
    /// Word or OpenDocument file).
    private func isTextNote(_ entry: NoteSource.Entry) -> Bool {
        if entry.path == "-" { return false }
        if options.format == .text { return true }
        guard options.format == .auto else { return false }
        if entry.inFolder { return true }
        let lower = entry.path.lowercased()
        return lower.hasSuffix(".txt") || lower.hasSuffix(".md") || OfficeText.kind(ofPath: entry.path) != nil
    }
}

/// The cutting of one JSON Lines or CSV file: about `blockSize` bytes are read straight into a
/// block, which is cut after its last record boundary; the rest starts the next block.
final class FileSplit {
    enum Step {
        case batch(NoteBatch.Content, bytes: Int, notices: [ReadNotice])
        /// The rest of the file goes to one reader.
        case handOver(NoteReader)
        case done
    }

    let stream: ByteStream
    let path: String
    let format: NoteFormat
    let idBase: String
    let options: NoteReadOptions
    /// Bytes read but not yet handed out; they start at a record boundary, on line `line`.
    private var pending: [UInt8] = []
    private var line = 1
    private var atEnd = false
    private var finished = false
    // CSV: the header's layout, and the quote state of the scan, which has reached `scanned`;
    // `boundary` is the last record boundary it passed (0: none yet).
    private var csv: CSVLayout?
    private var scanned = 0
    private var quoteState: UInt8 = 0
    private var boundary = 0
    /// Notices of the header, handed out with the first block.
    private var headerNotices: [ReadNotice] = []

    init(stream: ByteStream, path: String, format: NoteFormat, idBase: String, options: NoteReadOptions) {
        self.stream = stream
        self.path = path
        self.format = format
        self.idBase = idBase
        self.options = options
    }

    func next(blockSize: Int) -> Step {
        if finished { return .done }
        while true {
            if pending.count >= blockSize || atEnd, let cut = format == .csv ? cutCSV(blockSize) : cutJSONLines(blockSize) {
                if cut == 0 {
                    finished = true
                    // Only a header: its notices still count, as with a single reader.
                    if !headerNotices.isEmpty { return .batch(.records([]), bytes: 0, notices: headerNotices) }
                    return .done
                }
                if format == .csv && csv == nil {
                    if cut == pending.count && atEnd {
                        // The whole file before the header's end is known (small, or a quote left open): one block.
                        finished = true
                        return .batch(.block(bytes: pending, path: path, format: format, line: line, idBase: idBase, csv: nil),
                                      bytes: pending.count, notices: [])
                    }
                    // The header: read by the same code a single reader uses, for the same layout or rejection.
                    let header = Array(pending[..<cut])
                    let reader = NoteReader(stream: ByteStream(block: header, name: path, line: line), path: path, format: .csv,
                                            options: options, registry: IDRegistry(), idBase: idBase, csv: nil)
                    if let rejected = reader.next()?.rejected {
                        finished = true
                        return .batch(.records([.rejected(rejected)]), bytes: header.count, notices: reader.notices)
                    }
                    guard let layout = reader.csvLayout else { finished = true; return .done }
                    csv = layout
                    headerNotices = reader.notices
                    line += Self.lineFeeds(header)
                    pending.removeSubrange(..<cut)
                    scanned = 0
                    quoteState = 0
                    boundary = 0
                    continue
                }
                // The block keeps the array; the rest after the cut starts a new one.
                let rest = Array(pending[cut...])
                pending.removeSubrange(cut...)
                let block = pending
                pending = rest
                if format == .csv { scanned -= cut }   // the scan goes on where it stopped
                boundary = 0
                let first = line
                line += Self.lineFeeds(block)
                if pending.isEmpty && atEnd { finished = true }
                let notices = headerNotices
                headerNotices = []
                return .batch(.block(bytes: block, path: path, format: format, line: first, idBase: idBase, csv: csv), bytes: block.count,
                              notices: notices)
            }
            if format != .csv && pending.count > options.maxRecordBytes {
                return skipLongLine()
            }
            if format == .csv && pending.count > min(NoteBatches.maxCarry, options.maxRecordBytes + blockSize) {
                finished = true
                stream.unread(pending, line: line)
                let reader = NoteReader(stream: stream, path: path, format: format, options: options, registry: IDRegistry(),
                                        idBase: idBase, csv: csv)
                reader.notices = headerNotices
                headerNotices = []
                return .handOver(reader)
            }
            do {
                if try !stream.append(to: &pending, atMost: max(blockSize - pending.count, min(blockSize, 1 << 16))) { atEnd = true }
            } catch {
                finished = true
                let reason = (error as? DiepgangError)?.message ?? Localized(nl: "leesfout: \(error)", en: "read error: \(error)")
                return .batch(.records([.rejected(RejectedRecord(source: SourceLocation(file: path, line: line), reason: reason))]), bytes: 0,
                              notices: [])
            }
        }
    }

    /// Drops a JSON line longer than the record limit (what is pending holds no line feed yet),
    /// reading on to its end without keeping it, and rejects it with its line number.
    private func skipLongLine() -> Step {
        let here = SourceLocation(file: path, line: line)
        pending = []
        do {
            var chunk: [UInt8] = []
            while true {
                chunk.removeAll(keepingCapacity: true)
                guard try stream.append(to: &chunk, atMost: 1 << 20) else { atEnd = true; break }
                let feed: Int? = chunk.withUnsafeBufferPointer { p in
                    memchr(p.baseAddress!, 0x0A, p.count).map { UnsafeRawPointer($0).assumingMemoryBound(to: UInt8.self) - p.baseAddress! }
                }
                if let feed {
                    pending = Array(chunk[(feed + 1)...])
                    break
                }
            }
        } catch {
            finished = true
        }
        line += 1
        if pending.isEmpty && atEnd { finished = true }
        return .batch(.records([.rejected(RejectedRecord(source: here, reason: Reason.tooLong(limit: options.maxRecordBytes)))]),
                      bytes: 0, notices: [])
    }

    /// After the last line feed of what is pending (the first one past `blockSize` when much more is
    /// pending, as after the first chunk), or all of it at the end of the file; nil when more bytes
    /// are needed (a line longer than a block).
    private func cutJSONLines(_ blockSize: Int) -> Int? {
        let count = pending.count
        if count >= 2 * blockSize {
            let found: Int? = pending.withUnsafeBufferPointer { p in
                guard let q = memchr(p.baseAddress! + blockSize - 1, 0x0A, count - blockSize + 1) else { return nil }
                return UnsafeRawPointer(q).assumingMemoryBound(to: UInt8.self) - p.baseAddress! + 1
            }
            if let found { return found }
        }
        if atEnd { return count }
        var i = count
        while i > 0 {
            if pending[i - 1] == 0x0A { return i }
            i -= 1
        }
        return nil
    }

    /// As `cutJSONLines`, after a line feed outside quotes. The quote rules are those of
    /// `NoteReader.readCSVRecord`: a quote opens only at the start of a cell; inside, a doubled
    /// quote stays inside. The header (no layout yet) ends at the first boundary, with any of
    /// comma, semicolon and tab as a delimiter, as the reader reads it.
    private func cutCSV(_ blockSize: Int) -> Int? {
        let count = pending.count
        let header = csv == nil
        let delimiter = csv?.delimiter ?? 0
        var state = quoteState
        var i = scanned
        var last = boundary
        pending.withUnsafeBufferPointer { p in
            let base = p.baseAddress!
            while i < count {
                let b = base[i]
                if state == 2 {
                    // Inside quotes only a quote matters: jump to the next one.
                    guard let q = memchr(base + i, 0x22, count - i) else { i = count; break }
                    i = UnsafeRawPointer(q).assumingMemoryBound(to: UInt8.self) - base + 1
                    state = 3
                    continue
                }
                if b == 0x0A {
                    state = 0
                    i += 1
                    last = i
                    if header || i >= blockSize { break }
                    continue
                }
                let isDelimiter = header ? (b == 0x2C || b == 0x3B || b == 0x09) : b == delimiter
                switch state {
                case 0: state = b == 0x22 ? 2 : isDelimiter ? 0 : 1
                case 1: if isDelimiter { state = 0 }
                default: state = b == 0x22 ? 2 : isDelimiter ? 0 : 1   // 3: a doubled quote goes back inside
                }
                i += 1
            }
        }
        scanned = i
        quoteState = state
        boundary = last
        if header { return last > 0 ? last : atEnd ? count : nil }
        if last >= blockSize || (last > 0 && !atEnd) { return last }
        return atEnd ? count : nil
    }

    /// The number of line feeds in `bytes`.
    static func lineFeeds(_ bytes: [UInt8]) -> Int {
        bytes.withUnsafeBufferPointer { p in
            guard let base = p.baseAddress else { return 0 }
            var n = 0
            var i = 0
            while i < p.count, let q = memchr(base + i, 0x0A, p.count - i) {
                n += 1
                i = UnsafeRawPointer(q).assumingMemoryBound(to: UInt8.self) - base + 1
            }
            return n
        }
    }
}
