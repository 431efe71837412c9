import Foundation
import XCTest

/// D6: an output that names an input, or two outputs that name one file, are refused before
/// anything is written, with exit 2 and the input left as it was.
final class OutputPathTests: XCTestCase {
    let notes = """
    {"id":"n1","team":"Oost","date":"2025-03-04","text":"Ik vroeg me af waarom ik zo kortaf reageerde op de vraag van mevrouw."}
    {"id":"n2","team":"Oost","date":"2025-03-05","text":"Rustige avond, iedereen sliep op tijd."}

    """

    func testOutputOnTheInputIsRefusedAndTheInputKept() throws {
        let h = try CLIHarness()
        defer { h.remove() }
        let input = h.write("verslagen.jsonl", notes)
        try FileManager.default.createSymbolicLink(atPath: h.dir + "/koppeling.jsonl", withDestinationPath: input)
        for args in [["batch", "verslagen.jsonl", "--out", "verslagen.jsonl"],
                     ["batch", "verslagen.jsonl", "--out", "./koppeling.jsonl"],
                     ["batch", "verslagen.jsonl", "--out", "uit.jsonl", "--errors", "verslagen.jsonl"],
                     ["privacy", "verslagen.jsonl", "--redact", "--out", "verslagen.jsonl"],
                     ["trends", "verslagen.jsonl", "--out", "verslagen.jsonl"]] {
            let run = try h.run(args)
            XCTAssertEqual(run.status, 2, "\(args): \(run.stderr)")
            XCTAssertTrue(run.stderr.contains("ook een invoer"), "\(args): \(run.stderr)")
            XCTAssertEqual(FileManager.default.contents(atPath: input), Data(notes.utf8), "\(args) changed the input")
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: h.dir + "/uit.jsonl"))
    }

    func testOutAndErrorsOnOneFileAreRefused() throws {
        let h = try CLIHarness()
        defer { h.remove() }
        h.write("verslagen.jsonl", notes)
        let run = try h.run(["batch", "verslagen.jsonl", "--out", "uit.jsonl", "--errors", "uit.jsonl"])
        XCTAssertEqual(run.status, 2)
        XCTAssertTrue(run.stderr.contains("hetzelfde bestand"), run.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: h.dir + "/uit.jsonl"))
    }

    func testOutputInsideAnInputFolderIsRefused() throws {
        let h = try CLIHarness()
        defer { h.remove() }
        h.write("map/een.txt", "Ik bleef maar malen over de overdracht van gisteren.")
        let run = try h.run(["batch", "map", "--out", "map/uit.jsonl"])
        XCTAssertEqual(run.status, 2)
        XCTAssertTrue(run.stderr.contains("invoermap"), run.stderr)
        let fine = try h.run(["batch", "map", "--out", "uit.jsonl"])
        XCTAssertEqual(fine.status, 0, fine.stderr)
    }
}
