import DiepgangCore
import Foundation

/// All notes of several inputs, in order: files, folders of `.txt` notes (sorted by path, so the
/// order is the same on every machine) and "-" for stdin. Duplicate ids are caught across inputs.
///
///     let source = try NoteSource.open(paths: ["a.jsonl", "verslagen/"], options: options)
///     for record in source { … }
///
/// Opening checks that every input exists (else `DiepgangError` with exit 66); files are opened
/// one at a time while reading.
public final class NoteSource: Sequence, IteratorProtocol {
    /// One file to read, and the name its derived ids start with.
    struct Entry: Sendable {
        var path: String
        var idBase: String?
        /// Files from a folder are text notes unless their extension says otherwise.
        var inFolder: Bool
        /// The contents, for a file held in memory (an upload); nil: read the file at `path`.
        var bytes: [UInt8]? = nil
    }

    public let options: NoteReadOptions
    let entries: [Entry]
    private var index = 0
    private let registry = IDRegistry()
    /// The reader of the current input (its `lastRaw` tells where the last record came from).
    public private(set) var current: NoteReader?
    private var pending: NoteRecord?

    /// Counts, for the summary: read = notes + rejected.
    public private(set) var notesRead = 0
    public private(set) var rejectedCount = 0

    /// Called with each reader notice the first time its kind is seen (on the reading thread).
    public var onNotice: ((ReadNotice) -> Void)?
    /// How often each kind of notice came up, with its first message, in order of first sight.
    public private(set) var noticeCounts: [(notice: ReadNotice, count: Int)] = []
    private var noticeIndex: [String: Int] = [:]

    init(entries: [Entry], options: NoteReadOptions) {
        self.entries = entries
        self.options = options
    }

    /// Checks the inputs and lists the files of folders.
    public static func open(paths: [String], options: NoteReadOptions = NoteReadOptions()) throws -> NoteSource {
        var entries: [Entry] = []
        let fm = FileManager.default
        for path in paths {
            if path == "-" { entries.append(Entry(path: "-", idBase: nil, inFolder: false)); continue }
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDir) else {
                throw DiepgangError(.noInput, nl: "invoer niet gevonden: \(path)", en: "input not found: \(path)")
            }
            if isDir.boolValue {
                let files = try listNotes(in: path)
                if files.isEmpty {
                    throw DiepgangError(.noInput, nl: "map \(path) bevat geen verslagen (.txt-bestanden); geef een map met .txt-bestanden of een JSON Lines- of CSV-bestand",
                                        en: "folder \(path) holds no notes (.txt files); give a folder of .txt files or a JSON Lines or CSV file")
                }
                let prefix = path.hasSuffix("/") ? path : path + "/"
                for rel in files {
                    var base = rel
                    if base.lowercased().hasSuffix(".txt") { base.removeLast(4) }
                    if OfficeText.kind(ofPath: base) != nil, let dot = base.lastIndex(of: ".") { base = String(base[..<dot]) }
                    entries.append(Entry(path: prefix + rel, idBase: base, inFolder: true))
                }
            } else {
                guard fm.isReadableFile(atPath: path) else {
                    throw DiepgangError(.noInput, nl: "kan \(path) niet lezen", en: "cannot read \(path)")
                }
                entries.append(Entry(path: path, idBase: nil, inFolder: false))
            }
        }
        return NoteSource(entries: entries, options: options)
    }

    /// Notes from files held in memory (uploads; nothing touches the disk), each read as a file
    /// of that name would be: a `.txt`, `.docx` or `.odt` is one note, `.jsonl` and `.csv` many.
    public static func inMemory(_ files: [(name: String, bytes: [UInt8])], options: NoteReadOptions = NoteReadOptions()) -> NoteSource {
        NoteSource(entries: files.map { Entry(path: $0.name, idBase: nil, inFolder: false, bytes: $0.bytes) }, options: options)
    }

    /// The `.txt`, `.docx` and `.odt` files under a folder (recursively, hidden ones skipped), as sorted relative paths.
    static func listNotes(in folder: String) throws -> [String] {
        let root = URL(fileURLWithPath: folder).standardizedFileURL
        guard let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey, .isSymbolicLinkKey],
                                                          options: [.skipsHiddenFiles]) else {
            throw DiepgangError(.noInput, nl: "kan map \(folder) niet lezen", en: "cannot read folder \(folder)")
        }
        var files: [String] = []
        while let url = walker.nextObject() as? URL {
            let ext = url.pathExtension.lowercased()
            // Word's lock file beside an open document ("~$verslag.docx") is no note.
            if url.lastPathComponent.hasPrefix("~$") { continue }
            guard ext == "txt" || OfficeText.folderExtensions.contains(ext) else { continue }
            // A symbolic link with a note's name is listed too: opening follows it once, and one
            // that is broken, loops or leads to a folder is then a rejected record with its reason.
            let kind = try? url.resourceValues(forKeys: [.isRegularFileKey, .isSymbolicLinkKey])
            guard kind?.isRegularFile == true || kind?.isSymbolicLink == true else { continue }
            files.append(String(url.standardizedFileURL.path.dropFirst(root.path.count + 1)))
        }
        return files.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    }

    /// The rejection for an input that cannot be opened or read.
    static func cannotOpen(_ path: String, _ error: Error) -> RejectedRecord {
        let here = SourceLocation(file: path, line: 1)
        if let error = error as? DiepgangError { return RejectedRecord(source: here, reason: error.message) }
        return RejectedRecord(source: here, reason: Localized(nl: "kan niet lezen: \(error)", en: "cannot read: \(error)"))
    }

    /// The files this source reads, in order.
    public var paths: [String] { entries.map(\.path) }

    func pass(_ notice: ReadNotice) {
        if let i = noticeIndex[notice.key] {
            noticeCounts[i].count += 1
            return
        }
        noticeIndex[notice.key] = noticeCounts.count
        noticeCounts.append((notice, 1))
        onNotice?(notice)
    }

    public func next() -> NoteRecord? {
        while true {
            if let reader = current, let record = reader.next() {
                if !reader.notices.isEmpty {
                    for notice in reader.notices { pass(notice) }
                    reader.notices.removeAll()
                }
                switch record {
                case .note: notesRead += 1
                case .rejected: rejectedCount += 1
                }
                return record
            }
            current = nil
            guard index < entries.count else { return nil }
            let entry = entries[index]
            index += 1
            var opts = options
            if entry.inFolder && opts.format == .auto { opts.format = .text }
            do {
                current = try NoteReader(path: entry.path, options: opts, registry: registry, idBase: entry.idBase, bytes: entry.bytes)
            } catch {
                // A file that vanished or cannot be read after the check: reported, not fatal.
                rejectedCount += 1
                return .rejected(Self.cannotOpen(entry.path, error))
            }
        }
    }
}

/// Writes rejected records as JSON Lines `{"file","line","reason"}` (for `--errors FILE`),
/// the reason in the user's language.
public struct RejectionReportWriter {
    public let sink: OutputSink
    public let language: Language
    private var writer = ByteWriter(capacity: 256)

    public init(sink: OutputSink, language: Language) {
        self.sink = sink
        self.language = language
    }

    public mutating func write(_ record: RejectedRecord) throws {
        try sink.write(Self.line(record, language: language, writer: writer))
    }

    /// One JSON Lines line (with its newline) for a rejected record.
    public static func line(_ record: RejectedRecord, language: Language) -> [UInt8] {
        let w = ByteWriter(capacity: 256)
        return line(record, language: language, writer: w)
    }

    private static func line(_ record: RejectedRecord, language: Language, writer w: ByteWriter) -> [UInt8] {
        w.removeAll()
        w.beginObject()
        w.field("file", record.source.file)
        w.field("line", record.source.line)
        w.field("reason", record.reason(language))
        w.endObject()
        return w.bytes + [0x0A]
    }
}
