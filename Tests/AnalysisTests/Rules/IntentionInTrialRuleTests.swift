import XCTest
@testable import DiepgangAnalysis

/// `intention_in_trial`: an intention told inside a trial is the trial, not a new intention.
final class IntentionInTrialRuleTests: XCTestCase {
    let trial = "Zoals ik me had voorgenomen heb ik haar deze keer eerst laten uitpraten."

    func testAnIntentionInsideATrialIsTheTrial() {
        let a = RuleTestSupport.analyse(trial)
        XCTAssertEqual(a.phases.present, [.uitproberen])
        XCTAssertTrue(a.phaseMarkers(1).isEmpty)
        let off = RuleTestSupport.without("intention_in_trial").analyse(text: trial)
        XCTAssertEqual(off.phases.present, [.handelen, .uitproberen])
        XCTAssertEqual(off.phaseMarkers(1), ["ik me had voorgenomen"])
    }

    func testOnlyAStrongTrialHoldsTheIntention() {
        // "Zoals ik me had voorgenomen" weighs less than 4: then it does not take the intention in.
        let a = RuleTestSupport.with(["intention_in_trial.trial_min": 4]).analyse(text: trial)
        XCTAssertTrue(a.phases.present.contains(.handelen))
    }
}
