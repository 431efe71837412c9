import Diepgang
import Foundation

struct EvaluateCommand: Command {
    static let spec = CommandSpec(
        name: "evaluate",
        abstract: Localized(nl: "vergelijk de analyse met gouden annotaties", en: "compare the analysis with gold annotations"),
        arguments: [ArgumentSpec(name: "BESTAND", optional: true,
                                 help: Localized(nl: "JSON Lines met 'text' en 'gold' (standaard: het meegeleverde Corpus/notes.jsonl)",
                                                 en: "JSON Lines with 'text' and 'gold' (default: the bundled Corpus/notes.jsonl)"))],
        options: [
            OptionSpec(name: "--split", value: "SPLIT", choices: ["dev", "test", "all"], defaultValue: "test",
                       help: Localized(nl: "welk deel: dev (om af te stemmen), test (om te rapporteren) of all",
                                       en: "which part: dev (for tuning), test (for reporting) or all")),
            OptionSpec(name: "--format", value: "FORMAAT", choices: ["text", "json"], defaultValue: "text",
                       help: Localized(nl: "uitvoer voor mensen of als JSON", en: "output for people or as JSON")),
            OptionSpec(name: "--details",
                       help: Localized(nl: "toon elk verslag waarover analyse en annotator het oneens zijn",
                                       en: "show every note on which the analysis and the annotator disagree")),
            CommonOptions.lexicons,
        ],
        discussion: Localized(
            nl: "Modus: juistheid en verwarringsmatrix. Diepgang: exact, binnen één, kwadratisch gewogen kappa. Fasen: precisie, recall en F1 per fase en micro. Waarom-vragen: een gevonden vraag telt als juist wanneer zij de gouden zin overlapt; de soort (onderzoekend/piekerend) wordt over die paren vergeleken.",
            en: "Mode: accuracy and confusion matrix. Depth: exact, within one, quadratic-weighted kappa. Phases: precision, recall and F1 per phase and micro. Why-questions: a found question counts as right when it overlaps the gold sentence; the kind (inquiring/brooding) is compared over those pairs."))

    static func run(_ invocation: Invocation) throws -> ExitCode {
        let args = invocation.arguments
        let bytes: [UInt8]
        let name: String
        if let path = args.positionals.first, path != "-" {
            guard let data = FileManager.default.contents(atPath: path) else {
                throw DiepgangError(.noInput, nl: "kan \(path) niet lezen", en: "cannot read \(path)")
            }
            bytes = [UInt8](data)
            name = path
        } else if args.positionals.first == "-" {
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
        let analyzer = try AnalyzerLoader.load(invocation.arguments)
        let (notes, rejected) = GoldReader.read(bytes, file: name)
        for r in rejected { invocation.note(Localized(nl: "overgeslagen: \(r.source): \(r.reason.nl)", en: "skipped: \(r.source): \(r.reason.en)")) }
        let split = args.value("--split") ?? "test"
        let result = Evaluation.run(notes, split: split, analyzer: analyzer)
        guard result.n > 0 else {
            throw DiepgangError(.dataError, nl: "geen verslagen met gouden labels in split '\(split)' van \(name)",
                                en: "no notes with gold labels in split '\(split)' of \(name)")
        }
        if args.value("--format") == "json" {
            var w = JSONWriter()
            result.writeJSON(into: &w)
            try invocation.stdout.write(w.bytes)
            try invocation.stdout.write("\n")
        } else {
            try invocation.stdout.write(result.renderText(language: invocation.language, details: args.flag("--details")))
        }
        return rejected.isEmpty ? .success : .dataError
    }
}
