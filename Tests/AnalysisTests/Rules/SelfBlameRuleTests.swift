import XCTest
@testable import DiepgangAnalysis

/// `self_blame`: a judgement with only the writer in its clause is a judgement of oneself.
final class SelfBlameRuleTests: XCTestCase {
    func testAJudgementWithOnlyTheWriterIsSelfBlame() {
        let text = "Ik voel me zo stom na dat gesprek met de familie."
        let a = RuleTestSupport.analyse(text)
        XCTAssertTrue(a.has("zelfverwijt", "stom"))
        XCTAssertFalse(a.has("houding", "stom"))
        let off = RuleTestSupport.without("self_blame").analyse(text: text)
        XCTAssertTrue(off.markers.contains { $0.category == "houding" && $0.text == "stom" && $0.pole == .piekeren })
        XCTAssertFalse(off.has("zelfverwijt"))
    }

    func testAJudgementOfAnotherStaysAJudgement() {
        let a = RuleTestSupport.analyse("Ik vind het stom van hem dat hij niet belde.")
        XCTAssertFalse(a.has("zelfverwijt"))
        XCTAssertTrue(a.markers.contains { $0.category == "houding" && $0.pole == .piekeren })
    }
}
