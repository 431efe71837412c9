import DiepgangCore
import DiepgangAnalysis

/// The overview a coach sees first when `analyse` gets many notes: one line per note (mode,
/// depth, words, phases, why-questions), then how many notes fall in each mode.
public enum NoteSummaryTable {
    public struct Row: Sendable {
        public var id: String
        public var mode: Mode
        public var depth: DepthLabel
        public var words: Int
        public var phases: [SpiralPhase]
        public var whyQuestions: Int

        public init(_ a: Analysis) {
            id = a.id
            mode = a.mode
            depth = a.depth.label
            words = a.words
            phases = a.phases.present
            whyQuestions = a.whyQuestions.count
        }
    }

    public static func render(_ rows: [Row], language: Language) -> String {
        let en = language == .en
        let header = en ? ["note", "mode", "depth", "words", "phases", "why"]
                        : ["verslag", "modus", "diepgang", "woorden", "fasen", "waarom"]
        var table = [header]
        for r in rows {
            table.append([r.id, r.mode.label(language), "\(r.depth.level) \(r.depth.name(language))", String(r.words),
                          r.phases.isEmpty ? "–" : r.phases.map { String($0.rawValue) }.joined(separator: " "), String(r.whyQuestions)])
        }
        var widths = [Int](repeating: 0, count: header.count)
        for line in table { for (i, c) in line.enumerated() { widths[i] = max(widths[i], c.count) } }
        // The id column need not push the rest off a narrow terminal.
        widths[0] = min(widths[0], 28)
        var out = ""
        for (n, line) in table.enumerated() {
            var cells: [String] = []
            for (i, c) in line.enumerated() {
                let cell = i == 0 && c.count > widths[0] ? String(c.prefix(widths[0] - 1)) + "…" : c
                let pad = String(repeating: " ", count: max(0, widths[i] - cell.count))
                cells.append(i == 3 || i == 5 ? pad + cell : cell + pad)
            }
            out += cells.joined(separator: "  ").trimmingTrailingSpaces() + "\n"
            if n == 0 { out += widths.map { String(repeating: "─", count: $0) }.joined(separator: "  ") + "\n" }
        }
        let total = Wording.count(rows.count, nl: ("verslag", "verslagen"), en: ("note", "notes"), language)
        let perMode = Mode.allCases.compactMap { m -> String? in
            let n = rows.filter { $0.mode == m }.count
            return n == 0 ? nil : "\(n) \(m.label(language))"
        }
        let meanDepth = rows.isEmpty ? 0 : Double(rows.reduce(0) { $0 + $1.depth.level }) / Double(rows.count)
        out += "\n" + total + ": " + perMode.joined(separator: ", ")
            + (en ? "; mean depth " : "; gemiddelde diepgang ") + Wording.decimal(meanDepth, digits: 1, language) + "\n"
        return out
    }
}

private extension String {
    func trimmingTrailingSpaces() -> String {
        var s = self
        while s.last == " " { s.removeLast() }
        return s
    }
}
