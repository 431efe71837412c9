import DiepgangAnalysis
import DiepgangCore

/// Analyses as text for a coach at a terminal. Several notes: an overview table first (or only
/// that, with `summaryOnly`), then one note after the other; so it keeps them until `end`.
public struct AnalysisTextPrinter: Printer {
    public typealias Item = AnalysedNote

    public var language: Language
    /// ANSI colours (only when writing to a terminal).
    public var color: Bool
    public var summaryOnly: Bool
    private var rows: [NoteSummaryTable.Row] = []
    private var reports: [String] = []

    public init(language: Language = .nl, color: Bool = false, summaryOnly: Bool = false) {
        self.language = language
        self.color = color
        self.summaryOnly = summaryOnly
    }

    public mutating func write(_ item: AnalysedNote, into out: ByteWriter) {
        rows.append(NoteSummaryTable.Row(item.analysis))
        if !summaryOnly { reports.append(item.analysis.renderText(language: language, color: color)) }
    }

    public mutating func end(into out: ByteWriter) {
        if rows.count > 1 || summaryOnly {
            out.append(text: NoteSummaryTable.render(rows, language: language))
            if !reports.isEmpty { out.append("\n") }
        }
        out.append(text: reports.joined(separator: "\n"))
    }
}
