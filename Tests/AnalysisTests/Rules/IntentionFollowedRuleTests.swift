import XCTest
@testable import DiepgangAnalysis

/// `intention_followed`: an account right after an earlier intention reports on it (phase 5).
final class IntentionFollowedRuleTests: XCTestCase {
    let note = "Vorige week had ik me voorgenomen om bij Joyce eerst te vragen hoe haar dag was. Vanmiddag zat ik naast haar op de bank en zij begon zelf over school te vertellen."

    func testAnAccountAfterAnIntentionIsATrial() {
        let a = RuleTestSupport.analyse(note)
        XCTAssertEqual(a.phases.present, [.handelen, .terugblikken, .uitproberen])
        XCTAssertEqual(a.phaseMarkers(5), ["Vanmiddag"])
        let off = RuleTestSupport.without("intention_followed").analyse(text: note)
        XCTAssertEqual(off.phases.present, [.handelen, .terugblikken])
    }

    func testTheWindowComesFromData() {
        // With a window of no sentences, nothing before the account is looked at.
        let a = RuleTestSupport.with(["intention_followed.window": 0]).analyse(text: note)
        XCTAssertFalse(a.phases.present.contains(.uitproberen))
    }

    func testAGoalOfTodayIsNoEarlierIntention() {
        let a = RuleTestSupport.analyse("Mijn doel vanmiddag was dat Joyce zelf over school begon. Vanmiddag zat ik naast haar op de bank en zij begon zelf over school te vertellen.")
        XCTAssertFalse(a.phases.present.contains(.uitproberen))
    }
}
