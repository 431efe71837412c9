import Diepgang
import Foundation

/// `diepgang train-mode FILE[@SPLIT][:WEIGHT] …`: fits the mode model on labelled notes and
/// writes `mode-model.tsv`.
struct TrainModeCommand: Command {
    struct Options: CommandOptions {
        var output = "mode-model.tsv"
        var l2 = ModeTraining.Settings().l2
        var steps = ModeTraining.Settings().steps
        var margin = ModeTraining.Settings().margin
        var descriptionMargin = ModeTraining.Settings().descriptionMargin
        var lexicons: String?
        var features: String?
        var calibrate: String?

        static var declarations: [OptionDeclaration<Self>] {
            [
                .value("--output", short: "o", \.output, placeholder: "BESTAND",
                       help: Localized(nl: "waar het model heen gaat (in een lexiconmap: mode-model.tsv; - is standaarduitvoer)",
                                       en: "where the model goes (in a lexicon folder: mode-model.tsv; - is standard output)")),
                .value("--l2", \.l2, placeholder: "GETAL",
                       help: Localized(nl: "L2-straf op de gewichten", en: "L2 penalty on the weights")),
                .number("--steps", \.steps, in: 1...100_000,
                        help: Localized(nl: "stappen gradiëntafdaling", en: "gradient descent steps")),
                .value("--margin", \.margin, placeholder: "GETAL",
                       help: Localized(nl: "onder dit verschil tussen de twee waarschijnlijkste modi: onzeker",
                                       en: "below this gap between the two likeliest modes: onzeker")),
                .value("--features", \.features, placeholder: "BESTAND",
                       help: Localized(nl: "schrijf ook wat het model van elk verslag leest (TSV: id, modus, gewicht, kenmerken), om het buiten het programma na te rekenen",
                                       en: "also write what the model reads of each note (TSV: id, mode, weight, features), to check it outside the program")),
                .value("--description-margin", \.descriptionMargin, placeholder: "GETAL",
                       help: Localized(nl: "zoveel waarschijnlijker moet een andere modus zijn om een zekere 'beschrijvend' van de regels te verwerpen",
                                       en: "how much likelier another mode must be to overrule the rules' sure 'beschrijvend'")),
                .value("--calibrate", \.calibrate, placeholder: "BESTAND",
                       help: Localized(nl: "meet op dit trainingsbestand (een van de argumenten) hoe vaak een oordeel klopte, elk verslag gelezen door een model zonder dat verslag (8-voudige kruisvalidatie); de gerapporteerde zekerheid is dan dat aandeel",
                                       en: "measure on this training file (one of the arguments) how often a verdict was right, each note read by a model trained without it (8-fold cross-validation); the reported confidence is then that share")),
                CommonOptions.lexicons(\.lexicons),
            ]
        }

        func validate(command: String) throws {
            guard l2 >= 0, l2 < 2 else { throw DiepgangError(.usage, nl: "--l2 moet van 0 tot 2 zijn", en: "--l2 must be from 0 to 2") }
            guard descriptionMargin >= 0, descriptionMargin < 1 else {
                throw DiepgangError(.usage, nl: "--description-margin moet van 0 tot 1 zijn", en: "--description-margin must be from 0 to 1")
            }
            guard margin >= 0, margin < 1 else { throw DiepgangError(.usage, nl: "--margin moet van 0 tot 1 zijn", en: "--margin must be from 0 to 1") }
        }
    }

    static let spec = CommandSpec(
        name: "train-mode",
        abstract: Localized(nl: "train het model dat de modus leest", en: "train the model that reads the mode"),
        arguments: [ArgumentSpec(name: "BESTAND[@SPLIT][:GEWICHT]", optional: false, repeating: true,
                                 help: Localized(nl: "JSON Lines met 'text' en 'gold'; @dev neemt alleen dat deel, :3 laat elk verslag drie keer tellen",
                                                 en: "JSON Lines with 'text' and 'gold'; @dev takes only that split, :3 counts every note three times"))],
        discussion: Localized(
            nl: "Analyseert elk verslag met de regels en leert uit hun bewijs (markers, fasen, waarom-vragen, de lezing van de regels, een paar tekstkenmerken) de gouden modus: multinomiale logistische regressie met L2-straf, elke modus even zwaar. Dezelfde invoer geeft hetzelfde bestand. Hoe het meegeleverde model is getraind: Lexicons/README.md.",
            en: "Analyses every note with the rules and learns the gold mode from their evidence (markers, phases, why-questions, the rules' reading, a few facts of the text): multinomial logistic regression with an L2 penalty, every mode weighing the same. The same input gives the same file. How the bundled model was trained: Lexicons/README.md."))

    static func run(_ options: Options, _ invocation: Invocation) throws -> ExitCode {
        // The features are the rules' evidence: read without the model the lexicons may hold.
        let folder = try options.lexicons.map { try ResourceFolder.directory($0) } ?? LexiconSet.standardFolder()
        let analyzer = try Analyzer(lexicons: folder).rulesOnly()
        // The version of what the rules read, without the model file itself: retraining from
        // another model gives the same file.
        let rulesVersion = LexiconSet.fingerprint(ResourceFolder(origin: folder.origin, files: folder.files.filter { $0.path != ModeModelFile.name }))
        var examples: [ModeTraining.Example] = []
        var sources: [String] = []
        var heldOut = Set<Int>()
        var calibrationSource: String?
        for argument in invocation.positionals {
            var path = argument, weight = 1.0, split: String?
            if let colon = path.lastIndex(of: ":"), let w = Double(path[path.index(after: colon)...]) {
                guard w > 0, w.isFinite else { throw DiepgangError(.usage, nl: "gewicht in '\(argument)' moet groter dan 0 zijn", en: "weight in '\(argument)' must be above 0") }
                weight = w
                path = String(path[..<colon])
            }
            if let at = path.lastIndex(of: "@") {
                split = String(path[path.index(after: at)...])
                path = String(path[..<at])
            }
            guard let data = FileManager.default.contents(atPath: path) else {
                throw DiepgangError(.noInput, nl: "kan \(path) niet lezen", en: "cannot read \(path)")
            }
            let (notes, rejected) = GoldReader.read([UInt8](data), file: path)
            for r in rejected {
                invocation.note(Localized(nl: "overgeslagen: \(r.source): \(r.reason.nl)", en: "skipped: \(r.source): \(r.reason.en)"))
            }
            let taken = notes.filter { split == nil || $0.split == split }
            guard !taken.isEmpty else {
                throw DiepgangError(.dataError, nl: "\(argument): geen gelabelde verslagen", en: "\(argument): no labelled notes")
            }
            if path == options.calibrate, calibrationSource == nil {
                heldOut.formUnion(examples.count..<(examples.count + taken.count))
                calibrationSource = "\(shownName(path)) (\(taken.count) notes"
            }
            examples += taken.map { ModeTraining.Example(note: $0, weight: weight) }
            sources.append("\(shownName(argument)): \(taken.count)")
        }
        if let calibrate = options.calibrate, calibrationSource == nil {
            throw DiepgangError(.usage, nl: "--calibrate \(calibrate) is geen van de trainingsbestanden", en: "--calibrate \(calibrate) is none of the training files")
        }
        let table = ModeTraining.featureTable(examples, analyzer: analyzer)
        if let path = options.features {
            var tsv = (["id", "mode", "weight"] + table.names).joined(separator: "\t") + "\n"
            for row in table.rows {
                tsv += ([row.id, row.mode.rawValue, "\(row.weight)"] + row.values.map { "\($0)" }).joined(separator: "\t") + "\n"
            }
            try write(tsv, to: path, invocation)
        }
        var (model, used, skipped) = ModeTraining.fit(table, settings: settings(options))
        var header = [
            "The learned reading of the mode: written by `diepgang train-mode`, do not edit by hand.",
            "Trained on \(used) notes (\(skipped) left out: te kort): " + sources.joined(separator: ", ") + ".",
            "l2 \(options.l2), \(options.steps) steps; the features were read by the rules of these lexicons (fingerprint without this file: \(rulesVersion)).",
        ]
        if let calibrationSource {
            model.calibration = try ModeTraining.calibration(table, of: examples, heldOut: heldOut, analyzer: analyzer, settings: settings(options))
            header.append("Calibrated by 8-fold cross-validation on \(calibrationSource); those too short left out).")
        }
        header.append("Format and how to retrain it: Lexicons/README.md.")
        try write(model.text(header: header), to: options.output, invocation)
        invocation.note(Localized(nl: "\(options.output): \(model.features.count) kenmerken, \(used) verslagen (\(skipped) te kort)",
                                  en: "\(options.output): \(model.features.count) features, \(used) notes (\(skipped) too short)"))
        return .success
    }

    /// A file as the model's header names it: one from a temporary folder (an absolute path) by its
    /// name alone, so the header stays the same run to run.
    static func shownName(_ path: String) -> String {
        path.hasPrefix("/") ? String(path.split(separator: "/").last ?? "") : path
    }

    /// The whole file at once, in place of the old only when complete (`AtomicFile`); `-`: standard output.
    static func write(_ text: String, to path: String, _ invocation: Invocation) throws {
        guard path != "-" else { return try invocation.stdout.write(text) }
        let file = try AtomicFile(path: path)
        try file.sink.write(text)
        try file.commit()
    }

    static func settings(_ options: Options) -> ModeTraining.Settings {
        var s = ModeTraining.Settings()
        s.l2 = options.l2
        s.steps = options.steps
        s.margin = options.margin
        s.descriptionMargin = options.descriptionMargin
        return s
    }
}
