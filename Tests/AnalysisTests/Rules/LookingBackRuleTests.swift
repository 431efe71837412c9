import XCTest
@testable import DiepgangAnalysis

/// `looking_back`: a sentence that tells what happened, with someone in it (phase 2).
final class LookingBackRuleTests: XCTestCase {
    let event = "Gisteravond smeet Ruben zijn bord tegen de muur en ik bracht hem naar zijn kamer."

    func testAnEventWithSomeoneInItIsLookingBack() {
        let a = RuleTestSupport.analyse(event)
        XCTAssertEqual(a.phases.present, [.terugblikken])
        XCTAssertEqual(a.phaseMarkers(2), ["Gisteravond"])
        XCTAssertTrue(RuleTestSupport.without("looking_back").analyse(text: event).phases.present.isEmpty)
    }

    func testTheStrengthNeededComesFromData() {
        let a = RuleTestSupport.with(["looking_back.min": 10]).analyse(text: event)
        XCTAssertFalse(a.phases.present.contains(.terugblikken))
    }

    func testAQuestionDoesNotLookBack() {
        let a = RuleTestSupport.analyse("Waarom smeet Ruben gisteravond zijn bord tegen de muur?")
        XCTAssertFalse(a.phases.present.contains(.terugblikken))
    }

    /// A news paragraph in the present tense: what the nurse says is reported speech, phase 2.
    func testReportedSpeechInThePresentTenseLooksBack() {
        let text = "Verzorgende Anouk werkt al twintig jaar op de psychogeriatrische afdeling. Ze vertelt dat de avonddiensten sinds de zomer vaak met één collega minder draaien."
        let a = RuleTestSupport.analyse(text)
        XCTAssertEqual(a.phases.present, [.terugblikken])
        XCTAssertTrue(RuleTestSupport.with(["looking_back.report_bonus": 0]).analyse(text: text).phases.present.isEmpty)
    }

    /// An interview answer wholly in quotation marks tells what happened to the one who speaks;
    /// a single word in quotation marks is not speech.
    func testAnInterviewAnswerInQuotesLooksBackAScareQuoteDoesNot() {
        let answer = ",,Ik had net mijn diploma en stond meteen alleen op een gang met twintig bewoners. Een mevrouw viel op de eerste avond en ik wist niet wie ik moest bellen.''"
        XCTAssertEqual(RuleTestSupport.analyse(answer).phases.present, [.terugblikken])
        XCTAssertFalse(RuleTestSupport.with(["looking_back.quote_words": 100]).analyse(text: answer).phases.present.contains(.terugblikken))
        let term = "Het nieuwe \"zorgpad\" voor valpreventie staat vanaf volgende maand in het dossier van elke bewoner."
        XCTAssertFalse(RuleTestSupport.analyse(term).phases.present.contains(.terugblikken))
    }
}
