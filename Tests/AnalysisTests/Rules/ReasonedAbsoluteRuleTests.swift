import XCTest
@testable import DiepgangAnalysis

/// `reasoned_absolute`: an absolute word inside reasoning is no sweeping judgement.
final class ReasonedAbsoluteRuleTests: XCTestCase {
    let hedged = "Ik denk dat het bij hem nooit om het eten gaat, maar om wie er naast hem zit."

    func testAHedgedAbsoluteIsPartOfTheReasoning() {
        let a = RuleTestSupport.analyse(hedged)
        XCTAssertFalse(a.has("absoluut"))
        XCTAssertEqual(a.weights.piekeren, 0)
        let off = RuleTestSupport.without("reasoned_absolute").analyse(text: hedged)
        XCTAssertTrue(off.has("absoluut", "nooit"))
        XCTAssertGreaterThan(off.weights.piekeren, 0)
    }

    func testAHedgeBelowTheMinimumDoesNotReason() {
        // "Ik denk dat" weighs less than 5: with hedge_min raised it no longer counts as reasoning.
        let a = RuleTestSupport.with(["reasoned_absolute.hedge_min": 5]).analyse(text: hedged)
        XCTAssertTrue(a.has("absoluut", "nooit"))
    }

    func testAFlatAbsoluteStaysSweeping() {
        let a = RuleTestSupport.analyse("Bij deze familie gaat het overleg ook nooit goed.")
        XCTAssertTrue(a.has("absoluut", "nooit"))
    }
}
