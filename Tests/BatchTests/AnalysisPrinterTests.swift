import DiepgangAnalysis
import DiepgangCore
import DiepgangNotes
import DiepgangReport
import Foundation
import XCTest

/// The analysis JSON printers read back into the model they print: `decode(print(x)) == x`
/// (as printed in one language, decimals as printed), on notes of three kinds.
final class AnalysisPrinterTests: XCTestCase {
    let analyzer = Analyzer.standard()

    static let notes = [
        Note(id: "wk12-01", team: "De Linde", author: "Marloes", date: "2025-03-17",
             text: """
             Vanochtend wilde mevrouw De Vries niet douchen. Ik bleef aandringen en ze werd boos. Achteraf denk ik \
             dat ik vooral mijn eigen planning volgde. Waarom vond ik het zo belangrijk dat het vóór tien uur gebeurde? \
             Volgende keer vraag ik eerst wat zij zelf wil en probeer ik het na de koffie.
             """),
        Note(id: "wk12-02", team: "De Linde", author: "Sander", date: "2025-03-18",
             text: """
             Het ging weer mis bij de overdracht. Ik blijf maar malen over wat ik had moeten zeggen. \
             Waarom overkomt mij dit altijd? Ik ben gewoon niet goed genoeg voor dit werk, denk ik steeds.
             """),
        Note(id: "wk12-03", team: nil, author: nil, date: nil, text: "Medicatie gegeven om acht uur. Geen bijzonderheden."),
    ]

    func analysed(sentences: Bool) -> [AnalysedNote] {
        Self.notes.map { AnalysedNote(note: $0, analysis: analyzer.analyse($0, options: AnalysisOptions(sentences: sentences))) }
    }

    func testTheNotesGiveEvidenceToPrint() {
        let items = analysed(sentences: true)
        XCTAssertFalse(items[0].analysis.markers.isEmpty)
        XCTAssertFalse(items[1].analysis.whyQuestions.isEmpty)
        XCTAssertFalse(items[0].analysis.depth.reasons.isEmpty)
    }

    func testJSONArrayRoundTrips() throws {
        for language in Language.allCases {
            for sentences in [false, true] {
                let items = analysed(sentences: sentences)
                let bytes = AnalysisJSONPrinter(layout: .array, language: language, sentences: sentences).print(items)
                let decoded = try JSONDecoder().decode([Analysis].self, from: Data(bytes))
                XCTAssertEqual(decoded, items.map { $0.analysis.asPrinted(in: language) }, "\(language) \(sentences)")
            }
        }
    }

    func testJSONLinesRoundTrip() throws {
        let items = analysed(sentences: true)
        let bytes = AnalysisJSONPrinter(layout: .lines, language: .nl, sentences: true).print(items)
        let lines = bytes.split(separator: 0x0A)
        XCTAssertEqual(lines.count, items.count)
        for (line, item) in zip(lines, items) {
            XCTAssertEqual(try JSONDecoder().decode(Analysis.self, from: Data(line)), item.analysis.asPrinted(in: .nl))
        }
    }

    func testAnEmptyArrayReadsBackEmpty() throws {
        let bytes = AnalysisJSONPrinter(layout: .array).print([])
        XCTAssertEqual(String(decoding: bytes, as: UTF8.self), "[]\n")
        XCTAssertEqual(try JSONDecoder().decode([Analysis].self, from: Data(bytes)), [])
    }

    /// The parallel path (records on workers, `separate` on the writer) gives what `write` gives.
    func testRecordsPlacedInOrderEqualWrite() {
        let items = analysed(sentences: false)
        var printer = AnalysisJSONPrinter(layout: .array)
        let out = ByteWriter()
        printer.begin(into: out)
        for item in items {
            let record = ByteWriter()
            printer.record(item, into: record)
            printer.separate(into: out)
            record.withBytes { out.append($0) }
        }
        printer.end(into: out)
        XCTAssertEqual(out.bytes, AnalysisJSONPrinter(layout: .array).print(items))
    }

    func testCSVHasOneRowPerNoteUnderTheHeader() {
        let bytes = AnalysisCSVPrinter().print(analysed(sentences: false))
        let rows = String(decoding: bytes, as: UTF8.self).split(separator: "\n")
        XCTAssertEqual(rows.count, 1 + Self.notes.count)
        XCTAssertTrue(rows[1].hasPrefix("wk12-01,De Linde,Marloes,2025-03-17,"))
    }
}
