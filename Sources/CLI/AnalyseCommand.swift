import Diepgang
import Foundation

struct AnalyseCommand: Command {
    static let spec = CommandSpec(
        name: "analyse",
        abstract: Localized(nl: "analyseer verslagen: piekeren of reflecteren, spiraalfasen, waarom-vragen, diepgang", en: "analyse notes: brooding or reflecting, spiral phases, why-questions, depth"),
        arguments: [ArgumentSpec(name: "BESTAND", optional: true, repeating: true,
                                 help: Localized(nl: "tekstbestand (één verslag), JSON Lines, CSV, een map met .txt-verslagen, of - voor stdin",
                                                 en: "text file (one note), JSON Lines, CSV, a folder of .txt notes, or - for stdin"))],
        options: [
            OptionSpec(name: "--input-format", value: "SOORT", choices: ["auto", "text", "jsonl", "csv"], defaultValue: "auto",
                       help: Localized(nl: "vorm van de invoer (auto: naar extensie en inhoud)", en: "input layout (auto: by extension and content)")),
            OptionSpec(name: "--format", value: "FORMAAT", choices: ["text", "json", "jsonl", "csv"], defaultValue: "text",
                       help: Localized(nl: "text voor een coach aan de terminal; json (één array), jsonl (één analyse per regel) of csv",
                                       en: "text for a coach at a terminal; json (one array), jsonl (one analysis per line) or csv")),
            OptionSpec(name: "--fields", value: "VELDEN",
                       help: Localized(nl: "json, jsonl, csv: schrijf alleen deze velden (kommagescheiden, bijvoorbeeld id,mode,depth,phases)",
                                       en: "json, jsonl, csv: write only these fields (comma-separated, e.g. id,mode,depth,phases)")),
            OptionSpec(name: "--sentences",
                       help: Localized(nl: "schrijf in JSON per zin de fasen van de spiraal", en: "write the spiral phases per sentence in JSON")),
            OptionSpec(name: "--jobs", short: "j", value: "N",
                       help: Localized(nl: "threads voor json, jsonl en csv (standaard: alle kernen); de uitvoer is gelijk voor elke N",
                                       en: "threads for json, jsonl and csv (default: all cores); the output is the same for any N")),
            CommonOptions.lexicons,
            LIWCOption.spec,
        ] + NoteInputOptions.specs,
        discussion: Localized(
            nl: """
            Zonder BESTAND leest het programma stdin. Een tekstbestand is één verslag (met optioneel een kopblok
            '---' / 'team: …' / 'date: …' / '---'); JSON Lines en CSV bevatten er veel (velden id, team, author, date, text;
            andere velden gaan ongewijzigd mee). Elk oordeel wijst naar de woorden die het veroorzaakten (markers, met
            offsets in Unicode-tekens). Exit 65 als er records zijn afgewezen.
            """,
            en: """
            Without FILE the program reads stdin. A text file is one note (with an optional header block
            '---' / 'team: …' / 'date: …' / '---'); JSON Lines and CSV hold many (fields id, team, author, date, text;
            other fields are passed through unchanged). Every verdict points at the words that caused it (markers, with
            offsets in Unicode scalars). Exit 65 when records were rejected.
            """))

    static func run(_ invocation: Invocation) throws -> ExitCode {
        let args = invocation.arguments
        let paths = args.positionals.isEmpty ? ["-"] : args.positionals
        let inputFormat = NoteFormat(rawValue: args.value("--input-format") ?? "auto") ?? .auto
        let source = try NoteSource.open(paths: paths, options: try NoteInputOptions.readOptions(args, format: inputFormat))
        let analyzer = try AnalyzerLoader.load(args)
        let format = args.value("--format") ?? "text"
        let dictionary = try LIWCOption.load(args)
        if dictionary != nil && format == "text" {
            throw DiepgangError(.usage, nl: "--dic geeft LIWC-scores in JSON en CSV; kies --format json, jsonl of csv",
                                en: "--dic adds LIWC scores to JSON and CSV; choose --format json, jsonl or csv")
        }
        let csvColumns = Analysis.csvColumns + (dictionary?.csvColumns ?? [])
        let selection = try args.value("--fields").map { try FieldSelection(parsing: $0, layout: format == "csv" ? .csv : .json, csvColumns: csvColumns) }
        if selection != nil && format == "text" {
            throw DiepgangError(.usage, nl: "--fields geldt voor json, jsonl en csv; kies --format json, jsonl of csv",
                                en: "--fields applies to json, jsonl and csv; choose --format json, jsonl or csv")
        }
        // The text report shows every sentence with its markers, so it always needs them.
        let options = AnalysisOptions(sentences: args.flag("--sentences") || format == "text")
        let language = invocation.language
        let out = invocation.stdout
        let color = format == "text" && out.isTerminal
        var rejected = 0
        func reject(_ r: RejectedRecord) {
            rejected += 1
            invocation.note(Localized(nl: "afgewezen: \(r.source): \(r.reason.nl)", en: "rejected: \(r.source): \(r.reason.en)"))
        }

        if format == "text" {
            // For a coach at a terminal: one note after the other.
            var count = 0
            for record in source {
                switch record {
                case .rejected(let r): reject(r)
                case .note(let note):
                    if count > 0 { try out.write("\n") }
                    try out.write(analyzer.analyse(note, options: options).renderText(language: language, color: color))
                    count += 1
                }
            }
            return rejected > 0 ? .dataError : .success
        }

        // Machine-readable output: notes are analysed in parallel and written in input order,
        // the same bytes for any number of threads.
        let sentences = args.flag("--sentences")
        let jobs = try args.int("--jobs", range: 1...1024) ?? ProcessInfo.processInfo.activeProcessorCount
        if format == "csv" {
            var header: [UInt8] = []
            Analysis.writeCSVHeader(into: &header, extra: dictionary?.csvColumns ?? [])
            try out.write(selection?.csvHeader(columns: csvColumns) ?? header)
        }
        if format == "json" { try out.write("[") }
        var count = 0
        _ = try BatchRunner(jobs: jobs).run(
            batches: NoteBatches(source),
            workspace: { AnalysisWorkspace() },
            process: { note, workspace -> [UInt8] in
                let analysis = analyzer.analyse(note, options: options, workspace: &workspace)
                if format == "csv" {
                    var bytes: [UInt8] = []
                    analysis.writeCSVRow(into: &bytes, extra: dictionary?.csvFields(note.text, tokenizer: analyzer.tokenizer) ?? [])
                    return selection?.filterCSV(bytes) ?? bytes
                }
                // Straight into the result bytes (no writer to copy from); a jsonl line brings its line feed.
                var bytes: [UInt8] = []
                analysis.addingLIWC(dictionary, text: note.text, tokenizer: analyzer.tokenizer)
                    .appendJSON(to: &bytes, language: language, sentences: sentences)
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
