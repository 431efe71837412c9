import DiepgangCore
import DiepgangTrends

/// Sentences and a terminal table for the trend report.
/// The trend report for people at a terminal (`trends --format text`).
public struct TrendTextPrinter: Printer {
    public var language: Language

    public init(language: Language) {
        self.language = language
    }

    public mutating func write(_ report: TrendReport, into out: ByteWriter) {
        out.append(text: TrendText.render(report, language))
    }
}

public enum TrendText {
    /// In plain words, for the team: "De diepgang van team X stijgt: gemiddeld +0,12 niveau per
    /// maand." The test behind it is in `statistics` ("hoe berekend").
    public static func verdict(_ team: TeamTrend, period kind: PeriodKind, _ language: Language) -> String {
        let name = Vocabulary.teamName(team.team)(language)
        // "van team Oost", but "van Wijkteam Oost" when the name already says it is a team.
        let hasTeamWord = name.lowercased().contains("team")
        let subjectNL = hasTeamWord ? name : "team \(name)"
        let subjectEN = hasTeamWord ? name : "team \(name)"
        let step = Vocabulary.periodWord(kind)(language)
        guard let t = team.trend else {
            let n = TrendReport.minimumPeriodsForTrend
            return language == .nl
                ? "\(subjectNL.prefix(1).uppercased() + subjectNL.dropFirst()): te weinig perioden voor een trend (\(team.periods.count) getoond, minstens \(n) nodig)."
                : "\(subjectEN.prefix(1).uppercased() + subjectEN.dropFirst()): too few periods for a trend (\(team.periods.count) shown, at least \(n) needed)."
        }
        let slope = Numbers.signed(t.slope, digits: 2, language)
        switch (t.direction, language) {
        case (.stijgend, .nl): return "De diepgang van \(subjectNL) stijgt: gemiddeld \(slope) niveau per \(step)."
        case (.dalend, .nl): return "De diepgang van \(subjectNL) daalt: gemiddeld \(slope) niveau per \(step)."
        case (.geenTrend, .nl): return "De diepgang van \(subjectNL) laat geen duidelijke trend zien: de schommelingen kunnen toeval zijn."
        case (.stijgend, .en): return "The depth of \(subjectEN) is rising: on average \(slope) level per \(step)."
        case (.dalend, .en): return "The depth of \(subjectEN) is falling: on average \(slope) level per \(step)."
        case (.geenTrend, .en): return "The depth of \(subjectEN) shows no clear trend: the ups and downs may be chance."
        }
    }

    /// The statistics behind the verdict, for the "hoe berekend" note: slope, interval, test.
    public static func statistics(_ team: TeamTrend, period kind: PeriodKind, _ language: Language) -> String? {
        guard let t = team.trend else { return nil }
        let step = Vocabulary.periodWord(kind)(language)
        let lo = Numbers.signed(t.slopeLower, digits: 2, language), hi = Numbers.signed(t.slopeUpper, digits: 2, language)
        return language == .nl
            ? "Helling (Theil–Sen) \(Numbers.signed(t.slope, digits: 3, language)) per \(step), 95 %-interval \(lo) … \(hi); Mann–Kendall S = \(t.s), p \(Numbers.p(t.pValue, language)); \(t.count) perioden."
            : "Slope (Theil–Sen) \(Numbers.signed(t.slope, digits: 3, language)) per \(step), 95 % interval \(lo) … \(hi); Mann–Kendall S = \(t.s), p \(Numbers.p(t.pValue, language)); \(t.count) periods."
    }

    static let bars: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    /// One block per period on the fixed scale 0…4 (so teams compare); "·" for a period in
    /// between that is not shown (suppressed or without notes).
    public static func sparkline(_ team: TeamTrend) -> String {
        guard let first = team.periods.first?.period.ordinal else { return "" }
        var byOrdinal: [Int: Double] = [:]
        for p in team.periods { byOrdinal[p.period.ordinal] = p.depthMean }
        var out = ""
        for ordinal in first...team.periods.last!.period.ordinal {
            if let mean = byOrdinal[ordinal] {
                out.append(bars[min(7, max(0, Int(mean / 4 * 8)))])
            } else {
                out.append("·")
            }
        }
        return out
    }

    public static func render(_ report: TrendReport, _ language: Language) -> String {
        let nl = language == .nl
        let step = Vocabulary.periodWord(report.periodKind)(language)
        var out = ""
        if report.teams.isEmpty {
            out += nl ? "Geen enkele groep is groot genoeg om te tonen (minstens \(Wording.count(report.thresholds.minNotes, "verslag", "verslagen")) en \(Wording.count(report.thresholds.minAuthors, "auteur", "auteurs"))).\n"
                      : "No group is large enough to show (at least \(Wording.count(report.thresholds.minNotes, "note", "notes")) and \(Wording.count(report.thresholds.minAuthors, "author", "authors"))).\n"
        }
        for team in report.teams {
            let name = Vocabulary.teamName(team.team)(language)
            out += "\(name) — \(nl ? "per" : "by") \(step)\n"
            out += String(repeating: "=", count: name.count + 4 + step.count + 3) + "\n"
            out += verdict(team, period: report.periodKind, language) + "\n"
            if let stats = statistics(team, period: report.periodKind, language) {
                out += (nl ? "Hoe berekend: " : "How computed: ") + stats + "\n"
            }
            out += "\n"
            var header = [nl ? "periode" : "period", nl ? "verslagen" : "notes", nl ? "auteurs" : "authors",
                          nl ? "diepgang" : "depth", nl ? "95 %-interval" : "95 % interval"]
            header += NoteMode.allCases.map { $0.shortName(language) }
            header += [nl ? "fasen 1–5 (%)" : "phases 1–5 (%)", nl ? "waarom/verslag" : "why/note", nl ? "piekerend" : "brooding"]
            var rows: [[String]] = [header]
            for p in team.periods {
                var row = [p.period.label, String(p.notes), String(p.authors),
                           Numbers.decimal(p.depthMean, digits: 2, language),
                           p.depthInterval.map { Numbers.decimal($0.lower, digits: 2, language) + "–" + Numbers.decimal($0.upper, digits: 2, language) } ?? "–"]
                row += p.modeShares.map { Numbers.percent($0, language) }
                row += [p.phaseCoverage.map { v -> String in
                    let text = Numbers.decimal(v * 100, digits: 0, language)
                    return String(repeating: " ", count: max(0, 3 - text.count)) + text
                }.joined(separator: " ")]
                row += [Numbers.decimal(p.whyRate, digits: 2, language),
                        p.whyPiekerendShare.map { Numbers.percent($0, language) } ?? "–"]
                rows.append(row)
            }
            out += table(rows)
            out += "\n\(nl ? "diepgang" : "depth") \(sparkline(team))  (\(nl ? "schaal" : "scale") 0–4)\n"
            if !team.suppressedPeriods.isEmpty {
                let list = team.suppressedPeriods.map(\.label).joined(separator: ", ")
                out += "\(Vocabulary.suppressedNote(language)): \(list)\n"
            }
            out += "\n"
        }
        let wholeTeams = report.suppressed.filter { $0.period == nil }
        if !wholeTeams.isEmpty {
            out += (nl ? "Hele teams " : "Whole teams ") + Vocabulary.suppressedNote(language) + ": "
            out += wholeTeams.map { Vocabulary.teamName($0.team)(language) }.joined(separator: ", ") + "\n"
        }
        if !report.teams.isEmpty {
            out += nl ? "refl. = reflecteren, piek. = piekeren, gem. = gemengd, beschr. = beschrijvend, kort = te kort; piekerend = deel van de waarom-vragen.\n"
                      : "refl. = reflecting, brood. = brooding, descr. = descriptive, short = too short; brooding = share of the why-questions.\n"
        }
        out += nl
            ? "Groepen met minder dan \(Wording.count(report.thresholds.minNotes, "verslag", "verslagen")) of \(Wording.count(report.thresholds.minAuthors, "auteur", "auteurs")) worden niet getoond. \(ToolInfo.name) \(report.toolVersion), lexicon \(report.lexiconVersion ?? "–").\n"
            : "Groups with fewer than \(Wording.count(report.thresholds.minNotes, "note", "notes")) or \(Wording.count(report.thresholds.minAuthors, "author", "authors")) are not shown. \(ToolInfo.name) \(report.toolVersion), lexicon \(report.lexiconVersion ?? "–").\n"
        return out
    }

    /// Left-aligned first column, right-aligned numbers.
    static func table(_ rows: [[String]]) -> String {
        guard let width = rows.first?.count else { return "" }
        var widths = [Int](repeating: 0, count: width)
        for row in rows { for (i, cell) in row.enumerated() { widths[i] = max(widths[i], cell.count) } }
        var out = ""
        for row in rows {
            var line = ""
            for (i, cell) in row.enumerated() {
                let pad = String(repeating: " ", count: widths[i] - cell.count)
                line += i == 0 ? cell + pad : "  " + pad + cell
            }
            out += line + "\n"
        }
        return out
    }
}
