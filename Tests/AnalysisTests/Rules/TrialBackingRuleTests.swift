import XCTest
@testable import DiepgangAnalysis

/// `trial_backing`: a weak trial ("ik probeerde") right after an intention counts in full.
final class TrialBackingRuleTests: XCTestCase {
    let note = "Ik had me voorgenomen om meneer Smit zelf zijn kleren te laten kiezen. Ik probeerde hem bij het aankleden eerst zelf te laten wijzen."

    func testAWeakTrialAfterAnIntentionIsTheTrial() {
        let a = RuleTestSupport.analyse(note)
        XCTAssertEqual(a.phases.present, [.handelen, .uitproberen])
        XCTAssertEqual(a.phaseMarkers(5), ["Ik probeerde"])
        // Without the backing the weak cue is no trial of its own: the sentence is read again as
        // a report on the intention and as an account of what happened.
        let off = RuleTestSupport.without("trial_backing").analyse(text: note)
        XCTAssertEqual(off.phases.present, [.handelen, .terugblikken, .uitproberen])
        XCTAssertEqual(off.phaseMarkers(5), ["Ik probeerde", "probeerde"])
    }

    func testTheBackingIsAWeight() {
        // Backed by less than half a cue, the trial stays weak: as with the rule off.
        let a = RuleTestSupport.with(["trial_backing.backed": 0.25]).analyse(text: note)
        XCTAssertTrue(a.phases.present.contains(.terugblikken))
    }
}
