import XCTest
import DiepgangCore
import DiepgangNotes
@testable import DiepgangAnalysis

/// The output contract researchers load (docs/OUTPUT.md): rates say their unit, phases are 0/1
/// columns, extra input columns stay, and the Dutch Excel dialect.
final class OutputContractTests: XCTestCase {
    let analyzer = Analyzer.standard()
    let text = "Ik wilde dat hij zelf koos, maar ik nam het over. Achteraf zie ik dat ik bang was dat het te lang zou duren. Waarom vond ik dat zo belangrijk? Volgende keer wacht ik tien tellen en vraag ik wat hij wil."

    func note() -> Note {
        Note(id: "w-7", team: "Wijkteam Oost", author: "Sven", date: "2025-03-04", text: text,
             extra: [ExtraField(name: "dienst", json: Array("\"laat; druk\"".utf8)), ExtraField(name: "uren", json: Array("7.5".utf8))])
    }

    func testJSONRatesNameTheirUnit() throws {
        let w = ByteWriter()
        analyzer.analyse(note()).writeJSON(into: w)
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(w.bytes)) as? [String: Any])
        let rates = try XCTUnwrap(object["rates"] as? [String: Double])
        XCTAssertEqual(Set(rates.keys), ["piekeren_per_1000_words", "reflecteren_per_1000_words", "markers_per_1000_words", "why_questions_per_1000_words"])
        let words = try XCTUnwrap(object["words"] as? Int)
        let a = analyzer.analyse(note())
        XCTAssertEqual(rates["why_questions_per_1000_words"]!, 1000.0 * Double(a.whyQuestions.count) / Double(words), accuracy: 0.01)
        XCTAssertEqual(rates["markers_per_1000_words"]!, 1000.0 * Double(a.markers.count) / Double(words), accuracy: 0.01)
        XCTAssertGreaterThan(a.markers.count, 0, "the note has evidence, so the rate is not trivially 0")
    }

    func testCSVHasOneColumnPerPhaseAndKeepsInputColumns() throws {
        let a = analyzer.analyse(note())
        var bytes: [UInt8] = []
        Analysis.writeCSVHeader(into: &bytes, inputColumns: ["dienst", "uren"])
        a.writeCSVRow(into: &bytes, inputColumns: ["dienst", "uren"])
        let lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n").map(String.init)
        let header = lines[0].split(separator: ",").map(String.init)
        XCTAssertEqual(Array(header.suffix(2)), ["dienst", "uren"])
        XCTAssertFalse(header.contains("phases_present"))
        XCTAssertTrue(lines[1].hasSuffix(",\"laat; druk\",7.5"), lines[1])
        let row = lines[1].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        for phase in SpiralPhase.allCases {
            let i = try XCTUnwrap(header.firstIndex(of: "phase_\(phase.rawValue)"))
            XCTAssertEqual(row[i], a.phases.present.contains(phase) ? "1" : "0", "phase \(phase.rawValue)")
        }
        XCTAssertFalse(a.phases.present.isEmpty, "some phase columns are 1")
    }

    func testAnInputColumnNamedLikeAnOutputColumnIsPrefixed() {
        XCTAssertEqual(Analysis.csvColumn(forInput: "words"), "input_words")
        XCTAssertEqual(Analysis.csvColumn(forInput: "locatie"), "locatie")
    }

    func testExcelNLStyle() {
        let a = analyzer.analyse(note())
        var bytes: [UInt8] = []
        Analysis.writeCSVHeader(into: &bytes, inputColumns: ["uren"], style: .excelNL)
        a.writeCSVRow(into: &bytes, inputColumns: ["uren"], style: .excelNL)
        XCTAssertEqual(Array(bytes.prefix(3)), [0xEF, 0xBB, 0xBF])
        let text = String(decoding: bytes.dropFirst(3), as: UTF8.self)
        let lines = text.components(separatedBy: "\r\n")
        XCTAssertEqual(lines.count, 3, "two CRLF-terminated lines")
        let header = lines[0].split(separator: ";").map(String.init)
        let row = lines[1].split(separator: ";", omittingEmptySubsequences: false).map(String.init)
        XCTAssertEqual(header.count, row.count)
        // Every computed number uses a decimal comma (the input's "7.5" is passed on as written).
        let computed = row.dropLast()
        XCTAssertFalse(computed.contains { $0.contains(".") && Double($0) != nil }, computed.joined(separator: ";"))
        let rate = row[header.firstIndex(of: "markers")! + 2]   // reflecteren_per_1000_words
        XCTAssertEqual(header[header.firstIndex(of: "markers")! + 2], "reflecteren_per_1000_words")
        XCTAssertTrue(computed.contains { $0.contains(",") && Double($0.replacingOccurrences(of: ",", with: ".")) != nil }, rate)
        XCTAssertEqual(row.last, "7.5", "an input value is passed on as written")
    }
}
