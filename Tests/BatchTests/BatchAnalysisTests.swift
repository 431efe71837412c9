import Foundation
import XCTest
@testable import DiepgangBatch
import DiepgangAnalysis
import DiepgangCore
import DiepgangNotes
import DiepgangPrivacy
import DiepgangReport
import DiepgangTrends

/// The batch with the real analysis, on the bundled Dutch notes.
final class BatchAnalysisTests: XCTestCase {
    let analyzer = Analyzer.standard()

    func analyseAll(_ path: String, jobs: Int, policy: PrivacyPolicy = .off) throws -> (bytes: [UInt8], rejected: [RejectedRecord], result: BatchResult) {
        let source = try NoteSource.open(paths: [path])
        let analyzer = self.analyzer
        var bytes: [UInt8] = []
        var rejected: [RejectedRecord] = []
        let job = BatchJob(runner: BatchRunner(jobs: jobs, chunkSize: 16), privacyPolicy: policy,
                           scanner: policy == .off ? nil : try PrivacyScanner.standard())
        let result = try job.run(
            batches: NoteBatches(source, blockSize: 4096),
            analyse: { note, workspace in
                let w = ByteWriter()
                analyzer.analyse(note, options: AnalysisOptions(), workspace: &workspace).writeJSON(into: w)
                return w.bytes + [0x0A]
            },
            write: { bytes += $0 },
            reject: { rejected.append($0) })
        return (bytes, rejected, result)
    }

    func testAnalysesAreIdenticalForOneAndFourJobs() throws {
        let corpus = try writeCorpus(copies: 1)
        defer { try? FileManager.default.removeItem(atPath: corpus.path) }
        let one = try analyseAll(corpus.path, jobs: 1)
        let four = try analyseAll(corpus.path, jobs: 4)
        XCTAssertEqual(one.bytes, four.bytes)
        XCTAssertEqual(one.result.summary, four.result.summary)
        // One analysis per note, in input order, each a JSON object with the DESIGN §5 keys.
        let lines = String(decoding: four.bytes, as: UTF8.self).split(separator: "\n")
        XCTAssertEqual(lines.count, corpus.ids.count)
        for (line, id) in zip(lines, corpus.ids) {
            let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            XCTAssertEqual(object["id"] as? String, id)
            for key in ["mode", "depth", "dimensions", "phases", "why_questions", "tool_version", "lexicon_version"] {
                XCTAssertNotNil(object[key], "\(id): \(key)")
            }
        }
        XCTAssertEqual(four.result.summary.read, four.result.summary.processed + four.result.summary.rejected)
        XCTAssertEqual(four.rejected.map(\.source.line), corpus.badLines)
    }

    func testPrivacyWarnCountsAndRefuseStops() throws {
        let path = NSTemporaryDirectory() + "diepgang-privacy-\(UUID().uuidString).jsonl"
        defer { try? FileManager.default.removeItem(atPath: path) }
        var lines: [String] = []
        for i in 0..<40 {
            let text = i == 25
                ? "Na het gesprek heb ik de moeder gemaild op j.devries@example.nl en gevraagd of ze 06-12345678 terug wil bellen."
                : "Vandaag sprak ik met de cliënt over de dagbesteding. Ik merkte dat hij onrustig werd toen het over vervoer ging."
            lines.append("{\"id\": \"p\(i)\", \"team\": \"Wijkteam Oost\", \"author\": \"Esra\", \"date\": \"2025-03-04\", \"text\": \"\(text)\"}")
        }
        try (lines.joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)

        let warn = try analyseAll(path, jobs: 2, policy: .warn)
        XCTAssertFalse(warn.result.refused)
        XCTAssertEqual(warn.result.summary.processed, 40)
        XCTAssertGreaterThanOrEqual(warn.result.privacy.perKind[.email] ?? 0, 1)
        XCTAssertGreaterThanOrEqual(warn.result.privacy.perKind[.telefoon] ?? 0, 1)

        let refuse = try analyseAll(path, jobs: 2, policy: .refuse)
        XCTAssertTrue(refuse.result.refused)
        let off = try analyseAll(path, jobs: 2, policy: .off)
        XCTAssertEqual(off.result.privacy.total, 0)
        XCTAssertEqual(off.bytes, warn.bytes, "the check does not change the analyses")
    }

    func testTrendsFromBatchOutputEqualTrendsFromNotes() throws {
        let corpus = try writeCorpus(copies: 1, badRecords: false)
        defer { try? FileManager.default.removeItem(atPath: corpus.path) }
        let analysed = try analyseAll(corpus.path, jobs: 2)
        let analysisPath = corpus.path + ".analyses.jsonl"
        defer { try? FileManager.default.removeItem(atPath: analysisPath) }
        try Data(analysed.bytes).write(to: URL(fileURLWithPath: analysisPath))

        let collector = TrendCollector(analyzer: analyzer, runner: BatchRunner(jobs: 2))
        var fromNotes = TrendAggregate()
        var fromAnalyses = TrendAggregate()
        var rejectedNotes = 0, rejectedAnalyses = 0
        try collector.collect(paths: [corpus.path], into: &fromNotes) { _ in rejectedNotes += 1 }
        try collector.collect(paths: [analysisPath], into: &fromAnalyses) { _ in rejectedAnalyses += 1 }
        XCTAssertEqual(rejectedNotes, 0)
        XCTAssertEqual(rejectedAnalyses, 0)
        XCTAssertFalse(fromNotes.isEmpty)
        XCTAssertEqual(fromNotes, fromAnalyses)
        for kind in PeriodKind.allCases {
            XCTAssertEqual(TrendJSON.render(TrendReport(aggregate: fromNotes, period: kind)),
                           TrendJSON.render(TrendReport(aggregate: fromAnalyses, period: kind)))
        }
    }
}
