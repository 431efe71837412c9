import XCTest
import DiepgangCore
import DiepgangResources
@testable import DiepgangAnalysis

/// The gate: the figures the README promises on the test split of the bundled corpus, checked on
/// every `swift test`, so a change to a rule or a weight that loses them fails here, not in a
/// reader's hands. The test split is never tuned on.
final class CorpusGateTests: XCTestCase {
    func testTestSplitHoldsTheREADMELines() throws {
        let file = try XCTUnwrap(ResourceFolder.embedded("Corpus").file("notes.jsonl"))
        let (notes, rejected) = GoldReader.read(file.bytes, file: "Corpus/notes.jsonl")
        XCTAssertTrue(rejected.isEmpty)
        let result = Evaluation.run(notes, split: "test", analyzer: Analyzer.standard())
        XCTAssertGreaterThan(result.n, 60, "the test split is there")
        // Where the tool gives a verdict; `onzeker` on at most a quarter of the notes.
        XCTAssertGreaterThanOrEqual(result.modeAccuracyDecided, 0.85, "mode accuracy (decided)")
        XCTAssertLessThanOrEqual(Double(result.onzeker) / Double(result.n), 0.25, "share onzeker")
        XCTAssertGreaterThanOrEqual(result.depthQWK, 0.75, "depth QWK")
        XCTAssertGreaterThanOrEqual(result.phaseMicro.f1, 0.85, "phase micro F1")
        XCTAssertGreaterThanOrEqual(result.why.f1, 0.92, "why-question F1")
        XCTAssertGreaterThanOrEqual(result.whyKindAccuracy, 0.90, "why kind accuracy")
    }
}
