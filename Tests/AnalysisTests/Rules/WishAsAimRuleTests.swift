import XCTest
@testable import DiepgangAnalysis

/// `wish_aim`: a bare "ik wil" in an account is the writer's aim (phase 1); after insight, and
/// with a moment ahead, it is a resolve (phase 4).
final class WishAsAimRuleTests: XCTestCase {
    /// An account of a night shift told in the present, with the writer's aim in it.
    let account = """
    Om half drie gaat de bel van kamer 12. Meneer Verbeek ligt wakker en zijn buurman ook. \
    Ondanks de onrust wil ik zoveel mogelijk rust op de kamer houden. \
    Ik wil graag dat ze allebei nog een paar uur slapen. Ik dim het licht en praat zacht.
    """

    func testAWishInAnAccountIsTheWritersAim() {
        let a = RuleTestSupport.analyse(account)
        XCTAssertTrue(a.phases.present.contains(.handelen), "phases: \(a.phases.present)")
        XCTAssertFalse(a.phases.present.contains(.alternatieven))
        // Without the rule the same words are read as alternatives chosen.
        let before = RuleTestSupport.without("wish_aim").analyse(text: account)
        XCTAssertTrue(before.phases.present.contains(.alternatieven))
        XCTAssertFalse(before.phases.present.contains(.handelen))
    }

    func testAWishAfterInsightIsAResolve() {
        let text = """
        Ze werd boos toen ik haar hielp met de jas. Nu besef ik dat ze vooral bang is haar zelfstandigheid kwijt te raken. \
        Ik wil haar eerst laten proberen. Ik wil pas helpen als ze erom vraagt.
        """
        let a = RuleTestSupport.analyse(text)
        XCTAssertTrue(a.phases.present.contains(.bewustwording))
        XCTAssertEqual(a.phaseMarkers(1), [])
        XCTAssertFalse(a.phaseMarkers(4).isEmpty)
    }

    func testAWishWithAMomentAheadIsAPlan() {
        let text = "De overdracht liep vanmiddag uit. Morgen wil ik de overdracht met Sanne om kwart voor drie beginnen."
        let a = RuleTestSupport.analyse(text)
        XCTAssertEqual(a.phaseMarkers(1), [])
        XCTAssertFalse(a.phaseMarkers(4).isEmpty)
    }
}
