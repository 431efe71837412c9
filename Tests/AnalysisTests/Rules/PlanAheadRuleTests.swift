import XCTest
@testable import DiepgangAnalysis

/// `plan_ahead`: a moment ahead with the writer acting is a plan (phase 4).
final class PlanAheadRuleTests: XCTestCase {
    let plan = "Morgen vraag ik haar dochter hoe zij het thuis aanpakt met de medicijnen."

    func testAMomentAheadWithTheWriterIsAPlan() {
        let a = RuleTestSupport.analyse(plan)
        XCTAssertEqual(a.phases.present, [.alternatieven])
        XCTAssertEqual(a.phaseMarkers(4), ["Morgen"])
        XCTAssertTrue(RuleTestSupport.without("plan_ahead").analyse(text: plan).phases.present.isEmpty)
        // Below the phase threshold the plan is still marked, but no phase.
        XCTAssertTrue(RuleTestSupport.with(["plan_ahead.weight": 0.75]).analyse(text: plan).phases.present.isEmpty)
    }

    func testAMomentAheadWithoutTheWriterIsNoPlan() {
        let a = RuleTestSupport.analyse("Morgen komt de fysiotherapeut langs voor haar knie.")
        XCTAssertFalse(a.phases.present.contains(.alternatieven))
    }
}
