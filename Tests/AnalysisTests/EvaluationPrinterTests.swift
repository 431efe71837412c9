import DiepgangAnalysis
import DiepgangCore
import DiepgangResources
import Foundation
import XCTest

/// `evaluate --format json` reads back into the summary it printed.
final class EvaluationPrinterTests: XCTestCase {
    func testJSONRoundTrips() throws {
        let corpus = try XCTUnwrap(ResourceFolder.embedded("Corpus").file("notes.jsonl"))
        let (notes, _) = GoldReader.read(corpus.bytes, file: "Corpus/notes.jsonl")
        let result = Evaluation.run(Array(notes.prefix(40)), split: "all", analyzer: Analyzer.standard())
        XCTAssertEqual(result.n, 40)
        let summary = EvaluationSummary(result)
        let bytes = EvaluationJSONPrinter().print([summary])
        let decoded = try JSONDecoder().decode(EvaluationSummary.self, from: Data(bytes))
        XCTAssertEqual(decoded, summary)
        XCTAssertEqual(decoded.modeConfusion.matrix.flatMap { $0 }.reduce(0, +), 40)
        XCTAssertEqual(decoded.phases.keys.sorted(), ["1", "2", "3", "4", "5"])
    }
}
