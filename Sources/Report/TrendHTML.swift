import DiepgangCore
import DiepgangVocabulary
import DiepgangTrends
import DiepgangAnalysis

/// The trend report as one self-contained HTML file: inline CSS and SVG, no scripts, no fonts or
/// images from the network, readable on screen and on paper. Every chart has a title and a
/// description for screen readers, and the numbers behind it stand in a small table.
/// The trend report as one HTML page (`trends --format html`).
public struct TrendHTMLPrinter: Printer {
    public var language: Language
    public var provenance: TrendHTML.Provenance?

    public init(language: Language, provenance: TrendHTML.Provenance? = nil) {
        self.language = language
        self.provenance = provenance
    }

    public mutating func write(_ report: TrendReport, into out: ByteWriter) {
        out.append(text: TrendHTML.render(report, language, provenance: provenance))
    }
}

public enum TrendHTML {
    /// Where a report came from, for its footer: when it was made and from which input.
    public struct Provenance: Sendable {
        /// Local date and time the report was made, as written in the footer ("2026-12-04 15:02").
        public var generated: String
        /// The input files (or "-"), as given on the command line.
        public var inputs: [String]
        /// Why this period was chosen, when the program chose it.
        public var periodChoice: Localized?

        public init(generated: String, inputs: [String], periodChoice: Localized? = nil) {
            self.generated = generated
            self.inputs = inputs
            self.periodChoice = periodChoice
        }
    }

    public static func render(_ report: TrendReport, _ language: Language, provenance: Provenance? = nil) -> String {
        var page = Page(report: report, language: language, provenance: provenance)
        return page.build()
    }
}

/// Colours of the report: calm, distinguishable in print and for the common colour-vision types.
private enum Palette {
    static let ink = "#23303d"
    static let muted = "#5d6b78"
    static let grid = "#e2e7ec"
    static let line = "#2f5d7c"
    static let band = "#cddfeb"
    static func mode(_ m: NoteMode) -> String {
        switch m {
        case .reflecteren: return "#3f8f7b"
        case .gemengd: return "#9cc3a8"
        case .beschrijvend: return "#a9bccd"
        case .teKort: return "#dcd6cc"
        case .onzeker: return "#e8d8a8"
        case .piekeren: return "#c9694f"
        }
    }
    /// Heat map: from near-white to deep teal.
    static func heat(_ share: Double) -> String {
        let t = min(max(share, 0), 1)
        let from = (244.0, 247.0, 246.0), to = (38.0, 112.0, 99.0)
        func mix(_ a: Double, _ b: Double) -> Int { Int((a + (b - a) * t).rounded()) }
        return hex(mix(from.0, to.0), mix(from.1, to.1), mix(from.2, to.2))
    }
    static func hex(_ r: Int, _ g: Int, _ b: Int) -> String {
        let digits = Array("0123456789abcdef")
        return "#" + [r, g, b].map { String([digits[$0 / 16], digits[$0 % 16]]) }.joined()
    }
}

/// Modes from the bottom of a bar to the top: reflecting at the foot, brooding on top.
private let stackOrder: [NoteMode] = [.reflecteren, .gemengd, .beschrijvend, .onzeker, .teKort, .piekeren]

private struct Page {
    let report: TrendReport
    let language: Language
    let provenance: TrendHTML.Provenance?
    var out = ""

    init(report: TrendReport, language: Language, provenance: TrendHTML.Provenance?) {
        self.report = report
        self.language = language
        self.provenance = provenance
        out.reserveCapacity(64 * 1024)
    }

    var nl: Bool { language == .nl }
    func t(_ nl: String, _ en: String) -> String { language == .nl ? nl : en }
    func num(_ v: Double, _ digits: Int) -> String { Numbers.decimal(v, digits: digits, language) }
    var step: String { Vocabulary.periodWord(report.periodKind)(language) }
    var stepPlural: String {
        switch report.periodKind {
        case .week: return t("weken", "weeks")
        case .month: return t("maanden", "months")
        case .quarter: return t("kwartalen", "quarters")
        }
    }

    mutating func build() -> String {
        out += "<!DOCTYPE html>\n<html lang=\"\(language.rawValue)\">\n<head>\n<meta charset=\"utf-8\">\n"
        out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        out += "<meta name=\"generator\" content=\"\(ToolInfo.name) \(esc(report.toolVersion))\">\n"
        out += "<title>\(t("Diepgang van reflectie — ontwikkeling per team", "Depth of reflection — development per team"))</title>\n"
        out += "<style>\n\(css)</style>\n</head>\n<body>\n<main>\n"
        header()
        legend()
        for (i, team) in report.teams.enumerated() { section(team, index: i) }
        footer()
        out += "</main>\n</body>\n</html>\n"
        return out
    }

    // MARK: Header and legend

    mutating func header() {
        let periods = report.teams.flatMap { $0.periods.map(\.period) }
        out += "<header class=\"top\">\n"
        out += "<p class=\"kicker\">Diepgang · \(t("reflectie in ontwikkeling", "reflection over time"))</p>\n"
        out += "<h1>\(t("Hoe diep gaat onze reflectie?", "How deep does our reflection go?"))</h1>\n"
        var facts: [String] = []
        facts.append(t("per \(step)", "by \(step)"))
        if let first = periods.min(), let last = periods.max() {
            facts.append(first == last ? first.label : "\(first.label) \(t("t/m", "to")) \(last.label)")
        }
        let n = report.teams.count
        facts.append(n == 1 ? t("1 team", "1 team") : t("\(n) teams", "\(n) teams"))
        out += "<p class=\"facts\">\(facts.map(esc).joined(separator: " · "))</p>\n"
        out += "<p class=\"intro\">" + t(
            "Dit overzicht laat zien hoe de reflectie in de verslagen van het team zich ontwikkelt: hoe diep ze gaat, hoe vaak er wordt gepiekerd in plaats van gereflecteerd, welke fasen van de reflectiespiraal aan bod komen en hoe vaak de waarom-vraag wordt gesteld. Het gaat om het team als geheel; er staat nergens iets over één persoon in.",
            "This overview shows how the reflection in the team's notes develops: how deep it goes, how often brooding takes the place of reflecting, which phases of the reflection spiral come up, and how often the why-question is asked. It is about the team as a whole; nothing in it concerns a single person.") + "</p>\n"
        out += "</header>\n"
    }

    mutating func legend() {
        out += "<section class=\"legend\" aria-labelledby=\"legend-title\">\n"
        out += "<h2 id=\"legend-title\">\(t("Zo lees je de diepgang", "How to read depth"))</h2>\n"
        out += "<ol class=\"levels\" start=\"0\">\n"
        for (level, entry) in Vocabulary.depthLevels.enumerated() {
            out += "<li class=\"level level-\(level)\"><span class=\"level-num\">\(level)</span>"
            out += "<span class=\"level-name\">\(esc(entry.label(language)))</span>"
            out += "<span class=\"level-text\">\(esc(entry.meaning(language)))</span></li>\n"
        }
        out += "</ol>\n"
        out += "<p class=\"small\">" + t(
            "Elk verslag krijgt een niveau van 0 tot 4. Piekeren (over fouten, zelfverwijt, ‘altijd’ en ‘nooit’) houdt een verslag op niveau 1 of lager. De grafieken tonen het gemiddelde per \(step) met een band waarin het werkelijke gemiddelde met 95 % zekerheid ligt.",
            "Each note gets a level from 0 to 4. Brooding (about mistakes, self-blame, ‘always’ and ‘never’) keeps a note at level 1 or below. The charts show the mean per \(step) with a band that holds the true mean with 95 % confidence.") + "</p>\n"
        out += "</section>\n"
    }

    // MARK: One team

    mutating func section(_ team: TeamTrend, index: Int) {
        let name = Vocabulary.teamName(team.team)(language)
        let id = "team-\(index + 1)"
        out += "<section class=\"team\" aria-labelledby=\"\(id)-title\">\n"
        out += "<h2 id=\"\(id)-title\">\(esc(name))</h2>\n"
        let (cssClass, arrow): (String, String) = {
            switch team.trend?.direction {
            case .stijgend: return ("up", "↗")
            case .dalend: return ("down", "↘")
            case .geenTrend: return ("flat", "→")
            case nil: return ("none", "·")
            }
        }()
        out += "<p class=\"verdict verdict-\(cssClass)\"><span class=\"arrow\" aria-hidden=\"true\">\(arrow)</span>"
        out += "<span>\(esc(TrendText.verdict(team, period: report.periodKind, language)))</span></p>\n"

        let shown = team.periods
        let meanDepth = shown.reduce(0.0) { $0 + $1.depthMean * Double($1.notes) } / Double(max(team.shownNotes, 1))
        let why = shown.reduce(0.0) { $0 + $1.whyRate * Double($1.notes) } / Double(max(team.shownNotes, 1))
        let reflect = shown.reduce(0.0) { $0 + $1.modeShares[NoteMode.reflecteren.index] * Double($1.notes) } / Double(max(team.shownNotes, 1))
        out += "<dl class=\"figures\">\n"
        figure(String(team.shownNotes), t("verslagen", "notes"))
        figure(String(shown.count), shown.count == 1 ? step : stepPlural)
        figure(num(meanDepth, 1), t("gemiddelde diepgang", "mean depth"))
        figure(Numbers.percent(reflect, language), t("reflecterend", "reflecting"))
        figure(num(why, 2), t("waarom-vragen per verslag", "why-questions per note"))
        out += "</dl>\n"

        out += "<div class=\"chart wide\">\n<h3>\(t("Gemiddelde diepgang per \(step)", "Mean depth per \(step)"))</h3>\n"
        depthChart(team, id: id)
        if let stats = TrendText.statistics(team, period: report.periodKind, language) {
            out += "<p class=\"how\"><strong>\(t("Hoe berekend", "How computed")):</strong> \(esc(stats)) \(t("Zie onderaan.", "See the end."))</p>\n"
        }
        out += "</div>\n<div class=\"grid\">\n"
        out += "<div class=\"chart\">\n<h3>\(t("Piekeren of reflecteren", "Brooding or reflecting"))</h3>\n"
        modeChart(team, id: id)
        out += "</div>\n<div class=\"chart\">\n<h3>\(t("Fasen van de reflectiespiraal", "Phases of the reflection spiral"))</h3>\n"
        phaseChart(team, id: id)
        out += "</div>\n</div>\n"
        out += "<div class=\"chart wide\">\n<h3>\(t("Profiel: piekeren ↔ reflecteren", "Profile: brooding ↔ reflecting"))</h3>\n"
        profileChart(team, id: id)
        out += "</div>\n"
        out += "<div class=\"table-wrap\">\n"
        dataTable(team, id: id)
        out += "</div>\n"
        if !team.suppressedPeriods.isEmpty {
            let list = team.suppressedPeriods.map(\.label).joined(separator: ", ")
            out += "<p class=\"suppressed\">\(esc(list)): \(esc(Vocabulary.suppressedNote(language))).</p>\n"
        }
        out += "</section>\n"
    }

    mutating func figure(_ value: String, _ label: String) {
        out += "<div><dt>\(esc(label))</dt><dd>\(esc(value))</dd></div>\n"
    }

    /// Opens an SVG with its text alternative.
    mutating func svgOpen(id: String, width: Int, height: Int, title: String, desc: String) {
        out += "<svg viewBox=\"0 0 \(width) \(height)\" width=\"100%\" role=\"img\" aria-labelledby=\"\(id)-t \(id)-d\" preserveAspectRatio=\"xMidYMid meet\">\n"
        out += "<title id=\"\(id)-t\">\(esc(title))</title>\n<desc id=\"\(id)-d\">\(esc(desc))</desc>\n"
    }

    /// The x position of each period: spread by ordinal, so a gap in time is a gap in the chart.
    func xPositions(_ team: TeamTrend, left: Double, right: Double) -> [Double] {
        guard let first = team.periods.first?.period.ordinal, let last = team.periods.last?.period.ordinal, last > first else {
            return team.periods.map { _ in (left + right) / 2 }
        }
        return team.periods.map { left + (right - left) * Double($0.period.ordinal - first) / Double(last - first) }
    }

    /// Which period labels fit under an axis without overlapping: walk left to right and keep a
    /// label when it stands far enough from the last one kept (x positions in SVG units).
    func labelled(_ xs: [Double]) -> Set<Int> {
        let minGap = report.periodKind == .week ? 72.0 : 64.0
        var keep: Set<Int> = []
        var last = -Double.infinity
        for (i, x) in xs.enumerated() where x - last >= minGap {
            keep.insert(i)
            last = x
        }
        return keep
    }

    mutating func depthChart(_ team: TeamTrend, id: String) {
        let w = 920.0, h = 310.0
        let left = 150.0, right = w - 24, top = 16.0, bottom = h - 56
        func y(_ depth: Double) -> Double { bottom - (bottom - top) * min(max(depth, 0), 4) / 4 }
        let xs = xPositions(team, left: left + 20, right: right - 20)
        let series = zip(team.periods, xs).map { p, x in
            "\(p.period.label) \(num(p.depthMean, 2))" + (p.depthInterval.map { " (\(num($0.lower, 2))–\(num($0.upper, 2)))" } ?? "")
        }.joined(separator: "; ")
        svgOpen(id: "\(id)-depth", width: Int(w), height: Int(h),
                title: t("Gemiddelde diepgang per \(step), schaal 0 tot 4, met 95 %-interval", "Mean depth per \(step), scale 0 to 4, with 95 % interval"),
                desc: TrendText.verdict(team, period: report.periodKind, language) + " " + series + ".")
        // Grid with the level names, so the axis explains itself.
        for level in 0...4 {
            let yy = y(Double(level))
            out += "<line x1=\"\(f(left))\" y1=\"\(f(yy))\" x2=\"\(f(right))\" y2=\"\(f(yy))\" class=\"grid\"/>\n"
            out += "<text x=\"\(f(left - 10))\" y=\"\(f(yy + 4))\" class=\"axis\" text-anchor=\"end\">\(level) · \(esc(Vocabulary.depthLevels[level].label(language)))</text>\n"
        }
        // The interval band, drawn through the periods that have one.
        let withCI = zip(team.periods, xs).filter { $0.0.depthInterval != nil }
        if withCI.count >= 2 {
            var pts: [String] = withCI.map { "\(f($0.1)),\(f(y($0.0.depthInterval!.upper)))" }
            pts += withCI.reversed().map { "\(f($0.1)),\(f(y($0.0.depthInterval!.lower)))" }
            out += "<polygon points=\"\(pts.joined(separator: " "))\" class=\"band\"/>\n"
        } else if let (p, x) = withCI.first {
            out += "<rect x=\"\(f(x - 8))\" y=\"\(f(y(p.depthInterval!.upper)))\" width=\"16\" height=\"\(f(y(p.depthInterval!.lower) - y(p.depthInterval!.upper)))\" class=\"band\"/>\n"
        }
        // The Theil–Sen line (Conover's intercept: median y − slope · median x), dashed.
        if let trend = team.trend, team.periods.count >= 2 {
            let ord = team.periods.map { Double($0.period.ordinal) }
            let medX = TrendStatistics.median(ord)
            let medY = TrendStatistics.median(team.periods.map(\.depthMean))
            let y0 = medY + trend.slope * (ord.first! - medX), y1 = medY + trend.slope * (ord.last! - medX)
            out += "<line x1=\"\(f(xs.first!))\" y1=\"\(f(y(y0)))\" x2=\"\(f(xs.last!))\" y2=\"\(f(y(y1)))\" class=\"trendline\"/>\n"
        }
        if xs.count >= 2 {
            out += "<polyline points=\"\(zip(team.periods, xs).map { "\(f($0.1)),\(f(y($0.0.depthMean)))" }.joined(separator: " "))\" class=\"meanline\"/>\n"
        }
        // Smaller points when there are many periods (weeks), so the line stays readable.
        let radius = team.periods.count > 30 ? "2.5" : "4.5"
        for (p, x) in zip(team.periods, xs) {
            out += "<circle cx=\"\(f(x))\" cy=\"\(f(y(p.depthMean)))\" r=\"\(radius)\" class=\"point\"><title>\(esc(p.period.label)): \(num(p.depthMean, 2)) (\(p.notes) \(t("verslagen", "notes")))</title></circle>\n"
        }
        let shownLabels = labelled(xs)
        for (i, (p, x)) in zip(team.periods, xs).enumerated() where shownLabels.contains(i) {
            out += "<text x=\"\(f(x))\" y=\"\(f(bottom + 22))\" class=\"axis\" text-anchor=\"middle\">\(esc(p.period.label))</text>\n"
        }
        // Key.
        let ky = h - 6
        out += "<line x1=\"\(f(left))\" y1=\"\(f(ky - 4))\" x2=\"\(f(left + 22))\" y2=\"\(f(ky - 4))\" class=\"meanline\"/>"
        out += "<text x=\"\(f(left + 28))\" y=\"\(f(ky))\" class=\"key\">\(t("gemiddelde", "mean"))</text>\n"
        out += "<rect x=\"\(f(left + 112))\" y=\"\(f(ky - 10))\" width=\"22\" height=\"12\" class=\"band\"/>"
        out += "<text x=\"\(f(left + 140))\" y=\"\(f(ky))\" class=\"key\">\(t("95 %-interval", "95 % interval"))</text>\n"
        out += "<line x1=\"\(f(left + 250))\" y1=\"\(f(ky - 4))\" x2=\"\(f(left + 272))\" y2=\"\(f(ky - 4))\" class=\"trendline\"/>"
        out += "<text x=\"\(f(left + 278))\" y=\"\(f(ky))\" class=\"key\">\(t("trend (Theil–Sen)", "trend (Theil–Sen)"))</text>\n"
        out += "</svg>\n"
    }

    mutating func modeChart(_ team: TeamTrend, id: String) {
        let w = 440.0, h = 300.0
        let left = 44.0, right = w - 10, top = 12.0, bottom = h - 76
        let n = team.periods.count
        let slot = (right - left) / Double(max(n, 1))
        let barWidth = min(46, slot * 0.72)
        let desc = team.periods.map { p in
            p.period.label + ": " + stackOrder.map { "\($0.label(language)) \(Numbers.percent(p.modeShares[$0.index], language))" }.joined(separator: ", ")
        }.joined(separator: "; ")
        svgOpen(id: "\(id)-modes", width: Int(w), height: Int(h),
                title: t("Aandeel van elke modus per \(step)", "Share of each mode per \(step)"), desc: desc + ".")
        for pct in stride(from: 0, through: 100, by: 25) {
            let yy = bottom - (bottom - top) * Double(pct) / 100
            out += "<line x1=\"\(f(left))\" y1=\"\(f(yy))\" x2=\"\(f(right))\" y2=\"\(f(yy))\" class=\"grid\"/>"
            out += "<text x=\"\(f(left - 6))\" y=\"\(f(yy + 4))\" class=\"axis\" text-anchor=\"end\">\(pct)%</text>\n"
        }
        let modeLabels = labelled((0..<n).map { left + slot * (Double($0) + 0.5) })
        for (i, p) in team.periods.enumerated() {
            let cx = left + slot * (Double(i) + 0.5)
            var y0 = bottom
            for m in stackOrder {
                let share = p.modeShares[m.index]
                guard share > 0 else { continue }
                let height = (bottom - top) * share
                out += "<rect x=\"\(f(cx - barWidth / 2))\" y=\"\(f(y0 - height))\" width=\"\(f(barWidth))\" height=\"\(f(height))\" fill=\"\(Palette.mode(m))\">"
                out += "<title>\(esc(p.period.label)) · \(esc(m.label(language))): \(Numbers.percent(share, language))</title></rect>\n"
                y0 -= height
            }
            if modeLabels.contains(i) {
                out += "<text x=\"\(f(cx))\" y=\"\(f(bottom + 16))\" class=\"axis\" text-anchor=\"middle\">\(esc(p.period.label))</text>\n"
            }
        }
        // Key in two rows.
        for (i, m) in stackOrder.reversed().enumerated() {
            let col = Double(i % 3), row = Double(i / 3)
            let x = left + col * 130, y = bottom + 38 + row * 20
            out += "<rect x=\"\(f(x))\" y=\"\(f(y - 10))\" width=\"12\" height=\"12\" rx=\"2\" fill=\"\(Palette.mode(m))\"/>"
            out += "<text x=\"\(f(x + 18))\" y=\"\(f(y))\" class=\"key\">\(esc(m.label(language)))</text>\n"
        }
        out += "</svg>\n"
    }

    mutating func phaseChart(_ team: TeamTrend, id: String) {
        let w = 440.0, h = 300.0
        let left = 118.0, right = w - 10, top = 12.0
        let n = team.periods.count
        let cellW = (right - left) / Double(max(n, 1))
        let cellH = 38.0
        let desc = (0..<5).map { i in
            "\(t("fase", "phase")) \(i + 1) \(Vocabulary.phases[i](language)): " +
                team.periods.map { "\($0.period.label) \(Numbers.percent($0.phaseCoverage[i], language))" }.joined(separator: ", ")
        }.joined(separator: "; ")
        svgOpen(id: "\(id)-phases", width: Int(w), height: Int(h),
                title: t("Aandeel verslagen waarin elke fase van de spiraal voorkomt", "Share of notes in which each phase of the spiral occurs"),
                desc: desc + ".")
        for i in 0..<5 {
            let y = top + Double(i) * cellH
            out += "<text x=\"\(f(left - 8))\" y=\"\(f(y + cellH / 2 + 4))\" class=\"axis\" text-anchor=\"end\">\(i + 1) · \(esc(Vocabulary.phases[i](language)))</text>\n"
            for (j, p) in team.periods.enumerated() {
                let share = p.phaseCoverage[i]
                let x = left + Double(j) * cellW
                // Narrow cells (weeks) touch, so the map reads as bands rather than stripes.
                let gap = cellW >= 8 ? 1.0 : 0.0
                out += "<rect x=\"\(f(x + gap))\" y=\"\(f(y + 1))\" width=\"\(f(cellW - 2 * gap))\" height=\"\(f(cellH - 2))\" rx=\"\(gap > 0 ? 3 : 0)\" fill=\"\(Palette.heat(share))\">"
                out += "<title>\(esc(p.period.label)) · \(t("fase", "phase")) \(i + 1): \(Numbers.percent(share, language))</title></rect>\n"
                if cellW >= 34 {
                    let cssClass = share > 0.55 ? "cell light" : "cell"
                    out += "<text x=\"\(f(x + cellW / 2))\" y=\"\(f(y + cellH / 2 + 4))\" class=\"\(cssClass)\" text-anchor=\"middle\">\(num(share * 100, 0))</text>\n"
                }
            }
        }
        let bottom = top + 5 * cellH
        let heatLabels = labelled((0..<n).map { left + (Double($0) + 0.5) * cellW })
        for (j, p) in team.periods.enumerated() where heatLabels.contains(j) {
            out += "<text x=\"\(f(left + (Double(j) + 0.5) * cellW))\" y=\"\(f(bottom + 16))\" class=\"axis\" text-anchor=\"middle\">\(esc(p.period.label))</text>\n"
        }
        // Key: the colour scale.
        let ky = bottom + 44
        out += "<text x=\"\(f(left - 8))\" y=\"\(f(ky + 4))\" class=\"key\" text-anchor=\"end\">\(t("% verslagen", "% of notes"))</text>\n"
        for k in 0...4 {
            let share = Double(k) / 4
            out += "<rect x=\"\(f(left + Double(k) * 44))\" y=\"\(f(ky - 8))\" width=\"42\" height=\"14\" rx=\"2\" fill=\"\(Palette.heat(share))\"/>"
            out += "<text x=\"\(f(left + Double(k) * 44 + 21))\" y=\"\(f(ky + 20))\" class=\"axis\" text-anchor=\"middle\">\(k * 25)</text>\n"
        }
        out += "</svg>\n"
    }

    mutating func profileChart(_ team: TeamTrend, id: String) {
        let w = 920.0, rowH = 40.0
        let h = 24 + 5 * rowH + 8
        let center = w / 2, half = 250.0
        let desc = ReflectionDimension.allCases.map { d in
            let v = team.dimensionProfile[d.index]
            return "\(Vocabulary.dimension(d).name(language)): " + (v.map { Numbers.signed($0, digits: 2, language) } ?? t("geen gegevens", "no data"))
        }.joined(separator: "; ")
        svgOpen(id: "\(id)-profile", width: Int(w), height: Int(h),
                title: t("Gemiddelde balans per dimensie, van −1 (piekeren) tot +1 (reflecteren)",
                         "Mean balance per dimension, from −1 (brooding) to +1 (reflecting)"),
                desc: desc + ".")
        out += "<text x=\"\(f(center - half))\" y=\"14\" class=\"key pole-p\" text-anchor=\"start\">← \(Pole.piekeren.name(language))</text>\n"
        out += "<text x=\"\(f(center + half))\" y=\"14\" class=\"key pole-r\" text-anchor=\"end\">\(Pole.reflecteren.name(language)) →</text>\n"
        out += "<line x1=\"\(f(center))\" y1=\"22\" x2=\"\(f(center))\" y2=\"\(f(h - 6))\" class=\"axisline\"/>\n"
        for (i, d) in ReflectionDimension.allCases.enumerated() {
            let y = 24 + Double(i) * rowH
            let words = Vocabulary.dimension(d)
            out += "<line x1=\"\(f(center - half))\" y1=\"\(f(y + rowH / 2))\" x2=\"\(f(center + half))\" y2=\"\(f(y + rowH / 2))\" class=\"grid\"/>\n"
            out += "<text x=\"\(f(center - half - 12))\" y=\"\(f(y + rowH / 2 + 4))\" class=\"axis\" text-anchor=\"end\">\(esc(words.piekeren(language)))</text>\n"
            out += "<text x=\"\(f(center + half + 12))\" y=\"\(f(y + rowH / 2 + 4))\" class=\"axis\" text-anchor=\"start\">\(esc(words.reflecteren(language)))</text>\n"
            out += "<text x=\"\(f(center - half - 12))\" y=\"\(f(y + rowH / 2 - 10))\" class=\"dimname\" text-anchor=\"end\">\(esc(words.name(language)))</text>\n"
            if let v = team.dimensionProfile[d.index] {
                let len = half * min(max(v, -1), 1)
                let x = len >= 0 ? center : center + len
                let color = len >= 0 ? Palette.mode(.reflecteren) : Palette.mode(.piekeren)
                out += "<rect x=\"\(f(x))\" y=\"\(f(y + rowH / 2 - 9))\" width=\"\(f(max(abs(len), 1.5)))\" height=\"18\" rx=\"3\" fill=\"\(color)\">"
                out += "<title>\(esc(words.name(language))): \(Numbers.signed(v, digits: 2, language))</title></rect>\n"
                let tx = len >= 0 ? center + len + 8 : center + len - 8
                out += "<text x=\"\(f(tx))\" y=\"\(f(y + rowH / 2 + 4))\" class=\"value\" text-anchor=\"\(len >= 0 ? "start" : "end")\">\(Numbers.signed(v, digits: 2, language))</text>\n"
            } else {
                out += "<text x=\"\(f(center + 8))\" y=\"\(f(y + rowH / 2 + 4))\" class=\"axis\">\(t("geen gegevens", "no data"))</text>\n"
            }
        }
        out += "</svg>\n"
    }

    mutating func dataTable(_ team: TeamTrend, id: String) {
        out += "<table class=\"data\">\n<caption>\(t("De cijfers achter de grafieken", "The numbers behind the charts"))</caption>\n<thead><tr>"
        let head = [t("periode", "period"), t("verslagen", "notes"), t("auteurs", "authors"), t("diepgang", "depth"),
                    t("95 %-interval", "95 % interval"), Mode.reflecteren.label(language), Mode.piekeren.label(language),
                    t("fasen 1–5 (%)", "phases 1–5 (%)"), t("waarom per verslag", "why per note"), t("waarom piekerend", "why brooding")]
        for (i, hcell) in head.enumerated() { out += "<th scope=\"col\"\(i == 0 ? "" : " class=\"num\"")>\(esc(hcell))</th>" }
        out += "</tr></thead>\n<tbody>\n"
        for p in team.periods {
            out += "<tr><th scope=\"row\">\(esc(p.period.label))</th>"
            let cells = [String(p.notes), String(p.authors), num(p.depthMean, 2),
                         p.depthInterval.map { "\(num($0.lower, 2))–\(num($0.upper, 2))" } ?? "–",
                         Numbers.percent(p.modeShares[NoteMode.reflecteren.index], language),
                         Numbers.percent(p.modeShares[NoteMode.piekeren.index], language),
                         p.phaseCoverage.map { num($0 * 100, 0) }.joined(separator: " · "),
                         num(p.whyRate, 2), p.whyPiekerendShare.map { Numbers.percent($0, language) } ?? "–"]
            for c in cells { out += "<td class=\"num\">\(esc(c))</td>" }
            out += "</tr>\n"
        }
        out += "</tbody>\n</table>\n"
    }

    // MARK: Footer

    mutating func footer() {
        out += "<footer>\n"
        let whole = report.suppressed.filter { $0.period == nil }
        if report.teams.isEmpty {
            out += "<p class=\"suppressed\">\(t("Geen enkele groep is groot genoeg om te tonen.", "No group is large enough to show."))</p>\n"
        }
        if !whole.isEmpty {
            let names = whole.map { Vocabulary.teamName($0.team)(language) }.joined(separator: ", ")
            out += "<p class=\"suppressed\">\(t("Teams", "Teams")) \(esc(Vocabulary.suppressedNote(language))): \(esc(names)).</p>\n"
        }
        out += "<h2>\(t("Hoe dit is berekend", "How this was computed"))</h2>\n<ul class=\"method\">\n"
        out += "<li>" + t(
            "Privacy: een \(step) van een team wordt alleen getoond bij minstens \(Wording.count(report.thresholds.minNotes, "verslag", "verslagen")) van minstens \(Wording.count(report.thresholds.minAuthors, "auteur", "verschillende auteurs")); kleinere groepen staan nergens in, ook niet in totalen. Er is geen uitsplitsing per persoon.",
            "Privacy: a team's \(step) is shown only with at least \(Wording.count(report.thresholds.minNotes, "note", "notes")) by at least \(Wording.count(report.thresholds.minAuthors, "author", "different authors")); smaller groups are left out everywhere, totals included. There is no breakdown per person.") + "</li>\n"
        out += "<li>" + t(
            "Interval: het 95 %-betrouwbaarheidsinterval van het gemiddelde volgens de t-verdeling, begrensd tot de schaal 0–4.",
            "Interval: the 95 % confidence interval of the mean from the t distribution, clipped to the scale 0–4.") + "</li>\n"
        out += "<li>" + t(
            "Trend (‘stijgt’, ‘daalt’): de helling van Theil–Sen (de mediaan van alle hellingen tussen twee \(stepPlural); een ontbrekende of onderdrukte \(step) telt als stap) met het interval van Sen, en de toets van Mann–Kendall met correctie voor gelijke waarden; ‘stijgend’ of ‘dalend’ bij p < 0,05. Alleen getoonde \(stepPlural) tellen mee.",
            "Trend: the Theil–Sen slope (the median of all slopes between two \(stepPlural); a missing or suppressed \(step) counts as a step) with Sen's interval, and the Mann–Kendall test with the correction for ties; ‘rising’ or ‘falling’ at p < 0.05. Only shown \(stepPlural) count.") + "</li>\n"
        out += "<li>" + t(
            "Waarom-vragen: het aantal per verslag; ‘piekerend’ is het deel van die vragen dat zelfverwijtend of retorisch is.",
            "Why-questions: the number per note; ‘brooding’ is the part of those questions that is self-blaming or rhetorical.") + "</li>\n"
        out += "<li>" + t(
            "Een trend wordt pas genoemd vanaf \(TrendReport.minimumPeriodsForTrend) getoonde \(stepPlural); met minder staat er ‘te weinig perioden voor een trend’.",
            "A trend is only stated from \(TrendReport.minimumPeriodsForTrend) shown \(stepPlural); with fewer the report says ‘too few periods for a trend’.") + "</li>\n"
        if let choice = provenance?.periodChoice {
            out += "<li>" + esc(t("Periode: ", "Period: ") + choice(language)) + "</li>\n"
        }
        out += "</ul>\n"
        var made: [String] = []
        if let p = provenance {
            made.append(t("Gemaakt op \(p.generated)", "Made on \(p.generated)"))
            if !p.inputs.isEmpty {
                let names = p.inputs.map { $0 == "-" ? t("standaardinvoer", "standard input") : $0 }
                made.append(t("uit ", "from ") + names.joined(separator: ", "))
            }
        }
        made.append("\(ToolInfo.name) \(report.toolVersion)")
        made.append("lexicon \(report.lexiconVersion ?? "–")")
        out += "<p class=\"small provenance\">\(esc(made.joined(separator: " · ")))</p>\n"
        out += "</footer>\n"
    }

    // MARK: Helpers

    /// SVG coordinates: one decimal, always a point.
    func f(_ v: Double) -> String { ByteWriter.format(v, digits: 1) }

    func esc(_ s: String) -> String {
        var r = ""
        r.reserveCapacity(s.utf8.count)
        for ch in s.unicodeScalars {
            switch ch {
            case "&": r += "&amp;"
            case "<": r += "&lt;"
            case ">": r += "&gt;"
            case "\"": r += "&quot;"
            default: r.unicodeScalars.append(ch)
            }
        }
        return r
    }

    var css: String {
        """
        :root { color-scheme: light; }
        * { box-sizing: border-box; }
        body { margin: 0; background: #f6f4ef; color: \(Palette.ink);
          font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Liberation Sans", "Helvetica Neue", Arial, sans-serif;
          font-size: 16px; line-height: 1.5; font-variant-numeric: tabular-nums; }
        main { max-width: 1000px; margin: 0 auto; padding: 40px 32px 56px; }
        h1 { font-size: 34px; line-height: 1.15; margin: 4px 0 8px; font-weight: 700; letter-spacing: -0.01em; }
        h2 { font-size: 24px; margin: 0 0 12px; }
        h3 { font-size: 15px; margin: 0 0 6px; color: \(Palette.muted); font-weight: 600; text-transform: uppercase; letter-spacing: 0.04em; }
        .kicker { margin: 0; color: \(Palette.line); font-weight: 600; letter-spacing: 0.06em; text-transform: uppercase; font-size: 13px; }
        .facts { margin: 0 0 12px; color: \(Palette.muted); }
        .intro { max-width: 760px; margin: 0; }
        .top { margin-bottom: 28px; }
        section { background: #fff; border-radius: 14px; padding: 24px 28px; margin: 0 0 28px; box-shadow: 0 1px 3px rgba(35,48,61,0.08); }
        .legend h2 { font-size: 18px; }
        .levels { list-style: none; padding: 0; margin: 0 0 10px; display: grid; grid-template-columns: repeat(5, 1fr); gap: 8px; }
        .level { border-radius: 10px; padding: 10px 12px; background: #f1f5f8; display: flex; flex-direction: column; }
        .level-num { font-size: 22px; font-weight: 700; color: \(Palette.line); line-height: 1.1; }
        .level-name { font-weight: 600; }
        .level-text { font-size: 13px; color: \(Palette.muted); line-height: 1.35; }
        .level-0 { background: #f4efe9; } .level-1 { background: #f1f1ec; } .level-2 { background: #ebf2ef; }
        .level-3 { background: #e2efea; } .level-4 { background: #d6ebe4; }
        .small { font-size: 13px; color: \(Palette.muted); margin: 6px 0 0; }
        .verdict { display: flex; gap: 12px; align-items: center; font-size: 19px; font-weight: 600; margin: 0 0 16px;
          padding: 12px 16px; border-radius: 10px; background: #eef3f6; }
        .verdict .arrow { font-size: 28px; line-height: 1; }
        .verdict-up { background: #e4f1ec; } .verdict-up .arrow { color: #2c7a66; }
        .verdict-down { background: #f7e9e3; } .verdict-down .arrow { color: #b0563e; }
        .verdict-flat .arrow { color: \(Palette.line); }
        .figures { display: flex; flex-wrap: wrap; gap: 10px 28px; margin: 0 0 18px; }
        .figures div { display: flex; flex-direction: column-reverse; }
        .figures dt { font-size: 13px; color: \(Palette.muted); }
        .figures dd { margin: 0; font-size: 24px; font-weight: 700; }
        .chart { margin: 0 0 18px; break-inside: avoid; }
        .grid { display: grid; grid-template-columns: 1fr 1fr; gap: 24px; }
        svg { display: block; height: auto; overflow: visible; }
        svg text { font-family: inherit; fill: \(Palette.ink); }
        svg .axis { font-size: 12px; fill: \(Palette.muted); }
        svg .key { font-size: 12.5px; }
        svg .dimname { font-size: 13px; font-weight: 600; }
        svg .value { font-size: 12.5px; font-weight: 600; }
        svg .cell { font-size: 12px; fill: \(Palette.ink); }
        svg .cell.light { fill: #fff; }
        svg .pole-p { fill: #a4523c; font-weight: 600; }
        svg .pole-r { fill: #2c7a66; font-weight: 600; }
        svg .grid { stroke: \(Palette.grid); stroke-width: 1; }
        svg .axisline { stroke: #9aa7b3; stroke-width: 1.2; }
        svg .band { fill: \(Palette.band); opacity: 0.85; }
        svg .meanline { fill: none; stroke: \(Palette.line); stroke-width: 2.5; stroke-linejoin: round; }
        svg .trendline { stroke: #8a6d3b; stroke-width: 1.8; stroke-dasharray: 6 5; }
        svg .point { fill: #fff; stroke: \(Palette.line); stroke-width: 2.5; }
        table.data { border-collapse: collapse; width: 100%; font-size: 12.5px; margin-top: 8px; }
        table.data caption { text-align: left; font-weight: 600; color: \(Palette.muted); padding-bottom: 4px; }
        table.data th, table.data td { padding: 4px 7px; white-space: nowrap; border-bottom: 1px solid \(Palette.grid); text-align: left; }
        table.data .num { text-align: right; }
        table.data thead th { font-weight: 600; color: \(Palette.muted); white-space: normal; vertical-align: bottom; }
        .suppressed { color: \(Palette.muted); font-style: italic; font-size: 14px; }
        footer { padding: 0 4px; }
        footer h2 { font-size: 18px; margin-top: 8px; }
        .method { padding-left: 20px; font-size: 14px; color: \(Palette.muted); }
        .how { font-size: 13px; color: \(Palette.muted); margin: 4px 0 0; }
        .verdict-none .arrow { color: \(Palette.muted); }
        .table-wrap { overflow-x: auto; max-width: 100%; }
        .provenance { overflow-wrap: anywhere; }
        body { overflow-wrap: break-word; }
        @media (max-width: 760px) { .grid { grid-template-columns: 1fr; } .levels { grid-template-columns: 1fr; } main { padding: 20px 14px; } }
        @media (max-width: 520px) {
          main { padding: 14px 8px 32px; }
          section { padding: 14px 12px; border-radius: 10px; margin-bottom: 18px; }
          h1 { font-size: 26px; } h2 { font-size: 20px; }
          .verdict { font-size: 16px; padding: 10px 12px; }
          .figures { gap: 6px 18px; } .figures dd { font-size: 20px; }
          table.data { font-size: 12px; }
          table.data th, table.data td { padding: 3px 5px; }
          /* The two wide charts keep a legible size and scroll inside their own box; the page
             itself never scrolls sideways. */
          .chart.wide { overflow-x: auto; }
          .chart.wide svg { min-width: 680px; }
          .level { padding: 6px 10px; }
        }
        @media print {
          @page { size: A4; margin: 14mm; }
          body { background: #fff; font-size: 11pt; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
          main { max-width: none; padding: 0; }
          section { box-shadow: none; border: 1px solid \(Palette.grid); padding: 12px 16px; }
          /* No forced page breaks: a team starts where the last one ended, charts and tables are
             kept whole, so no page is left mostly blank. */
          section { break-inside: auto; margin-bottom: 10mm; }
          h2, h3 { break-after: avoid; }
          .table-wrap { overflow: visible; }
          .how, .figures { break-inside: avoid; }
          .grid { grid-template-columns: 1fr 1fr; gap: 16px; }
          .levels { grid-template-columns: repeat(5, 1fr); }
          .chart { margin-bottom: 8px; }
          .figures dd { font-size: 18pt; }
          h1 { font-size: 22pt; }
          .intro { font-size: 10pt; }
          .chart, table.data, .verdict { break-inside: avoid; }
        }

        """
    }
}
