import XCTest
import DiepgangCore
@testable import DiepgangTrends

/// The rule against differencing (audit defect D5): whatever one subtracts across week, month and quarter
/// reports and across two windows, no group smaller than the thresholds comes out.
final class DisclosureTests: XCTestCase {
    let team = "Woongroep Zonnehof"

    /// January and February are large enough; March has 2 notes by one author (Fenna), which a
    /// quarter report minus the two shown months would give away.
    func corpus() -> [TrendObservation] {
        month(team, "2025-01", notes: 6, authors: ["Esra", "Pieter", "Anouk"], depth: { _ in 1 })
            + month(team, "2025-02", notes: 6, authors: ["Esra", "Pieter", "Anouk"], depth: { _ in 2 })
            + month(team, "2025-03", notes: 2, authors: ["Fenna"], depth: { _ in 4 })
    }

    func aggregate(_ observations: [TrendObservation]) -> TrendAggregate {
        var a = TrendAggregate()
        for o in observations { XCTAssertNil(a.add(o)) }
        return a
    }

    /// What an attacker holding every report computes: for each shown period, its figures minus
    /// those of the shown periods inside it. Returns the groups so recovered (notes, depth sum).
    func recoverable(_ a: TrendAggregate, window: ClosedRange<Day>? = nil) -> [(label: String, notes: Int, depthSum: Double)] {
        let reports = PeriodKind.allCases.map { TrendReport(aggregate: a, period: $0, window: window) }
        let shown = reports.flatMap { r in r.teams.flatMap { $0.periods } }
        var found: [(String, Int, Double)] = []
        for outer in shown {
            // The largest shown periods strictly inside `outer`.
            let inside = shown.filter { $0.period != outer.period && $0.period.kind != outer.period.kind
                && outer.period.days.contains($0.period.days.lowerBound) && outer.period.days.contains($0.period.days.upperBound) }
            let maximal = inside.filter { p in !inside.contains { q in q.period != p.period && q.period.days.contains(p.period.days.lowerBound)
                && q.period.days.contains(p.period.days.upperBound) && q.period.days != p.period.days } }
            let notes = outer.notes - maximal.reduce(0) { $0 + $1.notes }
            let depth = outer.depthMean * Double(outer.notes) - maximal.reduce(0) { $0 + $1.depthMean * Double($1.notes) }
            found.append((outer.period.label, notes, depth))
        }
        return found
    }

    func testQuarterMinusShownMonthsRevealsNoSmallGroup() {
        let a = aggregate(corpus())
        let months = TrendReport(aggregate: a, period: .month)
        XCTAssertEqual(months.teams.first?.periods.map(\.period.label), ["2025-01", "2025-02"])
        XCTAssertEqual(months.teams.first?.suppressedPeriods.map(\.label), ["2025-03"])
        // The quarter alone passes the thresholds (14 notes, 4 authors), but showing it would
        // give March as 14 − 6 − 6 = 2 notes with depth 4: it is held back as well.
        let quarters = TrendReport(aggregate: a, period: .quarter)
        XCTAssertTrue(quarters.teams.isEmpty || quarters.teams[0].periods.isEmpty, "\(quarters.teams)")
        for group in recoverable(a) {
            XCTAssertTrue(group.notes == 0 || group.notes >= 5, "\(group.label) gives away \(group.notes) notes")
        }
    }

    func testAQuarterIsShownWhenWhatIsLeftIsLargeEnough() {
        // March now has 5 notes by 3 authors: everything is shown and nothing small is left over.
        let a = aggregate(corpus() + month(team, "2025-03", notes: 3, authors: ["Sanne", "Ilse"], depth: { _ in 3 }))
        let quarters = TrendReport(aggregate: a, period: .quarter)
        XCTAssertEqual(quarters.teams.first?.periods.map(\.period.label), ["2025-Q1"])
        XCTAssertEqual(quarters.teams.first?.periods.first?.notes, 17)
        for group in recoverable(a) {
            XCTAssertTrue(group.notes == 0 || group.notes >= 5, "\(group.label) gives away \(group.notes) notes")
        }
    }

    func testTwoWindowsCannotBeSubtracted() throws {
        let a = aggregate(corpus() + month(team, "2025-03", notes: 3, authors: ["Sanne", "Ilse"], depth: { _ in 3 }))
        // Before: a report up to 28 February and one up to 31 March differed by March alone. Now
        // both show the first quarter as computed over all its notes.
        let upToFebruary = TrendReport(aggregate: a, period: .quarter, window: Day(year: 2025, month: 1, day: 1)...Day(year: 2025, month: 2, day: 28))
        let upToMarch = TrendReport(aggregate: a, period: .quarter, window: Day(year: 2025, month: 1, day: 1)...Day(year: 2025, month: 3, day: 31))
        XCTAssertEqual(TrendJSONFree.notes(upToFebruary), [[17]])
        XCTAssertEqual(TrendJSONFree.notes(upToMarch), [[17]])
        // A window only picks the periods shown; their figures are those of the whole data.
        let februaryOnly = TrendReport(aggregate: a, period: .month, window: Day(year: 2025, month: 2, day: 1)...Day(year: 2025, month: 2, day: 28))
        XCTAssertEqual(februaryOnly.teams.first?.periods.map(\.notes), [6])
    }

    func testAuthorsAreComparedAfterCaseAndSpaces() {
        // One person typed four ways is one author: with three needed, the group is not shown.
        let spellings = ["Fenna", "fenna", "Fenna ", "FENNA", " fenna"]
        let notes = spellings.enumerated().map { i, name in observation(team, name, "2025-04-1\(i)", depth: 2) }
        let r = TrendReport(aggregate: aggregate(notes), period: .month)
        XCTAssertTrue(r.teams.isEmpty)
        XCTAssertEqual(r.suppressed.map(\.team), [team])
    }

    func testPartialFilesHoldWeeksAndKeyedFingerprints() throws {
        var a = TrendAggregate(authorKey: Array("sleutel-van-de-onderzoeker-2026".utf8))
        for o in corpus() { a.add(o) }
        XCTAssertThrowsError(try TrendAggregate().partialJSON(), "a partial file without a key is refused")
        let text = String(decoding: try a.partialJSON(), as: UTF8.self)
        // Counts per week (a Monday), never per day.
        XCTAssertFalse(text.contains("\"date\""))
        for week in ["2025-01-06", "2025-01-13", "2025-02-10"] { XCTAssertTrue(text.contains("\"week\":\"\(week)\""), week) }
        XCTAssertFalse(text.contains("2025-01-10"))
        // The bare hash of a pseudonym from a first-name list is not in the file.
        for name in ["esra", "Esra", "fenna", "Fenna"] {
            var plain = FNV1a64()
            plain.update(name.utf8)
            XCTAssertFalse(text.contains(FNV1a64Hex.format(plain.value)), name)
        }
        // Merging needs the same key.
        XCTAssertThrowsError(try TrendAggregate(partialJSON: try a.partialJSON(), file: "deel.json",
                                                authorKey: Array("een-andere-sleutel-van-iemand".utf8)))
        XCTAssertNoThrow(try TrendAggregate(partialJSON: try a.partialJSON(), file: "deel.json",
                                            authorKey: Array("sleutel-van-de-onderzoeker-2026".utf8)))
    }
}

/// Notes per shown period of each team, to compare two reports.
enum TrendJSONFree {
    static func notes(_ r: TrendReport) -> [[Int]] { r.teams.map { $0.periods.map(\.notes) } }
}
