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

    /// "niets liever dan" is a preference and "mijn moeder zei altijd" a saying of someone else's:
    /// neither is the writer's sweeping judgement.
    func testAPreferenceAndASayingAreNoAbsolutes() {
        let text = "Ik doe niets liever dan voor mensen zorgen. Mijn moeder zei altijd dat ik de zorg in moest."
        let a = RuleTestSupport.analyse(text)
        XCTAssertFalse(a.markers.contains { $0.category == "absoluut" }, "\(a.markers.map(\.text))")
        let off = RuleTestSupport.without("idiom").analyse(text: text)
        XCTAssertTrue(off.has("absoluut", "niets"), "\(off.markers.map(\.text))")
        // A sweeping judgement in the writer's own words stays.
        let sweeping = RuleTestSupport.analyse("Ik doe niets goed volgens haar, en mijn collega's zeggen ook nooit iets aardigs.")
        XCTAssertTrue(sweeping.has("absoluut", "niets") && sweeping.has("absoluut", "nooit"), "\(sweeping.markers.map(\.text))")
    }
}
