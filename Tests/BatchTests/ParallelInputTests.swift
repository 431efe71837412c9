import Foundation
import XCTest
@testable import DiepgangBatch
import DiepgangCore
import DiepgangNotes
import DiepgangReport

/// The batch over inputs cut into blocks that the workers parse: the same bytes, the same
/// rejections with the same lines, for any number of jobs and any block size.
final class ParallelInputTests: XCTestCase {
    func runInBlocks(_ paths: [String], jobs: Int, blockSize: Int) throws -> (output: [UInt8], rejected: [String], summary: BatchSummary) {
        let batches = NoteBatches(try NoteSource.open(paths: paths), blockSize: blockSize)
        var output: [UInt8] = []
        var rejected: [String] = []
        let summary = try BatchRunner(jobs: jobs).run(
            batches: batches, workspace: {}, process: { note, _ in describe(note) },
            emit: { item in
                switch item {
                case .processed(let bytes): output += bytes
                case .rejected(let r): rejected.append("\(r.source) \(r.reason.nl)")
                }
            })
        return (output, rejected, summary)
    }

    func testJSONLinesWithBadRecordsInLaterBlocks() throws {
        let corpus = try writeCorpus(copies: 6)
        defer { try? FileManager.default.removeItem(atPath: corpus.path) }
        let one = try runInBlocks([corpus.path], jobs: 1, blockSize: 1 << 20)
        XCTAssertEqual(one.summary.processed, corpus.ids.count)
        // The rejections name the lines of the bad records, also those far past the first block.
        XCTAssertEqual(one.rejected.map { Int($0.split(separator: ":")[1].split(separator: " ")[0])! }, corpus.badLines)
        for (jobs, blockSize) in [(1, 500), (2, 500), (3, 4096), (4, 1)] {
            let many = try runInBlocks([corpus.path], jobs: jobs, blockSize: blockSize)
            XCTAssertEqual(many.output, one.output, "jobs \(jobs), block \(blockSize)")
            XCTAssertEqual(many.rejected, one.rejected, "jobs \(jobs), block \(blockSize)")
            XCTAssertEqual(many.summary, one.summary)
        }
    }

    func testCSVWithMultiLineQuotedRecordsGivesTheSameBytesForAnyJobs() throws {
        var rows = ["id;team;author;date;text"]
        for i in 0..<120 {
            let text = i % 4 == 0
                ? "\"De overdracht ging snel.\nIk vroeg me af: \"\"waarom zei ik niets?\"\"\nVolgende keer vraag ik door.\""
                : "Rustige dienst \(i), de bewoners sliepen goed."
            rows.append("west-\(i);Woongroep West;Joris;2025-0\(1 + i % 9)-1\(i % 10);\(text)")
        }
        rows.append("west-5;Woongroep West;Joris;2025-01-01;Hetzelfde id nog eens.")
        let path = NSTemporaryDirectory() + "diepgang-west-\(UUID().uuidString).csv"
        try (rows.joined(separator: "\r\n") + "\r\n").write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let one = try runInBlocks([path], jobs: 1, blockSize: 1 << 20)
        XCTAssertEqual(one.summary.processed, 120)
        XCTAssertEqual(one.rejected.count, 1)
        XCTAssertTrue(one.rejected[0].hasPrefix("\(path):\(2 + 120 + 60) "), one.rejected[0])
        for (jobs, blockSize) in [(2, 100), (3, 700), (4, 1)] {
            let many = try runInBlocks([path], jobs: jobs, blockSize: blockSize)
            XCTAssertEqual(many.output, one.output, "jobs \(jobs), block \(blockSize)")
            XCTAssertEqual(many.rejected, one.rejected)
        }
    }
}

final class FieldSelectionTests: XCTestCase {
    let line = Array(#"{"id":"n1","team":"Wijkteam Oost","author":null,"date":"2025-03-02","bron":{"systeem":"ECD, export 2"},"words":40,"mode":"reflecteren","depth":{"level":3,"label":"reflectief","reasons":["een \"waarom\", en meer"]},"phases":{"present":[1,2],"missing":[3,4,5]},"tool_version":"1.0"}"#.utf8) + [0x0A]

    func testKeepsOnlyTheAskedTopLevelFieldsInOutputOrder() throws {
        let selection = try FieldSelection(parsing: "phases,id,depth", layout: .json)
        let out = String(decoding: selection.filterJSON(line), as: UTF8.self)
        XCTAssertEqual(out, #"{"id":"n1","depth":{"level":3,"label":"reflectief","reasons":["een \"waarom\", en meer"]},"phases":{"present":[1,2],"missing":[3,4,5]}}"# + "\n")
        let extra = try FieldSelection(parsing: "id,extra", layout: .json)
        XCTAssertEqual(String(decoding: extra.filterJSON(line), as: UTF8.self), #"{"id":"n1","bron":{"systeem":"ECD, export 2"}}"# + "\n")
    }

    func testCSVColumnsAndAnUnknownNameWithASuggestion() throws {
        let columns = ["id", "team", "mode", "depth", "phases_present"]
        let selection = try FieldSelection(parsing: "id,depth", layout: .csv, csvColumns: columns)
        XCTAssertEqual(String(decoding: selection.csvHeader(columns: columns), as: UTF8.self), "id,depth\n")
        let row = Array("n2,\"Team \"\"Zuid\"\", nacht\",piekeren,1,2 3\n".utf8)
        XCTAssertEqual(String(decoding: selection.filterCSV(row), as: UTF8.self), "n2,1\n")
        XCTAssertThrowsError(try FieldSelection(parsing: "id,dept", layout: .csv, csvColumns: columns)) { error in
            XCTAssertTrue((error as? DiepgangError)?.message.en.contains("Did you mean 'depth'?") == true, "\(error)")
        }
        XCTAssertThrowsError(try FieldSelection(parsing: "phases", layout: .csv, csvColumns: columns)) { error in
            XCTAssertTrue((error as? DiepgangError)?.message.nl.contains("Bedoelde je 'phases_present'?") == true, "\(error)")
        }
    }
}
