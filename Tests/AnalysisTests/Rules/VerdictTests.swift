import XCTest
@testable import DiepgangAnalysis

/// The verdict as numbers: mode from the evidence, and how sure it is.
final class VerdictTests: XCTestCase {
    let weights = RuleTestSupport.analyzer.weights
    let facts = DepthFacts(lookingBack: true, meaning: false, weighed: false, whyPurpose: false, purpose: 0,
                           questioning: false, concrete: false, perspectiveTaking: 0, causes: 0)

    func testClearEvidenceIsSure() {
        let e = ModeEvidence(piekeren: 0, reflecteren: 9, reflectingCore: 6, words: 120, turn: false)
        let v = Verdict.reading(e, facts, weights)
        XCTAssertEqual(v.mode, .reflecteren)
        XCTAssertGreaterThan(v.confidence, 0.9)
        XCTAssertTrue(v.alternatives.isEmpty)
    }

    func testEvidenceOnTheBoundaryIsOnzekerWithBothReadings() {
        let e = ModeEvidence(piekeren: 0.5, reflecteren: weights.poleThreshold, reflectingCore: weights.poleThreshold, words: 120, turn: false)
        let v = Verdict.reading(e, facts, weights)
        XCTAssertEqual(v.mode, .onzeker)
        XCTAssertEqual(Set(v.alternatives), [.reflecteren, .beschrijvend])
        XCTAssertLessThan(v.confidence, weights.onzekerBelow)
    }

    func testWeakCuesAloneDoNotMakeReflection() {
        // Summed weight over the threshold, but no core: a report with "samen met", "op maandag".
        let e = ModeEvidence(piekeren: 0, reflecteren: 4, reflectingCore: 0, words: 150, turn: false)
        XCTAssertEqual(Verdict.mode(e, weights), .beschrijvend)
    }

    func testAnOnzekerNoteSaysWhyInItsReasons() {
        let a = RuleTestSupport.analyse("Vandaag met meneer Bakker naar de markt geweest. Hij wilde zelf afrekenen en dat lukte. Misschien kan hij dat vaker doen, maar ik weet niet of hij het dan nog leuk vindt, want hij was erg moe.")
        if a.mode == .onzeker {
            XCTAssertEqual(a.alternatives.count, 2)
            XCTAssertTrue(a.depth.reasons.contains { $0.nl.hasPrefix("onzeker") })
        } else {
            XCTAssertTrue(a.alternatives.isEmpty)
            XCTAssertGreaterThanOrEqual(a.confidence.mode, RuleTestSupport.analyzer.weights.onzekerBelow)
        }
    }
}
