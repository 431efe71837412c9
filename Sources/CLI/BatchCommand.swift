import Diepgang
import Foundation

struct BatchCommand: Command {
    struct Options: CommandOptions {
        enum Format: String, CaseIterable, OptionValue { case jsonl, csv }

        var out: String?
        var format = Format.jsonl
        var jobs: Int?
        var errors: String?
        var privacy = PrivacyPolicy.warn
        var fields: String?
        var sentences = false
        var csvStyle = CSVStyle.standard
        var lexicons: String?
        var modeBy = ModeReader.model
        var dictionary: String?
        var input = NoteInputOptions()

        static var declarations: [OptionDeclaration<Self>] {
            let own: [OptionDeclaration<Self>] = [
                .value("--out", short: "o", \.out, placeholder: "BESTAND",
                       help: Localized(nl: "uitvoerbestand (verplicht); verschijnt pas als het compleet is", en: "output file (required); appears only when complete")),
                .value("--format", \.format, placeholder: "FORMAAT",
                       help: Localized(nl: "één analyse per regel (JSON Lines) of per rij (CSV), in invoervolgorde",
                                       en: "one analysis per line (JSON Lines) or per row (CSV), in input order")),
                .number("--jobs", short: "j", \.jobs, in: 1...1024,
                        help: Localized(nl: "aantal threads (standaard: alle kernen); de uitvoer is byte voor byte gelijk voor elke N",
                                        en: "number of threads (default: all cores); the output is byte for byte the same for any N")),
                .value("--errors", \.errors, placeholder: "BESTAND",
                       help: Localized(nl: "afgewezen records (JSON Lines: file, line, reason); standaard UITVOER.errors.jsonl (bij stdout of een apparaat: diepgang.errors.jsonl)",
                                       en: "rejected records (JSON Lines: file, line, reason); default OUT.errors.jsonl (diepgang.errors.jsonl for stdout or a device)")),
                .value("--privacy", \.privacy, placeholder: "BELEID",
                       help: Localized(nl: "controle op persoonsgegevens: uit, waarschuwen met aantallen per soort, of weigeren (exit 1, geen uitvoer)",
                                       en: "check for personal data: off, warn with counts per kind, or refuse (exit 1, no output)")),
                .value("--fields", \.fields, placeholder: "VELDEN",
                       help: Localized(nl: "schrijf alleen deze velden (kommagescheiden, bijvoorbeeld id,mode,depth,phases); kleinere uitvoer",
                                       en: "write only these fields (comma-separated, e.g. id,mode,depth,phases); smaller output")),
                .flag("--sentences", \.sentences,
                      help: Localized(nl: "schrijf per zin de fasen (alleen JSON Lines)", en: "write the phases per sentence (JSON Lines only)")),
                CSVOutputOptions.style(\.csvStyle),
                CommonOptions.lexicons(\.lexicons),
                CommonOptions.modeBy(\.modeBy),
                LIWCOption.dictionary(\.dictionary),
            ]
            return own + NoteInputOptions.declarations.map { $0.within(\.input) }
        }

        func validate(command: String) throws {
            if out == nil {
                throw DiepgangError(.usage, nl: "--out BESTAND ontbreekt; zie 'diepgang batch --help'",
                                    en: "--out FILE is missing; see 'diepgang batch --help'")
            }
        }
    }

    static let spec = CommandSpec(
        name: "batch",
        abstract: Localized(nl: "analyseer grote corpora parallel naar JSON Lines of CSV", en: "analyse large corpora in parallel to JSON Lines or CSV"),
        arguments: [
            ArgumentSpec(name: "INVOER", optional: false, repeating: true,
                         help: Localized(nl: "JSON Lines, CSV, een map met .txt-verslagen, of - voor stdin (meerdere mogelijk)",
                                         en: "JSON Lines, CSV, a folder of .txt notes, or - for stdin (several allowed)")),
        ],
        discussion: Localized(
            nl: """
            Knipt de invoer in blokken op recordgrenzen; de threads lezen, analyseren en schrijven die parallel, de uitvoer
            komt in invoervolgorde, met begrensd geheugen. Een voortgangsbalk verschijnt alleen als stderr een terminal is; aan het eind volgt een samenvatting
            (gelezen = geanalyseerd + afgewezen). Exit 65 als er records zijn afgewezen. Velden en eenheden: docs/OUTPUT.md.
            """,
            en: """
            Cuts the input into blocks at record boundaries; the threads parse, analyse and format them in parallel, the
            output comes in input order, with bounded memory.
            A progress bar appears only when stderr is a terminal; a summary follows at the end (read = analysed + rejected).
            Exit 65 when records were rejected. Fields and units: docs/OUTPUT.md.
            """))

    /// The analyser: built in, or from `--lexicons DIR`.
    static func run(_ options: Options, _ invocation: Invocation) throws -> ExitCode {
        let language = invocation.language
        let inputs = invocation.positionals
        let outPath = options.out ?? "-"
        let jobs = options.jobs ?? ProcessInfo.processInfo.activeProcessorCount
        let csv = options.format == .csv
        let policy = options.privacy
        let sentences = options.sentences
        if sentences && csv {
            invocation.note(Localized(nl: "let op: --sentences geldt alleen voor JSON Lines", en: "note: --sentences applies to JSON Lines only"))
        }

        let progress = ProgressBar(sink: invocation.stderr, language: language,
                                   totalBytes: inputSize(inputs))
        // The input is cut into blocks that the workers parse (reading is not one thread's job).
        let source = try NoteSource.open(paths: inputs, options: options.input.readOptions())
        NoteInputOptions.watch(source, invocation)
        defer { NoteInputOptions.summarise(source.noticeCounts, invocation) }
        let batches = NoteBatches(source)
        let analyzer = try AnalyzerLoader.load(lexicons: options.lexicons, modeBy: options.modeBy)
        // A user's lexicon folder without privacy lists falls back to the built-in ones.
        let scanner: PrivacyScanner? = policy == .off ? nil
            : try (options.lexicons.flatMap { try? PrivacyScanner.load(from: try ResourceFolder.directory($0)) } ?? PrivacyScanner.standard())

        // Beside a regular output file; for stdout or a device such as /dev/null, in the working folder.
        let errorsPath = options.errors ?? (outPath == "-" || AtomicFile.isSpecialFile(outPath) ? "diepgang.errors.jsonl" : outPath + ".errors.jsonl")
        try OutputPaths.check([.init(option: "--out", path: outPath), .init(option: "--errors", path: errorsPath)], inputs: inputs)
        let toStdout = outPath == "-"
        let outFile = toStdout ? nil : try AtomicFile(path: outPath)
        let output = outFile?.sink ?? invocation.stdout
        let errorsFile = try AtomicFile(path: errorsPath)
        func discardAll() {
            outFile?.discard()
            errorsFile.discard()
        }

        let analysisOptions = AnalysisOptions(sentences: sentences)
        let style = options.csvStyle
        // CSV output names the input's extra columns in its header: read up to the first note.
        let inputColumns = csv ? batches.firstNote()?.extra.map(\.name) ?? [] : []
        let liwc = try LIWCOption.load(options.dictionary).map { LIWCScoring(dictionary: $0, tokenizer: analyzer.tokenizer) }
        let selection = try options.fields.map {
            try FieldSelection(parsing: $0, layout: csv ? .csv : .json,
                               csvColumns: AnalysisCSVPrinter.columns(inputColumns: inputColumns, liwc: liwc), style: style)
        }

        let result: BatchResult
        do {
            var rejections = RejectionReportWriter(sink: errorsFile.sink, language: language)
            let job = BatchJob(runner: BatchRunner(jobs: jobs), privacyPolicy: policy, scanner: scanner)
            // Reading runs a few blocks ahead of the output, a small part of a large input.
            let update = { (s: BatchSummary) in progress.update(done: s.read, bytesRead: batches.bytesDispatched) }
            if csv {
                var printer = AnalysisCSVPrinter(inputColumns: inputColumns, style: style, liwc: liwc, selection: selection)
                result = try job.run(batches: batches, analyzer: analyzer, options: analysisOptions, printer: &printer, to: output,
                                     reject: { try rejections.write($0) }, progress: update)
            } else {
                var printer = AnalysisJSONPrinter(layout: .lines, language: language, sentences: sentences, liwc: liwc, selection: selection)
                result = try job.run(batches: batches, analyzer: analyzer, options: analysisOptions, printer: &printer, to: output,
                                     reject: { try rejections.write($0) }, progress: update)
            }
            progress.finish()
            if result.refused {
                discardAll()
                invocation.note(Localized(
                    nl: "geweigerd: het corpus bevat persoonsgegevens (\(result.privacy.summary(.nl))); geen uitvoer geschreven. Controleer met 'diepgang privacy' of gebruik 'diepgang privacy --redact'.",
                    en: "refused: the corpus holds personal data (\(result.privacy.summary(.en))); no output written. Check with 'diepgang privacy' or use 'diepgang privacy --redact'."))
                return .failure
            }
            try outFile?.commit()
            if toStdout { try output.flush() }
            try errorsFile.commit()
        } catch {
            progress.finish()
            discardAll()
            throw error
        }

        let s = result.summary
        var line = language == .nl
            ? "gelezen \(s.read), geanalyseerd \(s.processed), afgewezen \(s.rejected)"
            : "read \(s.read), analysed \(s.processed), rejected \(s.rejected)"
        if s.rejected > 0 { line += language == .nl ? " (zie \(errorsPath))" : " (see \(errorsPath))" }
        invocation.note(Localized(stringLiteral: line))
        if policy == .warn && result.privacy.total > 0 {
            invocation.note(Localized(
                nl: "waarschuwing: mogelijk persoonsgegevens in \(Wording.count(result.privacy.notesWithFindings, "verslag", "verslagen")): \(result.privacy.summary(.nl)). Het corpus is niet zo geanonimiseerd als het zou moeten; zie 'diepgang privacy'.",
                en: "warning: possible personal data in \(Wording.count(result.privacy.notesWithFindings, "note", "notes")): \(result.privacy.summary(.en)). The corpus is not as anonymised as it should be; see 'diepgang privacy'."))
        }
        return s.rejected > 0 ? .dataError : .success
    }

    /// Total size of the input files (for the progress bar); nil when stdin is among them.
    static func inputSize(_ paths: [String]) -> Int? {
        var total = 0
        let fm = FileManager.default
        for path in paths {
            if path == "-" { return nil }
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDir) else { continue }
            if isDir.boolValue {
                guard let walker = fm.enumerator(atPath: path) else { continue }
                while let rel = walker.nextObject() as? String {
                    guard rel.lowercased().hasSuffix(".txt") else { continue }
                    total += (try? fm.attributesOfItem(atPath: path + "/" + rel)[.size] as? Int) ?? 0
                }
            } else {
                total += (try? fm.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
            }
        }
        return total
    }
}
