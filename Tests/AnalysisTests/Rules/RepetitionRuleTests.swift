import XCTest
@testable import DiepgangAnalysis

/// `repetition`: the same word again and again is brooding; a function word twice is grammar.
final class RepetitionRuleTests: XCTestCase {
    let tired = "Na drie nachtdiensten ben ik moe, moe, moe en zie ik het niet meer zitten."

    func testAWordRepeatedIsBrooding() {
        let a = RuleTestSupport.analyse(tired)
        XCTAssertEqual(a.markers.filter { $0.category == "herhaling" }.map(\.text), ["moe, moe", "moe, moe"])
        XCTAssertTrue(a.markers.allSatisfy { $0.category != "herhaling" || $0.pole == .piekeren })
        XCTAssertEqual(a.weights.piekeren, 3, "two pairs of 1.5")
        let off = RuleTestSupport.without("repetition").analyse(text: tired)
        XCTAssertFalse(off.has("herhaling"))
        XCTAssertEqual(off.weights.piekeren, 0)
    }

    func testTheWeightAndTheShortestWordComeFromData() {
        XCTAssertEqual(RuleTestSupport.with(["repetition.weight": 1]).analyse(text: tired).weights.piekeren, 2)
        // Words shorter than min_bytes do not count: "moe" has three bytes.
        XCTAssertFalse(RuleTestSupport.with(["repetition.min_bytes": 4]).analyse(text: tired).has("herhaling"))
    }

    func testAFunctionWordTwiceIsGrammar() {
        let a = RuleTestSupport.analyse("Ik merkte dat dat gesprek met zijn broer hem goed deed.")
        XCTAssertFalse(a.has("herhaling"))
    }
}
