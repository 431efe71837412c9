import XCTest
import Foundation
@testable import DiepgangNotes
import DiepgangCore

/// Regression tests for the input defects found by the audit (D1–D3, D8 and the size
/// and memory bounds): every record ends up read or rejected with its line and reason.
final class InputDefectTests: XCTestCase {
    let scratch = Scratch()

    /// D1: an invalid escape in an extra field used to be copied raw into the output.
    func testInvalidEscapeInAnExtraFieldRejectsTheRecord() throws {
        let path = scratch.write("d1.jsonl", """
        {"id":"n1","date":"2025-03-04","text":"Ik twijfelde of ik de moeder goed had begrepen.","dossier":"map\\qvijf"}
        {"id":"n2","date":"2025-03-04","text":"Vandaag rustig overgedragen.","dossier":"map\\u00e9","bron":"a\\u12"}
        {"id":"n3","date":"2025-03-05","text":"Het gesprek liep beter dan ik dacht.","dossier":"\\"oud\\" \\\\ nieuw \\u00e9"}
        """)
        let (notes, rejected) = try readAll([path])
        XCTAssertEqual(notes.map(\.id), ["n3"])
        XCTAssertEqual(rejected.map(\.source.line), [1, 2])
        XCTAssertTrue(rejected.allSatisfy { $0.reason.nl.contains("ongeldige escape") }, "\(rejected.map(\.reason.nl))")
        // What passes through is valid JSON, escapes and all.
        let dossier = try XCTUnwrap(notes[0].extra.first { $0.name == "dossier" })
        XCTAssertNoThrow(try JSONSerialization.jsonObject(with: Data(dossier.json), options: .fragmentsAllowed))
    }

    /// Found by the fuzzer: JSON that is grammatical but that no reader can take back, copied raw.
    func testALoneSurrogateOrAHugeNumberInAnExtraFieldRejectsTheRecord() throws {
        let lines = [
            #"{"id":"n1","text":"Rustige dienst gehad.","bron":"\ud83d\t"}"#,
            #"{"id":"n2","text":"Rustige dienst gehad.","bron":"\ud83d\ude00 blij"}"#,
            #"{"id":"n3","text":"Rustige dienst gehad.","score":1.5e888888888888888888883}"#,
            #"{"id":"n4","text":"Een \ud83d los in de tekst wordt een vervangteken.","score":[1.5e10,-0.25]}"#,
        ]
        let path = scratch.write("fuzz.jsonl", lines.joined(separator: "\n") + "\n")
        let (notes, rejected) = try readAll([path])
        XCTAssertEqual(notes.map(\.id), ["n2", "n4"])
        XCTAssertEqual(rejected.map(\.source.line), [1, 3])
        XCTAssertEqual(notes[1].text, "Een \u{FFFD} los in de tekst wordt een vervangteken.")
        for note in notes {
            for field in note.extra {
                XCTAssertNoThrow(try JSONSerialization.jsonObject(with: Data(field.json), options: .fragmentsAllowed), field.name)
            }
        }
    }

    func testAKnownFieldGivenTwiceIsRejected() throws {
        // The first text would otherwise pass unread (and unchecked for names).
        let path = scratch.write("twee.jsonl", """
        {"id":"n1","text":"Gesprek met Yasmina over haar rooster.","text":"Rustige dienst."}
        """)
        let (notes, rejected) = try readAll([path])
        XCTAssertTrue(notes.isEmpty)
        XCTAssertEqual(rejected.first?.reason.nl, "het veld 'text' komt twee keer voor")
    }

    /// D2: a quote opened in one record and closed three lines later swallowed the records between.
    func testARunawayQuoteDoesNotMergeRecords() throws {
        let path = scratch.write("d2.csv", """
        id,team,date,text
        1,Oost,2025-03-01,"Ze zei dat het niet meer ging
        2,Oost,2025-03-02,Tweede verslag over de avonddienst
        3,Oost,2025-03-03,Derde verslag over het eten"
        4,Oost,2025-03-04,Vierde verslag

        """)
        let (notes, rejected) = try readAll([path])
        XCTAssertEqual(notes.map(\.id), ["2", "3", "4"])
        XCTAssertEqual(rejected.map(\.source.line), [2])
        XCTAssertTrue(rejected[0].reason.nl.contains("apart gelezen"), rejected[0].reason.nl)
        // The stray quote at the end of record 3 stays its text, nothing lost.
        XCTAssertEqual(notes[1].text, "Derde verslag over het eten\"")
    }

    func testALegitimateMultiLineCellStaysOneRecord() throws {
        let path = scratch.write("meer.csv", """
        id,team,date,text
        1,Oost,2025-03-01,"Eerste alinea, met komma's, over de dienst.
        Tweede alinea, op 12-03-2025 geschreven, over wat ik leerde."
        2,Oost,2025-03-02,Kort verslag

        """)
        let (notes, rejected) = try readAll([path])
        XCTAssertEqual(notes.map(\.id), ["1", "2"])
        XCTAssertTrue(rejected.isEmpty)
        XCTAssertTrue(notes[0].text.contains("Tweede alinea"))
    }

    /// D3: text after a closing quote used to be dropped, and with it a name.
    func testTextAfterAClosingQuoteIsRejectedNotTruncated() throws {
        let path = scratch.write("d3.csv", """
        id,team,date,text
        1,Oost,2025-03-01,"Nee" zei de moeder van Fatima en ze liep weg
        2,Oost,2025-03-02,"Goed ""geciteerd"" binnen de cel"

        """)
        let (notes, rejected) = try readAll([path])
        XCTAssertEqual(notes.map(\.text), ["Goed \"geciteerd\" binnen de cel"])
        XCTAssertEqual(rejected.map(\.source.line), [2])
        XCTAssertTrue(rejected[0].reason.nl.contains("na het sluitende aanhalingsteken"), rejected[0].reason.nl)
    }

    /// D8: symbolic links in a folder of notes are followed once; broken and looping ones are rejected.
    func testSymbolicLinksAreReadOrRejected() throws {
        let target = scratch.write("elders/echt.txt", "Ik bleef maar denken aan de ruzie aan tafel.")
        scratch.write("map/gewoon.txt", "Rustige overdracht, geen bijzonderheden.")
        let fm = FileManager.default
        try fm.createSymbolicLink(atPath: scratch.dir + "/map/link.txt", withDestinationPath: target)
        try fm.createSymbolicLink(atPath: scratch.dir + "/map/kapot.txt", withDestinationPath: scratch.dir + "/nergens.txt")
        try fm.createSymbolicLink(atPath: scratch.dir + "/map/lus1.txt", withDestinationPath: scratch.dir + "/map/lus2.txt")
        try fm.createSymbolicLink(atPath: scratch.dir + "/map/lus2.txt", withDestinationPath: scratch.dir + "/map/lus1.txt")
        try fm.createSymbolicLink(atPath: scratch.dir + "/map/terug", withDestinationPath: scratch.dir + "/map")
        let (notes, rejected) = try readAll([scratch.dir + "/map"])
        XCTAssertEqual(notes.map(\.id).sorted(), ["gewoon", "link"])
        XCTAssertEqual(Set(rejected.map { ($0.source.file as NSString).lastPathComponent }), ["kapot.txt", "lus1.txt", "lus2.txt"])
    }

    /// A record above the limit is rejected with its line without being held in memory, by the
    /// single reader and by the parallel splitter alike.
    func testAnOverlongRecordIsRejectedAndTheRestRead() throws {
        let long = String(repeating: "Ik dacht er lang over na. ", count: 200)
        let text = """
        {"id":"a","text":"Eerst een kort verslag."}
        {"id":"b","text":"\(long)"}
        {"id":"c","text":"Daarna nog een kort verslag."}

        """
        let path = scratch.write("lang.jsonl", text)
        let options = NoteReadOptions(chunkSize: 256, maxRecordBytes: 1000)
        let (notes, rejected) = try readAll([path], options)
        XCTAssertEqual(notes.map(\.id), ["a", "c"])
        XCTAssertEqual(rejected.map(\.source.line), [2])
        XCTAssertTrue(rejected[0].reason.nl.contains("langer dan 1000 bytes"), rejected[0].reason.nl)

        let batches = NoteBatches(try NoteSource.open(paths: [path], options: options), blockSize: 128)
        var ids: [String] = [], lines: [Int] = []
        while let batch = batches.next() {
            for record in batch.read() {
                switch record {
                case .note(let n): ids.append(n.id)
                case .rejected(let r): lines.append(r.source.line)
                }
            }
        }
        XCTAssertEqual(ids, ["a", "c"])
        XCTAssertEqual(lines, [2])

        let txt = scratch.write("map/lang.txt", long)
        let (txtNotes, txtRejected) = try readAll([txt], options)
        XCTAssertTrue(txtNotes.isEmpty)
        XCTAssertEqual(txtRejected.count, 1)
    }

    func testDuplicateIdsAcrossFilesAreFound() throws {
        let a = scratch.write("a.jsonl", "{\"id\":\"n1\",\"text\":\"Eerste verslag.\"}\n{\"id\":\"n2\",\"text\":\"Tweede.\"}\n")
        let b = scratch.write("b.jsonl", "{\"id\":\"n2\",\"text\":\"Weer n2.\"}\n{\"id\":\"n3\",\"text\":\"Derde.\"}\n")
        let (notes, rejected) = try readAll([a, b])
        XCTAssertEqual(notes.map(\.id), ["n1", "n2", "n3"])
        XCTAssertEqual(rejected.map(\.source.file), [b])
        XCTAssertTrue(rejected[0].reason.nl.contains("dubbele id 'n2'"))
    }

    func testFingerprintsTellAMillionIdsApart() {
        var set = IDFingerprints()
        for i in 0..<1_000_000 { XCTAssertTrue(set.insert("verslag-\(i)".utf8)) }
        XCTAssertEqual(set.count, 1_000_000)
        XCTAssertFalse(set.insert("verslag-123456".utf8))
        XCTAssertTrue(set.insert("verslag-1000000".utf8))
    }
}
