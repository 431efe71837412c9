import DiepgangCore
import DiepgangNotes
import DiepgangPrivacy
import Foundation
import XCTest

/// The privacy printers read back into `NoteFindings` / `PrivacyReport`: `decode(print(x)) == x`.
final class PrivacyPrinterTests: XCTestCase {
    static let text = "Bel mevrouw Jansen op 06-12345678 of mail naar j.jansen@zorgmail.nl voor het gesprek van dinsdag."

    /// Findings as the JSON shows them: confidence with two decimals.
    func printed(_ n: NoteFindings) -> NoteFindings {
        var n = n
        for i in n.findings.indices { n.findings[i].confidence = Double(ByteWriter.format(n.findings[i].confidence, digits: 2))! }
        return n
    }

    func findings() -> [NoteFindings] {
        let found = sharedScanner.scan(Self.text)
        var first = NoteFindings(id: "n-1", text: found)
        first.findings.append(.init(field: "author", kind: .naam, start: 0, end: 11, text: "Anouk Bakker", confidence: 0.9))
        return [
            printed(first),
            NoteFindings(id: "n-2", findings: []),
            NoteFindings(id: "n-3 \"citaat\"", findings: [.init(field: "dienst", kind: .telefoon, start: 3, end: 14, text: "020-1234567", confidence: 0.75)]),
        ]
    }

    func testTheNoteHoldsFindingsOfSeveralKinds() {
        let kinds = Set(sharedScanner.scan(Self.text).map(\.kind))
        XCTAssertTrue(kinds.contains(.telefoon), "\(kinds)")
        XCTAssertTrue(kinds.contains(.email), "\(kinds)")
    }

    func records(_ notes: [NoteFindings]) -> [PrivacyRecord] {
        notes.map { .note($0, source: SourceLocation(file: "verslagen.jsonl", line: 1)) } + [.rejected]
    }

    func testJSONDocumentRoundTrips() throws {
        let notes = findings()
        let bytes = PrivacyJSONPrinter(layout: .document, lexiconVersion: "lex-test").print(records(notes))
        let report = try JSONDecoder().decode(PrivacyReport.self, from: Data(bytes))
        XCTAssertEqual(report.notes, notes)
        XCTAssertEqual(report.lexiconVersion, "lex-test")
        XCTAssertEqual(report.summary.notes, 3)
        XCTAssertEqual(report.summary.notesWithFindings, 2)
        XCTAssertEqual(report.summary.rejected, 1)
        XCTAssertEqual(report.summary.counts["telefoon"], notes.flatMap(\.findings).filter { $0.kind == .telefoon }.count)
    }

    func testJSONLinesRoundTrip() throws {
        let notes = findings()
        let bytes = PrivacyJSONPrinter(layout: .lines, lexiconVersion: "lex-test").print(records(notes))
        let decoded = try bytes.split(separator: 0x0A).map { try JSONDecoder().decode(NoteFindings.self, from: Data($0)) }
        XCTAssertEqual(decoded, notes)
    }

    func testTextNamesTheFieldOfEachFinding() {
        let text = String(decoding: PrivacyTextPrinter(language: .nl).print(records(findings())), as: UTF8.self)
        XCTAssertTrue(text.contains("author: 0–11  «Anouk Bakker»  0.9"), text)
        XCTAssertTrue(text.hasSuffix("1 afgewezen\n"), text)
        XCTAssertFalse(text.contains("n-2 ("), "a note without findings is not listed")
    }
}
