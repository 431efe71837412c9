import Foundation
import XCTest

/// The acceptance test for spreadsheets: a Dutch Excel export goes through analyse, batch, trends and
/// evaluate with no rejection and no field option.
final class ExcelExportTests: XCTestCase {
    var cli: CLIHarness!

    override func setUpWithError() throws { cli = try CLIHarness() }
    override func tearDown() { cli?.remove() }

    func testTheFixtureIsWhatExcelWrites() {
        let bytes = ExcelExport.bytes()
        XCTAssertNil(String(bytes: bytes, encoding: .utf8), "Windows-1252 with ë/é is not valid UTF-8")
        XCTAssertTrue(bytes.starts(with: Array("Datum;Team;Medewerker;Tekst\r\n".utf8)))
        XCTAssertTrue(String(decoding: bytes, as: UTF8.self).contains("-2025;"))
    }

    func testAnalyseReadsEveryRowWithDutchHeadersAndDates() throws {
        let path = cli.write("export.csv", ExcelExport.bytes())
        let run = try cli.run(["analyse", path, "--format", "jsonl"])
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertFalse(run.stderr.contains("afgewezen"), run.stderr)
        let lines = run.text.split(separator: "\n")
        XCTAssertEqual(lines.count, 72)
        // Day-first 6-5-2025 and 06-05-2025 both become ISO; the team and writer come from Dutch headers.
        XCTAssertTrue(lines[0].contains("\"date\":\"2025-01-01\""), String(lines[0].prefix(200)))
        XCTAssertTrue(lines[0].contains("\"team\":\"Wijkteam Oost\""))
        XCTAssertTrue(run.stderr.contains("gelezen als windows-1252"), run.stderr)
        // Said once which column became which field.
        XCTAssertEqual(run.stderr.components(separatedBy: "kolommen gebruikt").count - 1, 1, run.stderr)
        XCTAssertTrue(run.stderr.contains("'Medewerker' → medewerker"), run.stderr)
    }

    func testBatchWritesAllRowsAndNoErrors() throws {
        let path = cli.write("export.csv", ExcelExport.bytes())
        let run = try cli.run(["batch", path, "--out", cli.dir + "/out.jsonl"])
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertTrue(run.stderr.contains("gelezen 72, geanalyseerd 72, afgewezen 0"), run.stderr)
    }

    func testTrendsPlacesEveryNoteInTime() throws {
        let path = cli.write("export.csv", ExcelExport.bytes())
        let run = try cli.run(["trends", path, "--period", "quarter", "--format", "json"])
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertFalse(run.stderr.contains("afgewezen"), run.stderr)
        XCTAssertTrue(run.text.contains("2025-Q4"), String(run.text.prefix(400)))
    }

    func testEvaluateReadsGoldColumns() throws {
        let path = cli.write("gold.csv", ExcelExport.bytes(gold: true))
        let run = try cli.run(["evaluate", path, "--format", "json"])
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertFalse(run.stderr.contains("overgeslagen"), run.stderr)
        XCTAssertTrue(run.text.contains("\"n\":72"), String(run.text.prefix(300)))
    }

    func testCSVOutputInDutchExcelDialectKeepsTheInputColumns() throws {
        let path = cli.write("gold.csv", ExcelExport.bytes(gold: true))
        let run = try cli.run(["analyse", path, "--format", "csv", "--csv-style", "excel-nl"])
        XCTAssertEqual(run.status, 0, run.stderr)
        let bytes = [UInt8](run.stdout)
        XCTAssertEqual(Array(bytes.prefix(3)), [0xEF, 0xBB, 0xBF], "UTF-8 byte-order mark")
        let text = String(decoding: bytes.dropFirst(3), as: UTF8.self)
        XCTAssertFalse(text.replacingOccurrences(of: "\r\n", with: "").contains("\n"), "CRLF only")
        let lines = text.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        XCTAssertEqual(lines.count, 73)
        let header = lines[0].components(separatedBy: ";")
        XCTAssertEqual(Array(header.suffix(3)), ["Modus", "Diepgang", "Fasen"], "extra input columns are kept")
        XCTAssertTrue(header.contains("phase_5") && header.contains("piekeren_per_1000_words"))
        for line in lines.dropFirst() { XCTAssertEqual(line.components(separatedBy: ";").count, header.count, line) }
        let balance = header.firstIndex(of: "perspectief_balance")!
        XCTAssertFalse(lines.dropFirst().contains { $0.components(separatedBy: ";")[balance].contains(".") }, "decimal comma")
    }

    func testHelpPointsToTheOutputContract() throws {
        XCTAssertTrue(try cli.run(["analyse", "--help"]).text.contains("docs/OUTPUT.md"))
        XCTAssertTrue(FileManager.default.fileExists(atPath: URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("docs/OUTPUT.md").path))
    }
}
