import XCTest
@testable import DiepgangAnalysis

/// The phases of the reflection spiral, sentence by sentence and over a note.
final class PhaseTests: AnalysisTestCase {
    func testSingleSentencePerPhase() {
        let cases: [(String, SpiralPhase)] = [
            ("Ik wilde vandaag vooral rustig blijven als hij begon te schreeuwen.", .handelen),
            ("Gisteravond gooide Sem zijn bord op de grond en ik stuurde hem naar zijn kamer.", .terugblikken),
            ("Ik besef nu dat het eigenlijk om zijn angst voor het afscheid ging.", .bewustwording),
            ("Een andere mogelijkheid is dat ik hem eerst laat uitrazen en pas daarna iets zeg.", .alternatieven),
            ("Zoals ik me vorige week had voorgenomen heb ik deze keer eerst gevraagd wat er was.", .uitproberen),
        ]
        for (text, phase) in cases {
            let a = analyse(text)
            XCTAssertTrue(a.phases.present.contains(phase), "\(phase) in: \(text) — found \(a.phases.present)")
        }
    }

    /// Trials told without a trial word: a comparison with a named earlier moment, a practice
    /// kept up since a month, an agreement with its date in between.
    func testTrialsWithoutTrialWords() {
        let cases = [
            "Sinds maart fiets ik na elk telefoontje met zijn vader een rondje met hem.",
            "Maar vandaag ging het anders dan in januari: hij bleef gewoon aan tafel zitten.",
            "Zoals ik in augustus met Ineke had afgesproken heb ik haar zelf laten kiezen.",
            "Dat is voor mij een groot verschil met mei vorig jaar.",
            "Deze keer liet ik hem eerst uitpraten en dat werkte.",
        ]
        for text in cases {
            XCTAssertTrue(analyse(text).phases.present.contains(.uitproberen), "uitproberen in: \(text)")
        }
        // A month alone, with nothing tried, is no trial.
        XCTAssertFalse(analyse("Sinds maart is mevrouw vaker moe en eet ze minder.").phases.present.contains(.uitproberen))
        // "Deze keer" in a plan is an intention ahead, not a trial.
        XCTAssertFalse(analyse("Deze keer wil ik eerst vragen wat er gebeurd is.").phases.present.contains(.uitproberen))
    }

    /// A value named with its reason is insight into what matters (phase 3); the same words as
    /// a wish without a reason are not. A weighing that first grants the other side is too.
    func testAValueWithItsReasonIsInsight() {
        let valued = analyse("Ik neem de broertjes mee naar de keuken omdat ik het belangrijk vind dat ze het ziekenhuis niet als een enge plek onthouden.")
        XCTAssertTrue(valued.phases.present.contains(.bewustwording), "\(valued.phases.present)")
        XCTAssertTrue(valued.markers.contains { $0.category == "fase" && $0.label == "3" && $0.text == "ik het belangrijk vind" })
        let wish = analyse("Ik vind het belangrijk dat we de overdracht om half drie beginnen.")
        XCTAssertFalse(wish.phases.present.contains(.bewustwording), "no reason given: \(wish.markers.map(\.text))")
        let weighed = analyse("Ik snap best dat de registratie collega's tijd kost, maar zonder die gegevens weet de dienst na ons niets.")
        XCTAssertTrue(weighed.phases.present.contains(.bewustwording))
    }

    func testRegretIsNoAlternative() {
        let a = analyse("Had ik maar eerder ingegrepen.")
        XCTAssertFalse(a.phases.present.contains(.alternatieven))
        let b = analyse("Ik had ook eerder kunnen ingrijpen, of hem apart kunnen nemen.")
        XCTAssertTrue(b.phases.present.contains(.alternatieven))
    }

    func testMissingPhasesComeWithTheirQuestion() {
        let a = analyse("Vanmiddag liep Noor boos weg uit de groep. Ik ben haar achterna gegaan en we hebben in de tuin gezeten tot ze rustig was.")
        XCTAssertTrue(a.phases.present.contains(.terugblikken))
        XCTAssertTrue(a.phases.missing.contains(.handelen))
        XCTAssertEqual(a.phases.suggestions.first { $0.phase == .handelen }?.question.nl, "Wat wilde je bereiken?")
        XCTAssertEqual(a.phases.suggestions.count, a.phases.missing.count)
    }

    func testInsightWithoutJargon() {
        func phases(_ text: String) -> [SpiralPhase] {
            analyzer.analyse(text: text, options: AnalysisOptions(sentences: true)).sentences.first?.phases ?? []
        }
        // Understanding with its reason, a conclusion, and what it means for the other: phase 3.
        XCTAssertTrue(phases("Tegelijk snap ik het ook wel: haar vader zou om zes uur bellen en dat was nog niet gebeurd.").contains(.bewustwording))
        XCTAssertTrue(phases("Het was dus niet de maaltijd waar hij tegen was.").contains(.bewustwording))
        XCTAssertTrue(phases("Donker en stil betekende voor hem dat hij naar zijn werk moest.").contains(.bewustwording))
        // Understanding alone, without a reason, is an attitude, not yet insight.
        XCTAssertFalse(phases("Ik snap het wel.").contains(.bewustwording))
        // A hedged explanation with its reason after a colon is insight; the hedge alone is not.
        XCTAssertTrue(phases("Ik denk dat het onderwerp te dichtbij kwam: hij is zelf twee keer opgenomen.").contains(.bewustwording))
        XCTAssertFalse(phases("Ik denk dat het onderwerp te dichtbij kwam.").contains(.bewustwording))
        XCTAssertTrue(phases("Dat zet alles in een ander licht.").contains(.bewustwording))
    }

    func testAnAccountAfterAnEarlierIntentionIsATrial() {
        // An intention made earlier, then what happened: the report on that intention (phase 5).
        let trial = analyse("Ik had me voorgenomen om bij mevrouw Dekker eerst te vragen wat zij zelf wilde dragen. Vanochtend stond ik naast haar kast en zij wees zelf een blauwe trui aan.")
        XCTAssertEqual(trial.phases.present, [.handelen, .terugblikken, .uitproberen])
        // Today's goal, then what happened: the goal and the account, no trial of an earlier plan.
        let goal = analyse("Mijn doel vanochtend was dat mevrouw Dekker zelf haar kleren koos. Vanochtend stond ik naast haar kast en zij wees zelf een blauwe trui aan.")
        XCTAssertEqual(goal.phases.present, [.handelen, .terugblikken])
    }

    func testExplainingAnothersBehaviourByTheirFeelingIsPerspectiveTaking() {
        let a = analyse("Hij reageerde zo fel omdat hij zich niet gehoord voelde.")
        XCTAssertTrue(a.markers.contains { $0.category == "perspectiefname" && $0.pole == .reflecteren })
        // Without the reason it is an account of what he felt, not yet a look through his eyes.
        let b = analyse("Hij reageerde fel en liep weg.")
        XCTAssertFalse(b.markers.contains { $0.category == "perspectiefname" })
    }

    func testATentativeExplanationLooksForCauses() {
        let a = analyse("Misschien reageerde hij zo omdat de dag anders liep dan gepland.")
        XCTAssertTrue(a.markers.contains { $0.dimension == .oorzaken && $0.pole == .reflecteren })
        // "Niet onwil" turns the one-cause verdict round.
        let b = analyse("Het was niet onwil, hij begreep de vraag niet.")
        XCTAssertTrue(b.markers.contains { $0.text == "onwil" && $0.pole == .reflecteren && $0.negated })
        let c = analyse("Het is gewoon onwil van hem.")
        XCTAssertTrue(c.markers.contains { $0.text == "onwil" && $0.pole == .piekeren })
    }

    func testWatchingOneselfIsNotIkIkIk() {
        let a = analyse("Het valt me op dat ik vooral praat als ik onzeker ben.")
        XCTAssertTrue(a.phases.present.contains(.bewustwording))
        XCTAssertFalse(a.markers.contains { $0.pole == .piekeren })
        let b = analyse("Ik voel me zo stom en ik weet niet wat ik moet doen.")
        XCTAssertTrue(b.markers.contains { $0.category == "perspectief" && $0.pole == .piekeren })
    }
}
