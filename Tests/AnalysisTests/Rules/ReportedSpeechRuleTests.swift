import XCTest
@testable import DiepgangAnalysis

/// `reported_speech`: what follows "ze zei dat", "hij vroeg waarom" is the other's, not the writer's.
final class ReportedSpeechRuleTests: XCTestCase {
    func testAnothersResolutionIsNotTheWritersPlan() {
        let text = "Mijn begeleider zei dat ik voortaan eerst de rapportage moet lezen voordat ik de groep op ga."
        let a = RuleTestSupport.analyse(text)
        XCTAssertFalse(a.markers.contains { $0.category == "fase" && $0.label == "4" }, String(describing: a.markers.map(\.text)))
        XCTAssertFalse(a.markers.contains { $0.dimension == .focus && $0.pole == .reflecteren })
        let before = RuleTestSupport.without("reported_speech").analyse(text: text)
        XCTAssertTrue(before.markers.contains { $0.text == "voortaan" }, "without the rule 'voortaan' counts as the writer's plan")
    }

    func testAQuestionPutByAnotherIsNoWhyQuestion() {
        let a = RuleTestSupport.analyse("De moeder van Sem vroeg waarom we de deur van de groep op slot doen. Ik heb uitgelegd hoe het zit.")
        XCTAssertTrue(a.whyQuestions.isEmpty)
    }

    func testTheWritersOwnWordsStayTheWriters() {
        let a = RuleTestSupport.analyse("Ik zei tegen mijn collega dat ik voortaan eerst ga vragen wat hij wil.")
        XCTAssertTrue(a.markers.contains { $0.text.lowercased().contains("voortaan") || ($0.category == "fase" && $0.label == "4") })
    }
}
