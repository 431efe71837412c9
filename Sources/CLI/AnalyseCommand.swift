import Diepgang
import Foundation

struct AnalyseCommand: Command {
    static let spec = CommandSpec(
        name: "analyse",
        abstract: Localized(nl: "analyseer verslagen: piekeren of reflecteren, spiraalfasen, waarom-vragen, diepgang", en: "analyse notes: brooding or reflecting, spiral phases, why-questions, depth"),
        arguments: [ArgumentSpec(name: "BESTAND", optional: true, repeating: true,
                                 help: Localized(nl: "tekstbestand, .docx of .odt (één verslag), JSON Lines, CSV, een map met .txt-, .docx- of .odt-verslagen, of - voor stdin",
                                                 en: "text file, .docx or .odt (one note), JSON Lines, CSV, a folder of .txt, .docx or .odt notes, or - for stdin"))],
        options: [
            OptionSpec(name: "--input-format", value: "SOORT", choices: ["auto", "text", "jsonl", "csv"], defaultValue: "auto",
                       help: Localized(nl: "vorm van de invoer (auto: naar extensie en inhoud)", en: "input layout (auto: by extension and content)")),
            OptionSpec(name: "--format", value: "FORMAAT", choices: ["text", "html", "json", "jsonl", "csv"], defaultValue: "text",
                       help: Localized(nl: "text voor een coach aan de terminal; html (één pagina voor de browser, zonder scripts); json (één array), jsonl (één analyse per regel) of csv",
                                       en: "text for a coach at a terminal; html (one page for the browser, no scripts); json (one array), jsonl (one analysis per line) or csv")),
            OptionSpec(name: "--fields", value: "VELDEN",
                       help: Localized(nl: "json, jsonl, csv: schrijf alleen deze velden (kommagescheiden, bijvoorbeeld id,mode,depth,phases)",
                                       en: "json, jsonl, csv: write only these fields (comma-separated, e.g. id,mode,depth,phases)")),
            OptionSpec(name: "--summary",
                       help: Localized(nl: "alleen de overzichtstabel (text), zonder de verslagen één voor één", en: "only the summary table (text), without the notes one by one")),
            OptionSpec(name: "--color", value: "KLEUR", choices: ["auto", "never", "always"], defaultValue: "auto",
                       aliases: ["nooit": "never", "altijd": "always", "none": "never", "no": "never", "yes": "always"],
                       help: Localized(nl: "kleur in de tekstuitvoer: auto (alleen op een terminal, niet met NO_COLOR), never of always",
                                       en: "colour in text output: auto (only on a terminal, not with NO_COLOR), never or always")),
            OptionSpec(name: "--sentences",
                       help: Localized(nl: "schrijf in JSON per zin de fasen van de spiraal", en: "write the spiral phases per sentence in JSON")),
            OptionSpec(name: "--jobs", short: "j", value: "N",
                       help: Localized(nl: "threads voor json, jsonl en csv (standaard: alle kernen); de uitvoer is gelijk voor elke N",
                                       en: "threads for json, jsonl and csv (default: all cores); the output is the same for any N")),
            CSVOutputOptions.spec,
            CommonOptions.lexicons,
            LIWCOption.spec,
        ] + NoteInputOptions.specs,
        discussion: Localized(
            nl: """
            Zonder BESTAND leest het programma stdin. Een tekstbestand is één verslag (met optioneel een kopblok
            '---' / 'team: …' / 'date: …' / '---'); JSON Lines en CSV bevatten er veel (velden id, team, author, date, text;
            andere velden gaan ongewijzigd mee). Elk oordeel wijst naar de woorden die het veroorzaakten (markers, met
            offsets in Unicode-tekens vanaf het begin van de tekst, einde exclusief). Exit 65 als er records zijn afgewezen.
            Alle velden, typen en eenheden van JSON en CSV: docs/OUTPUT.md.
            """,
            en: """
            Without FILE the program reads stdin. A text file is one note (with an optional header block
            '---' / 'team: …' / 'date: …' / '---'); JSON Lines and CSV hold many (fields id, team, author, date, text;
            other fields are passed through unchanged). Every verdict points at the words that caused it (markers, with
            offsets in Unicode scalars from the start of the text, end exclusive). Exit 65 when records were rejected.
            Every field, type and unit of the JSON and CSV: docs/OUTPUT.md.
            """))

    static func run(_ invocation: Invocation) throws -> ExitCode {
        let args = invocation.arguments
        let paths = args.positionals.isEmpty ? ["-"] : args.positionals
        if paths.contains("-") && isatty(0) == 1 {
            // Someone at a terminal who gave no file: say what the program waits for.
            invocation.note(Localized(nl: "Plak je verslag en sluit af met Ctrl-D (Windows: Ctrl-Z en Enter).",
                                      en: "Paste your note and end with Ctrl-D (Windows: Ctrl-Z and Enter)."))
        }
        let inputFormat = NoteFormat(rawValue: args.value("--input-format") ?? "auto") ?? .auto
        let source = try NoteSource.open(paths: paths, options: try NoteInputOptions.readOptions(args, format: inputFormat))
        NoteInputOptions.watch(source, invocation)
        defer { NoteInputOptions.summarise(source.noticeCounts, invocation) }
        let analyzer = try AnalyzerLoader.load(args)
        let format = args.value("--format") ?? "text"
        let dictionary = try LIWCOption.load(args)
        if dictionary != nil && (format == "text" || format == "html") {
            throw DiepgangError(.usage, nl: "--dic geeft LIWC-scores in JSON en CSV; kies --format json, jsonl of csv",
                                en: "--dic adds LIWC scores to JSON and CSV; choose --format json, jsonl or csv")
        }
        if args.value("--fields") != nil && (format == "text" || format == "html") {
            throw DiepgangError(.usage, nl: "--fields geldt voor json, jsonl en csv; kies --format json, jsonl of csv",
                                en: "--fields applies to json, jsonl and csv; choose --format json, jsonl or csv")
        }
        // The text report shows every sentence with its markers, so it always needs them.
        let options = AnalysisOptions(sentences: args.flag("--sentences") || format == "text" || format == "html")
        let language = invocation.language
        let out = invocation.stdout
        let color: Bool
        switch args.value("--color") ?? "auto" {
        case "always": color = true
        case "never": color = false
        default: color = out.isTerminal && getenv("NO_COLOR").map { String(cString: $0).isEmpty } ?? true
        }
        let tally = RejectionTally(invocation)
        defer { tally.finish() }
        func reject(_ r: RejectedRecord) { tally.add(r) }
        var rejected: Int { tally.total }

        if format == "text" {
            // For a coach at a terminal. Several notes: an overview table first (or only that,
            // with --summary), then one note after the other.
            let summaryOnly = args.flag("--summary")
            var rows: [NoteSummaryTable.Row] = []
            var reports: [String] = []
            for record in source {
                switch record {
                case .rejected(let r): reject(r)
                case .note(let note):
                    let analysis = analyzer.analyse(note, options: options)
                    rows.append(NoteSummaryTable.Row(analysis))
                    if !summaryOnly { reports.append(analysis.renderText(language: language, color: color)) }
                }
            }
            if rows.count > 1 || summaryOnly {
                try out.write(NoteSummaryTable.render(rows, language: language))
                if !reports.isEmpty { try out.write("\n") }
            }
            try out.write(reports.joined(separator: "\n"))
            return rejected > 0 ? .dataError : .success
        }

        if format == "html" {
            // One page: the index needs every verdict before the first section.
            var views: [NoteView] = []
            for record in source {
                switch record {
                case .rejected(let r): reject(r)
                case .note(let note): views.append(NoteView(analysis: analyzer.analyse(note, options: options), text: note.text))
                }
            }
            try out.write(NoteHTML.render(views, language))
            return rejected > 0 ? .dataError : .success
        }

        // Machine-readable output: notes are analysed in parallel and written in input order,
        // the same bytes for any number of threads.
        let sentences = args.flag("--sentences")
        let jobs = try args.int("--jobs", range: 1...1024) ?? ProcessInfo.processInfo.activeProcessorCount
        let style = CSVOutputOptions.style(args)
        // The input is cut into blocks that the workers parse; CSV output names the input's extra
        // columns in its header, so it reads up to the first note first.
        let batches = NoteBatches(source)
        let inputColumns = format == "csv" ? batches.firstNote()?.extra.map(\.name) ?? [] : []
        let csvColumns = Analysis.csvColumns + inputColumns.map(Analysis.csvColumn(forInput:)) + (dictionary?.csvColumns ?? [])
        let selection = try args.value("--fields").map {
            try FieldSelection(parsing: $0, layout: format == "csv" ? .csv : .json, csvColumns: csvColumns, style: style)
        }
        if format == "csv" {
            var header: [UInt8] = []
            Analysis.writeCSVHeader(into: &header, inputColumns: inputColumns, extra: dictionary?.csvColumns ?? [], style: style)
            try out.write(selection?.csvHeader(columns: csvColumns) ?? header)
        }
        if format == "json" { try out.write("[") }
        var count = 0
        _ = try BatchRunner(jobs: jobs).run(
            batches: batches,
            workspace: { AnalysisWorkspace() },
            process: { note, workspace -> [UInt8] in
                var analysis = analyzer.analyse(note, options: options, workspace: &workspace)
                if format == "csv" {
                    var bytes: [UInt8] = []
                    analysis.writeCSVRow(into: &bytes, inputColumns: inputColumns,
                                         extra: dictionary?.csvFields(note.text, tokenizer: analyzer.tokenizer) ?? [], style: style)
                    return selection?.filterCSV(bytes) ?? bytes
                }
                // Straight into the result bytes (no writer to copy from); a jsonl line brings its line feed.
                var bytes: [UInt8] = []
                analysis.addLIWC(dictionary, text: note.text, tokenizer: analyzer.tokenizer)
                analysis.appendJSON(to: &bytes, language: language, sentences: sentences)
                if format == "jsonl" { bytes.append(0x0A) }
                return selection?.filterJSON(bytes) ?? bytes
            },
            emit: { item in
                switch item {
                case .rejected(let r): reject(r)
                case .processed(let bytes):
                    if format == "json" { try out.write(count == 0 ? "\n" : ",\n") }
                    try out.write(bytes)
                    count += 1
                }
            })
        if format == "json" { try out.write(count == 0 ? "]\n" : "\n]\n") }
        return rejected > 0 ? .dataError : .success
    }
}
