import XCTest
@testable import DiepgangAnalysis

/// Cues written on the lemma find every form; a self-directed why with repetition broods.
final class LemmaCueTests: XCTestCase {
    func testRuminationInAnyTense() {
        for text in ["De hele avond bleef ik maar denken aan wat Sanne had gezegd.",
                     "Ik blijf er maar over nadenken, ook nu nog.",
                     "Ik lag er tot twee uur wakker van."] {
            let a = RuleTestSupport.analyse(text)
            XCTAssertTrue(a.markers.contains { $0.category == "malen" }, text)
        }
    }

    func testASelfDirectedWhyWithRepetitionBroods() {
        let a = RuleTestSupport.analyse("Waarom cijferde ik mezelf weer weg? Ik was bang dat de vader boos zou worden en wilde het gesprek goed houden.")
        XCTAssertEqual(a.whyQuestions.first?.kind, .piekerend)
        let b = RuleTestSupport.analyse("Waarom reageerde ik zo fel op haar? Ik denk dat ik moe was en dat haar toon me aan mijn moeder deed denken.")
        XCTAssertEqual(b.whyQuestions.first?.kind, .onderzoekend)
    }
}
