import XCTest
@testable import DiepgangAnalysis

/// `context_cause`: a context noun is an explanation only with a causal link.
final class ContextCauseRuleTests: XCTestCase {
    func testAContextNounAloneIsNoCause() {
        let a = RuleTestSupport.analyse("Mevrouw had pijn in haar rug en zakte steeds onderuit in de rolstoel.")
        XCTAssertFalse(a.markers.contains { $0.dimension == .oorzaken && $0.pole == .reflecteren })
    }

    func testWithALinkItExplains() {
        let a = RuleTestSupport.analyse("Ik denk dat ze onrustig werd doordat ze pijn had en de structuur van de dag wegviel.")
        XCTAssertTrue(a.markers.contains { $0.dimension == .oorzaken && $0.pole == .reflecteren && $0.text == "pijn" })
    }
}
