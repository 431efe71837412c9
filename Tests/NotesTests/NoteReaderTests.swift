import XCTest
import Foundation
@testable import DiepgangNotes
import DiepgangCore

/// A scratch folder per test, removed afterwards.
final class Scratch {
    let dir: String
    init() {
        dir = NSTemporaryDirectory() + "diepgang-notes-\(UUID().uuidString)"
        try! FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    }
    deinit { try? FileManager.default.removeItem(atPath: dir) }

    @discardableResult
    func write(_ name: String, _ bytes: [UInt8]) -> String {
        let path = dir + "/" + name
        let parent = (path as NSString).deletingLastPathComponent
        try! FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
        FileManager.default.createFile(atPath: path, contents: Data(bytes))
        return path
    }

    @discardableResult
    func write(_ name: String, _ text: String) -> String { write(name, Array(text.utf8)) }
}

func readAll(_ paths: [String], _ options: NoteReadOptions = NoteReadOptions()) throws -> (notes: [Note], rejected: [RejectedRecord]) {
    let source = try NoteSource.open(paths: paths, options: options)
    var notes: [Note] = []
    var rejected: [RejectedRecord] = []
    for record in source {
        switch record {
        case .note(let n): notes.append(n)
        case .rejected(let r): rejected.append(r)
        }
    }
    return (notes, rejected)
}

final class JSONLinesReaderTests: XCTestCase {
    func testReadsFieldsAndKeepsOtherFieldsInOrder() throws {
        let s = Scratch()
        let path = s.write("notes.jsonl", """
        {"id": "wijk-001", "team": "Wijkteam Oost", "author": "Esra", "date": "2025-05-06", "split": "dev", "text": "Huisbezoek bij mevrouw. Ze was moe.", "gold": {"mode": "beschrijvend", "phases": [2]}}
        {"id": "wijk-002", "team": "Wijkteam Oost", "author": "Pieter", "date": "2025-05-14T09:30:00+02:00", "text": "Ging weer mis.\\nHad ik me maar beter voorbereid."}

        """)
        let (notes, rejected) = try readAll([path])
        XCTAssertEqual(rejected.count, 0)
        XCTAssertEqual(notes.map(\.id), ["wijk-001", "wijk-002"])
        XCTAssertEqual(notes[0].team, "Wijkteam Oost")
        XCTAssertEqual(notes[0].author, "Esra")
        XCTAssertEqual(notes[0].extra.map(\.name), ["split", "gold"])
        XCTAssertEqual(String(decoding: notes[0].extra[1].json, as: UTF8.self), #"{"mode": "beschrijvend", "phases": [2]}"#)
        XCTAssertEqual(notes[1].date, "2025-05-14", "a timestamp keeps its date part")
        XCTAssertEqual(notes[1].text, "Ging weer mis.\nHad ik me maar beter voorbereid.")
        XCTAssertEqual(notes[1].source, SourceLocation(file: path, line: 2))
    }

    func testDecodesEveryStringEscapeIncludingSurrogatePairs() throws {
        let s = Scratch()
        let path = s.write("e.jsonl", #"{"id":"x","text":"\"Cli\u00ebnt\" zei: \u2018nee\u2019 \ud83d\ude00 \/ \\ \t\r\b\f"}"# + "\n")
        let (notes, _) = try readAll([path])
        XCTAssertEqual(notes.first?.text, "\"Cliënt\" zei: ‘nee’ 😀 / \\ \t\r\u{8}\u{c}")
    }

    func testRejectsEachBadRecordWithFileLineAndReasonAndKeepsTheRest() throws {
        let s = Scratch()
        let path = s.write("bad.jsonl", """
        {"id": "a", "date": "2025-01-02", "text": "Eerste goede notitie over de overdracht."}
        {"id": "b", "text": "Niet afgesloten"
        {"id": "c", "text": "   "}
        {"id": "d", "date": "31-02-2025", "text": "Een datum die niet bestaat, dag voorop."}
        {"id": "a", "text": "Dezelfde id als regel 1."}
        {"id": "e", "date": "2025-02-30", "text": "Een datum die niet bestaat."}
        {"id": "f", "team": "Team West", "text": "Tweede goede notitie."}
        """)
        let (notes, rejected) = try readAll([path])
        XCTAssertEqual(notes.map(\.id), ["a", "f"])
        XCTAssertEqual(rejected.map(\.source.line), [2, 3, 4, 5, 6])
        XCTAssertTrue(rejected.allSatisfy { $0.source.file == path })
        XCTAssertTrue(rejected[0].reason.en.contains("malformed JSON"), rejected[0].reason.en)
        XCTAssertTrue(rejected[1].reason.nl.contains("tekst ontbreekt"), rejected[1].reason.nl)
        XCTAssertTrue(rejected[2].reason.nl.contains("februari 2025 heeft 28 dagen"), "says why, never a date that does not exist: \(rejected[2].reason.nl)")
        XCTAssertFalse(rejected[2].reason.nl.contains("2025-02-31"), rejected[2].reason.nl)
        XCTAssertTrue(rejected[3].reason.en.contains("duplicate id 'a'"), rejected[3].reason.en)
        XCTAssertTrue(rejected[4].reason.en.contains("does not exist"), rejected[4].reason.en)
    }

    func testDerivesStableIdsFromFileAndLine() throws {
        let s = Scratch()
        let path = s.write("zonder-id.jsonl", """
        {"text": "Eerste notitie zonder id."}
        {"text": "Tweede notitie zonder id."}
        """)
        let (notes, _) = try readAll([path])
        XCTAssertEqual(notes.map(\.id), ["zonder-id.jsonl:1", "zonder-id.jsonl:2"])
    }

    func testInvalidUTF8IsRejectedWithAHintAndWindows1252DecodesIt() throws {
        let s = Scratch()
        // "Cliënt kreeg €5 – ‘prima’" in Windows-1252.
        var line = Array(#"{"id": "w1", "text": "Cli"#.utf8)
        line += [0xEB] + Array("nt kreeg ".utf8) + [0x80] + Array("5 ".utf8) + [0x96, 0x20, 0x91] + Array("prima".utf8) + [0x92]
        line += Array("\"}\n".utf8)
        let path = s.write("excel.jsonl", line)
        let (_, rejected) = try readAll([path])
        XCTAssertEqual(rejected.count, 1)
        XCTAssertEqual(rejected[0].source.line, 1)
        XCTAssertTrue(rejected[0].reason.en.contains("--encoding windows-1252"), rejected[0].reason.en)
        let (notes, none) = try readAll([path], NoteReadOptions(encoding: .windows1252))
        XCTAssertEqual(none.count, 0)
        XCTAssertEqual(notes.first?.text, "Cliënt kreeg €5 – ‘prima’")
        let (latin, _) = try readAll([path], NoteReadOptions(encoding: .latin1))
        XCTAssertTrue(latin.first?.text.hasPrefix("Cliënt kreeg \u{80}5") == true)
    }

    func testStreamsInSmallChunksWithLinesLongerThanAChunk() throws {
        let s = Scratch()
        var content = ""
        let long = String(repeating: "Ik begrijp nu waarom hij zo reageerde. ", count: 200)
        for i in 0..<50 { content += #"{"id":"n\#(i)","text":"\#(long)\#(i)"}"# + "\r\n" }
        let path = s.write("crlf.jsonl", content)
        let (notes, rejected) = try readAll([path], NoteReadOptions(chunkSize: 64))
        XCTAssertEqual(rejected.count, 0)
        XCTAssertEqual(notes.count, 50)
        XCTAssertEqual(notes[49].text, long + "49")
        XCTAssertEqual(notes[49].source.line, 50)
    }

    func testMissingInputIsExit66() {
        XCTAssertThrowsError(try NoteSource.open(paths: ["/nonexistent/notes.jsonl"])) { error in
            XCTAssertEqual((error as? DiepgangError)?.code, .noInput)
        }
    }
}

final class CSVReaderTests: XCTestCase {
    func testSemicolonExcelExportWithBOMCRLFAndQuotedNewlines() throws {
        let s = Scratch()
        var bytes: [UInt8] = [0xEF, 0xBB, 0xBF]
        bytes += Array(("id;team;date;text;cijfer\r\n" +
                        "j-1;Jeugd Noord;2025-03-04;\"Gesprek met moeder; ze zei \"\"nee\"\".\r\nDaarna rustig.\";7\r\n" +
                        "j-2;Jeugd Noord;2025-03-05;Korte notitie zonder aanhalingstekens, wel een komma.;8\r\n").utf8)
        let path = s.write("excel.csv", bytes)
        let (notes, rejected) = try readAll([path])
        XCTAssertEqual(rejected.count, 0)
        XCTAssertEqual(notes.map(\.id), ["j-1", "j-2"])
        XCTAssertEqual(notes[0].text, "Gesprek met moeder; ze zei \"nee\".\r\nDaarna rustig.")
        XCTAssertEqual(notes[0].team, "Jeugd Noord")
        XCTAssertEqual(notes[1].source.line, 4, "the record after a two-line record starts on line 4")
        XCTAssertEqual(notes[1].text, "Korte notitie zonder aanhalingstekens, wel een komma.")
        XCTAssertEqual(notes[1].extra, [ExtraField(name: "cijfer", json: Array("\"8\"".utf8))])
    }

    func testCommaCSVWithConfiguredColumnNamesAndWrongFieldCounts() throws {
        let s = Scratch()
        let path = s.write("export.csv", """
        nummer,groep,verslag,schrijver
        1,Wijkteam,"Vandaag met de buurvrouw gesproken, zij maakt zich zorgen.",Anouk
        2,Wijkteam,Te veel,velden,hier
        3,Wijkteam
        4,Wijkteam,"Nog een goede notitie.",Bram

        """)
        let names = NoteFieldNames(id: "nummer", team: "groep", author: "schrijver", text: "verslag")
        let (notes, rejected) = try readAll([path], NoteReadOptions(fields: names))
        XCTAssertEqual(notes.map(\.id), ["1", "4"])
        XCTAssertEqual(notes[0].author, "Anouk")
        XCTAssertEqual(rejected.map(\.source.line), [3, 4])
        XCTAssertTrue(rejected[0].reason.en.contains("wrong number of fields: 5 instead of 4"), rejected[0].reason.en)
    }

    func testAnUnclosedQuoteRejectsOneLineAndTheRestIsStillRead() throws {
        let s = Scratch()
        let path = s.write("open.csv", """
        id,text
        a,"Hier begint een citaat dat nooit sluit
        b,Deze regel moet gewoon gelezen worden.
        c,En deze ook.
        """)
        let (notes, rejected) = try readAll([path])
        XCTAssertEqual(rejected.map(\.source.line), [2])
        XCTAssertEqual(notes.map(\.id), ["b", "c"])
        XCTAssertEqual(notes.map(\.source.line), [3, 4])
    }

    func testMissingTextColumnSkipsTheFileWithAHint() throws {
        let s = Scratch()
        let path = s.write("geen-tekst.csv", "id,team,inhoud\n1,A,Iets\n")
        let (notes, rejected) = try readAll([path])
        XCTAssertEqual(notes.count, 0)
        XCTAssertEqual(rejected.count, 1)
        XCTAssertTrue(rejected[0].reason.en.contains("--text-field"), rejected[0].reason.en)
    }
}

final class TextNoteReaderTests: XCTestCase {
    func testFolderOfNotesWithFrontMatterInSortedOrder() throws {
        let s = Scratch()
        s.write("verslagen/b/2025-05-02.txt", """
        ---
        team: Ouderenzorg De Linde
        author: K
        date: 2025-05-02
        locatie: afdeling 2
        ---

        Mevrouw wilde niet douchen. Ik heb haar eerst laten vertellen over vroeger.

        """)
        s.write("verslagen/a.txt", "Korte notitie zonder voorblok.\n")
        s.write("verslagen/.verborgen.txt", "niet lezen")
        s.write("verslagen/notities.md", "geen .txt")
        let (notes, rejected) = try readAll([s.dir + "/verslagen"])
        XCTAssertEqual(rejected.count, 0)
        XCTAssertEqual(notes.map(\.id), ["a", "b/2025-05-02"])
        XCTAssertEqual(notes[1].team, "Ouderenzorg De Linde")
        XCTAssertEqual(notes[1].date, "2025-05-02")
        XCTAssertEqual(notes[1].text, "Mevrouw wilde niet douchen. Ik heb haar eerst laten vertellen over vroeger.")
        XCTAssertEqual(notes[1].extra, [ExtraField(name: "locatie", json: Array("\"afdeling 2\"".utf8))])
        XCTAssertEqual(notes[0].text, "Korte notitie zonder voorblok.")
    }

    func testSingleTextFileAndUnclosedFrontMatter() throws {
        let s = Scratch()
        let good = s.write("dienst.txt", "Nachtdienst was rustig, om drie uur belde meneer.")
        let bad = s.write("kapot.txt", "---\nteam: A\nHier vergat iemand de afsluiting.")
        let (notes, rejected) = try readAll([good, bad])
        XCTAssertEqual(notes.map(\.id), ["dienst"])
        XCTAssertEqual(rejected.first?.source, SourceLocation(file: bad, line: 1))
    }

    func testFormatOverrideReadsJSONLinesFromAnUnusualExtension() throws {
        let s = Scratch()
        let path = s.write("export.dat", #"{"id":"1","text":"Een notitie."}"# + "\n")
        let (auto, _) = try readAll([path])
        XCTAssertEqual(auto.first?.id, "1", "content sniffing finds JSON Lines")
        let (forced, _) = try readAll([path], NoteReadOptions(format: .text))
        XCTAssertEqual(forced.first?.text, #"{"id":"1","text":"Een notitie."}"#)
    }
}

final class RejectionReportTests: XCTestCase {
    func testReportLineIsJSONInTheUsersLanguage() {
        let r = RejectedRecord(source: SourceLocation(file: "a \"b\".jsonl", line: 7), reason: Reason.missingText("text"))
        XCTAssertEqual(String(decoding: RejectionReportWriter.line(r, language: .nl), as: UTF8.self),
                       #"{"file":"a \"b\".jsonl","line":7,"reason":"tekst ontbreekt of is leeg (veld 'text')"}"# + "\n")
        XCTAssertTrue(String(decoding: RejectionReportWriter.line(r, language: .en), as: UTF8.self).contains("text is missing"))
    }
}
