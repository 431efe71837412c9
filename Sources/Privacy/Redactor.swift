import DiepgangCore
import DiepgangNotes
import Foundation

/// Writes the redacted copy: each record's raw bytes with only the text's findings replaced.
public final class Redactor {
    private var file: AtomicFile?
    /// For a folder input: the output folder, and files written so far.
    private var folderOut: String?
    private var folderIn: String?
    private var headerWritten = false
    public let policy: PlaceholderPolicy
    /// With --show: where each replacement is listed (value and placeholder).
    public let show: OutputSink?
    public private(set) var tally = RedactionTally()
    /// The file name of the note being written, with its names replaced (folder inputs).
    private var renamed: String?

    /// The note's own file name when the note is a file of its own (.txt, .docx, .odt).
    public static func ownFileName(_ note: Note) -> String? {
        // Checked per note: bytes, not NSString.
        let file = note.source.file.utf8
        guard let dot = file.lastIndex(of: 0x2E) else { return nil }
        let ext = String(decoding: file[file.index(after: dot)...].map { $0 | 0x20 }, as: UTF8.self)
        guard ["txt", "docx", "odt", "md"].contains(ext) else { return nil }
        let slash = file.lastIndex(of: 0x2F).map { file.index(after: $0) } ?? file.startIndex
        return String(decoding: file[slash...], as: UTF8.self)
    }

    /// A folder input gets a folder of redacted copies at `out`; anything else one file.
    public init(out: String, inputs: [String], policy: PlaceholderPolicy, show: OutputSink?) throws {
        self.policy = policy
        self.show = show
        var isDir: ObjCBool = false
        if inputs.count == 1, FileManager.default.fileExists(atPath: inputs[0], isDirectory: &isDir), isDir.boolValue {
            folderIn = inputs[0].hasSuffix("/") ? inputs[0] : inputs[0] + "/"
            folderOut = out
            do {
                try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
            } catch {
                throw DiepgangError(.ioError, nl: "kan map \(out) niet aanmaken: \(error.localizedDescription)",
                                    en: "cannot create folder \(out): \(error.localizedDescription)")
            }
        } else {
            file = try AtomicFile(path: out)
        }
    }

    /// Where a record goes: the one output file, or (for a folder) a file of its own, which
    /// `done` commits at once so a corpus of many files does not hold many descriptors open.
    private func sink(for reader: NoteReader?) throws -> OutputSink {
        if let file { return file.sink }
        guard let reader, let folderIn, let folderOut, reader.path.hasPrefix(folderIn) else {
            throw DiepgangError(.software, nl: "redactie: onbekende invoer", en: "redaction: unknown input")
        }
        var relative = String(reader.path.dropFirst(folderIn.count))
        if let renamed {
            relative = ((relative as NSString).deletingLastPathComponent as NSString).appendingPathComponent(renamed)
            self.renamed = nil
        }
        let target = folderOut + "/" + relative
        let parent = (target as NSString).deletingLastPathComponent
        try? FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
        let f = try AtomicFile(path: target)
        current = f
        return f.sink
    }

    private var current: AtomicFile?

    private func done() throws {
        if let f = current {
            current = nil
            try f.commit()
        }
    }

    public func write(note: Note, findings: [PrivacyFinding], fields: [FieldFinding], reader: NoteReader?) throws {
        guard let reader, let raw = reader.lastRaw else { return }
        var placeholders = NotePlaceholders(policy: policy)
        var listed: [(String, String, String)] = []  // field, value, placeholder (for --show)
        func replaced(_ field: String) -> (PrivacyFinding, String) -> Void {
            { [self] f, token in
                tally.add(f.kind, token: token, scope: policy.key == nil ? note.id + "\u{0}" + note.source.description : "")
                if show != nil { listed.append((field, f.text, token)) }
            }
        }
        let redacted = PrivacyScanner.redact(note.text, findings, placeholders: &placeholders, replaced: replaced("text"))
        // The file name: names replaced in the copy's name (folder inputs only).
        let nameFindings = fields.filter { $0.field == PrivacyScanner.fileNameField }.map(\.finding)
        if !nameFindings.isEmpty, let name = Self.ownFileName(note), folderIn != nil {
            renamed = PrivacyScanner.redact(name, nameFindings, placeholders: &placeholders, replaced: replaced(PrivacyScanner.fileNameField))
        }
        let out = try sink(for: reader)
        if raw.format == .csv && !headerWritten, let header = reader.csvHeaderRaw, file != nil {
            try out.write(header)
            headerWritten = true
        }
        // The record in three parts: before the text, the text, after it.
        let range = raw.textRange ?? raw.bytes.count..<raw.bytes.count
        var head = Array(raw.bytes[..<range.lowerBound]), tail = Array(raw.bytes[range.upperBound...])
        var body = Array(raw.bytes[range])
        if raw.textRange != nil, !findings.isEmpty {
            switch raw.textEncoding {
            case .json:
                let w = ByteWriter(capacity: redacted.utf8.count + 16)
                w.string(redacted)
                body = w.bytes
            case .csv(let delimiter):
                body = CSVText.cell(redacted, delimiter: delimiter)
            case .plain:
                body = Array(redacted.utf8)
            }
        }
        // Author, extra fields and front matter: each value found there is replaced wherever it
        // stands in the record outside the text (its bytes are the same in JSON, CSV and front matter).
        for f in fields where f.field != PrivacyScanner.fileNameField {
            let token = Array(placeholders.placeholder(for: f.finding).utf8)
            let value = Array(f.finding.text.utf8)
            head = Self.replaceAll(value, with: token, in: head)
            tail = Self.replaceAll(value, with: token, in: tail)
            replaced(f.field)(f.finding, String(decoding: token, as: UTF8.self))
        }
        let bytes = head + body + tail
        try out.write(bytes)
        if let show, !listed.isEmpty {
            try show.write("\(note.id) (\(note.source)):\n")
            for (field, value, token) in listed { try show.write("  \(field): \(token) ← «\(value)»\n") }
        }
        try done()
    }

    /// Every occurrence of `value` in `bytes` outside `skip` replaced by `token`.
    static func replaceAll(_ value: [UInt8], with token: [UInt8], in bytes: [UInt8]) -> [UInt8] {
        guard !value.isEmpty, value.count <= bytes.count else { return bytes }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = 0
        while i < bytes.count {
            if i + value.count <= bytes.count && bytes[i] == value[0] && bytes[i..<(i + value.count)].elementsEqual(value) {
                out.append(contentsOf: token)
                i += value.count
                continue
            }
            out.append(bytes[i])
            i += 1
        }
        return out
    }

    /// A record that could not be read as a note still goes into the copy, with whatever
    /// personal data its raw bytes show replaced.
    public func writeRejected(reader: NoteReader?, scanner: PrivacyScanner) throws {
        guard let reader, let raw = reader.lastRaw else { return }
        let out = try sink(for: reader)
        let findings = raw.bytes.withUnsafeBufferPointer { scanner.scan($0) }
        var placeholders = NotePlaceholders(policy: policy)
        try out.write(PrivacyScanner.redact(raw.bytes, findings, placeholders: &placeholders) { [self] f, token in
            tally.add(f.kind, token: token, scope: policy.key == nil ? "rejected\u{0}" + reader.path + "\u{0}" + String(tally.total) : "")
        })
        try done()
    }

    public func commit() throws {
        try file?.commit()
    }

    public func discard() {
        file?.discard()
        current?.discard()
    }
}
