import DiepgangCore
import DiepgangTrends

/// The trend report as JSON: one object per report (`trends --format json`).
public struct TrendJSONPrinter: Printer {
    public init() {}

    public mutating func write(_ report: TrendReport, into out: ByteWriter) {
        out.append(TrendJSON.render(report))
    }
}

/// The trend report as JSON (keys as `docs/OUTPUT.md` fixes them).
public enum TrendJSON {
    public static func render(_ report: TrendReport) -> [UInt8] {
        let w = ByteWriter(capacity: 1 << 14)
        w.beginObject()
        w.field("tool_version", report.toolVersion)
        w.field("lexicon_version", report.lexiconVersion)
        w.field("period", report.periodKind.rawValue)
        w.field("min_notes", report.thresholds.minNotes)
        w.field("min_authors", report.thresholds.minAuthors)
        w.key("teams")
        w.beginArray()
        for team in report.teams { write(team, into: w) }
        w.endArray()
        w.key("suppressed")
        w.beginArray()
        for s in report.suppressed {
            w.beginObject()
            teamField(s.team, into: w)
            w.field("period", s.period?.label)
            w.endObject()
        }
        w.endArray()
        w.endObject()
        var bytes = w.bytes
        bytes.append(UInt8(ascii: "\n"))
        return bytes
    }

    static func teamField(_ team: String, into w: ByteWriter) {
        w.field("team", team.isEmpty ? nil : team)
    }

    static func write(_ team: TeamTrend, into w: ByteWriter) {
        w.beginObject()
        teamField(team.team, into: w)
        w.key("periods")
        w.beginArray()
        for p in team.periods { write(p, into: w) }
        w.endArray()
        w.key("trend")
        w.beginObject()
        if let t = team.trend {
            w.field("periods", t.count)
            w.field("slope", t.slope, digits: 8)
            w.key("slope_ci"); pair(t.slopeLower, t.slopeUpper, digits: 8, into: w)
            w.field("mann_kendall_s", t.s)
            w.field("variance_s", t.varianceS, digits: 6)
            w.field("z", t.z, digits: 6)
            w.field("p_value", t.pValue, digits: 6)
            w.field("direction", t.direction.rawValue)
        } else {
            w.field("periods", team.periods.count)
            for key in ["slope", "slope_ci", "mann_kendall_s", "variance_s", "z", "p_value"] { w.key(key); w.null() }
            w.field("direction", TrendDirection.geenTrend.rawValue)
        }
        w.endObject()
        w.key("dimensions")
        w.beginObject()
        for d in ReflectionDimension.allCases {
            w.key(d.rawValue)
            if let v = team.dimensionProfile[d.index] { w.double(v) } else { w.null() }
        }
        w.endObject()
        w.endObject()
    }

    static func write(_ p: PeriodSummary, into w: ByteWriter) {
        w.beginObject()
        w.field("period", p.period.label)
        w.field("notes", p.notes)
        w.field("authors", p.authors)
        w.field("depth_mean", p.depthMean)
        w.key("depth_ci")
        if let ci = p.depthInterval { pair(ci.lower, ci.upper, digits: 4, into: w) } else { w.null() }
        w.key("modes")
        w.beginObject()
        for m in NoteMode.allCases { w.field(m.rawValue, p.modeShares[m.index]) }
        w.endObject()
        w.key("phase_coverage")
        w.beginObject()
        for i in 0..<5 { w.field(String(i + 1), p.phaseCoverage[i]) }
        w.endObject()
        w.field("why_questions_per_note", p.whyRate)
        w.key("why_piekerend_share")
        if let s = p.whyPiekerendShare { w.double(s) } else { w.null() }
        w.endObject()
    }

    static func pair(_ a: Double, _ b: Double, digits: Int, into w: ByteWriter) {
        w.beginArray()
        w.double(a, digits: digits)
        w.double(b, digits: digits)
        w.endArray()
    }
}
