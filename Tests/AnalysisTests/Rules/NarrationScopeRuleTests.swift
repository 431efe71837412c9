import XCTest
@testable import DiepgangAnalysis

/// `narration`: "weer", "steeds", "niets" in a sentence that tells are the story, not a worry.
final class NarrationScopeRuleTests: XCTestCase {
    func testRepetitionWordsInAStoryAreNoBrooding() {
        let text = "Toen ik om zeven uur binnenkwam, zat meneer De Groot weer aan het raam. Hij vroeg steeds naar zijn vrouw. Ik heb hem koffie gegeven en we hebben samen de krant gelezen."
        let a = RuleTestSupport.analyse(text)
        XCTAssertEqual(a.markerCount(.piekeren), 0, String(describing: a.markers.map(\.text)))
        let before = RuleTestSupport.without("narration").analyse(text: text)
        XCTAssertGreaterThan(before.markerCount(.piekeren), 0)
    }

    func testAJudgementKeepsItsAbsolute() {
        let a = RuleTestSupport.analyse("Het ging gisteren weer helemaal mis en ik vond mezelf zo stom, ik verpest ook altijd alles.")
        XCTAssertTrue(a.markers.contains { $0.category == "absoluut" || $0.category == "herhaling" })
    }
}
