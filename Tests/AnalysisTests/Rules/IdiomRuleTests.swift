import XCTest
@testable import DiepgangAnalysis

/// `idiom`: a cue word inside a fixed phrase is no cue.
final class IdiomRuleTests: XCTestCase {
    func testManyTimesIsNoRumination() {
        let text = "Door het vele malen te oefenen met de tillift gaat de transfer van mevrouw Jansen nu soepel."
        XCTAssertFalse(RuleTestSupport.analyse(text).has("malen"))
        XCTAssertTrue(RuleTestSupport.without("idiom").analyse(text: text).has("malen"), "the lexicon alone fires on 'malen'")
        // Real rumination stays.
        XCTAssertTrue(RuleTestSupport.analyse("Ik blijf er de hele nacht over malen.").has("malen"))
    }

    func testNotForNothingIsNoAbsolute() {
        let a = RuleTestSupport.analyse("Het is niet voor niets dat de ergotherapeut de rolstoel opnieuw wilde afstellen.")
        XCTAssertFalse(a.has("absoluut", "niets"))
        XCTAssertFalse(a.has("spuien"))
    }

    func testGradualChangeIsNoRepetition() {
        let a = RuleTestSupport.analyse("Volgens de teamleider stoppen steeds meer collega's, en de wachtlijst wordt steeds langer.")
        XCTAssertFalse(a.markers.contains { $0.text == "steeds" && $0.pole == .piekeren })
    }
}
