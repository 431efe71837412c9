import XCTest
import Foundation
@testable import DiepgangNotes
import DiepgangCore

/// Every record, as one line of text: what a batch writes depends on exactly these.
private func describe(_ record: NoteRecord) -> String {
    switch record {
    case .note(let n):
        let extra = n.extra.map { "\($0.name)=\(String(decoding: $0.json, as: UTF8.self))" }.joined(separator: ",")
        return "note \(n.id) @\(n.source) team=\(n.team ?? "-") author=\(n.author ?? "-") date=\(n.date ?? "-") [\(extra)] \(n.text)"
    case .rejected(let r):
        return "rejected @\(r.source) \(r.reason.nl)"
    }
}

/// The records as one reader on one thread gives them.
private func readInOneGo(_ paths: [String], _ options: NoteReadOptions = NoteReadOptions()) throws -> [String] {
    try NoteSource.open(paths: paths, options: options).map(describe)
}

/// The records as the workers get them: cut into blocks of `blockSize` bytes, each block read on
/// its own, duplicates checked afterwards in order.
private func readInBatches(_ paths: [String], _ options: NoteReadOptions = NoteReadOptions(), blockSize: Int) throws -> (records: [String], batches: Int) {
    let batches = NoteBatches(try NoteSource.open(paths: paths, options: options), blockSize: blockSize)
    var out: [String] = []
    var count = 0
    while let batch = batches.next() {
        count += 1
        for record in batch.read() {
            if let note = record.note, let duplicate = batches.duplicate(of: note) {
                out.append(describe(.rejected(duplicate)))
            } else {
                out.append(describe(record))
            }
        }
    }
    return (out, count)
}

final class NoteBatchesTests: XCTestCase {
    /// Reflection notes of a district team, with trouble in the later lines.
    func jsonLines(_ count: Int, crlfEvery: Int = 0) -> String {
        var lines: [String] = []
        for i in 0..<count {
            let text = i % 3 == 0
                ? "Mevrouw Jansen (pseudoniem) was boos over de planning. Waarom reageerde ik zo snel? Volgende keer vraag ik eerst door."
                : "Huisbezoek \(i): het ging rustig, ze vertelde over haar kleinkinderen.\\nIk merkte dat ik ontspannen bleef."
            lines.append(#"{"id": "oost-\#(i)", "team": "Wijkteam Oost", "author": "Fenna", "date": "2025-03-\#(String(format: "%02d", 1 + i % 28))", "text": "\#(text)", "uur": \#(i % 8)}"#)
        }
        let end = crlfEvery > 0 ? "\r\n" : "\n"
        return lines.joined(separator: end) + end
    }

    func testJSONLinesInSmallBlocksGiveTheSameRecordsAndLines() throws {
        let s = Scratch()
        var text = jsonLines(40)
        // A broken line, a bad date, blank lines and a duplicate id, all far past the first block.
        text += #"{"id": "kapot", "text": "Niet afgesloten"# + "\n\n   \n"
        text += #"{"id": "datum", "date": "31-02-2025", "text": "Vandaag ging het goed."}"# + "\n"
        text += #"{"id": "oost-7", "text": "Dit id kwam al eerder voor."}"# + "\n"
        text += #"{"text": "Zonder id en zonder regeleinde aan het eind."}"#
        let path = s.write("oost.jsonl", [0xEF, 0xBB, 0xBF] + Array(text.utf8))
        let expected = try readInOneGo([path])
        for blockSize in [1, 37, 300, 4096, 1 << 20] {
            XCTAssertEqual(try readInBatches([path], blockSize: blockSize).records, expected, "block size \(blockSize)")
            XCTAssertEqual(try readInBatches([path], NoteReadOptions(chunkSize: 16), blockSize: blockSize).records, expected,
                           "block size \(blockSize), reads of 16 bytes")
        }
        XCTAssertGreaterThan(try readInBatches([path], blockSize: 300).batches, 5, "the file is really cut")
        // The reasons point at the right lines of the file.
        let rejected = expected.filter { $0.hasPrefix("rejected") }
        XCTAssertEqual(rejected.count, 3)
        XCTAssertTrue(rejected[0].contains("oost.jsonl:41"), rejected[0])
        XCTAssertTrue(rejected[1].contains("oost.jsonl:44"), rejected[1])
        XCTAssertTrue(rejected[2].contains("oost.jsonl:45") && rejected[2].contains("dubbele id 'oost-7'"), rejected[2])
        XCTAssertTrue(expected.last!.hasPrefix("note oost.jsonl:46 @"), expected.last!)
    }

    func testCRLFAndAFileSmallerThanOneBlock() throws {
        let s = Scratch()
        let path = s.write("kort.jsonl", jsonLines(5, crlfEvery: 1))
        let expected = try readInOneGo([path])
        XCTAssertEqual(expected.count, 5)
        let got = try readInBatches([path], blockSize: 1 << 20)
        XCTAssertEqual(got.records, expected)
        XCTAssertEqual(got.batches, 1)
        XCTAssertFalse(expected[1].contains("\r"), "no carriage return left in a value")
    }

    func testCSVWithQuotedLineBreaksIsCutOnlyOutsideQuotes() throws {
        let s = Scratch()
        var rows = ["\u{FEFF}id;team;author;date;text;bron"]
        for i in 0..<30 {
            let text = i % 2 == 0
                ? "\"Gesprek met de moeder.\r\nZe zei: \"\"ik kan niet meer\"\"; ik bleef rustig.\r\nWaarom raakte het me zo?\""
                : "Korte notitie over de overdracht, zonder bijzonderheden \(i)."
            rows.append("zuid-\(i);Wijkteam Zuid;Sanne;2025-04-0\(1 + i % 9);\(text);export")
        }
        rows.append("te-weinig;kolommen")
        rows.append("zuid-3;Wijkteam Zuid;Sanne;2025-04-04;Dubbel id.;export")
        rows.append("open;Wijkteam Zuid;Sanne;2025-04-05;\"Dit aanhalingsteken sluit nooit;export")
        rows.append("na-open;Wijkteam Zuid;Sanne;2025-04-06;Deze regel komt na het open aanhalingsteken.;export")
        let path = s.write("zuid.csv", rows.joined(separator: "\r\n"))
        let expected = try readInOneGo([path])
        XCTAssertTrue(expected.contains { $0.hasPrefix("note zuid-0 @") && $0.contains("ik kan niet meer") })
        for blockSize in [1, 50, 200, 1 << 20] {
            XCTAssertEqual(try readInBatches([path], blockSize: blockSize).records, expected, "block size \(blockSize)")
            // Read 16 bytes at a time: the quote state is carried from one read to the next.
            XCTAssertEqual(try readInBatches([path], NoteReadOptions(chunkSize: 16), blockSize: blockSize).records, expected,
                           "block size \(blockSize), reads of 16 bytes")
        }
        // The row after the multi-line records keeps its own line number (three lines per even row).
        XCTAssertTrue(expected.contains { $0.hasPrefix("note zuid-1 @\(path):5 ") }, expected[1])
    }

    func testSeveralInputsAndAFolderOfNotesInOrder() throws {
        let s = Scratch()
        let a = s.write("a.jsonl", jsonLines(12))
        s.write("map/b.txt", "---\nteam: Wijkteam Noord\ndate: 2025-06-01\n---\nIk twijfelde of ik het goed had aangepakt.\n")
        s.write("map/sub/c.txt", "Het overleg liep uit; ik had meer willen zeggen.\n")
        s.write("map/d.txt", "---\nteam: kapot\n")
        let csv = s.write("e.csv", "id,text\noost-3,Dit id staat ook in a.jsonl.\nnieuw,Een nieuwe notitie.\n")
        let paths = [a, s.dir + "/map", csv]
        let expected = try readInOneGo(paths)
        XCTAssertEqual(expected.count, 12 + 3 + 2)
        for blockSize in [64, 1 << 20] {
            XCTAssertEqual(try readInBatches(paths, blockSize: blockSize).records, expected)
        }
        XCTAssertTrue(expected[15].hasPrefix("rejected @\(csv):2"), "the duplicate across files is the later one")
    }

    /// Records and notice counts of a source read in batches, notices passed on in batch order.
    private func batchesWithNotices(_ source: NoteSource, blockSize: Int) -> (records: [String], notices: [String]) {
        let batches = NoteBatches(source, blockSize: blockSize)
        var out: [String] = []
        while let batch = batches.next() {
            let read = batch.readWithNotices()
            batches.pass(read.notices)
            for record in read.records {
                if let note = record.note, let duplicate = batches.duplicate(of: note) {
                    out.append(describe(.rejected(duplicate)))
                } else {
                    out.append(describe(record))
                }
            }
        }
        return (out, source.noticeCounts.map { "\($0.notice.key) ×\($0.count)" })
    }

    func testWordFilesWindows1252AndDroppedDatesReadAsOneReaderReadsThem() throws {
        let s = Scratch()
        // Dutch Excel's export: semicolons, Windows-1252 ("cliënt", "ideeën"), one date that does not exist.
        var excel = Array("datum;team;tekst\r\n".utf8)
        for i in 1...30 {
            excel += Array("\(1 + i % 27)-03-2025;Wijkteam Noord;Gesprek \(i) met de cli".utf8) + [0xEB]
            excel += Array("nt over zijn idee".utf8) + [0xEB, 0x6E] + Array(". Waarom schoot ik in de oplossing?\r\n".utf8)
        }
        excel += Array("30-02-2025;Wijkteam Noord;Een verslag met een datum die niet bestaat.\r\n".utf8)
        let cp1252 = s.write("export.csv", excel)
        // UTF-8 CSV with dates to drop, past the first block.
        var csv = "datum,tekst\n"
        for i in 0..<25 { csv += "\(i % 2 == 0 ? "31-02-2025" : "2025-04-0\(1 + i % 9)"),Na de overdracht bleef ik piekeren over mevrouw De Wit (pseudoniem).\n" }
        let dates = s.write("datums.csv", csv)
        let docx = OfficeTextTests.fixtures + "/avonddienst.docx"
        let odt = OfficeTextTests.fixtures + "/intervisie.odt"
        let paths = [cp1252, docx, dates, odt]
        let options = NoteReadOptions(detectEncoding: true, invalidDates: .dropDate)

        let one = try NoteSource.open(paths: paths, options: options)
        let expected = one.map(describe)
        let expectedNotices = one.noticeCounts.map { "\($0.notice.key) ×\($0.count)" }
        XCTAssertTrue(expected.contains { $0.contains("Gesprek 7 met de cliënt over zijn ideeën") }, "read as Windows-1252")
        XCTAssertTrue(expected.contains { $0.hasPrefix("note avonddienst @") }, "the Word file is one note")
        XCTAssertTrue(expectedNotices.contains("dropped-date ×14"), "\(expectedNotices)")
        XCTAssertTrue(expectedNotices.contains { $0.hasPrefix("encoding:") }, "\(expectedNotices)")
        for blockSize in [16, 100, 1 << 20] {
            let got = batchesWithNotices(try NoteSource.open(paths: paths, options: options), blockSize: blockSize)
            XCTAssertEqual(got.records, expected, "block size \(blockSize)")
            XCTAssertEqual(got.notices, expectedNotices, "block size \(blockSize)")
        }
    }

    func testUploadsInMemoryGoToTheSingleReader() throws {
        let uploads: [(name: String, bytes: [UInt8])] = [
            ("ochtend.txt", Array("---\nteam: Wijkteam Zuid\n---\nIk twijfelde of ik moest ingrijpen. Waarom wachtte ik zo lang?\n".utf8)),
            ("week12.jsonl", Array(#"""
                {"id": "z-1", "text": "Het gesprek met de familie liep vast; ik bleef erover malen."}
                {"id": "z-2", "text": "Achteraf zie ik dat ik te snel een oplossing gaf."}
                {"id": "z-1", "text": "Dubbel nummer, dit hoort een fout te geven."}

                """#.utf8)),
        ]
        let expected = NoteSource.inMemory(uploads).map(describe)
        XCTAssertEqual(expected.count, 4)
        XCTAssertTrue(expected[3].hasPrefix("rejected @week12.jsonl:3"), expected[3])
        XCTAssertEqual(batchesWithNotices(NoteSource.inMemory(uploads), blockSize: 16).records, expected)
    }
}
