import Diepgang
import Foundation

struct AnalyseCommand: Command {
    struct Options: CommandOptions {
        enum Format: String, CaseIterable, OptionValue { case text, html, json, jsonl, csv }
        enum Color: String, CaseIterable, OptionValue {
            case auto, never, always
            static var aliases: [String: String] { ["nooit": "never", "altijd": "always", "none": "never", "no": "never", "yes": "always"] }
        }

        var inputFormat = NoteFormat.auto
        var format = Format.text
        var fields: String?
        var summary = false
        var color = Color.auto
        var sentences = false
        var jobs: Int?
        var csvStyle = CSVStyle.standard
        var lexicons: String?
        var modeBy = ModeReader.model
        var dictionary: String?
        var input = NoteInputOptions()

        static var declarations: [OptionDeclaration<Self>] {
            let own: [OptionDeclaration<Self>] = [
                .value("--input-format", \.inputFormat, placeholder: "SOORT",
                       help: Localized(nl: "vorm van de invoer (auto: naar extensie en inhoud)", en: "input layout (auto: by extension and content)")),
                .value("--format", \.format, placeholder: "FORMAAT",
                       help: Localized(nl: "text voor een coach aan de terminal; html (één pagina voor de browser, zonder scripts); json (één array), jsonl (één analyse per regel) of csv",
                                       en: "text for a coach at a terminal; html (one page for the browser, no scripts); json (one array), jsonl (one analysis per line) or csv")),
                .value("--fields", \.fields, placeholder: "VELDEN",
                       help: Localized(nl: "json, jsonl, csv: schrijf alleen deze velden (kommagescheiden, bijvoorbeeld id,mode,depth,phases)",
                                       en: "json, jsonl, csv: write only these fields (comma-separated, e.g. id,mode,depth,phases)")),
                .flag("--summary", \.summary,
                      help: Localized(nl: "alleen de overzichtstabel (text), zonder de verslagen één voor één", en: "only the summary table (text), without the notes one by one")),
                .value("--color", \.color, placeholder: "KLEUR",
                       help: Localized(nl: "kleur in de tekstuitvoer: auto (alleen op een terminal, niet met NO_COLOR), never of always",
                                       en: "colour in text output: auto (only on a terminal, not with NO_COLOR), never or always")),
                .flag("--sentences", \.sentences,
                      help: Localized(nl: "schrijf in JSON per zin de fasen van de spiraal", en: "write the spiral phases per sentence in JSON")),
                .number("--jobs", short: "j", \.jobs, in: 1...1024,
                        help: Localized(nl: "threads voor json, jsonl en csv (standaard: alle kernen); de uitvoer is gelijk voor elke N",
                                        en: "threads for json, jsonl and csv (default: all cores); the output is the same for any N")),
                CSVOutputOptions.style(\.csvStyle),
                CommonOptions.lexicons(\.lexicons),
                CommonOptions.modeBy(\.modeBy),
                LIWCOption.dictionary(\.dictionary),
            ]
            return own + NoteInputOptions.declarations.map { $0.within(\.input) }
        }

        func validate(command: String) throws {
            let forPeople = format == .text || format == .html
            if dictionary != nil && forPeople {
                throw DiepgangError(.usage, nl: "--dic geeft LIWC-scores in JSON en CSV; kies --format json, jsonl of csv",
                                    en: "--dic adds LIWC scores to JSON and CSV; choose --format json, jsonl or csv")
            }
            if fields != nil && forPeople {
                throw DiepgangError(.usage, nl: "--fields geldt voor json, jsonl en csv; kies --format json, jsonl of csv",
                                    en: "--fields applies to json, jsonl and csv; choose --format json, jsonl or csv")
            }
        }
    }

    static let spec = CommandSpec(
        name: "analyse",
        abstract: Localized(nl: "analyseer verslagen: piekeren of reflecteren, spiraalfasen, waarom-vragen, diepgang", en: "analyse notes: brooding or reflecting, spiral phases, why-questions, depth"),
        arguments: [ArgumentSpec(name: "BESTAND", optional: true, repeating: true,
                                 help: Localized(nl: "tekstbestand, .docx of .odt (één verslag), JSON Lines, CSV, een map met .txt-, .docx- of .odt-verslagen, of - voor stdin",
                                                 en: "text file, .docx or .odt (one note), JSON Lines, CSV, a folder of .txt, .docx or .odt notes, or - for stdin"))],
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

    static func run(_ options: Options, _ invocation: Invocation) throws -> ExitCode {
        let paths = invocation.positionals.isEmpty ? ["-"] : invocation.positionals
        if paths.contains("-") && isatty(0) == 1 {
            // Someone at a terminal who gave no file: say what the program waits for.
            invocation.note(Localized(nl: "Plak je verslag en sluit af met Ctrl-D (Windows: Ctrl-Z en Enter).",
                                      en: "Paste your note and end with Ctrl-D (Windows: Ctrl-Z and Enter)."))
        }
        let source = try NoteSource.open(paths: paths, options: options.input.readOptions(format: options.inputFormat))
        NoteInputOptions.watch(source, invocation)
        defer { NoteInputOptions.summarise(source.noticeCounts, invocation) }
        let analyzer = try AnalyzerLoader.load(lexicons: options.lexicons, modeBy: options.modeBy)
        let format = options.format
        let dictionary = try LIWCOption.load(options.dictionary)
        // The text report shows every sentence with its markers, so it always needs them.
        let analysisOptions = AnalysisOptions(sentences: options.sentences || format == .text || format == .html)
        let language = invocation.language
        let out = invocation.stdout
        let color: Bool
        switch options.color {
        case .always: color = true
        case .never: color = false
        case .auto: color = out.isTerminal && getenv("NO_COLOR").map { String(cString: $0).isEmpty } ?? true
        }
        let tally = RejectionTally(invocation)
        defer { tally.finish() }
        let jobs = options.jobs ?? ProcessInfo.processInfo.activeProcessorCount
        let style = options.csvStyle
        let liwc = dictionary.map { LIWCScoring(dictionary: $0, tokenizer: analyzer.tokenizer) }
        // Notes are analysed in parallel and printed in input order, the same bytes for any
        // number of threads. The input is cut into blocks that the workers parse; CSV output
        // names the input's extra columns in its header, so it reads up to the first note first.
        let batches = NoteBatches(source)
        let inputColumns = format == .csv ? batches.firstNote()?.extra.map(\.name) ?? [] : []
        let selection = try options.fields.map {
            try FieldSelection(parsing: $0, layout: format == .csv ? .csv : .json,
                               csvColumns: AnalysisCSVPrinter.columns(inputColumns: inputColumns, liwc: liwc), style: style)
        }
        func print<P: Printer>(_ printer: P) throws where P.Item == AnalysedNote {
            var printer = printer
            _ = try BatchJob(runner: BatchRunner(jobs: jobs)).run(batches: batches, analyzer: analyzer, options: analysisOptions,
                                                                  printer: &printer, to: out, reject: { tally.add($0) })
        }
        func print<P: RecordPrinter>(_ printer: P) throws where P.Item == AnalysedNote {
            var printer = printer
            _ = try BatchJob(runner: BatchRunner(jobs: jobs)).run(batches: batches, analyzer: analyzer, options: analysisOptions,
                                                                  printer: &printer, to: out, reject: { tally.add($0) })
        }
        switch format {
        case .text: try print(AnalysisTextPrinter(language: language, color: color, summaryOnly: options.summary))
        case .html: try print(AnalysisHTMLPrinter(language: language))
        case .csv: try print(AnalysisCSVPrinter(inputColumns: inputColumns, style: style, liwc: liwc, selection: selection))
        case .json, .jsonl:
            try print(AnalysisJSONPrinter(layout: format == .json ? .array : .lines, language: language, sentences: options.sentences,
                                          liwc: liwc, selection: selection))
        }
        return tally.total > 0 ? .dataError : .success
    }
}
