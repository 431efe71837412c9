import Foundation
import XCTest
@testable import DiepgangBatch
import DiepgangCore
import DiepgangNotes
import DiepgangResources

/// A corpus file for the batch: the bundled Dutch notes, repeated with fresh ids, with bad
/// records in between (a broken JSON line, a note without text, a bad date, a duplicate id).
func writeCorpus(copies: Int, badRecords: Bool = true) throws -> (path: String, ids: [String], badLines: [Int]) {
    // The annotated notes at the top of Corpus/ (not the single-sentence probes below it).
    let corpus = ResourceFolder.embedded("Corpus").files(withExtension: "jsonl").filter { !$0.path.contains("/") }
    precondition(!corpus.isEmpty, "the bundled corpus is embedded")
    var notes: [[String: Any]] = []
    for file in corpus {
        for line in file.text.split(separator: "\n") where !line.trimmingCharacters(in: .whitespaces).isEmpty {
            if let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any], object["text"] != nil {
                notes.append(object)
            }
        }
    }
    var lines: [String] = []
    var ids: [String] = []
    var bad: [Int] = []
    for copy in 0..<copies {
        for (i, var note) in notes.enumerated() {
            let id = "\(note["id"] as? String ?? "n")-\(copy)"
            note["id"] = id
            let data = try JSONSerialization.data(withJSONObject: note, options: [.sortedKeys])
            lines.append(String(decoding: data, as: UTF8.self))
            ids.append(id)
            if badRecords && i == 3 {
                switch copy % 4 {
                case 0: lines.append("{\"id\": \"kapot-\(copy)\", \"text\": \"Niet afgesloten")
                case 1: lines.append("{\"id\": \"leeg-\(copy)\", \"team\": \"Wijkteam Oost\"}")
                case 2: lines.append("{\"id\": \"datum-\(copy)\", \"date\": \"31-02-2025\", \"text\": \"Vandaag ging het goed.\"}")
                default: lines.append(String(decoding: data, as: UTF8.self))   // the same id again
                }
                bad.append(lines.count)
            }
        }
    }
    let path = NSTemporaryDirectory() + "diepgang-batch-\(UUID().uuidString).jsonl"
    try (lines.joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
    return (path, ids, bad)
}

/// A stand-in for the analysis: deterministic bytes per note (id, words, a fingerprint).
let describe: @Sendable (Note) -> [UInt8] = { note in
    var hash = FNV1a64()
    hash.update(note.text.utf8)
    let words = note.text.split(whereSeparator: { $0 == " " || $0 == "\n" }).count
    let w = ByteWriter()
    w.beginObject()
    w.field("id", note.id)
    w.field("words", words)
    w.field("hash", hash.hex)
    w.endObject()
    return w.bytes + [0x0A]
}

final class BatchRunnerTests: XCTestCase {
    func run(_ path: String, jobs: Int, chunkSize: Int) throws -> (output: [UInt8], rejected: [RejectedRecord], summary: BatchSummary) {
        let source = try NoteSource.open(paths: [path])
        var output: [UInt8] = []
        var rejected: [RejectedRecord] = []
        let summary = try BatchRunner(jobs: jobs, chunkSize: chunkSize).run(
            next: { source.next() },
            process: describe,
            emit: { item in
                switch item {
                case .processed(let bytes): output += bytes
                case .rejected(let r): rejected.append(r)
                }
            })
        return (output, rejected, summary)
    }

    func testSameBytesForAnyNumberOfJobs() throws {
        let corpus = try writeCorpus(copies: 6)
        defer { try? FileManager.default.removeItem(atPath: corpus.path) }
        let one = try run(corpus.path, jobs: 1, chunkSize: 7)
        XCTAssertFalse(one.output.isEmpty)
        for (jobs, chunk) in [(2, 7), (4, 7), (4, 1), (3, 256)] {
            let many = try run(corpus.path, jobs: jobs, chunkSize: chunk)
            XCTAssertEqual(many.output, one.output, "jobs \(jobs), chunk \(chunk)")
            XCTAssertEqual(many.summary, one.summary)
            XCTAssertEqual(many.rejected.map(\.source), one.rejected.map(\.source))
        }
    }

    func testInputOrderIsKept() throws {
        let corpus = try writeCorpus(copies: 8)
        defer { try? FileManager.default.removeItem(atPath: corpus.path) }
        let result = try run(corpus.path, jobs: 4, chunkSize: 5)
        let ids = String(decoding: result.output, as: UTF8.self).split(separator: "\n").map { line -> String in
            let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            return object?["id"] as? String ?? "?"
        }
        XCTAssertEqual(ids, corpus.ids)
    }

    func testEveryRecordIsAccountedFor() throws {
        let corpus = try writeCorpus(copies: 8)
        defer { try? FileManager.default.removeItem(atPath: corpus.path) }
        let result = try run(corpus.path, jobs: 4, chunkSize: 3)
        XCTAssertEqual(result.summary.read, result.summary.processed + result.summary.rejected)
        XCTAssertEqual(result.summary.processed, corpus.ids.count)
        XCTAssertEqual(result.summary.rejected, corpus.badLines.count)
        // Each rejection names the file and the line of the bad record, in input order.
        XCTAssertEqual(result.rejected.map(\.source.line), corpus.badLines)
        XCTAssertTrue(result.rejected.allSatisfy { $0.source.file == corpus.path && !$0.reason.nl.isEmpty })
    }

    func testAFailingWriterStopsTheWorkers() throws {
        let corpus = try writeCorpus(copies: 20, badRecords: false)
        defer { try? FileManager.default.removeItem(atPath: corpus.path) }
        let source = try NoteSource.open(paths: [corpus.path])
        struct DiskFull: Error {}
        var written = 0
        XCTAssertThrowsError(try BatchRunner(jobs: 3, chunkSize: 4).run(
            next: { source.next() },
            process: describe,
            emit: { _ in
                written += 1
                if written == 10 { throw DiskFull() }
            })) { error in
            XCTAssertTrue(error is DiskFull)
        }
        XCTAssertEqual(written, 10)
    }
}
