import Diepgang
import Foundation

/// `diepgang privacy INPUT… [--format text|json|jsonl] [--redact --out FILE]`: checks whether an
/// "anonymised" corpus still holds personal data, and can write a redacted copy.
struct PrivacyCommand: Command {
    struct Options: CommandOptions {
        enum Format: String, CaseIterable, OptionValue { case text, json, jsonl }

        /// Without `--format`, a redacting run prints only its summary.
        var format: Format?
        var redact = false
        var out: String?
        var consistentAcrossCorpus = false
        var secret: String?
        var show = false
        var minConfidence = Confidence(0.5)
        var inputFormat = NoteFormat.auto
        var encoding = NoteEncoding.utf8
        var idField = "id"
        var textField = "text"
        var errors: String?
        var lexicons: String?

        static var declarations: [OptionDeclaration<Self>] {
            let own: [OptionDeclaration<Self>] = [
                .value("--format", \.format, placeholder: "FORMAAT",
                       help: Localized(nl: "text: per verslag de vondsten; json: één document; jsonl: één regel per verslag {id, findings} (standaard: text; met --redact alleen de samenvatting)",
                                       en: "text: findings per note; json: one document; jsonl: one line per note {id, findings} (default: text; with --redact only the summary)")),
                .flag("--redact", \.redact, help: Localized(nl: "schrijf het corpus met vondsten vervangen door [NAAM], [EMAIL], … (vereist --out)",
                                                            en: "write the corpus with findings replaced by [NAAM], [EMAIL], … (needs --out)")),
                .value("--out", short: "o", \.out, placeholder: "BESTAND",
                       help: Localized(nl: "bestand (of map, bij een map als invoer) voor de geredigeerde kopie",
                                       en: "file (or folder, for a folder input) for the redacted copy")),
                .flag("--consistent-across-corpus", \.consistentAcrossCorpus,
                      help: Localized(nl: "met --redact: dezelfde waarde krijgt in het hele corpus dezelfde plaatsvervanger ([NAAM-3fa2b1c9]), met een geheime sleutel (--secret of DIEPGANG_PRIVACY_SECRET)",
                                      en: "with --redact: the same value gets the same placeholder across the corpus ([NAME-3fa2b1c9]), keyed with a secret (--secret or DIEPGANG_PRIVACY_SECRET)")),
                .value("--secret", \.secret, placeholder: "SLEUTEL",
                       help: Localized(nl: "geheime sleutel voor --consistent-across-corpus (HMAC-SHA256); liever via DIEPGANG_PRIVACY_SECRET",
                                       en: "secret key for --consistent-across-corpus (HMAC-SHA256); prefer DIEPGANG_PRIVACY_SECRET")),
                .flag("--show", \.show, help: Localized(nl: "met --redact: toon per verslag welke waarde door welke plaatsvervanger is vervangen",
                                                        en: "with --redact: show per note which value each placeholder replaced")),
                .value("--min-confidence", \.minConfidence, placeholder: "GETAL",
                       help: Localized(nl: "meld alleen vondsten met minstens deze zekerheid (0–1)", en: "report only findings with at least this confidence (0–1)")),
                .value("--input-format", \.inputFormat, placeholder: "FORMAAT",
                       help: Localized(nl: "invoerformaat; auto kiest op extensie en inhoud", en: "input format; auto decides by extension and content")),
                .value("--encoding", \.encoding, placeholder: "CODERING",
                       help: Localized(nl: "tekencodering van de invoer", en: "character encoding of the input")),
                .value("--id-field", \.idField, placeholder: "NAAM", help: Localized(nl: "veld of kolom met de id", en: "field or column holding the id")),
                .value("--text-field", \.textField, placeholder: "NAAM", help: Localized(nl: "veld of kolom met de tekst", en: "field or column holding the text")),
                .value("--errors", \.errors, placeholder: "BESTAND",
                       help: Localized(nl: "schrijf afgewezen records als JSON Lines {file, line, reason}", en: "write rejected records as JSON Lines {file, line, reason}")),
                CommonOptions.lexicons(\.lexicons),
            ]
            return own
        }

        func validate(command: String) throws {
            if redact && out == nil {
                throw DiepgangError(.usage, nl: "--redact vereist --out BESTAND", en: "--redact needs --out FILE")
            }
            if (consistentAcrossCorpus || show) && !redact {
                throw DiepgangError(.usage, nl: "--consistent-across-corpus en --show horen bij --redact", en: "--consistent-across-corpus and --show go with --redact")
            }
            if !redact && out != nil {
                throw DiepgangError(.usage, nl: "--out hoort bij --redact", en: "--out goes with --redact")
            }
        }
    }

    static let spec = CommandSpec(
        name: "privacy",
        abstract: Localized(nl: "zoek persoonsgegevens in een 'geanonimiseerd' corpus", en: "find personal data in an 'anonymised' corpus"),
        arguments: [
            ArgumentSpec(name: "INVOER", optional: false, repeating: true,
                         help: Localized(nl: "JSON Lines, CSV, .txt, een map met .txt-verslagen, of '-' voor standaardinvoer",
                                         en: "JSON Lines, CSV, .txt, a folder of .txt notes, or '-' for standard input")),
        ],
        discussion: Localized(
            nl: "Zoekt e-mailadressen, telefoonnummers, BSN (elfproef), IBAN (mod 97), postcodes, geboortedata, adressen en waarschijnlijke namen, in de tekst én in auteur, extra velden, front matter en bestandsnaam (veld 'field'). Offsets tellen Unicode-tekens in de waarde van dat veld, einde exclusief. Met --redact wordt elke vondst een plaatsvervanger per soort ([NAAM-1] is in één verslag steeds dezelfde persoon) en blijft alles daarbuiten byte voor byte gelijk; het verslag van de redactie noemt aantallen per soort, geen waarden (behalve met --show). Afgewezen records geven afsluitcode 65.",
            en: "Looks for e-mail addresses, phone numbers, BSN (elfproef), IBAN (mod 97), postcodes, dates of birth, addresses and likely names, in the text and in author, extra fields, front matter and file name (key 'field'). Offsets count Unicode scalars in that field's value, end exclusive. With --redact each finding becomes a placeholder per kind ([NAME-1] is one person throughout a note, with --lang en) and everything else stays byte for byte the same; the redaction report gives counts per kind, never values (unless --show). Rejected records give exit code 65."))

    static func run(_ options: Options, _ invocation: Invocation) throws -> ExitCode {
        let language = invocation.language
        let inputs = invocation.positionals
        var scanner: PrivacyScanner
        if let dir = options.lexicons {
            scanner = try PrivacyScanner.load(from: ResourceFolder.directory(dir))
        } else {
            scanner = try PrivacyScanner.standard()
        }
        scanner.minimumConfidence = options.minConfidence.value
        let redact = options.redact
        let outPath = options.out
        let show = options.show
        var key: [UInt8]? = nil
        if options.consistentAcrossCorpus {
            let secret = options.secret ?? ProcessInfo.processInfo.environment["DIEPGANG_PRIVACY_SECRET"] ?? ""
            guard secret.utf8.count >= 16 else {
                throw DiepgangError(.usage, nl: "--consistent-across-corpus vereist een geheime sleutel van minstens 16 bytes (--secret of DIEPGANG_PRIVACY_SECRET)",
                                    en: "--consistent-across-corpus needs a secret key of at least 16 bytes (--secret or DIEPGANG_PRIVACY_SECRET)")
            }
            key = Array(secret.utf8)
        }
        let policy = PlaceholderPolicy(language: language, key: key)
        let outputs = [("--out", options.out), ("--errors", options.errors)].compactMap { option, path in
            path.map { OutputPaths.Output(option: option, path: $0) }
        }
        try OutputPaths.check(outputs, inputs: inputs)
        let fields = NoteFieldNames(id: options.idField, text: options.textField)
        let readOptions = NoteReadOptions(format: options.inputFormat, encoding: options.encoding, fields: fields,
                                          rejectDuplicateIds: false, keepRaw: redact)
        let source = try NoteSource.open(paths: inputs, options: readOptions)

        // Without --format, a redacting run prints only its summary.
        let format = options.format?.rawValue ?? (redact ? "none" : "text")
        var redactor: Redactor? = nil
        if redact, let outPath {
            redactor = try Redactor(out: outPath, inputs: inputs, policy: policy, show: show ? invocation.stdout : nil)
        }
        var errors: AtomicFile? = nil
        var errorWriter: RejectionReportWriter? = nil
        if let path = options.errors {
            let file = try AtomicFile(path: path)
            errors = file
            errorWriter = RejectionReportWriter(sink: file.sink, language: language)
        }
        var tally = PrivacyTally()
        var rejected: [RejectedRecord] = []
        let out = ByteWriter(capacity: 4096)
        func check<P: Printer>(_ printer: P) throws where P.Item == PrivacyRecord {
            var printer = printer
            printer.begin(into: out)
            try invocation.stdout.write(draining: out)
            for record in source {
                switch record {
                case .note(let note):
                    let findings = scanner.scan(note.text)
                    let fields = scanner.scanFields(of: note, fileName: Redactor.ownFileName(note))
                    tally.add(findings + fields.map(\.finding))
                    printer.write(.note(NoteFindings(id: note.id, text: findings, fields: fields), source: note.source), into: out)
                    try invocation.stdout.write(draining: out)
                    try redactor?.write(note: note, findings: findings, fields: fields, reader: source.current)
                case .rejected(let r):
                    printer.write(.rejected, into: out)
                    rejected.append(r)
                    if rejected.count > 1000 { rejected.removeFirst() }
                    try errorWriter?.write(r)
                    try redactor?.writeRejected(reader: source.current, scanner: scanner)
                }
            }
            printer.end(into: out)
            try invocation.stdout.write(draining: out)
        }
        do {
            switch format {
            case "json": try check(PrivacyJSONPrinter(layout: .document, lexiconVersion: scanner.lexicons.version))
            case "jsonl": try check(PrivacyJSONPrinter(layout: .lines, lexiconVersion: scanner.lexicons.version))
            case "text": try check(PrivacyTextPrinter(language: language))
            default: try check(NoOutput<PrivacyRecord>())
            }
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
        if let redactor {
            let r = redactor.tally
            let kinds = PrivacyKind.allCases.compactMap { k in r.spans[k].map { n in (k, n, r.distinct[k] ?? 0) } }
            let nl = kinds.map { "\(Wording.count($0.1, $0.0.label(.nl), $0.0.plural(.nl))) (\($0.2) verschillend)" }.joined(separator: ", ")
            let en = kinds.map { "\(Wording.count($0.1, $0.0.label(.en), $0.0.plural(.en))) (\($0.2) distinct)" }.joined(separator: ", ")
            invocation.note(Localized(nl: "vervangen: " + (kinds.isEmpty ? "niets" : nl), en: "replaced: " + (kinds.isEmpty ? "nothing" : en)))
        }
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

/// `--min-confidence`: a number from 0 to 1.
struct Confidence: OptionValue {
    var value: Double

    init(_ value: Double) { self.value = value }

    init?(argument: String) {
        guard let value = Double(argument), (0...1).contains(value) else { return nil }
        self.value = value
    }

    var argument: String { value.description }

    static func parse(_ text: String, option: String) throws -> Confidence {
        guard let confidence = Confidence(argument: text) else {
            throw DiepgangError(.usage, nl: "\(option) verwacht een getal van 0 tot 1, niet '\(text)'",
                                en: "\(option) expects a number from 0 to 1, not '\(text)'")
        }
        return confidence
    }
}
