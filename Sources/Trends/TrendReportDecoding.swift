import DiepgangAnalysis
import DiepgangCore
import Foundation

// Reading a trend report back from the JSON `TrendJSONPrinter` writes (`docs/OUTPUT.md`). The
// JSON leaves out what only the text and HTML reports show (balances per period, the hidden
// periods of a team, the notes shown); those read back empty, and `asPrinted()` gives a report
// as its JSON reads back, so `decode(print(r)) == r.asPrinted()`.

private func printed(_ x: Double, _ digits: Int = 4) -> Double {
    x.isFinite ? Double(ByteWriter.format(x, digits: digits)) ?? x : x
}

extension Period {
    /// The period a label names: `2025-W07`, `2025-07` or `2025-Q3`; nil for anything else.
    public init?(label: String) {
        let parts = label.split(separator: "-")
        guard parts.count == 2, parts[0].count == 4, let year = Int(parts[0]) else { return nil }
        let rest = parts[1]
        if rest.first == "W", let week = Int(rest.dropFirst()), (1...53).contains(week) {
            // Week 1 holds 4 January.
            let january4 = Day(year: year, month: 1, day: 4)
            let monday = Day(ordinal: january4.weekStart.ordinal + 7 * (week - 1))
            self.init(kind: .week, containing: monday)
        } else if rest.first == "Q", let quarter = Int(rest.dropFirst()), (1...4).contains(quarter) {
            self.init(kind: .quarter, ordinal: year * 4 + quarter - 1)
        } else if let month = Int(rest), (1...12).contains(month), rest.count == 2 {
            self.init(kind: .month, ordinal: year * 12 + month - 1)
        } else {
            return nil
        }
        guard self.label == label else { return nil }
    }
}

private func period(_ c: KeyedDecodingContainer<JSONKey>, _ key: String) throws -> Period {
    let label = try c.decode(String.self, forKey: JSONKey(key))
    guard let p = Period(label: label) else {
        throw DecodingError.dataCorruptedError(forKey: JSONKey(key), in: c, debugDescription: "no period: \(label)")
    }
    return p
}

private func pair(_ c: KeyedDecodingContainer<JSONKey>, _ key: String) throws -> (Double, Double)? {
    guard let values = try c.decodeIfPresent([Double].self, forKey: JSONKey(key)), values.count == 2 else { return nil }
    return (values[0], values[1])
}

extension TrendReport: Decodable {
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: JSONKey.self)
        toolVersion = try c.decode(String.self, forKey: JSONKey("tool_version"))
        lexiconVersion = try c.decodeIfPresent(String.self, forKey: JSONKey("lexicon_version"))
        let kind = try c.decode(String.self, forKey: JSONKey("period"))
        guard let periodKind = PeriodKind(rawValue: kind) else {
            throw DecodingError.dataCorruptedError(forKey: JSONKey("period"), in: c, debugDescription: "unknown period kind \(kind)")
        }
        self.periodKind = periodKind
        thresholds = PrivacyThresholds(minNotes: try c.decode(Int.self, forKey: JSONKey("min_notes")),
                                       minAuthors: try c.decode(Int.self, forKey: JSONKey("min_authors")))
        teams = try c.decode([TeamTrend].self, forKey: JSONKey("teams"))
        suppressed = try c.decode([SuppressedGroup].self, forKey: JSONKey("suppressed"))
    }

    /// This report as its JSON reads back: decimals as printed, the parts the JSON leaves out empty.
    public func asPrinted() -> TrendReport {
        var r = self
        r.teams = teams.map { team in
            var t = team
            t.suppressedPeriods = []
            t.shownNotes = 0
            t.dimensionProfile = team.dimensionProfile.map { $0.map { printed($0) } }
            t.trend = team.trend.map { x in
                TrendTest(count: x.count, slope: printed(x.slope, 8), slopeLower: printed(x.slopeLower, 8), slopeUpper: printed(x.slopeUpper, 8),
                          s: x.s, varianceS: printed(x.varianceS, 6), z: printed(x.z, 6), pValue: printed(x.pValue, 6), direction: x.direction)
            }
            t.periods = team.periods.map { p in
                var q = p
                q.depthMean = printed(p.depthMean)
                q.depthInterval = p.depthInterval.map { Interval(lower: printed($0.lower), upper: printed($0.upper)) }
                q.modeShares = p.modeShares.map { printed($0) }
                q.phaseCoverage = p.phaseCoverage.map { printed($0) }
                q.whyRate = printed(p.whyRate)
                q.whyPiekerendShare = p.whyPiekerendShare.map { printed($0) }
                q.dimensionBalances = Array(repeating: nil, count: 5)
                return q
            }
            return t
        }
        return r
    }
}

extension TeamTrend: Decodable {
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: JSONKey.self)
        team = try c.decodeIfPresent(String.self, forKey: JSONKey("team")) ?? ""
        periods = try c.decode([PeriodSummary].self, forKey: JSONKey("periods"))
        suppressedPeriods = []
        shownNotes = 0
        let t = try c.nestedContainer(keyedBy: JSONKey.self, forKey: JSONKey("trend"))
        if let slope = try t.decodeIfPresent(Double.self, forKey: JSONKey("slope")), let (lower, upper) = try pair(t, "slope_ci") {
            let direction = try t.decode(String.self, forKey: JSONKey("direction"))
            trend = TrendTest(count: try t.decode(Int.self, forKey: JSONKey("periods")), slope: slope, slopeLower: lower, slopeUpper: upper,
                              s: try t.decode(Int.self, forKey: JSONKey("mann_kendall_s")),
                              varianceS: try t.decode(Double.self, forKey: JSONKey("variance_s")),
                              z: try t.decode(Double.self, forKey: JSONKey("z")), pValue: try t.decode(Double.self, forKey: JSONKey("p_value")),
                              direction: TrendDirection(rawValue: direction) ?? .geenTrend)
        } else {
            trend = nil
        }
        let d = try c.nestedContainer(keyedBy: JSONKey.self, forKey: JSONKey("dimensions"))
        dimensionProfile = try ReflectionDimension.allCases.map { try d.decodeIfPresent(Double.self, forKey: JSONKey($0.rawValue)) }
    }
}

extension PeriodSummary: Decodable {
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: JSONKey.self)
        period = try DiepgangTrends.period(c, "period")
        notes = try c.decode(Int.self, forKey: JSONKey("notes"))
        authors = try c.decode(Int.self, forKey: JSONKey("authors"))
        depthMean = try c.decode(Double.self, forKey: JSONKey("depth_mean"))
        depthInterval = try pair(c, "depth_ci").map { Interval(lower: $0.0, upper: $0.1) }
        let modes = try c.nestedContainer(keyedBy: JSONKey.self, forKey: JSONKey("modes"))
        modeShares = try NoteMode.allCases.map { try modes.decode(Double.self, forKey: JSONKey($0.rawValue)) }
        let phases = try c.nestedContainer(keyedBy: JSONKey.self, forKey: JSONKey("phase_coverage"))
        phaseCoverage = try (1...5).map { try phases.decode(Double.self, forKey: JSONKey(String($0))) }
        whyRate = try c.decode(Double.self, forKey: JSONKey("why_questions_per_note"))
        whyPiekerendShare = try c.decodeIfPresent(Double.self, forKey: JSONKey("why_piekerend_share"))
        dimensionBalances = Array(repeating: nil, count: 5)
    }
}

extension SuppressedGroup: Decodable {
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: JSONKey.self)
        team = try c.decodeIfPresent(String.self, forKey: JSONKey("team")) ?? ""
        period = try c.decodeIfPresent(String.self, forKey: JSONKey("period")) == nil ? nil : try DiepgangTrends.period(c, "period")
    }
}

extension TrendTest {
    /// A test with its figures given (as read back from a report).
    public init(count: Int, slope: Double, slopeLower: Double, slopeUpper: Double, s: Int, varianceS: Double, z: Double,
                pValue: Double, direction: TrendDirection) {
        self.count = count
        self.slope = slope
        self.slopeLower = slopeLower
        self.slopeUpper = slopeUpper
        self.s = s
        self.varianceS = varianceS
        self.z = z
        self.pValue = pValue
        self.direction = direction
    }
}
