import XCTest
@testable import DiepgangAnalysis

/// `other_explained`: another's behaviour explained by their feeling or, tentatively, by a cause.
final class OtherExplainedRuleTests: XCTestCase {
    func testBehaviourExplainedByAFeelingIsPerspectiveTaking() {
        let text = "Mevrouw Peters weigerde haar medicatie omdat ze zich overvallen voelde door de nieuwe collega."
        let a = RuleTestSupport.analyse(text)
        XCTAssertTrue(a.markers.contains { $0.category == "perspectiefname" && $0.pole == .reflecteren && $0.text == "ze zich overvallen voelde" })
        XCTAssertFalse(RuleTestSupport.without("other_explained").analyse(text: text).has("perspectiefname"))
        // Without a reason ("omdat") it is an account of what she felt.
        XCTAssertFalse(RuleTestSupport.analyse("Mevrouw Peters weigerde haar medicatie en voelde zich overvallen.").has("perspectiefname"))
    }

    func testATentativeExplanationLooksForACause() {
        let text = "Misschien was hij zo onrustig omdat zijn dochter niet op bezoek kwam."
        let a = RuleTestSupport.analyse(text)
        XCTAssertTrue(a.markers.contains { $0.category == "oorzaken" && $0.pole == .reflecteren && $0.text == "Misschien" })
        let off = RuleTestSupport.without("other_explained").analyse(text: text)
        XCTAssertFalse(off.has("oorzaken"))
        XCTAssertLessThan(off.weights.reflecteren, a.weights.reflecteren)
    }
}
