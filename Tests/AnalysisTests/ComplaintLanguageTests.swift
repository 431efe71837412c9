import XCTest
@testable import DiepgangAnalysis

/// Brooding about the system in ordinary language: images and fixed expressions, a sarcastic
/// "kennelijk" before a verdict, questions that want no answer. None of them says "ik"; the
/// lexicon entries are in `houding.lex` ("De klaagzang in gewone taal").
final class ComplaintLanguageTests: AnalysisTestCase {
    let complaint = """
    Op de afdeling werken sinds de zomer vier mensen minder. De collega's die er nog zijn lopen op hun tandvlees. \
    Een mbo-verpleegkundige met twintig jaar ervaring is kennelijk niet goed genoeg meer voor het nieuwe rooster. \
    De bestuurders kijken met oogkleppen op naar de cijfers. Is het gek dat er steeds meer mensen vertrekken? \
    De maat is vol.
    """

    func testAComplaintInImagesIsBrooding() {
        let a = analyse(complaint)
        XCTAssertEqual(a.mode, .piekeren, a.depth.reasons.map(\.nl).joined(separator: "; "))
        let brooding = Set(a.markers.filter { $0.pole == .piekeren }.map { $0.text.lowercased() })
        for words in ["op hun tandvlees", "met oogkleppen op", "is het gek dat", "de maat is vol"] {
            XCTAssertTrue(brooding.contains(words), "\(words) not among \(brooding)")
        }
        // The sarcastic "kennelijk … niet … genoeg" is one judgement, not an interpretation (phase 3).
        XCTAssertTrue(a.markers.contains { $0.text == "kennelijk niet goed genoeg" && $0.pole == .piekeren })
        XCTAssertFalse(a.phases.present.contains(.bewustwording))
    }

    func testTheSameFactsToldPlainlyStayDescriptive() {
        let a = analyse("""
        Op de afdeling werken sinds de zomer vier mensen minder. De collega's die er nog zijn draaien extra diensten. \
        Voor het nieuwe rooster zoekt de organisatie verpleegkundigen met een hbo-diploma. De bestuurders bespreken in \
        december de cijfers. In het voorjaar vertrokken drie mensen naar een ander ziekenhuis.
        """)
        XCTAssertTrue([.beschrijvend, .teKort].contains(a.mode), "\(a.mode)")
        XCTAssertTrue(a.markers.filter { $0.pole == .piekeren }.isEmpty, "\(a.markers.map(\.text))")
    }

    /// "Is het gek dat" is rhetorical only as a question; stated, it is plain narration.
    func testTheRhetoricalQuestionCountsOnlyAsAQuestion() {
        let asked = analyse("Is het gek dat de nachtdienst niemand meer kan vinden?")
        XCTAssertTrue(asked.markers.contains { $0.text == "Is het gek dat" && $0.pole == .piekeren })
        let stated = analyse("Ze vroeg of het gek is dat ze nog steeds aan die nacht denkt.")
        XCTAssertFalse(stated.markers.contains { $0.text.lowercased().hasPrefix("is het gek") })
    }

    /// "het enige wat telt" sweeps everything else aside: a verdict, not a purpose ("wat telt").
    func testTheOnlyThingThatCountsIsSweepingNotAPurpose() {
        let a = analyse("Diploma's zijn het enige wat telt in dit huis; ervaring doet er niet meer toe.")
        XCTAssertTrue(a.markers.contains { $0.text == "het enige wat telt" && $0.category == "benadering" && $0.pole == .piekeren })
        XCTAssertFalse(a.markers.contains { $0.category == "doel" }, "\(a.markers.map { ($0.text, $0.category) })")
    }

    /// Words of injustice and incompetence judge the other or the system (brooding in any
    /// person); denied, they judge nothing; an account of care with clinical words stays an account.
    func testWordsOfCondemnationJudge() {
        let a = analyse("""
        Het is schrijnend hoe een bejaard echtpaar na twee weken zonder hulp in de steek gelaten wordt. \
        De gemeente noemt dat maatwerk. Het is wanbeleid van bestuurders die wereldvreemd zijn.
        """)
        let brooding = Set(a.markers.filter { $0.pole == .piekeren && $0.category == "houding" }.map { $0.text.lowercased() })
        for words in ["schrijnend", "in de steek gelaten", "wanbeleid", "wereldvreemd"] {
            XCTAssertTrue(brooding.contains(words), "\(words) not among \(brooding)")
        }
        XCTAssertEqual(a.mode, .piekeren, a.depth.reasons.map(\.nl).joined(separator: "; "))
        let denied = analyse("De teamleider was niet arrogant, ze luisterde eerst naar wat wij zagen op de groep.")
        XCTAssertFalse(denied.markers.contains { $0.text == "arrogant" && $0.pole == .piekeren })
    }

    /// A complaint overstates ("veel te veel", "bijna geen tijd meer", "tig formulieren"); told as
    /// what happened on one evening, the same words are the story and count for nothing.
    func testOverstatementJudgesButNotInAStory() {
        let judged = analyse("Er is bijna geen tijd meer voor een gesprek. We vullen tig formulieren in en het is veel te veel.")
        let overstated = Set(judged.markers.filter { $0.category == "absoluut" && $0.pole == .piekeren }.map { $0.text.lowercased() })
        XCTAssertEqual(overstated, ["er is bijna geen tijd meer", "tig", "veel te"], "\(judged.markers.map(\.text))")
        let told = analyse("Gisteravond was er bijna geen tijd voor de overdracht, want we hadden veel te laat gegeten.")
        XCTAssertFalse(told.markers.contains { $0.category == "absoluut" }, "\(told.markers.map(\.text))")
    }

    /// Indignation frames a fact as a verdict: "het is toch onvoorstelbaar dat …", a sarcastic
    /// "laten we vooral …", an evaluative word that opens the sentence before "dat".
    func testIndignationJudges() {
        let a = analyse("""
        Het is toch onvoorstelbaar dat een verpleeghuis de nachtdienst met één persoon laat draaien. \
        Laten we vooral nog een formulier invoeren. Triest dat niemand in de raad van bestuur dit ziet.
        """)
        let judged = Set(a.markers.filter { $0.category == "houding" && $0.pole == .piekeren }.map { $0.text.lowercased() })
        for words in ["het is toch onvoorstelbaar", "laten we vooral", "triest dat"] {
            XCTAssertTrue(judged.contains(words), "\(words) not among \(judged)")
        }
        // Not at the start of its sentence, "triest dat" is a feeling told, not a verdict framed.
        let told = analyse("Ze vond het triest dat haar zoon niet meer op bezoek kwam, vertelde ze bij het ontbijt.")
        XCTAssertFalse(told.markers.contains { $0.text.lowercased() == "triest dat" })
    }
}
