import XCTest
@testable import DiepgangAnalysis

/// `heading`: a section title on its own line is no evidence.
final class HeadingRuleTests: XCTestCase {
    func testAReportHeadingIsNoInsight() {
        let text = "Bewustwording\nDe ochtendzorg bij mevrouw Post duurde drie kwartier. Ik heb haar gewassen en aangekleed.\n"
        let a = RuleTestSupport.analyse(text)
        XCTAssertFalse(a.markers.contains { $0.text == "Bewustwording" }, String(describing: a.markers.map(\.text)))
        XCTAssertTrue(RuleTestSupport.without("heading").analyse(text: text).markers.contains { $0.text == "Bewustwording" })
    }

    func testASentenceOnItsOwnLineIsNoHeading() {
        let a = RuleTestSupport.analyse("Ik besef nu dat ik te snel was.\nDaarna heb ik het haar gevraagd.")
        XCTAssertTrue(a.markers.contains { $0.category == "fase" && $0.label == "3" })
    }
}
