import Foundation
import XCTest
@testable import DiepgangReport
@testable import DiepgangTrends

/// Builders for observations: a team, an author pseudonym, a date and what the analysis found.
func observation(_ team: String, _ author: String, _ date: String, depth: Int, mode: NoteMode = .reflecteren,
                 phases: Set<Int> = [2], why: Int = 0, whyPiekerend: Int = 0, balance: Double = 0) -> TrendObservation {
    TrendObservation(team: team, author: author, date: date, depthLevel: depth, mode: mode, phasesPresent: phases,
                     whyCount: why, whyPiekerendCount: whyPiekerend,
                     balances: [balance, balance / 2, 0, -balance, nil], lexiconVersion: "lex-1")
}

/// `count` notes spread over `authors` in one month.
func month(_ team: String, _ month: String, notes count: Int, authors: [String], depth: (Int) -> Int,
           balance: Double = 0.5) -> [TrendObservation] {
    (0..<count).map { i in
        observation(team, authors[i % authors.count], "\(month)-\(10 + i % 18)", depth: depth(i),
                    mode: i % 3 == 0 ? .piekeren : .reflecteren, phases: i % 2 == 0 ? [2, 3] : [1, 2, 4],
                    why: i % 4 == 0 ? 2 : 0, whyPiekerend: i % 8 == 0 ? 1 : 0, balance: balance)
    }
}

final class AggregationTests: XCTestCase {
    let oost = "Wijkteam Oost"

    /// Team Oost: January and April/May are large enough; February has 4 notes, March 2 authors.
    /// Jeugdteam West has 4 notes in all; Team Noord has 12 notes by only 2 authors.
    func fixture() -> [TrendObservation] {
        var all: [TrendObservation] = []
        all += month(oost, "2025-01", notes: 6, authors: ["Esra", "Pieter", "Anouk"], depth: { 1 + $0 % 2 }, balance: 0.2)
        all += month(oost, "2025-02", notes: 4, authors: ["Esra", "Pieter", "Anouk"], depth: { _ in 4 }, balance: -1)
        all += month(oost, "2025-03", notes: 6, authors: ["Esra", "Pieter"], depth: { _ in 0 }, balance: -1)
        all += month(oost, "2025-04", notes: 5, authors: ["Esra", "Pieter", "Anouk", "Daan"], depth: { 2 + $0 % 2 }, balance: 0.6)
        all += month(oost, "2025-05", notes: 7, authors: ["Esra", "Pieter", "Anouk"], depth: { 2 + $0 % 3 / 2 }, balance: 0.4)
        all += month("Jeugdteam West", "2025-01", notes: 4, authors: ["Sam", "Noor", "Lieke", "Jet"], depth: { _ in 2 })
        all += month("Team Noord", "2025-02", notes: 12, authors: ["Bram", "Fleur"], depth: { _ in 1 })
        return all
    }

    func report(_ observations: [TrendObservation], period: PeriodKind = .month,
                thresholds: PrivacyThresholds = PrivacyThresholds()) -> TrendReport {
        var aggregate = TrendAggregate()
        for o in observations { XCTAssertNil(aggregate.add(o)) }
        return TrendReport(aggregate: aggregate, period: period, thresholds: thresholds)
    }

    func testSmallGroupsAreSuppressedAndNotDerivable() throws {
        let r = report(fixture())
        XCTAssertEqual(r.teams.map(\.team), [oost])
        let team = try XCTUnwrap(r.teams.first)
        XCTAssertEqual(team.periods.map(\.period.label), ["2025-01", "2025-04", "2025-05"])
        XCTAssertEqual(team.suppressedPeriods.map(\.label), ["2025-02", "2025-03"])
        // Teams in name order (by UTF-8 bytes), a team's suppressed periods in time order.
        XCTAssertEqual(r.suppressed.map { "\($0.team) \($0.period?.label ?? "*")" },
                       ["Jeugdteam West *", "Team Noord *", "\(oost) 2025-02", "\(oost) 2025-03"])

        // Nothing shown includes the suppressed notes: counts, the profile and the trend come
        // from the three shown months only.
        XCTAssertEqual(team.periods.map(\.notes), [6, 5, 7])
        XCTAssertEqual(team.shownNotes, 18)
        let expectedProfile = (6 * 0.2 + 5 * 0.6 + 7 * 0.4) / 18
        XCTAssertEqual(try XCTUnwrap(team.dimensionProfile[0]), expectedProfile, accuracy: 1e-9)
        // Three shown months are too few for a trend (the suppressed ones do not make up the four).
        XCTAssertEqual(team.periods.count + team.suppressedPeriods.count, 5)
        XCTAssertNil(team.trend)

        // In every format, the suppressed months appear only as "onderdrukt" and no number
        // describes them; the team totals of all notes (28) and of the other teams never appear.
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(TrendJSON.render(r))) as? [String: Any])
        let teams = try XCTUnwrap(json["teams"] as? [[String: Any]])
        XCTAssertEqual(teams.count, 1)
        let periods = try XCTUnwrap(teams[0]["periods"] as? [[String: Any]])
        XCTAssertEqual(periods.compactMap { $0["period"] as? String }, ["2025-01", "2025-04", "2025-05"])
        XCTAssertEqual(periods.compactMap { $0["notes"] as? Int }.reduce(0, +), 18)
        let suppressed = try XCTUnwrap(json["suppressed"] as? [[String: Any]])
        for entry in suppressed { XCTAssertEqual(Set(entry.keys), ["team", "period"]) }

        let text = TrendText.render(r, .nl)
        let lines = text.split(separator: "\n")
        for label in ["2025-02", "2025-03"] {
            for line in lines where line.contains(label) { XCTAssertTrue(line.contains("onderdrukt"), String(line)) }
        }
        XCTAssertFalse(text.contains("Jeugdteam West") && !text.contains("onderdrukt"))
        let csv = String(decoding: TrendCSV.render(r), as: UTF8.self)
        for line in csv.split(separator: "\r\n") where line.contains("2025-02") || line.contains("Team Noord") {
            XCTAssertTrue(line.contains(",true,"), String(line))
            XCTAssertFalse(line.contains(",12,") || line.contains(",4,"), String(line))
        }
    }

    func testEveryGroupOfFourNotesOrTwoAuthorsIsHidden() {
        // Whatever the period, no shown group is below the thresholds.
        for kind in PeriodKind.allCases {
            let r = report(fixture(), period: kind)
            for team in r.teams {
                for p in team.periods {
                    XCTAssertGreaterThanOrEqual(p.notes, 5)
                    XCTAssertGreaterThanOrEqual(p.authors, 3)
                }
            }
        }
    }

    func testThresholdsAreOptions() throws {
        let r = report(fixture(), thresholds: PrivacyThresholds(minNotes: 4, minAuthors: 2))
        let team = try XCTUnwrap(r.teams.first { $0.team == oost })
        XCTAssertEqual(team.periods.map(\.period.label), ["2025-01", "2025-02", "2025-03", "2025-04", "2025-05"])
        XCTAssertEqual(r.teams.map(\.team), ["Jeugdteam West", "Team Noord", oost])
    }

    func testPeriodFigures() throws {
        let r = report(fixture())
        let jan = try XCTUnwrap(r.teams.first?.periods.first)
        // Depths 1,2,1,2,1,2; modes piekeren at i = 0, 3; phases {2,3} at even i, {1,2,4} at odd i.
        XCTAssertEqual(jan.notes, 6)
        XCTAssertEqual(jan.authors, 3)
        XCTAssertEqual(jan.depthMean, 1.5, accuracy: 1e-12)
        XCTAssertEqual(jan.modeShares[NoteMode.piekeren.index], 2.0 / 6, accuracy: 1e-12)
        XCTAssertEqual(jan.modeShares[NoteMode.reflecteren.index], 4.0 / 6, accuracy: 1e-12)
        XCTAssertEqual(jan.phaseCoverage, [0.5, 1, 0.5, 0.5, 0], "phases 1…5")
        // Why-questions: 2 each at i = 0 and 4 → 4 in 6 notes; one piekerend (i = 0).
        XCTAssertEqual(jan.whyRate, 4.0 / 6, accuracy: 1e-12)
        XCTAssertEqual(try XCTUnwrap(jan.whyPiekerendShare), 0.25, accuracy: 1e-12)
        let ci = try XCTUnwrap(jan.depthInterval)
        XCTAssertLessThan(ci.lower, 1.5)
        XCTAssertGreaterThan(ci.upper, 1.5)
    }

    func testPartialsMergeIntoTheSameReport() throws {
        // A larger corpus: 3 teams, 9 months, 7 authors, varied depths (a fixed pseudo-random walk).
        var state: UInt64 = 0x9E3779B97F4A7C15
        func next(_ n: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(n))
        }
        let teams = ["Wijkteam Oost", "Ambulant Team Zuid", "Woongroep De Linde"]
        let authors = ["Esra", "Pieter", "Anouk", "Daan", "Fleur", "Bram", "Noor"]
        var all: [TrendObservation] = []
        for i in 0..<900 {
            let month = 1 + next(9)
            let team = teams[next(3)]
            let depth = min(4, next(3) + (month > 5 && team != teams[1] ? 1 : 0) + (next(5) == 0 ? 1 : 0))
            all.append(observation(team, authors[next(authors.count)], "2025-\(month < 10 ? "0" : "")\(month)-\(10 + next(19))",
                                   depth: depth, mode: NoteMode.allCases[next(5)],
                                   phases: Set((1...5).filter { _ in next(2) == 0 }), why: next(3), whyPiekerend: next(2),
                                   balance: Double(next(2001) - 1000) / 1000))
        }
        let key = Array("geheime-sleutel-van-het-onderzoeksteam".utf8)
        var whole = TrendAggregate(authorKey: key)
        for o in all { whole.add(o) }

        // Three shards of interleaved notes, each written as a partial file and read back.
        var shards = [TrendAggregate](repeating: TrendAggregate(authorKey: key), count: 3)
        for (i, o) in all.enumerated() { shards[i % 3].add(o) }
        let files = try shards.enumerated().map { i, shard in
            try TrendAggregate(partialJSON: shard.partialJSON(), file: "deel-\(i).json", authorKey: key)
        }
        var merged = TrendAggregate(authorKey: key)
        for f in files.reversed() { merged.merge(f) }
        XCTAssertEqual(merged, whole)

        for kind in PeriodKind.allCases {
            let one = TrendReport(aggregate: whole, period: kind)
            let fromParts = TrendReport(aggregate: merged, period: kind)
            XCTAssertEqual(one, fromParts, kind.rawValue)
            XCTAssertEqual(TrendJSON.render(one), TrendJSON.render(fromParts), kind.rawValue)
            XCTAssertEqual(TrendHTML.render(one, .nl), TrendHTML.render(fromParts, .nl), kind.rawValue)
        }
        // The merged partial is itself a valid partial, byte for byte the same as the whole's.
        XCTAssertEqual(try merged.partialJSON(), try whole.partialJSON())
        // Authors are counted once across shards: never more than the 7 pseudonyms, and all 7 somewhere.
        let quarterly = TrendReport(aggregate: merged, period: .quarter)
        XCTAssertTrue(quarterly.teams.allSatisfy { $0.periods.allSatisfy { $0.authors <= authors.count } })
        XCTAssertTrue(quarterly.teams.contains { $0.periods.contains { $0.authors == authors.count } })
    }

    func testMalformedPartialIsRefusedWithItsName() {
        XCTAssertThrowsError(try TrendAggregate(partialJSON: Array("{\"format\": \"iets anders\"}".utf8), file: "x.json",
                                                authorKey: Array("sleutel-van-zestien-tekens".utf8))) { error in
            XCTAssertTrue("\(error)".contains("x.json"))
        }
    }

    func testNotesWithoutDateAreRejectedWithAReason() {
        var aggregate = TrendAggregate()
        XCTAssertNotNil(aggregate.add(observation(oost, "Esra", "", depth: 2)))
        XCTAssertNotNil(aggregate.add(observation(oost, "Esra", "31-01-2025", depth: 2)))
        XCTAssertTrue(aggregate.isEmpty)
    }
}
