import Diepgang
import Foundation

struct BatchCommand: Command {
    static let spec = CommandSpec(
        name: "batch",
        abstract: Localized(nl: "analyseer grote corpora parallel naar JSON Lines of CSV", en: "analyse large corpora in parallel to JSON Lines or CSV"),
        arguments: [
            ArgumentSpec(name: "INVOER", optional: false, repeating: true,
                         help: Localized(nl: "JSON Lines, CSV, een map met .txt-verslagen, of - voor stdin (meerdere mogelijk)",
                                         en: "JSON Lines, CSV, a folder of .txt notes, or - for stdin (several allowed)")),
        ],
        options: [
            OptionSpec(name: "--out", short: "o", value: "BESTAND",
                       help: Localized(nl: "uitvoerbestand (verplicht); verschijnt pas als het compleet is", en: "output file (required); appears only when complete")),
            OptionSpec(name: "--format", value: "FORMAAT", choices: ["jsonl", "csv"], defaultValue: "jsonl",
                       help: Localized(nl: "één analyse per regel (JSON Lines) of per rij (CSV), in invoervolgorde",
                                       en: "one analysis per line (JSON Lines) or per row (CSV), in input order")),
            OptionSpec(name: "--jobs", short: "j", value: "N",
                       help: Localized(nl: "aantal threads (standaard: alle kernen); de uitvoer is byte voor byte gelijk voor elke N",
                                       en: "number of threads (default: all cores); the output is byte for byte the same for any N")),
            OptionSpec(name: "--errors", value: "BESTAND",
                       help: Localized(nl: "afgewezen records (JSON Lines: file, line, reason); standaard UITVOER.errors.jsonl",
                                       en: "rejected records (JSON Lines: file, line, reason); default OUT.errors.jsonl")),
            OptionSpec(name: "--privacy", value: "BELEID", choices: ["off", "warn", "refuse"], defaultValue: "warn",
                       help: Localized(nl: "controle op persoonsgegevens: uit, waarschuwen met aantallen per soort, of weigeren (exit 1, geen uitvoer)",
                                       en: "check for personal data: off, warn with counts per kind, or refuse (exit 1, no output)")),
            OptionSpec(name: "--fields", value: "VELDEN",
                       help: Localized(nl: "schrijf alleen deze velden (kommagescheiden, bijvoorbeeld id,mode,depth,phases); kleinere uitvoer",
                                       en: "write only these fields (comma-separated, e.g. id,mode,depth,phases); smaller output")),
            OptionSpec(name: "--sentences",
                       help: Localized(nl: "schrijf per zin de fasen (alleen JSON Lines)", en: "write the phases per sentence (JSON Lines only)")),
            CSVOutputOptions.spec,
            CommonOptions.lexicons,
            LIWCOption.spec,
        ] + NoteInputOptions.specs,
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
    static func run(_ invocation: Invocation) throws -> ExitCode {
        let args = invocation.arguments
        let language = invocation.language
        guard let outPath = args.value("--out") else {
            throw DiepgangError(.usage, nl: "--out BESTAND ontbreekt; zie 'diepgang batch --help'",
                                en: "--out FILE is missing; see 'diepgang batch --help'")
        }
        let jobs = try args.int("--jobs", range: 1...1024) ?? ProcessInfo.processInfo.activeProcessorCount
        let csv = args.value("--format") == "csv"
        let policy = PrivacyPolicy(rawValue: args.value("--privacy") ?? "warn") ?? .warn
        let sentences = args.flag("--sentences")
        if sentences && csv {
            invocation.note(Localized(nl: "let op: --sentences geldt alleen voor JSON Lines", en: "note: --sentences applies to JSON Lines only"))
        }

        let options = try NoteInputOptions.readOptions(args)
        let progress = ProgressBar(sink: invocation.stderr, language: language,
                                   totalBytes: inputSize(args.positionals))
        // The input is cut into blocks that the workers parse (reading is not one thread's job).
        let source = try NoteSource.open(paths: args.positionals, options: options)
        NoteInputOptions.watch(source, invocation)
        defer { NoteInputOptions.summarise(source.noticeCounts, invocation) }
        let batches = NoteBatches(source)
        let analyzer = try AnalyzerLoader.load(args)
        // A user's lexicon folder without privacy lists falls back to the built-in ones.
        let scanner: PrivacyScanner? = policy == .off ? nil
            : try (args.value("--lexicons").flatMap { try? PrivacyScanner.load(from: try ResourceFolder.directory($0)) } ?? PrivacyScanner.standard())

        let errorsPath = args.value("--errors") ?? (outPath == "-" ? "diepgang.errors.jsonl" : outPath + ".errors.jsonl")
        try OutputPaths.check([.init(option: "--out", path: outPath), .init(option: "--errors", path: errorsPath)], inputs: args.positionals)
        let toStdout = outPath == "-"
        let outFile = toStdout ? nil : try AtomicFile(path: outPath)
        let output = outFile?.sink ?? invocation.stdout
        let errorsFile = try AtomicFile(path: errorsPath)
        func discardAll() {
            outFile?.discard()
            errorsFile.discard()
        }

        let analysisOptions = AnalysisOptions(sentences: sentences)
        let style = CSVOutputOptions.style(args)
        // CSV output names the input's extra columns in its header: read up to the first note.
        let inputColumns = csv ? batches.firstNote()?.extra.map(\.name) ?? [] : []
        let dictionary = try LIWCOption.load(args)
        let csvColumns = Analysis.csvColumns + inputColumns.map(Analysis.csvColumn(forInput:)) + (dictionary?.csvColumns ?? [])
        let selection = try args.value("--fields").map {
            try FieldSelection(parsing: $0, layout: csv ? .csv : .json, csvColumns: csvColumns, style: style)
        }
        // Formatting happens on the workers too: the ordered writer only copies finished bytes.
        let process: @Sendable (Note, inout AnalysisWorkspace) -> [UInt8]
        if csv {
            process = { note, workspace in
                var bytes: [UInt8] = []
                bytes.reserveCapacity(512)
                analyzer.analyse(note, options: analysisOptions, workspace: &workspace)
                    .writeCSVRow(into: &bytes, inputColumns: inputColumns,
                                 extra: dictionary?.csvFields(note.text, tokenizer: analyzer.tokenizer) ?? [], style: style)
                return selection?.filterCSV(bytes) ?? bytes
            }
        } else {
            process = { note, workspace in
                var bytes: [UInt8] = []
                var analysis = analyzer.analyse(note, options: analysisOptions, workspace: &workspace)
                analysis.addLIWC(dictionary, text: note.text, tokenizer: analyzer.tokenizer)
                analysis.appendJSON(to: &bytes, language: language, sentences: sentences)
                bytes.append(0x0A)
                return selection?.filterJSON(bytes) ?? bytes
            }
        }

        let result: BatchResult
        do {
            if csv {
                var header: [UInt8] = []
                Analysis.writeCSVHeader(into: &header, inputColumns: inputColumns, extra: dictionary?.csvColumns ?? [], style: style)
                try output.write(selection?.csvHeader(columns: csvColumns) ?? header)
            }
            var rejections = RejectionReportWriter(sink: errorsFile.sink, language: language)
            result = try BatchJob(runner: BatchRunner(jobs: jobs), privacyPolicy: policy, scanner: scanner).run(
                batches: batches,
                analyse: process,
                write: { try output.write($0) },
                reject: { try rejections.write($0) },
                // Reading runs a few blocks ahead of the output, a small part of a large input.
                progress: { progress.update(done: $0.read, bytesRead: batches.bytesDispatched) })
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
