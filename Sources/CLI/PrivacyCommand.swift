import Diepgang
import Foundation

/// `diepgang privacy INPUT… [--format text|json|jsonl] [--redact --out FILE]`: checks whether an
/// "anonymised" corpus still holds personal data, and can write a redacted copy.
struct PrivacyCommand: Command {
    static let spec = CommandSpec(
        name: "privacy",
        abstract: Localized(nl: "zoek persoonsgegevens in een 'geanonimiseerd' corpus", en: "find personal data in an 'anonymised' corpus"),
        arguments: [
            ArgumentSpec(name: "INVOER", optional: false, repeating: true,
                         help: Localized(nl: "JSON Lines, CSV, .txt, een map met .txt-verslagen, of '-' voor standaardinvoer",
                                         en: "JSON Lines, CSV, .txt, a folder of .txt notes, or '-' for standard input")),
        ],
        options: [
            OptionSpec(name: "--format", value: "FORMAAT", choices: ["text", "json", "jsonl"], defaultValue: "text",
                       help: Localized(nl: "text: per verslag de vondsten; json: één document; jsonl: één regel per verslag {id, findings}",
                                       en: "text: findings per note; json: one document; jsonl: one line per note {id, findings}")),
            OptionSpec(name: "--redact", help: Localized(nl: "schrijf het corpus met vondsten vervangen door [NAAM], [EMAIL], … (vereist --out)",
                                                         en: "write the corpus with findings replaced by [NAAM], [EMAIL], … (needs --out)")),
            OptionSpec(name: "--out", short: "o", value: "BESTAND",
                       help: Localized(nl: "bestand (of map, bij een map als invoer) voor de geredigeerde kopie",
                                       en: "file (or folder, for a folder input) for the redacted copy")),
            OptionSpec(name: "--min-confidence", value: "GETAL", defaultValue: "0.5",
                       help: Localized(nl: "meld alleen vondsten met minstens deze zekerheid (0–1)", en: "report only findings with at least this confidence (0–1)")),
            OptionSpec(name: "--input-format", value: "FORMAAT", choices: NoteFormat.allCases.map(\.rawValue), defaultValue: "auto",
                       help: Localized(nl: "invoerformaat; auto kiest op extensie en inhoud", en: "input format; auto decides by extension and content")),
            OptionSpec(name: "--encoding", value: "CODERING", choices: ["utf-8", "windows-1252", "latin1"], defaultValue: "utf-8",
                       help: Localized(nl: "tekencodering van de invoer", en: "character encoding of the input")),
            OptionSpec(name: "--id-field", value: "NAAM", defaultValue: "id", help: Localized(nl: "veld of kolom met de id", en: "field or column holding the id")),
            OptionSpec(name: "--text-field", value: "NAAM", defaultValue: "text", help: Localized(nl: "veld of kolom met de tekst", en: "field or column holding the text")),
            OptionSpec(name: "--errors", value: "BESTAND",
                       help: Localized(nl: "schrijf afgewezen records als JSON Lines {file, line, reason}", en: "write rejected records as JSON Lines {file, line, reason}")),
            CommonOptions.lexicons,
        ],
        discussion: Localized(
            nl: "Zoekt e-mailadressen, telefoonnummers, BSN (elfproef), IBAN (mod 97), postcodes, geboortedata, adressen en waarschijnlijke namen. Offsets tellen Unicode-tekens in de tekst van het verslag, einde exclusief. Met --redact blijft alles buiten de vondsten byte voor byte gelijk. Afgewezen records geven afsluitcode 65.",
            en: "Looks for e-mail addresses, phone numbers, BSN (elfproef), IBAN (mod 97), postcodes, dates of birth, addresses and likely names. Offsets count Unicode scalars in the note text, end exclusive. With --redact everything outside the findings stays byte for byte the same. Rejected records give exit code 65."))

    static func run(_ invocation: Invocation) throws -> ExitCode {
        let args = invocation.arguments
        let language = invocation.language
        var scanner: PrivacyScanner
        if let dir = args.value("--lexicons") {
            scanner = try PrivacyScanner.load(from: ResourceFolder.directory(dir))
        } else {
            scanner = try PrivacyScanner.standard()
        }
        let minText = args.value("--min-confidence") ?? "0.5"
        guard let minimum = Double(minText), (0...1).contains(minimum) else {
            throw DiepgangError(.usage, nl: "--min-confidence verwacht een getal van 0 tot 1, niet '\(minText)'",
                                en: "--min-confidence expects a number from 0 to 1, not '\(minText)'")
        }
        scanner.minimumConfidence = minimum
        let redact = args.flag("--redact")
        let outPath = args.value("--out")
        if redact && outPath == nil {
            throw DiepgangError(.usage, nl: "--redact vereist --out BESTAND", en: "--redact needs --out FILE")
        }
        if !redact && outPath != nil {
            throw DiepgangError(.usage, nl: "--out hoort bij --redact", en: "--out goes with --redact")
        }
        let outputs = ["--out", "--errors"].compactMap { option in args.value(option).map { OutputPaths.Output(option: option, path: $0) } }
        try OutputPaths.check(outputs, inputs: args.positionals)
        guard let encoding = NoteEncoding(name: args.value("--encoding") ?? "utf-8") else {
            throw DiepgangError(.usage, nl: "onbekende codering", en: "unknown encoding")
        }
        var fields = NoteFieldNames()
        fields.id = args.value("--id-field") ?? "id"
        fields.text = args.value("--text-field") ?? "text"
        let options = NoteReadOptions(format: NoteFormat(rawValue: args.value("--input-format") ?? "auto") ?? .auto,
                                      encoding: encoding, fields: fields, rejectDuplicateIds: false, keepRaw: redact)
        let source = try NoteSource.open(paths: args.positionals, options: options)

        // Without --format, a redacting run prints only its summary.
        let format = args.values("--format").isEmpty && redact ? "none" : (args.value("--format") ?? "text")
        var report = PrivacyReport(format: format, sink: invocation.stdout, language: language, lexiconVersion: scanner.lexicons.version)
        var redactor: Redactor? = nil
        if redact, let outPath {
            redactor = try Redactor(out: outPath, inputs: args.positionals)
        }
        var errors: AtomicFile? = nil
        var errorWriter: RejectionReportWriter? = nil
        if let path = args.value("--errors") {
            let file = try AtomicFile(path: path)
            errors = file
            errorWriter = RejectionReportWriter(sink: file.sink, language: language)
        }
        var tally = PrivacyTally()
        var rejected: [RejectedRecord] = []
        do {
            try report.begin()
            for record in source {
                switch record {
                case .note(let note):
                    let findings = scanner.scan(note.text)
                    tally.add(findings)
                    try report.write(note: note, findings: findings)
                    try redactor?.write(note: note, findings: findings, reader: source.current)
                case .rejected(let r):
                    rejected.append(r)
                    if rejected.count > 1000 { rejected.removeFirst() }
                    try errorWriter?.write(r)
                    try redactor?.writeRejected(reader: source.current, scanner: scanner)
                }
            }
            try report.end(tally: tally, rejected: source.rejectedCount)
            try redactor?.commit()
            try errors?.commit()
        } catch {
            redactor?.discard()
            errors?.discard()
            throw error
        }
        let summary = Localized(
            nl: "diepgang privacy: \(Wording.count(tally.notes, "verslag", "verslagen")), \(tally.notesWithFindings) met mogelijke persoonsgegevens" + (tally.total > 0 ? " (\(tally.summary(.nl)))" : "") + (source.rejectedCount > 0 ? "; \(source.rejectedCount) afgewezen" : ""),
            en: "diepgang privacy: \(Wording.count(tally.notes, "note", "notes")), \(tally.notesWithFindings) with possible personal data" + (tally.total > 0 ? " (\(tally.summary(.en)))" : "") + (source.rejectedCount > 0 ? "; \(source.rejectedCount) rejected" : ""))
        if format != "text" { invocation.note(summary) }
        if source.rejectedCount > 0 {
            for r in rejected.prefix(5) { invocation.note(Localized(nl: "  \(r.source): \(r.reason.nl)", en: "  \(r.source): \(r.reason.en)")) }
            if source.rejectedCount > 5 {
                invocation.note(Localized(nl: "  … en \(source.rejectedCount - 5) meer" + (errors == nil ? " (zie --errors BESTAND)" : ""),
                                          en: "  … and \(source.rejectedCount - 5) more" + (errors == nil ? " (see --errors FILE)" : "")))
            }
            return .dataError
        }
        return .success
    }
}

/// The findings, as text for people or JSON for programs.
struct PrivacyReport {
    let format: String
    let sink: OutputSink
    let language: Language
    let lexiconVersion: String
    private var writer = JSONWriter(reservingCapacity: 4096)
    private var first = true

    init(format: String, sink: OutputSink, language: Language, lexiconVersion: String) {
        self.format = format
        self.sink = sink
        self.language = language
        self.lexiconVersion = lexiconVersion
    }

    mutating func begin() throws {
        if format == "json" {
            try sink.write("{\"tool_version\":\"\(ToolInfo.version)\",\"lexicon_version\":\"\(lexiconVersion)\",\"notes\":[")
        }
    }

    private mutating func findingsJSON(_ note: Note, _ findings: [PrivacyFinding]) {
        writer.removeAll()
        writer.beginObject()
        writer.field("id", note.id)
        writer.key("findings")
        writer.beginArray()
        for f in findings {
            writer.beginObject()
            writer.field("kind", f.kind.rawValue)
            writer.field("start", f.start)
            writer.field("end", f.end)
            writer.field("text", f.text)
            writer.field("confidence", f.confidence, digits: 2)
            writer.endObject()
        }
        writer.endArray()
        writer.endObject()
    }

    mutating func write(note: Note, findings: [PrivacyFinding]) throws {
        switch format {
        case "jsonl":
            findingsJSON(note, findings)
            try sink.write(writer.bytes)
            try sink.write([0x0A])
        case "json":
            findingsJSON(note, findings)
            if !first { try sink.write([0x2C]) }
            first = false
            try sink.write(writer.bytes)
        case "text":
            guard !findings.isEmpty else { return }
            try sink.write("\(note.id) (\(note.source)):\n")
            for f in findings {
                let conf = JSONWriter.format(f.confidence, digits: 2)
                try sink.write("  \(f.kind.rawValue.padding(toLength: 13, withPad: " ", startingAt: 0)) \(f.start)–\(f.end)  «\(f.text)»  \(conf)\n")
            }
        default:
            break
        }
    }

    mutating func end(tally: PrivacyTally, rejected: Int) throws {
        switch format {
        case "json":
            writer.removeAll()
            writer.key("summary")
            writer.beginObject()
            writer.field("notes", tally.notes)
            writer.field("notes_with_findings", tally.notesWithFindings)
            writer.field("rejected", rejected)
            writer.key("counts")
            writer.beginObject()
            for k in PrivacyKind.allCases { writer.field(k.rawValue, tally.perKind[k] ?? 0) }
            writer.endObject()
            writer.endObject()
            try sink.write("],")
            try sink.write(writer.bytes)
            try sink.write("}\n")
        case "text":
            let en = language == .en
            var line = en ? "\(Wording.count(tally.notes, "note", "notes")), \(tally.notesWithFindings) with possible personal data"
                          : "\(Wording.count(tally.notes, "verslag", "verslagen")), \(tally.notesWithFindings) met mogelijke persoonsgegevens"
            if tally.total > 0 { line += ": " + tally.summary(language) }
            if rejected > 0 { line += en ? "; \(rejected) rejected" : "; \(rejected) afgewezen" }
            try sink.write(line + "\n")
        default:
            break
        }
    }
}

/// Writes the redacted copy: each record's raw bytes with only the text's findings replaced.
final class Redactor {
    private var file: AtomicFile?
    /// For a folder input: the output folder, and files written so far.
    private var folderOut: String?
    private var folderIn: String?
    private var headerWritten = false

    init(out: String, inputs: [String]) throws {
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
        let relative = String(reader.path.dropFirst(folderIn.count))
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

    func write(note: Note, findings: [PrivacyFinding], reader: NoteReader?) throws {
        guard let reader, let raw = reader.lastRaw else { return }
        let out = try sink(for: reader)
        if raw.format == .csv && !headerWritten, let header = reader.csvHeaderRaw, file != nil {
            try out.write(header)
            headerWritten = true
        }
        guard let range = raw.textRange, !findings.isEmpty else {
            try out.write(raw.bytes)
            try done()
            return
        }
        let redacted = PrivacyScanner.redact(note.text, findings)
        var replacement: [UInt8]
        switch raw.textEncoding {
        case .json:
            var w = JSONWriter(reservingCapacity: redacted.utf8.count + 16)
            w.string(redacted)
            replacement = w.bytes
        case .csv(let delimiter):
            replacement = CSVText.cell(redacted, delimiter: delimiter)
        case .plain:
            replacement = Array(redacted.utf8)
        }
        try out.write(raw.bytes[..<range.lowerBound])
        try out.write(replacement)
        try out.write(raw.bytes[range.upperBound...])
        try done()
    }

    /// A record that could not be read as a note still goes into the copy, with whatever
    /// personal data its raw bytes show replaced.
    func writeRejected(reader: NoteReader?, scanner: PrivacyScanner) throws {
        guard let reader, let raw = reader.lastRaw else { return }
        let out = try sink(for: reader)
        let findings = raw.bytes.withUnsafeBufferPointer { scanner.scan($0) }
        try out.write(PrivacyScanner.redact(raw.bytes, findings))
        try done()
    }

    func commit() throws {
        try file?.commit()
    }

    func discard() {
        file?.discard()
        current?.discard()
    }
}
