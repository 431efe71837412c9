import Diepgang
import Foundation
import XCTest

/// Each printer, driven in-process on a small input, prints what the command prints for it:
/// the commands only wire a source to a printer.
final class PrinterOutputTests: XCTestCase {
    static let notes = """
        {"id":"l-1","team":"De Linde","author":"Marloes","date":"2025-03-17","text":"Vanochtend wilde mevrouw De Vries niet douchen. Ik bleef aandringen en ze werd boos. Achteraf denk ik dat ik vooral mijn eigen planning volgde. Waarom vond ik dat zo belangrijk? Volgende keer vraag ik eerst wat zij wil."}
        {"id":"l-2","team":"De Linde","author":"Sander","date":"2025-03-18","dienst":"avond","text":"Het ging weer mis bij de overdracht. Ik blijf maar malen over wat ik had moeten zeggen. Waarom overkomt mij dit altijd? Bel me op 06-12345678."}

        """

    var harness: CLIHarness!
    var path = ""

    override func setUpWithError() throws {
        harness = try CLIHarness()
        path = harness.write("verslagen.jsonl", Self.notes)
    }

    override func tearDown() { harness?.remove() }

    func readNotes() throws -> [Note] {
        try NoteSource.open(paths: [path]).compactMap { if case .note(let n) = $0 { n } else { nil } }
    }

    func analysed(sentences: Bool) throws -> [AnalysedNote] {
        let analyzer = Analyzer.standard()
        return try readNotes().map { AnalysedNote(note: $0, analysis: analyzer.analyse($0, options: AnalysisOptions(sentences: sentences))) }
    }

    func assertCommand(_ args: [String], prints expected: [UInt8], file: StaticString = #filePath, line: UInt = #line) throws {
        let run = try harness.run(args)
        XCTAssertEqual(run.status, 0, run.stderr, file: file, line: line)
        XCTAssertEqual(run.text, String(decoding: expected, as: UTF8.self), args.joined(separator: " "), file: file, line: line)
    }

    func testAnalysisText() throws {
        try assertCommand(["analyse", "--format", "text", "--color", "never", path], prints: AnalysisTextPrinter().print(try analysed(sentences: true)))
    }

    func testAnalysisHTML() throws {
        try assertCommand(["analyse", "--format", "html", path], prints: AnalysisHTMLPrinter().print(try analysed(sentences: true)))
    }

    func testAnalysisJSON() throws {
        try assertCommand(["analyse", "--format", "json", path], prints: AnalysisJSONPrinter(layout: .array).print(try analysed(sentences: false)))
    }

    func testAnalysisJSONLines() throws {
        try assertCommand(["analyse", "--format", "jsonl", "--lang", "en", path],
                          prints: AnalysisJSONPrinter(layout: .lines, language: .en).print(try analysed(sentences: false)))
    }

    func testAnalysisCSV() throws {
        // The header names the first note's extra fields.
        let columns = try readNotes()[0].extra.map(\.name)
        try assertCommand(["analyse", "--format", "csv", path],
                          prints: AnalysisCSVPrinter(inputColumns: columns).print(try analysed(sentences: false)))
    }

    func testBatchPrintsWhatAnalysePrints() throws {
        let out = harness.dir + "/uit.jsonl"
        let run = try harness.run(["batch", "--privacy", "off", "--out", out, path])
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertEqual(FileManager.default.contents(atPath: out).map { [UInt8]($0) },
                       AnalysisJSONPrinter(layout: .lines).print(try analysed(sentences: false)))
    }

    func privacyRecords() throws -> ([PrivacyRecord], String) {
        let scanner = try PrivacyScanner.standard()
        let records = try readNotes().map { note in
            PrivacyRecord.note(NoteFindings(id: note.id, text: scanner.scan(note.text), fields: scanner.scanFields(of: note, fileName: nil)),
                               source: note.source)
        }
        return (records, scanner.lexicons.version)
    }

    func testPrivacyText() throws {
        let (records, _) = try privacyRecords()
        try assertCommand(["privacy", "--format", "text", path], prints: PrivacyTextPrinter(language: .nl).print(records))
    }

    func testPrivacyJSON() throws {
        let (records, version) = try privacyRecords()
        try assertCommand(["privacy", "--format", "json", path], prints: PrivacyJSONPrinter(layout: .document, lexiconVersion: version).print(records))
    }

    func testPrivacyJSONLines() throws {
        let (records, version) = try privacyRecords()
        try assertCommand(["privacy", "--format", "jsonl", path], prints: PrivacyJSONPrinter(layout: .lines, lexiconVersion: version).print(records))
    }

    func tokenized<P: Printer>(_ printer: P, _ text: String) -> [UInt8] where P.Item == TokenizedBlock {
        let t = Tokenizer.standard().tokenize(text)
        var copy = text
        return copy.withUTF8 { printer.print([TokenizedBlock(tokenization: t, text: $0)]) }
    }

    static let text = "Mevrouw sliep slecht. Om 03.15 u. belde ze: \"Is het al ochtend?\"\n\nDaarna rustig."

    func testTokensVertical() throws {
        let file = harness.write("nacht.txt", Self.text)
        try assertCommand(["tokenize", "--format", "vertical", file], prints: tokenized(TokenVerticalPrinter(), Self.text))
    }

    func testTokensCoNLLU() throws {
        let file = harness.write("nacht.txt", Self.text)
        try assertCommand(["tokenize", "--format", "conllu", file], prints: tokenized(TokenCoNLLUPrinter(), Self.text))
    }

    func testTokensJSON() throws {
        let file = harness.write("nacht.txt", Self.text)
        try assertCommand(["tokenize", "--format", "json", file], prints: tokenized(TokenJSONPrinter(), Self.text))
    }

    func evaluation() throws -> EvaluationResult {
        let corpus = try XCTUnwrap(ResourceFolder.embedded("Corpus").file("notes.jsonl"))
        let (notes, _) = GoldReader.read(corpus.bytes, file: "Corpus/notes.jsonl")
        return Evaluation.run(notes, split: "test", analyzer: Analyzer.standard())
    }

    func testEvaluationText() throws {
        try assertCommand(["evaluate", "--format", "text", "--split", "test"],
                          prints: EvaluationTextPrinter(language: .nl).print([try evaluation()]))
    }

    func testEvaluationJSON() throws {
        try assertCommand(["evaluate", "--format", "json", "--split", "test"],
                          prints: EvaluationJSONPrinter().print([EvaluationSummary(try evaluation())]))
    }
}

/// The trend printers print what `trends` prints (the HTML page carries the time it was made,
/// so it is compared without that line).
final class TrendPrinterOutputTests: XCTestCase {
    func report(_ path: String) throws -> TrendReport {
        var aggregate = TrendAggregate()
        let analyzer = Analyzer.standard()
        for case .note(let note) in try NoteSource.open(paths: [path]) { aggregate.add(TrendObservation(analyzer.analyse(note))) }
        return TrendReport(aggregate: aggregate, period: .month, thresholds: PrivacyThresholds(minNotes: 1, minAuthors: 1))
    }

    func testTrendFormats() throws {
        let harness = try CLIHarness()
        defer { harness.remove() }
        let path = harness.write("verslagen.jsonl", PrinterOutputTests.notes)
        let r = try report(path)
        let args = ["trends", "--period", "month", "--min-notes", "1", "--min-authors", "1", path]
        for (format, expected) in [("text", TrendTextPrinter(language: .nl).print([r])), ("csv", TrendCSVPrinter().print([r])),
                                   ("json", TrendJSONPrinter().print([r]))] {
            let run = try harness.run(args + ["--format", format])
            XCTAssertEqual(run.status, 0, run.stderr)
            XCTAssertEqual(run.text, String(decoding: expected, as: UTF8.self), format)
        }
        // The page names the moment it was made: the rest must be the same.
        let page = String(decoding: TrendHTMLPrinter(language: .nl, provenance: .init(generated: "\u{1}", inputs: [path])).print([r]), as: UTF8.self)
        let parts = page.components(separatedBy: "\u{1}")
        XCTAssertEqual(parts.count, 2)
        let run = try harness.run(args + ["--format", "html"])
        XCTAssertTrue(run.text.hasPrefix(parts[0]) && run.text.hasSuffix(parts[1]), "html")
    }
}
