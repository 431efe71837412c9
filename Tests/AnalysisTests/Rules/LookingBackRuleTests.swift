import XCTest
@testable import DiepgangAnalysis

/// `looking_back`: a sentence that tells what happened, with someone in it (phase 2).
final class LookingBackRuleTests: XCTestCase {
    let event = "Gisteravond smeet Ruben zijn bord tegen de muur en ik bracht hem naar zijn kamer."

    func testAnEventWithSomeoneInItIsLookingBack() {
        let a = RuleTestSupport.analyse(event)
        XCTAssertEqual(a.phases.present, [.terugblikken])
        XCTAssertEqual(a.phaseMarkers(2), ["Gisteravond"])
        XCTAssertTrue(RuleTestSupport.without("looking_back").analyse(text: event).phases.present.isEmpty)
    }

    func testTheStrengthNeededComesFromData() {
        let a = RuleTestSupport.with(["looking_back.min": 10]).analyse(text: event)
        XCTAssertFalse(a.phases.present.contains(.terugblikken))
    }

    func testAQuestionDoesNotLookBack() {
        let a = RuleTestSupport.analyse("Waarom smeet Ruben gisteravond zijn bord tegen de muur?")
        XCTAssertFalse(a.phases.present.contains(.terugblikken))
    }
}
