import DiepgangCore
import DiepgangVocabulary

/// What a team's wall report shows: some teams only, a date range, and the period — chosen so
/// that groups are large enough when the user did not choose one.
public struct TrendSelection: Sendable {
    /// Team names to keep (compared case-insensitively); empty keeps all.
    public var teams: [String] = []
    public var from: Day?
    public var to: Day?

    public init(teams: [String] = [], from: Day? = nil, to: Day? = nil) {
        self.teams = teams
        self.from = from
        self.to = to
    }

    /// The team names in the aggregate, for messages ("bedoelde je …?").
    public static func teamNames(_ aggregate: TrendAggregate) -> [String] {
        Set(aggregate.groups.keys.map(\.team)).sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    }

    /// The requested teams that are not in the aggregate.
    public func unknownTeams(in aggregate: TrendAggregate) -> [String] {
        let known = Set(Self.teamNames(aggregate).map { $0.lowercased() })
        return teams.filter { !known.contains($0.lowercased()) }
    }

    /// The teams selected. The dates are not applied here but as the report's `window`: a
    /// report of a stretch of time shows the periods in it as computed over all the data, so two
    /// stretches cannot be subtracted to reveal a group too small to show.
    public func apply(to aggregate: TrendAggregate) -> TrendAggregate {
        let wanted = Set(teams.map { $0.lowercased() })
        var out = aggregate
        out.groups = aggregate.groups.filter { key, _ in wanted.isEmpty || wanted.contains(key.team.lowercased()) }
        return out
    }

    /// The stretch of time to show (nil: all of it).
    public var window: ClosedRange<Day>? {
        guard from != nil || to != nil else { return nil }
        let start = from ?? Day(ordinal: Int.min / 4), end = to ?? Day(ordinal: Int.max / 4)
        return start <= end ? start...end : start...start
    }
}

/// The period a report uses when the user gave none: the finest of week, month and quarter in
/// which at most a fifth of the notes falls in groups too small to show; else the one that
/// shows the most notes. With the reason, to say on stderr and in the report.
public struct PeriodChoice: Sendable {
    public var kind: PeriodKind
    public var reason: Localized

    /// Share of notes that may fall in suppressed groups before a coarser period is tried.
    public static let maximumHiddenShare = 0.2

    public init(aggregate: TrendAggregate, thresholds: PrivacyThresholds) {
        var total = 0
        for g in aggregate.groups.values { total += g.notes }
        func hiddenShare(_ kind: PeriodKind) -> Double {
            guard total > 0 else { return 0 }
            let report = TrendReport(aggregate: aggregate, period: kind, thresholds: thresholds)
            let shown = report.teams.reduce(0) { $0 + $1.shownNotes }
            return Double(total - shown) / Double(total)
        }
        let kinds: [PeriodKind] = [.week, .month, .quarter]
        let shares = kinds.map(hiddenShare)
        func percent(_ x: Double) -> String { String(Int((x * 100).rounded())) + " %" }
        let limit = Localized(nl: "minstens \(thresholds.minNotes) verslagen van \(thresholds.minAuthors) auteurs",
                              en: "at least \(thresholds.minNotes) notes by \(thresholds.minAuthors) authors")
        if let i = shares.firstIndex(where: { $0 <= Self.maximumHiddenShare }) {
            kind = kinds[i]
            if i == 0 {
                reason = Localized(nl: "per week gekozen: de groepen zijn groot genoeg (\(limit.nl)); kies zelf met --period",
                                   en: "by week: the groups are large enough (\(limit.en)); choose with --period")
            } else {
                let finer = kinds[i - 1]
                reason = Localized(
                    nl: "per \(kind.name.nl) gekozen: per \(finer.name.nl) zou \(percent(shares[i - 1])) van de verslagen in te kleine groepen vallen (\(limit.nl) nodig) en niet getoond worden; kies zelf met --period",
                    en: "by \(kind.name.en): by \(finer.name.en), \(percent(shares[i - 1])) of the notes would fall in groups too small to show (\(limit.en) needed); choose with --period")
            }
        } else {
            let best = shares.indices.min { shares[$0] < shares[$1] || (shares[$0] == shares[$1] && $0 > $1) }!
            kind = kinds[best]
            reason = Localized(
                nl: "per \(kind.name.nl) gekozen, want dan vallen de minste verslagen weg; toch valt \(percent(shares[best])) in te kleine groepen (\(limit.nl) nodig)",
                en: "by \(kind.name.en), as that leaves out the fewest notes; still \(percent(shares[best])) fall in groups too small to show (\(limit.en) needed)")
        }
    }
}
