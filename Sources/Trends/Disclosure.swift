/// Which periods of one team may be shown, in any report: the rule against differencing.
///
/// A group below the thresholds is hidden, but hiding it is not enough when reports of several
/// period kinds are shared: a quarter minus its shown months gives the hidden month. Weeks nest in
/// months and months in quarters (`Period(kind:week:)`), so everything one can compute from the
/// shown periods of all kinds together is a sum of *residues*: for each shown period, what is left
/// of it after taking away the shown periods inside it. A period is shown only if it passes the
/// thresholds itself and its residue is empty or passes them too; then every group anyone can
/// recover by subtracting shown figures is at least as large as the thresholds ask.
///
/// The decision is the same whichever period kind a report shows, so comparing a week, a month
/// and a quarter report reveals nothing. Months come first, as the period teams read most: a
/// month large enough is shown; a week is shown only if what it leaves of its shown month stays
/// large enough (or nothing is left); a quarter only if what its shown months and weeks leave of it
/// is empty or large enough.
struct Disclosure {
    /// The periods (of every kind) that may be shown.
    private(set) var shown: Set<Period> = []

    init(weeks: [Day: GroupStatistics], thresholds: PrivacyThresholds) {
        func group(_ mondays: [Day]) -> GroupStatistics {
            var g = GroupStatistics()
            for monday in mondays { g.merge(weeks[monday]!) }
            return g
        }
        var weeksOfMonth: [Period: [Day]] = [:], weeksOfQuarter: [Period: [Day]] = [:]
        for monday in weeks.keys.sorted() {
            weeksOfMonth[Period(kind: .month, week: monday), default: []].append(monday)
            weeksOfQuarter[Period(kind: .quarter, week: monday), default: []].append(monday)
        }
        // Months on their own size.
        for (month, mondays) in weeksOfMonth where thresholds.allows(group(mondays)) { shown.insert(month) }
        // Weeks: in a shown month, one at a time (largest first), while the rest of the month stays safe.
        for (month, mondays) in weeksOfMonth {
            var rest = Set(mondays)
            let large = mondays.filter { thresholds.allows(weeks[$0]!) }
                .sorted { (weeks[$0]!.notes, $1.ordinal) > (weeks[$1]!.notes, $0.ordinal) }
            for monday in large {
                if shown.contains(month) {
                    let left = rest.subtracting([monday])
                    guard left.isEmpty || thresholds.allows(group(Array(left))) else { continue }
                    rest = left
                }
                shown.insert(Period(kind: .week, week: monday))
            }
        }
        // Quarters: what their shown months and weeks leave must be empty or safe.
        for (quarter, mondays) in weeksOfQuarter where thresholds.allows(group(mondays)) {
            let left = mondays.filter { !shown.contains(Period(kind: .week, week: $0)) && !shown.contains(Period(kind: .month, week: $0)) }
            if left.isEmpty || thresholds.allows(group(left)) { shown.insert(quarter) }
        }
    }
}
