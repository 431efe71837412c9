import DiepgangCore
import DiepgangReport
import DiepgangTrends
import Foundation
import XCTest

/// The trend report's JSON reads back into `TrendReport`: `decode(print(r)) == r.asPrinted()`,
/// for every period kind, with teams that show a trend, teams too small to show and gaps.
final class TrendPrinterTests: XCTestCase {
    func aggregate() -> TrendAggregate {
        var aggregate = TrendAggregate()
        let authors = ["Fatima", "Joost", "Ilse", "Bram"]
        for m in 1...6 where m != 4 {
            for i in 0..<6 {
                aggregate.add(observation("Wijkteam Noord", authors[i % 4], "2025-0\(m)-0\(i + 2)", depth: min(4, 1 + (m + i % 2) / 2),
                                          mode: i % 3 == 0 ? .piekeren : .reflecteren, phases: [1, 2, 4], why: i % 2,
                                          whyPiekerend: i % 3 == 0 ? i % 2 : 0, balance: 0.15 * Double(m) - 0.4))
                aggregate.add(observation("", authors[(i + 2) % 4], "2025-0\(m)-1\(i)", depth: 2, mode: .gemengd, phases: [2]))
            }
        }
        aggregate.add(observation("De Vlinder", "Fatima", "2025-03-04", depth: 1))
        return aggregate
    }

    func testJSONRoundTripsForEveryPeriodKind() throws {
        for kind in PeriodKind.allCases {
            let report = TrendReport(aggregate: aggregate(), period: kind, thresholds: PrivacyThresholds(minNotes: 3, minAuthors: 2))
            XCTAssertFalse(report.teams.isEmpty)
            XCTAssertFalse(report.suppressed.isEmpty, "De Vlinder is too small to show")
            let decoded = try JSONDecoder().decode(TrendReport.self, from: Data(TrendJSONPrinter().print([report])))
            XCTAssertEqual(decoded, report.asPrinted(), "\(kind)")
        }
    }

    func testATeamWithEnoughMonthsHasATrendThatReadsBack() throws {
        let report = TrendReport(aggregate: aggregate(), period: .month, thresholds: PrivacyThresholds(minNotes: 3, minAuthors: 2))
        let decoded = try JSONDecoder().decode(TrendReport.self, from: Data(TrendJSONPrinter().print([report])))
        let noord = try XCTUnwrap(decoded.teams.first { $0.team == "Wijkteam Noord" })
        XCTAssertNotNil(noord.trend)
        XCTAssertEqual(noord.periods.map(\.period.label), ["2025-01", "2025-02", "2025-03", "2025-05", "2025-06"])
    }

    /// `trends --partial` reads back into `TrendPartial`, which writes the same bytes again.
    func testPartialFileRoundTrips() throws {
        var keyed = TrendAggregate(authorKey: Array("sleutel-van-wijkteam-noord".utf8))
        keyed.merge(aggregate())
        let bytes = try keyed.partialJSON()
        let partial = try JSONDecoder().decode(TrendPartial.self, from: Data(bytes))
        XCTAssertEqual(partial.groups.reduce(0) { $0 + $1.notes }, 61)
        XCTAssertEqual(Set(partial.groups.map(\.team)), ["Wijkteam Noord", "", "De Vlinder"])
        let w = ByteWriter()
        partial.write(into: w)
        XCTAssertEqual(w.bytes, bytes)
        XCTAssertEqual(try JSONDecoder().decode(TrendPartial.self, from: Data(w.bytes)), partial)
    }

    func testPeriodLabelsReadBack() {
        for kind in PeriodKind.allCases {
            for ordinal in [Period(kind: kind, containing: Day(year: 2020, month: 12, day: 31)).ordinal,
                            Period(kind: kind, containing: Day(year: 2026, month: 1, day: 1)).ordinal] {
                let p = Period(kind: kind, ordinal: ordinal)
                XCTAssertEqual(Period(label: p.label), p, p.label)
            }
        }
        XCTAssertNil(Period(label: "2025-13"))
        XCTAssertNil(Period(label: "week 7"))
    }
}
