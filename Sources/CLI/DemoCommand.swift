import Diepgang
import Foundation

/// The newcomer's first command: the whole pipeline on the bundled corpus, summarised in a screen.
struct DemoCommand: Command {
    struct Options: CommandOptions {
        var period = PeriodKind.quarter

        static var declarations: [OptionDeclaration<Self>] {
            [.value("--period", \.period, placeholder: "PERIODE", help: Localized(nl: "periode voor de trendlijnen", en: "period of the trend lines"))]
        }
    }

    static let spec = CommandSpec(
        name: "demo",
        abstract: Localized(nl: "analyseer het meegeleverde corpus en toon een overzicht",
                            en: "analyse the bundled corpus and show an overview"),
        discussion: Localized(
            nl: "Het corpus (250 verzonnen verslagen van vijf teams, met pseudoniemen) zit in het programma; dit werkt vanuit elke map.",
            en: "The corpus (250 invented notes of five teams, with pseudonyms) is built into the program; this works from any folder."))

    static func run(_ options: Options, _ invocation: Invocation) throws -> ExitCode {
        let language = invocation.language
        let nl = language == .nl
        let period = options.period
        guard let corpus = ResourceFolder.embedded("Corpus").file("notes.jsonl") else {
            throw DiepgangError(.software, nl: "het meegeleverde corpus ontbreekt in dit programma",
                                en: "the bundled corpus is missing from this program")
        }
        let analyzer = Analyzer.standard()
        let notes = try EmbeddedCorpus.notes(corpus)
        let analyses = notes.map { analyzer.analyse($0) }

        var aggregate = TrendAggregate()
        for a in analyses { _ = aggregate.add(TrendObservation(a)) }
        let report = TrendReport(aggregate: aggregate, period: period)

        let out = invocation.stdout
        let teams = Set(notes.compactMap(\.team)).count
        let words = analyses.reduce(0) { $0 + $1.words }
        try out.write(nl
            ? "Diepgang \(ToolInfo.version) — het meegeleverde corpus: \(Wording.count(notes.count, "verslag", "verslagen")), \(teams) teams, \(Wording.count(words, "woord", "woorden")) (lexicon \(analyzer.lexiconVersion))\n\n"
            : "Diepgang \(ToolInfo.version) — the bundled corpus: \(Wording.count(notes.count, "note", "notes")), \(teams) teams, \(Wording.count(words, "word", "words")) (lexicon \(analyzer.lexiconVersion))\n\n")

        try out.write(nl ? "Modus\n" : "Mode\n")
        try out.write(Overview.bars(Mode.allCases.map { mode in
            (mode.label(language), analyses.filter { $0.mode == mode }.count)
        }, total: analyses.count))

        try out.write(nl ? "\nDiepgang\n" : "\nDepth\n")
        try out.write(Overview.bars((0...4).map { level in
            ("\(level) \(DepthLabel(level: level).rawValue.replacingOccurrences(of: "_", with: " "))",
             analyses.filter { $0.depth.level == level }.count)
        }, total: analyses.count))

        try out.write(nl ? "\nFasen van de reflectiespiraal (verslagen waarin de fase voorkomt)\n"
                         : "\nPhases of the reflection spiral (notes in which the phase occurs)\n")
        try out.write(Overview.bars(SpiralPhase.allCases.map { phase in
            ("\(phase.rawValue) \(phase.name(language))", analyses.filter { $0.phases.present.contains(phase) }.count)
        }, total: analyses.count))

        let whys = analyses.flatMap(\.whyQuestions)
        let inquiring = whys.filter { $0.kind == .onderzoekend }.count
        let withWhy = analyses.filter { !$0.whyQuestions.isEmpty }.count
        try out.write(nl
            ? "\nWaarom-vragen: \(whys.count) in \(Wording.count(withWhy, "verslag", "verslagen")); \(inquiring) onderzoekend, \(whys.count - inquiring) piekerend.\n"
            : "\nWhy-questions: \(whys.count) in \(Wording.count(withWhy, "note", "notes")); \(inquiring) inquiring, \(whys.count - inquiring) brooding.\n")

        try out.write(nl ? "\nTrend per team (diepgang per \((nl ? period.stepName.nl : period.stepName.en)), schaal 0–4)\n"
                         : "\nTrend per team (depth per \((nl ? period.stepName.nl : period.stepName.en)), scale 0–4)\n")
        let lines = report.teams.map { TrendText.sparkline($0) }
        let width = lines.map(\.count).max() ?? 0
        for (team, line) in zip(report.teams, lines) {
            let padded = line + String(repeating: " ", count: width - line.count)
            try out.write("  \(padded)  \(TrendText.verdict(team, period: period, language))\n")
        }
        let hiddenTeams = Set(report.suppressed.filter { $0.period == nil }.map(\.team))
        for team in hiddenTeams.sorted() {
            try out.write(nl ? "  onderdrukt: \(team) (te weinig verslagen of auteurs om niemand herkenbaar te maken)\n"
                             : "  suppressed: \(team) (too few notes or authors to keep everyone unrecognisable)\n")
        }
        try out.write(nl
            ? "\nVerder: 'diepgang analyse VERSLAG.txt' voor één verslag met bewijs, 'diepgang evaluate' voor de overeenstemming met menselijke labels,\n'diepgang trends NOTES.jsonl --period quarter --format html --out rapport.html' voor het teamrapport. 'diepgang help' toont alles.\n"
            : "\nNext: 'diepgang analyse NOTE.txt' for one note with evidence, 'diepgang evaluate' for agreement with human labels,\n'diepgang trends NOTES.jsonl --period quarter --format html --out report.html' for the team report. 'diepgang help' shows everything.\n")
        return .success
    }
}

/// Horizontal bars for the overview.
enum Overview {
    static func bars(_ rows: [(String, Int)], total: Int) -> String {
        let width = rows.map { $0.0.count }.max() ?? 0
        let most = max(1, rows.map(\.1).max() ?? 1)
        var out = ""
        for (label, count) in rows {
            let share = total > 0 ? Double(count) / Double(total) * 100 : 0
            let bar = String(repeating: "█", count: Int((Double(count) / Double(most) * 30).rounded()))
            let number = String(count)
            out += "  " + label + String(repeating: " ", count: width - label.count) + "  "
                + String(repeating: " ", count: max(0, 4 - number.count)) + number
                + "  " + String(format: "%3.0f %%", share) + "  " + bar + "\n"
        }
        return out
    }
}

/// The bundled corpus as notes. The reader streams from files, so the embedded bytes go through a
/// private temporary file that is removed at once.
enum EmbeddedCorpus {
    static func notes(_ file: ResourceFile) throws -> [Note] {
        let path = NSTemporaryDirectory() + "diepgang-corpus-\(getpid()).jsonl"
        guard FileManager.default.createFile(atPath: path, contents: Data(file.bytes)) else {
            throw DiepgangError(.ioError, nl: "kan geen tijdelijk bestand maken in \(NSTemporaryDirectory())",
                                en: "cannot create a temporary file in \(NSTemporaryDirectory())")
        }
        defer { unlink(path) }
        var notes: [Note] = []
        for record in try NoteReader(path: path) {
            if case .note(let note) = record { notes.append(note) }
        }
        return notes
    }
}
