import Diepgang
import Foundation

struct TrendsCommand: Command {
    struct Options: CommandOptions {
        enum Grouping: String, CaseIterable, OptionValue { case team }
        enum Format: String, CaseIterable, OptionValue { case text, csv, json, html }

        var by = Grouping.team
        var period: PeriodKind?
        var teams: [String] = []
        var from: Day?
        var to: Day?
        var format = Format.text
        var out: String?
        var minNotes = 5
        var minAuthors = 3
        var partial = false
        var authorKeyFile: String?
        var merges: [String] = []
        var jobs: Int?
        /// Without `--csv-style` the trend table is RFC 4180 (CRLF line ends).
        var csvStyle: CSVStyle?
        var lexicons: String?
        var modeBy = ModeReader.model
        var input = NoteInputOptions()

        static var declarations: [OptionDeclaration<Self>] {
            let own: [OptionDeclaration<Self>] = [
                .value("--by", \.by, placeholder: "GROEP",
                       help: Localized(nl: "groepeer per team (nooit per persoon)", en: "group by team (never by person)")),
                .value("--period", \.period, placeholder: "PERIODE",
                       help: Localized(nl: "periode: ISO-week (2025-W07), maand (2025-07) of kwartaal (2025-Q3); zonder deze optie de fijnste waarin de groepen groot genoeg zijn",
                                       en: "period: ISO week (2025-W07), month (2025-07) or quarter (2025-Q3); without it the finest in which the groups are large enough")),
                .values("--team", \.teams, placeholder: "NAAM",
                        help: Localized(nl: "alleen dit team (herhaalbaar: --team Oost --team West); hoofdletters tellen niet",
                                        en: "only this team (repeatable: --team Oost --team West); case does not matter")),
                .value("--from", \.from, placeholder: "DATUM",
                       help: Localized(nl: "toon de perioden vanaf deze datum (2025-01-01 of 1-1-2025); ze blijven over alle verslagen berekend",
                                       en: "show the periods from this date on (2025-01-01 or 1-1-2025); they are still computed over all notes")),
                .value("--to", \.to, placeholder: "DATUM",
                       help: Localized(nl: "toon de perioden tot en met deze datum", en: "show the periods up to and including this date")),
                .value("--format", \.format, placeholder: "FORMAAT",
                       help: Localized(nl: "uitvoer: tabel met sparkline, CSV, JSON of een HTML-rapport",
                                       en: "output: table with sparkline, CSV, JSON or an HTML report")),
                .value("--out", short: "o", \.out, placeholder: "BESTAND",
                       help: Localized(nl: "schrijf naar dit bestand (pas zichtbaar als het af is) in plaats van stdout",
                                       en: "write to this file (appears only when complete) instead of stdout")),
                .number("--min-notes", \.minNotes, in: 1...1_000_000,
                        help: Localized(nl: "groepen met minder verslagen worden onderdrukt", en: "groups with fewer notes are suppressed")),
                .number("--min-authors", \.minAuthors, in: 0...1_000_000,
                        help: Localized(nl: "groepen met minder verschillende auteurs worden onderdrukt (verslagen zonder auteur tellen niet mee)",
                                        en: "groups with fewer distinct authors are suppressed (notes without an author do not count)")),
                .flag("--partial", \.partial,
                      help: Localized(nl: "schrijf alleen de tussentelling (JSON) van deze deelverzameling, om later samen te voegen; intern bestand, niet om te delen",
                                      en: "write only the sufficient statistics (JSON) of this shard, to merge later; an internal file, not for sharing")),
                .value("--author-key-file", \.authorKeyFile, placeholder: "BESTAND",
                       help: Localized(nl: "geheime sleutel (de inhoud van dit bestand, of de variabele DIEPGANG_AUTHOR_KEY) voor de auteursvingerafdrukken in --partial en --merge",
                                       en: "secret key (the content of this file, or the variable DIEPGANG_AUTHOR_KEY) for the author fingerprints in --partial and --merge")),
                .values("--merge", \.merges, placeholder: "DEEL",
                        help: Localized(nl: "voeg tussentellingen van --partial samen (--merge A.json B.json …); het rapport is gelijk aan één run over alles",
                                        en: "merge partial results from --partial (--merge A.json B.json …); the report equals one run over everything")),
                .number("--jobs", short: "j", \.jobs, in: 1...1024,
                        help: Localized(nl: "aantal threads voor het analyseren van ruwe verslagen (standaard: alle kernen)",
                                        en: "threads for analysing raw notes (default: all cores)")),
                CSVOutputOptions.style(\.csvStyle),
                CommonOptions.lexicons(\.lexicons),
                CommonOptions.modeBy(\.modeBy),
            ]
            return own + NoteInputOptions.declarations.map { $0.within(\.input) }
        }
    }

    static let spec = CommandSpec(
        name: "trends",
        abstract: Localized(nl: "ontwikkeling van diepgang per team en periode", en: "depth trends per team and period"),
        arguments: [
            ArgumentSpec(name: "INVOER", optional: true, repeating: true,
                         help: Localized(nl: "verslagen (JSON Lines, CSV, map met .txt, - voor stdin) of analyses van 'diepgang batch' (JSON Lines)",
                                         en: "notes (JSON Lines, CSV, folder of .txt, - for stdin) or analyses from 'diepgang batch' (JSON Lines)")),
        ],
        discussion: Localized(
            nl: """
            Per team en periode: aantal verslagen en auteurs, gemiddelde diepgang met 95 %-interval (t-verdeling),
            aandeel per modus, dekking van de spiraalfasen, waarom-vragen per verslag en het deel daarvan dat piekerend is.
            Over de hele reeks: de helling van Theil–Sen per periode en de toets van Mann–Kendall (stijgend, dalend of geen trend
            bij α = 0,05). Groepen met te weinig verslagen of auteurs worden onderdrukt en tellen nergens mee.
            """,
            en: """
            Per team and period: notes and authors, mean depth with a 95 % interval (t distribution), share of each mode,
            coverage of the spiral phases, why-questions per note and the share of them that broods. Over the whole range:
            the Theil–Sen slope per period and the Mann–Kendall test (rising, falling or no trend at α = 0.05). Groups with
            too few notes or authors are suppressed and count nowhere.
            """))

    static func run(_ options: Options, _ invocation: Invocation) throws -> ExitCode {
        let language = invocation.language
        let merges = options.merges
        let positionals = invocation.positionals
        guard !positionals.isEmpty || !merges.isEmpty else {
            throw DiepgangError(.usage, nl: "geef invoer of --merge DEEL; zie 'diepgang trends --help'",
                                en: "give input or --merge PART; see 'diepgang trends --help'")
        }
        let thresholds = PrivacyThresholds(minNotes: options.minNotes, minAuthors: options.minAuthors)
        let jobs = options.jobs ?? ProcessInfo.processInfo.activeProcessorCount
        let outputs = options.out.map { [OutputPaths.Output(option: "--out", path: $0)] } ?? []
        try OutputPaths.check(outputs, inputs: positionals + merges)

        // `--merge a.json b.json`: the parser keeps only the first after the flag; partial files
        // among the inputs are recognised by their first bytes and merged as well.
        var inputs: [String] = []
        var parts = merges
        for path in positionals {
            if TrendAggregate.isPartialFile(path) { parts.append(path) } else { inputs.append(path) }
        }

        let authorKey = try Self.authorKey(file: options.authorKeyFile)
        var aggregate = TrendAggregate(authorKey: authorKey)
        for part in parts {
            guard let data = FileManager.default.contents(atPath: part) else {
                throw DiepgangError(.noInput, nl: "deelresultaat niet gevonden: \(part)", en: "partial result not found: \(part)")
            }
            aggregate.merge(try TrendAggregate(partialJSON: [UInt8](data), file: part, authorKey: authorKey))
        }

        var rejected = 0
        if !inputs.isEmpty {
            let analyzer = try AnalyzerLoader.load(lexicons: options.lexicons, modeBy: options.modeBy)
            var collector = TrendCollector(analyzer: analyzer, readOptions: options.input.readOptions(invalidDates: .reject),
                                           runner: BatchRunner(jobs: jobs))
            collector.onNotice = { invocation.note($0.message) }
            collector.onFinished = { NoteInputOptions.summarise($0, invocation) }
            try collector.collect(paths: inputs, into: &aggregate) { record in
                rejected += 1
                if rejected <= 20 {
                    invocation.note(Localized(nl: "afgewezen: \(record.source): \(record.reason.nl)",
                                              en: "rejected: \(record.source): \(record.reason.en)"))
                }
            }
            if rejected > 20 {
                invocation.note(Localized(nl: "… en nog \(rejected - 20) afgewezen records", en: "… and \(rejected - 20) more rejected records"))
            }
        }

        let bytes: [UInt8]
        if options.partial {
            bytes = try aggregate.partialJSON()
        } else {
            // The wall report of one team, or of a stretch of time.
            let selection = TrendSelection(teams: options.teams, from: options.from, to: options.to)
            let unknown = selection.unknownTeams(in: aggregate)
            if !unknown.isEmpty {
                let known = TrendSelection.teamNames(aggregate)
                let guess = Suggestion.hint(unknown[0], known)
                throw DiepgangError(.usage, nl: "team '\(unknown[0])' komt niet voor in de invoer\(guess.nl); teams: \(known.joined(separator: ", "))",
                                    en: "team '\(unknown[0])' is not in the input\(guess.en); teams: \(known.joined(separator: ", "))")
            }
            aggregate = selection.apply(to: aggregate)
            let period: PeriodKind
            var choice: PeriodChoice? = nil
            if let given = options.period {
                period = given
            } else {
                choice = PeriodChoice(aggregate: aggregate, thresholds: thresholds)
                period = choice!.kind
                invocation.note(choice!.reason)
            }
            let report = TrendReport(aggregate: aggregate, period: period, thresholds: thresholds, window: selection.window)
            let provenance = TrendHTML.Provenance(generated: Self.now(), inputs: positionals + merges, periodChoice: choice?.reason)
            switch options.format {
            case .json: bytes = TrendJSONPrinter().print([report])
            case .csv: bytes = TrendCSVPrinter(style: options.csvStyle ?? TrendCSV.rfc4180).print([report])
            case .html: bytes = TrendHTMLPrinter(language: language, provenance: provenance).print([report])
            case .text: bytes = TrendTextPrinter(language: language).print([report])
            }
            if aggregate.lexiconVersions.count > 1 {
                invocation.note(Localized(nl: "let op: de invoer komt van verschillende lexiconversies (\(report.lexiconVersion ?? ""))",
                                          en: "note: the input comes from different lexicon versions (\(report.lexiconVersion ?? ""))"))
            }
        }
        if let out = options.out, out != "-" {
            let file = try AtomicFile(path: out)
            do {
                try file.sink.write(bytes)
                try file.commit()
            } catch {
                file.discard()
                throw error
            }
        } else {
            try invocation.stdout.write(bytes)
        }
        if rejected > 0 {
            invocation.note(Localized(nl: "\(Wording.count(rejected, "record", "records")) afgewezen (zie boven); de rest is meegeteld",
                                      en: "\(Wording.count(rejected, "record", "records")) rejected (see above); the rest was counted"))
            return .dataError
        }
        return .success
    }

    /// The secret for author fingerprints: the file's bytes (a final newline left out) or the
    /// environment variable; nil when neither is given.
    static func authorKey(file: String?) throws -> [UInt8]? {
        var key: [UInt8]
        if let path = file {
            guard let data = FileManager.default.contents(atPath: path) else {
                throw DiepgangError(.noInput, nl: "sleutelbestand niet gevonden: \(path)", en: "key file not found: \(path)")
            }
            key = [UInt8](data)
        } else if let value = ProcessInfo.processInfo.environment["DIEPGANG_AUTHOR_KEY"] {
            key = Array(value.utf8)
        } else {
            return nil
        }
        while key.last == 0x0A || key.last == 0x0D { key.removeLast() }
        guard key.count >= 16 else {
            throw DiepgangError(.usage, nl: "de sleutel voor de auteurs is te kort (minstens 16 tekens)", en: "the author key is too short (at least 16 characters)")
        }
        return key
    }

    /// The local date and time, minutes only, for the report's footer.
    static func now() -> String {
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        f.dateFormat = "yyyy-MM-dd HH:mm"
        return f.string(from: Date())
    }
}

/// `--from` / `--to`: a day in any date form the notes may have.
extension Day: OptionValue {
    init?(argument: String) {
        guard let day = try? Self.parse(argument, option: "") else { return nil }
        self = day
    }
    var argument: String { iso }

    static func parse(_ text: String, option: String) throws -> Day {
        switch NoteDate.iso(text) {
        case .date(let iso):
            if let day = Day(iso: iso) { return day }
            throw DiepgangError(.usage, nl: "\(option): ongeldige datum '\(text)'", en: "\(option): invalid date '\(text)'")
        case .invalid(let why): throw DiepgangError(.usage, nl: "\(option): \(why.nl)", en: "\(option): \(why.en)")
        }
    }
}

extension PeriodKind: OptionValue {
    static var aliases: [String: String] {
        ["kwartaal": "quarter", "maand": "month", "week": "week", "weken": "week", "maanden": "month", "kwartalen": "quarter"]
    }
}
