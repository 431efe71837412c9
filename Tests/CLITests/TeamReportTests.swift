import Foundation
import XCTest

/// Issue 14, "Reports a team uses": the wall report of one team, over a stretch of time, with a
/// period that leaves groups large enough, and a trend only where there are periods enough.
final class TeamReportTests: XCTestCase {
    var cli: CLIHarness!
    var export = ""

    override func setUpWithError() throws {
        cli = try CLIHarness()
        export = cli.write("export.csv", ExcelExport.bytes())
    }
    override func tearDown() { cli?.remove() }

    func json(_ run: CLIHarness.Run) throws -> [String: Any] {
        try XCTUnwrap(JSONSerialization.jsonObject(with: run.stdout) as? [String: Any], run.stderr)
    }

    func teams(_ object: [String: Any]) -> [String] {
        (object["teams"] as? [[String: Any]] ?? []).compactMap { $0["team"] as? String }
    }

    func testTeamOptionKeepsOnlyThoseTeams() throws {
        let one = try json(cli.run(["trends", export, "--team", "de linde", "--format", "json"]))
        XCTAssertEqual(teams(one), ["De Linde"])
        let two = try json(cli.run(["trends", export, "--team", "De Linde", "--team", "Zonnehuis", "--format", "json"]))
        XCTAssertEqual(teams(two), ["De Linde", "Zonnehuis"])
        let wrong = try cli.run(["trends", export, "--team", "Zonnehuys"])
        XCTAssertEqual(wrong.status, 2)
        XCTAssertTrue(wrong.stderr.contains("bedoelde je 'Zonnehuis'?"), wrong.stderr)
    }

    func testDateRangeInAnyDateForm() throws {
        let run = try cli.run(["trends", export, "--from", "1-4-2025", "--to", "2025-09-30", "--period", "quarter", "--format", "json"])
        let object = try json(run)
        let periods = Set((object["teams"] as? [[String: Any]] ?? []).flatMap { ($0["periods"] as? [[String: Any]] ?? []).compactMap { $0["period"] as? String } })
        XCTAssertEqual(periods, ["2025-Q2", "2025-Q3"])
        let bad = try cli.run(["trends", export, "--from", "31-02-2025"])
        XCTAssertEqual(bad.status, 2)
        XCTAssertTrue(bad.stderr.contains("februari 2025 heeft 28 dagen"), bad.stderr)
    }

    func testThePeriodIsChosenSoGroupsAreLargeEnoughAndTheReasonIsSaid() throws {
        // Two notes per team per month: a month never reaches five notes, a quarter has six.
        let run = try cli.run(["trends", export, "--format", "json"])
        XCTAssertEqual(try json(run)["period"] as? String, "quarter")
        XCTAssertTrue(run.stderr.contains("per kwartaal gekozen: per maand zou 100 % van de verslagen in te kleine groepen vallen"), run.stderr)
        XCTAssertEqual(teams(try json(run)).count, 3, "no team suppressed")
        let given = try cli.run(["trends", export, "--period", "month", "--format", "json"])
        XCTAssertFalse(given.stderr.contains("gekozen"), "a period given is not second-guessed")
    }

    func testATrendIsStatedOnlyFromFourPeriods() throws {
        let three = try cli.run(["trends", export, "--team", "De Linde", "--to", "2025-09-30", "--period", "quarter"])
        XCTAssertTrue(three.text.contains("te weinig perioden voor een trend (3 getoond, minstens 4 nodig)"), three.text)
        XCTAssertFalse(three.text.contains("stijgt") || three.text.contains("daalt"), three.text)
        let json = try self.json(cli.run(["trends", export, "--team", "De Linde", "--to", "2025-09-30", "--period", "quarter", "--format", "json"]))
        let trend = try XCTUnwrap((json["teams"] as? [[String: Any]])?.first?["trend"] as? [String: Any])
        XCTAssertTrue(trend["slope"] is NSNull)
        let four = try cli.run(["trends", export, "--team", "De Linde", "--period", "quarter"])
        XCTAssertFalse(four.text.contains("te weinig perioden"), four.text)
        XCTAssertTrue(four.text.contains("Hoe berekend: Helling (Theil–Sen)"), four.text)
    }

    func testTheWallReportSaysWhenFromWhatAndHowAndPrintsWithoutForcedBreaks() throws {
        let out = cli.dir + "/muur.html"
        let run = try cli.run(["trends", export, "--team", "Zonnehuis", "--format", "html", "--out", out])
        XCTAssertEqual(run.status, 0, run.stderr)
        let html = try String(contentsOfFile: out, encoding: .utf8)
        let footer = try XCTUnwrap(html.components(separatedBy: "<footer>").last)
        XCTAssertTrue(footer.range(of: #"Gemaakt op \d{4}-\d\d-\d\d \d\d:\d\d"#, options: .regularExpression) != nil, footer)
        XCTAssertTrue(footer.contains("export.csv") && footer.contains("diepgang ") && footer.contains("lexicon "), footer)
        XCTAssertTrue(footer.contains("Periode: per kwartaal gekozen"), "the automatic choice is explained in the report too")
        // Plain words first: the verdict has no test statistics; they are in a "Hoe berekend" note.
        let verdict = try XCTUnwrap(html.components(separatedBy: "<p class=\"verdict").dropFirst().first?.components(separatedBy: "</p>").first)
        XCTAssertFalse(verdict.contains("Mann") || verdict.contains("p ="), verdict)
        XCTAssertTrue(html.contains("<strong>Hoe berekend:</strong>"))
        // Print: no forced page break between teams; narrow screens: the page itself never scrolls sideways.
        XCTAssertFalse(html.contains("break-before: page"))
        XCTAssertTrue(html.contains("@media (max-width: 520px)") && html.contains(".table-wrap { overflow-x: auto"))
        XCTAssertFalse(html.contains("Wijkteam Oost"), "other teams are not on this team's wall")
    }
}
