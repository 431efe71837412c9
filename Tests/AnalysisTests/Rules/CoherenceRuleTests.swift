import XCTest
@testable import DiepgangAnalysis

/// `coherence`: a tentative explanation with its reason is a look at how things hang together (phase 3).
final class CoherenceRuleTests: XCTestCase {
    let explained = "Ik denk dat de drukte hem te veel werd: hij was net terug uit het ziekenhuis."

    func testAHedgeWithItsReasonIsInsight() {
        let a = RuleTestSupport.analyse(explained)
        XCTAssertTrue(a.phases.present.contains(.bewustwording))
        XCTAssertEqual(a.phaseMarkers(3), ["Ik denk dat"])
        let off = RuleTestSupport.without("coherence").analyse(text: explained)
        XCTAssertFalse(off.phases.present.contains(.bewustwording))
        XCTAssertLessThan(off.weights.reflecteren, a.weights.reflecteren)
    }

    func testTheExplanationIsAWeight() {
        let a = RuleTestSupport.with(["coherence.explanation": 0]).analyse(text: explained)
        XCTAssertFalse(a.phases.present.contains(.bewustwording))
    }

    func testAHedgeWithoutAReasonIsNoInsight() {
        let a = RuleTestSupport.analyse("Ik denk dat de drukte hem te veel werd.")
        XCTAssertFalse(a.phases.present.contains(.bewustwording))
    }

    /// One cause per sentence links two events in a story; it is no insight however often it comes.
    func testSingleCausesInNarrationAreNoInsight() {
        let story = "Doordat de taxi te laat was, begon de dagbesteding voor mevrouw Jansen een half uur later. Doordat de lift kapot was, liepen we met meneer Bakker via de trap naar beneden."
        XCTAssertFalse(RuleTestSupport.analyse(story).phases.present.contains(.bewustwording))
        XCTAssertTrue(RuleTestSupport.with(["coherence.some_causes_weight": 0.5]).analyse(text: story).phases.present.contains(.bewustwording))
    }

    /// Reasoning in the writer's own present-tense statements, over more than one sentence, is a
    /// look at how things hang together even without "ik besef" or a hedge.
    func testAnArgumentOverSentencesIsInsight() {
        let argued = """
        Registreren kost op onze afdeling elke dienst een half uur. Toch kan het niet zonder, want de huisarts \
        en de apotheek moeten weten welke medicatie iemand krijgt. Daarom moet het dossier kloppen, omdat er \
        anders bij de overdracht fouten komen.
        """
        let a = RuleTestSupport.analyse(argued)
        XCTAssertTrue(a.phases.present.contains(.bewustwording), "phases: \(a.phases.present)")
        XCTAssertFalse(RuleTestSupport.with(["coherence.argued_weight": 0]).analyse(text: argued).phases.present.contains(.bewustwording))
        // One reasoned sentence is not yet an argument.
        XCTAssertFalse(RuleTestSupport.with(["coherence.argued_sentences": 3]).analyse(text: argued).phases.present.contains(.bewustwording))
    }

    /// The same links in a story told in the past link events; they are no argument.
    func testLinksInAStoryAreNoArgument() {
        let story = """
        De lift was kapot, daarom liepen we met meneer Bakker via de trap naar beneden. Hij was moe, want hij \
        had slecht geslapen. We kwamen te laat bij de taxi, omdat de trap langer duurde.
        """
        XCTAssertFalse(RuleTestSupport.analyse(story).phases.present.contains(.bewustwording))
    }
}
