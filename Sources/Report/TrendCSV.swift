import DiepgangCore
import DiepgangTrends

/// The trend report as CSV (by default RFC 4180: comma, decimal point, CRLF, quoted where needed;
/// `CSVStyle.excelNL` for Dutch Excel): one row per team and shown period, with the team's trend
/// repeated on each row, then one row per suppressed group with `suppressed` = true and the
/// numbers left empty. Columns and units: docs/OUTPUT.md.
/// The trend report as CSV, one row per team and period (`trends --format csv`).
public struct TrendCSVPrinter: Printer {
    public var style: CSVStyle

    public init(style: CSVStyle = TrendCSV.rfc4180) {
        self.style = style
    }

    public mutating func write(_ report: TrendReport, into out: ByteWriter) {
        out.append(TrendCSV.render(report, style: style))
    }
}

public enum TrendCSV {
    public static let rfc4180 = CSVStyle(lineEnd: [0x0D, 0x0A])

    public static func render(_ report: TrendReport, style: CSVStyle = rfc4180) -> [UInt8] {
        func num(_ v: Double, _ digits: Int) -> String { style.decimal(TrendCSV.num(v, digits)) }
        var header = ["team", "period", "suppressed", "notes", "authors", "depth_mean", "depth_ci_lower", "depth_ci_upper"]
        header += NoteMode.allCases.map { "mode_\($0.rawValue)" }
        header += (1...5).map { "phase_\($0)" }
        header += ["why_questions_per_note", "why_piekerend_share",
                   "trend_slope", "trend_slope_ci_lower", "trend_slope_ci_upper", "trend_mann_kendall_s", "trend_p_value", "trend_direction",
                   "tool_version", "lexicon_version"]
        var out = style.preamble
        style.appendRow(header, into: &out)
        let versions = [report.toolVersion, report.lexiconVersion ?? ""]
        for team in report.teams {
            var trend = [String](repeating: "", count: 6)
            if let t = team.trend {
                trend = [num(t.slope, 8), num(t.slopeLower, 8), num(t.slopeUpper, 8), String(t.s), num(t.pValue, 6), t.direction.rawValue]
            } else {
                trend[5] = TrendDirection.geenTrend.rawValue
            }
            for p in team.periods {
                var row = [team.team, p.period.label, "false", String(p.notes), String(p.authors), num(p.depthMean, 4),
                           p.depthInterval.map { num($0.lower, 4) } ?? "", p.depthInterval.map { num($0.upper, 4) } ?? ""]
                row += p.modeShares.map { num($0, 4) }
                row += p.phaseCoverage.map { num($0, 4) }
                row += [num(p.whyRate, 4), p.whyPiekerendShare.map { num($0, 4) } ?? ""]
                style.appendRow(row + trend + versions, into: &out)
            }
        }
        for s in report.suppressed {
            var row = [s.team, s.period?.label ?? "", "true"]
            row += [String](repeating: "", count: header.count - 3 - 2)
            style.appendRow(row + versions, into: &out)
        }
        return out
    }

    static func num(_ v: Double, _ digits: Int) -> String {
        v.isFinite ? ByteWriter.format(v, digits: digits) : ""
    }

    static func quote(_ cell: String) -> String {
        guard cell.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return cell }
        return "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

extension String {
    fileprivate func replacingOccurrences(of target: String, with replacement: String) -> String {
        split(separator: Character(target), omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
