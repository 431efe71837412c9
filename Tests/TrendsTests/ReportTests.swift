import DiepgangCore
import Foundation
import XCTest
@testable import DiepgangReport
@testable import DiepgangTrends

final class ReportTests: XCTestCase {
    /// Two teams over five months: Oost deepens steadily, West stays level.
    func report() -> TrendReport {
        var aggregate = TrendAggregate()
        let authors = ["Esra", "Pieter", "Anouk", "Daan"]
        for m in 1...5 {
            for i in 0..<8 {
                aggregate.add(observation("Wijkteam Oost", authors[i % 4], "2025-0\(m)-1\(i)", depth: min(4, (m + i % 3) / 2 + (m > 3 ? 1 : 0)),
                                          mode: i % 4 == 0 ? .piekeren : .reflecteren, phases: [2, 3], why: 1,
                                          whyPiekerend: i % 4 == 0 ? 1 : 0, balance: 0.1 * Double(m)))
                aggregate.add(observation("Team West", authors[(i + 1) % 4], "2025-0\(m)-2\(i)", depth: 1 + i % 2,
                                          mode: .beschrijvend, phases: [2], balance: -0.3))
            }
        }
        aggregate.add(observation("Team Klein", "Esra", "2025-02-03", depth: 2))
        return TrendReport(aggregate: aggregate, period: .month)
    }

    func testVerdictSentences() throws {
        let r = report()
        let oost = try XCTUnwrap(r.teams.first { $0.team == "Wijkteam Oost" })
        XCTAssertEqual(oost.trend?.direction, .stijgend)
        let nl = TrendText.verdict(oost, period: .month, .nl)
        XCTAssertTrue(nl.hasPrefix("De diepgang van Wijkteam Oost stijgt: gemiddeld +0,"), nl)
        XCTAssertTrue(nl.hasSuffix("niveau per maand."), "plain words first: \(nl)")
        XCTAssertFalse(nl.contains("Mann–Kendall"), nl)
        XCTAssertTrue(TrendText.statistics(oost, period: .month, .nl)?.contains("Mann–Kendall S = ") == true)
        let west = try XCTUnwrap(r.teams.first { $0.team == "Team West" })
        XCTAssertEqual(west.trend?.direction, .geenTrend)
        XCTAssertTrue(TrendText.verdict(west, period: .month, .nl).contains("geen duidelijke trend"))
        XCTAssertTrue(TrendText.verdict(oost, period: .quarter, .en).hasPrefix("The depth of Wijkteam Oost is rising"))
    }

    func testSparklineUsesTheFixedScaleAndMarksGaps() {
        var team = report().teams[0]
        XCTAssertEqual(TrendText.sparkline(team).count, 5)
        team.periods.remove(at: 2)
        XCTAssertEqual(Array(TrendText.sparkline(team))[2], "·")
        XCTAssertTrue(TrendText.sparkline(team).allSatisfy { "▁▂▃▄▅▆▇█·".contains($0) })
    }

    func testHTMLIsSelfContainedAndAccessible() {
        let html = TrendHTML.render(report(), .nl)
        XCTAssertTrue(html.hasPrefix("<!DOCTYPE html>"))
        XCTAssertTrue(html.contains("<html lang=\"nl\">"))
        // Nothing from the network, no scripts.
        for forbidden in ["<script", "http://", "https://", "@import", "url(", "<link", "<img"] {
            XCTAssertFalse(html.contains(forbidden), forbidden)
        }
        XCTAssertTrue(html.contains("@media print"))
        // Every chart carries a title and a description and is labelled by them.
        let svgs = html.components(separatedBy: "<svg ").count - 1
        XCTAssertEqual(svgs, 4 * 2, "four charts per shown team")
        XCTAssertEqual(html.components(separatedBy: "role=\"img\" aria-labelledby=").count - 1, svgs)
        XCTAssertEqual(html.components(separatedBy: "<desc id=").count - 1, svgs)
        XCTAssertEqual(html.components(separatedBy: "<table class=\"data\">").count - 1, 2)
        // The legend of depth levels, the verdict, and the suppressed team named only as such.
        for label in ["geen reflectie", "vertellend", "analyserend", "betekenisgevend", "transformerend"] {
            XCTAssertTrue(html.contains(label), label)
        }
        XCTAssertTrue(html.contains("De diepgang van Wijkteam Oost stijgt"))
        XCTAssertTrue(html.contains("onderdrukt (te weinig verslagen of auteurs): Team Klein"))
        XCTAssertFalse(html.contains("Esra"), "no author appears anywhere")
    }

    func testEnglishReport() {
        let html = TrendHTML.render(report(), .en)
        XCTAssertTrue(html.contains("<html lang=\"en\">"))
        XCTAssertTrue(html.contains("The depth of Wijkteam Oost is rising"))
        XCTAssertTrue(html.contains("suppressed (too few notes or authors)"))
        XCTAssertTrue(TrendText.render(report(), .en).contains("Slope (Theil–Sen)"))
    }

    func testTheTextTableHeadsItsModeColumnsWithTheVocabularysShortNames() throws {
        // Read straight from the file: the mode rows' detail columns are the short headings.
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let file = try String(contentsOf: root.appendingPathComponent("Lexicons/vocabulary.tsv"), encoding: .utf8)
        let modes = file.split(separator: "\n").map { $0.split(separator: "\t").map(String.init) }.filter { $0.first == "mode" }
        XCTAssertEqual(modes.count, NoteMode.allCases.count)
        for (language, column) in [(Language.nl, 4), (Language.en, 5)] {
            let header = try XCTUnwrap(TrendText.render(report(), language).split(separator: "\n").first { $0.contains(modes[0][column]) })
            let headings = modes.map { $0[column] }
            var position = header.startIndex
            for heading in headings {
                let found = try XCTUnwrap(header.range(of: heading, range: position..<header.endIndex), "\(heading) in \(header)")
                position = found.upperBound
            }
        }
    }

    func testJSONKeys() throws {
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(TrendJSON.render(report()))) as? [String: Any])
        XCTAssertNotNil(object["tool_version"])
        XCTAssertNotNil(object["lexicon_version"])
        let team = try XCTUnwrap((object["teams"] as? [[String: Any]])?.first)
        XCTAssertEqual(Set(team.keys), ["team", "periods", "trend", "dimensions"])
        let period = try XCTUnwrap((team["periods"] as? [[String: Any]])?.first)
        XCTAssertEqual(Set(period.keys), ["period", "notes", "authors", "depth_mean", "depth_ci", "modes", "phase_coverage",
                                          "why_questions_per_note", "why_piekerend_share"])
        XCTAssertEqual(Set((period["modes"] as? [String: Any]).map { Array($0.keys) } ?? []),
                       ["reflecteren", "piekeren", "gemengd", "beschrijvend", "te_kort", "onzeker"])
        let trend = try XCTUnwrap(team["trend"] as? [String: Any])
        for key in ["slope", "slope_ci", "mann_kendall_s", "p_value", "direction"] { XCTAssertNotNil(trend[key], key) }
        let suppressed = try XCTUnwrap(object["suppressed"] as? [[String: Any]])
        XCTAssertEqual(suppressed.count, 1)
        XCTAssertEqual(suppressed[0]["team"] as? String, "Team Klein")
        XCTAssertTrue(suppressed[0]["period"] is NSNull)
    }
}
