import DiepgangCore

/// When a group is too small to show: fewer notes or fewer distinct authors than this.
public struct PrivacyThresholds: Sendable, Equatable {
    public var minNotes: Int
    public var minAuthors: Int

    public init(minNotes: Int = 5, minAuthors: Int = 3) {
        self.minNotes = minNotes
        self.minAuthors = minAuthors
    }

    func allows(_ g: GroupStatistics) -> Bool {
        g.notes >= minNotes && g.authors.count >= minAuthors
    }
}

public struct Interval: Sendable, Equatable {
    public var lower: Double
    public var upper: Double

    public init(lower: Double, upper: Double) {
        self.lower = lower
        self.upper = upper
    }
}

/// What is shown for one team in one period.
public struct PeriodSummary: Sendable, Equatable {
    public var period: Period
    public var notes: Int
    /// Distinct authors: a count only, never who.
    public var authors: Int
    public var depthMean: Double
    /// 95 % t-interval of the mean depth, clipped to the scale 0…4; nil for a single note.
    public var depthInterval: Interval?
    /// Share of notes per mode, in `NoteMode.allCases` order.
    public var modeShares: [Double]
    /// Share of notes in which spiral phase 1…5 is present.
    public var phaseCoverage: [Double]
    /// Why-questions per note.
    public var whyRate: Double
    /// Share of the why-questions that is `piekerend`; nil when there were none.
    public var whyPiekerendShare: Double?
    /// Mean balance per dimension (−1 piekeren … 1 reflecteren); nil where none was reported.
    public var dimensionBalances: [Double?]

    init(period: Period, stats g: GroupStatistics) {
        self.period = period
        notes = g.notes
        authors = g.authors.count
        let n = Double(g.notes)
        depthMean = Double(g.depthSum) / n
        depthInterval = TrendStatistics.meanInterval(count: g.notes, sum: g.depthSum, squareSum: g.depthSquareSum)
            .map { Interval(lower: max(0, $0.lower), upper: min(4, $0.upper)) }
        modeShares = g.modeCounts.map { Double($0) / n }
        phaseCoverage = g.phaseCounts.map { Double($0) / n }
        whyRate = Double(g.whyQuestions) / n
        whyPiekerendShare = g.whyQuestions > 0 ? Double(g.whyPiekerend) / Double(g.whyQuestions) : nil
        dimensionBalances = (0..<5).map { i in
            g.balanceCounts[i] > 0 ? Double(g.balanceSums[i]) / Double(g.balanceCounts[i]) / GroupStatistics.balanceScale : nil
        }
    }
}

/// One team: its shown periods, the trend over them, and its dimension profile.
public struct TeamTrend: Sendable, Equatable {
    /// The team's name; "" for notes without a team.
    public var team: String
    public var periods: [PeriodSummary]
    /// Periods of this team that are suppressed (only their names).
    public var suppressedPeriods: [Period]
    /// Over the shown periods only; nil below two periods.
    public var trend: TrendTest?
    /// Mean balance per dimension over the shown periods' notes.
    public var dimensionProfile: [Double?]
    /// Notes in the shown periods (a sum of shown numbers, so it reveals nothing suppressed).
    public var shownNotes: Int
}

/// A group that is not shown: a team in a period, or a whole team (period nil).
public struct SuppressedGroup: Sendable, Equatable {
    public var team: String
    public var period: Period?
}

/// The trend report: per team and period, with the privacy rule applied. Built from the
/// aggregate alone, so a merged aggregate gives the same report as one run.
public struct TrendReport: Sendable, Equatable {
    /// A trend is stated only over at least this many shown periods: from two or three points
    /// any line looks like a trend.
    public static let minimumPeriodsForTrend = 4

    public var periodKind: PeriodKind
    public var thresholds: PrivacyThresholds
    public var teams: [TeamTrend]
    public var suppressed: [SuppressedGroup]
    public var toolVersion: String
    /// The lexicon version of the analyses; several joined by "," when inputs were mixed.
    public var lexiconVersion: String?

    /// `window` picks the periods shown (those that overlap it); they are still computed, and the
    /// privacy rule applied, over all the data, so reports of two windows cannot be subtracted.
    public init(aggregate: TrendAggregate, period kind: PeriodKind, thresholds: PrivacyThresholds = PrivacyThresholds(),
                window: ClosedRange<Day>? = nil) {
        periodKind = kind
        self.thresholds = thresholds
        toolVersion = ToolInfo.version
        let versions = aggregate.lexiconVersions.sorted()
        lexiconVersion = versions.isEmpty ? nil : versions.joined(separator: ",")

        // Team → week → statistics, and team → period → statistics.
        var weeksByTeam: [String: [Day: GroupStatistics]] = [:]
        for (key, stats) in aggregate.groups { weeksByTeam[key.team, default: [:]][key.day, default: GroupStatistics()].merge(stats) }
        teams = []
        suppressed = []
        for team in weeksByTeam.keys.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) {
            let weeks = weeksByTeam[team]!
            let disclosure = Disclosure(weeks: weeks, thresholds: thresholds)
            var periods: [Period: GroupStatistics] = [:]
            var total = GroupStatistics()
            for (monday, stats) in weeks {
                let period = Period(kind: kind, week: monday)
                if let window, !period.calendarDays.overlaps(window) { continue }
                periods[period, default: GroupStatistics()].merge(stats)
                total.merge(stats)
            }
            if periods.isEmpty { continue }
            let shownPeriods = periods.keys.sorted().filter { disclosure.shown.contains($0) }
            // A team too small as a whole, or with nothing left to show, is suppressed entirely,
            // without its periods, so not even its activity over time is visible.
            guard thresholds.allows(total), !shownPeriods.isEmpty else {
                suppressed.append(SuppressedGroup(team: team, period: nil))
                continue
            }
            let hidden = periods.keys.sorted().filter { !disclosure.shown.contains($0) }
            suppressed += hidden.map { SuppressedGroup(team: team, period: $0) }
            let summaries = shownPeriods.map { PeriodSummary(period: $0, stats: periods[$0]!) }
            var shown = GroupStatistics()
            for p in shownPeriods { shown.merge(periods[p]!) }
            let profile: [Double?] = (0..<5).map { i in
                shown.balanceCounts[i] > 0 ? Double(shown.balanceSums[i]) / Double(shown.balanceCounts[i]) / GroupStatistics.balanceScale : nil
            }
            let trend = summaries.count >= Self.minimumPeriodsForTrend
                ? TrendTest(positions: summaries.map(\.period.ordinal), values: summaries.map(\.depthMean)) : nil
            teams.append(TeamTrend(team: team, periods: summaries, suppressedPeriods: hidden, trend: trend,
                                   dimensionProfile: profile, shownNotes: shown.notes))
        }
    }
}
