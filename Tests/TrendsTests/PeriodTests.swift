import XCTest
@testable import DiepgangTrends

final class PeriodTests: XCTestCase {
    func testISOWeeksAroundYearEnds() throws {
        // Python: datetime.date.fromisoformat(d).isocalendar()
        let cases: [(String, String)] = [
            ("2025-02-12", "2025-W07"),
            ("2024-12-30", "2025-W01"),   // Monday of week 1 of 2025 lies in 2024
            ("2021-01-03", "2020-W53"),   // Sunday closing 2020's week 53
            ("2020-12-31", "2020-W53"),
            ("2026-01-01", "2026-W01"),
            ("1969-12-29", "1970-W01"),   // before day 0: floor division
        ]
        for (date, week) in cases {
            let day = try XCTUnwrap(Day(iso: date), date)
            XCTAssertEqual(Period(kind: .week, containing: day).label, week, date)
            XCTAssertEqual(day.iso, date)
        }
    }

    func testMonthsAndQuarters() throws {
        let day = try XCTUnwrap(Day(iso: "2025-07-31"))
        XCTAssertEqual(Period(kind: .month, containing: day).label, "2025-07")
        XCTAssertEqual(Period(kind: .quarter, containing: day).label, "2025-Q3")
        let next = try XCTUnwrap(Day(iso: "2025-08-01"))
        XCTAssertEqual(Period(kind: .month, containing: next).ordinal - Period(kind: .month, containing: day).ordinal, 1)
        XCTAssertEqual(Period(kind: .quarter, containing: try XCTUnwrap(Day(iso: "2026-01-01"))).ordinal
                       - Period(kind: .quarter, containing: day).ordinal, 2)
    }

    func testConsecutiveWeeksDifferByOne() throws {
        let a = try XCTUnwrap(Day(iso: "2025-12-28"))   // Sunday, 2025-W52
        let b = try XCTUnwrap(Day(iso: "2025-12-29"))   // Monday, 2026-W01
        XCTAssertEqual(Period(kind: .week, containing: a).label, "2025-W52")
        XCTAssertEqual(Period(kind: .week, containing: b).label, "2026-W01")
        XCTAssertEqual(Period(kind: .week, containing: b).ordinal - Period(kind: .week, containing: a).ordinal, 1)
    }

    func testInvalidDatesAreRefused() {
        for text in ["2025-02-29", "2025-13-01", "2025-00-10", "25-01-01", "2025/01/01", "", "gisteren", "2025-1-1"] {
            XCTAssertNil(Day(iso: text), text)
        }
        XCTAssertNotNil(Day(iso: "2024-02-29"))
        XCTAssertEqual(Day(iso: "2025-03-04T09:30:00")?.iso, "2025-03-04")
    }
}
