import Diepgang
import Foundation

struct EvaluateCommand: Command {
    struct Options: CommandOptions {
        enum Split: String, CaseIterable, OptionValue { case dev, test, all }
        enum Format: String, CaseIterable, OptionValue { case text, json }

        var split = Split.test
        var format = Format.text
        var details = false
        var lexicons: String?
        var modeBy = ModeReader.model
        var weights: String?
        var input = NoteInputOptions()

        static var declarations: [OptionDeclaration<Self>] {
            let own: [OptionDeclaration<Self>] = [
                .value("--split", \.split, placeholder: "SPLIT",
                       help: Localized(nl: "welk deel: dev (om af te stemmen), test (om te rapporteren) of all",
                                       en: "which part: dev (for tuning), test (for reporting) or all")),
                .value("--format", \.format, placeholder: "FORMAAT",
                       help: Localized(nl: "uitvoer voor mensen of als JSON", en: "output for people or as JSON")),
                .flag("--details", \.details,
                      help: Localized(nl: "toon elk verslag waarover analyse en annotator het oneens zijn",
                                      en: "show every note on which the analysis and the annotator disagree")),
                CommonOptions.lexicons(\.lexicons),
                CommonOptions.modeBy(\.modeBy),
                CommonOptions.weights(\.weights),
            ]
            return own + NoteInputOptions.declarations.map { $0.within(\.input) }
        }
    }

    static let spec = CommandSpec(
        name: "evaluate",
        abstract: Localized(nl: "vergelijk de analyse met gouden annotaties", en: "compare the analysis with gold annotations"),
        arguments: [ArgumentSpec(name: "BESTAND", optional: true,
                                 help: Localized(nl: "JSON Lines met 'text' en 'gold' (standaard: het meegeleverde Corpus/notes.jsonl), of CSV met de kolommen van een verslag plus modus, diepgang en fasen",
                                                 en: "JSON Lines with 'text' and 'gold' (default: the bundled Corpus/notes.jsonl), or CSV with a note's columns plus mode, depth and phases"))],
        discussion: Localized(
            nl: "Modus: juistheid en verwarringsmatrix. Diepgang: exact, binnen één, kwadratisch gewogen kappa. Fasen: precisie, recall en F1 per fase en micro. Waarom-vragen: een gevonden vraag telt als juist wanneer zij de gouden zin overlapt; de soort (onderzoekend/piekerend) wordt over die paren vergeleken.",
            en: "Mode: accuracy and confusion matrix. Depth: exact, within one, quadratic-weighted kappa. Phases: precision, recall and F1 per phase and micro. Why-questions: a found question counts as right when it overlaps the gold sentence; the kind (inquiring/brooding) is compared over those pairs."))

    static func run(_ options: Options, _ invocation: Invocation) throws -> ExitCode {
        let analyzer = try AnalyzerLoader.load(lexicons: options.lexicons, weights: options.weights, modeBy: options.modeBy)
        var split = options.split
        let (notes, rejected, name) = try readGold(options.input, invocation)
        if !rejected.isEmpty {
            // The same reason on every line (a sheet without a 'gold' column) is said once, with a count.
            var byReason: [(reason: Localized, first: SourceLocation, count: Int)] = []
            for r in rejected {
                if let i = byReason.firstIndex(where: { $0.reason == r.reason }) { byReason[i].count += 1 } else { byReason.append((r.reason, r.source, 1)) }
            }
            for (reason, first, count) in byReason {
                let more = count > 1 ? Localized(nl: " (en nog \(count - 1) keer)", en: " (and \(count - 1) more times)") : ""
                invocation.note(Localized(nl: "overgeslagen: \(first): \(reason.nl)\(more.nl)", en: "skipped: \(first): \(reason.en)\(more.en)"))
            }
        }
        if !notes.isEmpty && notes.allSatisfy({ $0.split == nil }) && split != .all {
            invocation.note(Localized(nl: "\(name) heeft geen kolom 'split'; alle verslagen tellen mee", en: "\(name) has no 'split' column; all notes count"))
            split = .all
        }
        let result = Evaluation.run(notes, split: split.rawValue, analyzer: analyzer)
        guard result.n > 0 else {
            throw DiepgangError(.dataError, nl: "geen verslagen met gouden labels in split '\(split.rawValue)' van \(name)",
                                en: "no notes with gold labels in split '\(split.rawValue)' of \(name)")
        }
        if options.format == .json {
            try invocation.stdout.write(EvaluationJSONPrinter().print([EvaluationSummary(result)]))
        } else {
            try invocation.stdout.write(EvaluationTextPrinter(language: invocation.language, details: options.details).print([result]))
        }
        return rejected.isEmpty ? .success : .dataError
    }

    /// The gold notes: the bundled corpus, JSON Lines with 'gold', or a table (CSV) with gold columns.
    static func readGold(_ input: NoteInputOptions, _ invocation: Invocation) throws -> ([GoldNote], [RejectedRecord], String) {
        let path = invocation.positionals.first
        if let path, path != "-", !path.lowercased().hasSuffix(".jsonl"), !path.lowercased().hasSuffix(".json") {
            var head = [UInt8](FileManager.default.contents(atPath: path)?.prefix(64) ?? Data())
            head.removeAll { $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 || $0 == 0xEF || $0 == 0xBB || $0 == 0xBF }
            if head.first != UInt8(ascii: "{") {
                let source = try NoteSource.open(paths: [path], options: input.readOptions(format: .csv))
                NoteInputOptions.watch(source, invocation)
                var notes: [GoldNote] = [], rejected: [RejectedRecord] = []
                for record in source {
                    switch record {
                    case .rejected(let r): rejected.append(r)
                    case .note(let note):
                        switch GoldColumns.gold(from: note) {
                        case .gold(let g): notes.append(g)
                        case .rejected(let r): rejected.append(r)
                        }
                    }
                }
                NoteInputOptions.summarise(source.noticeCounts, invocation)
                if !notes.isEmpty {
                    invocation.note(Localized(nl: "let op: een tabel bevat geen gouden waarom-vragen; de waarom-cijfers tellen alleen gevonden vragen",
                                              en: "note: a table holds no gold why-questions; the why figures only count questions found"))
                }
                return (notes, rejected, path)
            }
        }
        let bytes: [UInt8]
        let name: String
        if let path, path != "-" {
            guard let data = FileManager.default.contents(atPath: path) else {
                throw DiepgangError(.noInput, nl: "kan \(path) niet lezen", en: "cannot read \(path)")
            }
            bytes = [UInt8](data)
            name = path
        } else if path == "-" {
            bytes = [UInt8](FileHandle.standardInput.readDataToEndOfFile())
            name = "-"
        } else {
            guard let file = ResourceFolder.embedded("Corpus").file("notes.jsonl") else {
                throw DiepgangError(.noInput, nl: "het meegeleverde corpus (Corpus/notes.jsonl) ontbreekt in dit programma",
                                    en: "the bundled corpus (Corpus/notes.jsonl) is missing from this program")
            }
            bytes = file.bytes
            name = "Corpus/notes.jsonl"
        }
        let (notes, rejected) = GoldReader.read(bytes, file: name)
        return (notes, rejected, name)
    }
}
