import XCTest
@testable import DiepgangAnalysis

/// `system_judgement`: a vent about the system without "ik" is still the writer's brooding.
final class SystemJudgementRuleTests: XCTestCase {
    let vent = """
    De ouderenzorg is om te huilen. Die administratie is natuurlijk ontzettend belangrijk, belangrijker dan de bewoner die al twintig minuten op de bel drukt. Het management heeft geen idee wat hier gebeurt. Elk jaar een nieuw systeem, elk jaar minder handen. Maar goed, als de cijfers maar kloppen.
    """

    func testAThirdPersonVentIsBrooding() {
        let a = RuleTestSupport.analyse(vent)
        XCTAssertEqual(a.mode, .piekeren, a.depth.reasons.map { $0.nl }.joined(separator: "; "))
        XCTAssertTrue(a.markers.contains { $0.text == "natuurlijk ontzettend belangrijk" && $0.pole == .piekeren })
        let before = RuleTestSupport.without("system_judgement").analyse(text: vent)
        XCTAssertNotEqual(before.mode, .piekeren, "without the rule the note has no writer's voice")
    }

    func testNewsWithoutJudgementStaysDescriptive() {
        let a = RuleTestSupport.analyse("De gemeente opent in maart een nieuw wijkcentrum aan de Dorpsstraat. Het centrum krijgt een huiskamer, een spreekuur van het wijkteam en ruimte voor vrijwilligers. De bouw kostte twee miljoen euro.")
        XCTAssertTrue([.beschrijvend, .teKort].contains(a.mode))
    }
}
