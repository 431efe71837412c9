import XCTest
@testable import DiepgangAnalysis

/// Mode and depth of whole notes.
final class ModeAndDepthTests: AnalysisTestCase {
    /// One brooding sentence in a long reflecting note is not enough for gemengd: the weaker
    /// pole must be clearly present relative to the note's length.
    func testAFewBroodingWordsInALongReflectionStayReflecting() {
        let text = """
        Vanochtend wilde Sanne niet uit bed komen voor school. Ik had me voorgenomen om eerst te vragen hoe ze had \
        geslapen, in plaats van meteen het rooster te noemen. Ze vertelde dat ze wakker had gelegen van de ruzie met \
        haar vriendin. Op dat moment begreep ik dat haar weigering niet over school ging, maar over wat ze daar moest \
        tegenkomen. Ik baalde even van mezelf dat ik dat vorige week niet zag, ik voelde me een slechte begeleider. \
        Met haar mentor kijken we volgende week of ze een rustig plekje kan krijgen in de pauze, zodat ze niet alleen \
        hoeft te staan. Haar moeder vertelde aan de telefoon dat Sanne thuis ook stiller is sinds de verhuizing van \
        haar oma, die altijd om de hoek woonde. Ze heeft ontbeten en is met de bus van half negen naar school gegaan, \
        met haar jas en tas die ze gisteren had klaargelegd op de stoel bij de deur van haar kamer. Morgen loop ik met \
        haar mee naar het busstation en vraag ik wat haar zou helpen. Onderweg naar de keuken zei ze nog dat haar \
        fiets een lekke band had en dat ze die zaterdag met haar vader wil plakken in de schuur achter het huis. Over \
        twee weken kijken we samen met de mentor terug op hoe de pauzes gaan.
        """
        let a = analyse(text)
        XCTAssertGreaterThan(a.weights.piekeren, 0, "the brooding sentence is still seen")
        XCTAssertEqual(a.mode, .reflecteren)
        // The same brooding in a short note is clearly present: gemengd.
        let short = analyse("""
        Ik baalde van mezelf dat ik het niet zag, ik voelde me echt een slechte begeleider en dat blijft maar malen. \
        Toch begreep ik op dat moment dat haar weigering niet over school ging, maar over de ruzie met haar \
        vriendin. Volgende week vraag ik haar mentor of ze in de pauze een rustig plekje kan krijgen.
        """)
        XCTAssertEqual(short.mode, .gemengd)
    }

    func testShortNoteIsTooShort() {
        let a = analyse("Rustige dienst, Kees heeft goed gegeten en is vroeg gaan slapen.")
        XCTAssertLessThan(a.words, 25)
        XCTAssertEqual(a.mode, .teKort)
        XCTAssertEqual(a.depth.level, 0)
    }

    func testBroodingCapsDepth() {
        let a = analyse("""
        Vandaag ging het weer helemaal mis met Bas. Ik heb het verpest, zoals altijd. Had ik maar niet zo fel gereageerd. \
        Ik ben gewoon geen goede begeleider, iedereen in het team kan het beter dan ik. Het spookt de hele avond door mijn hoofd \
        en ik weet nu al dat ik er vannacht wakker van lig. Ik besef dat ik dit werk misschien niet kan.
        """)
        XCTAssertEqual(a.mode, .piekeren)
        XCTAssertLessThanOrEqual(a.depth.level, 1)
        XCTAssertFalse(a.depth.reasons.isEmpty)
    }

    func testReflectiveNoteGoesDeeper() {
        let a = analyse("""
        Mijn doel was om mevrouw Jansen zelf te laten kiezen wanneer ze wilde douchen. Toen ik om half acht binnenkwam, \
        draaide ze zich om en zei ze dat ze moe was. Ik besef nu dat het vroege tijdstip vooral in ons rooster past en niet bij haar. \
        Voor haar betekent douchen op een vast uur dat ze zelf niets meer te kiezen heeft. Waarom doen we dit eigenlijk zo, \
        als het voor de cliënt zo weinig oplevert? Een andere mogelijkheid is douchen in de avond, het nadeel is dat de late dienst \
        het dan drukker krijgt. Volgende week stel ik in het teamoverleg voor om het twee weken te proberen.
        """)
        XCTAssertEqual(a.mode, .reflecteren)
        XCTAssertGreaterThanOrEqual(a.depth.level, 3)
        XCTAssertEqual(a.whyQuestions.first?.kind, .onderzoekend)
        XCTAssertEqual(a.whyQuestions.first?.purposeLinked, true)
    }

    func testDescriptiveHandover() {
        let a = analyse("""
        Late dienst. Om zes uur hebben we gegeten, Fatima had zelf de tafel gedekt. Daarna is Tim gaan douchen en heeft \
        Lotte met haar moeder gebeld. Om negen uur lag iedereen op bed. Medicatie is uitgedeeld volgens de lijst.
        """)
        XCTAssertEqual(a.mode, .beschrijvend)
        XCTAssertEqual(a.depth.level, 1)
    }

    func testAbsoluteWordInAnExplanationIsNotSweeping() {
        // Hedged or explained, "nooit" is part of the reasoning; said flatly it is sweeping.
        let hedged = analyse("Ik denk dat het nooit om het douchen ging, maar om wie bepaalt wanneer het gebeurt.")
        XCTAssertFalse(hedged.markers.contains { $0.category == "absoluut" }, "\(hedged.markers)")
        let explained = analyse("Daarom werkte overreden bij haar ook nooit.")
        XCTAssertFalse(explained.markers.contains { $0.category == "absoluut" })
        let flat = analyse("Bij haar werkt overreden ook nooit.")
        XCTAssertTrue(flat.markers.contains { $0.category == "absoluut" && $0.text == "nooit" })
    }

    func testBroodingWithRealAnalysisIsMixedByTheRules() throws {
        // The rules' decision table (both poles clearly present); the learned model reads this note as piekeren.
        let a = try analyzer.rulesOnly().analyse(text: """
        Vandaag weer een rotdienst. Meneer Visser wilde zijn steunkousen niet aan en ik voel me zo'n prutser, \
        dit lukt me gewoon nooit. Waarom krijg ik dit nooit voor elkaar? Op weg naar huis heb ik het nog eens \
        nagelopen. Sinds zijn verhuizing komt er elke ochtend een ander gezicht binnen. Het ging dus niet om de \
        kousen, het ging om een vreemde die aan zijn benen zit. Dat betekent voor hem dat hij niets meer zelf \
        bepaalt. Morgen vraag ik de planning om een vaste ochtendploeg.
        """)
        // Both sides lie near their thresholds: the verdict may hold back, but its best reading is gemengd.
        XCTAssertEqual(a.mode == .onzeker ? a.alternatives.first : a.mode, .gemengd)
        XCTAssertTrue(a.phases.present.contains(.bewustwording))
        // The reasons quote the heaviest brooding words, not merely the first ("weer").
        XCTAssertTrue(a.depth.reasons.contains { $0(.nl) == "houding: \"ik voel me zo'n prutser\"" }, "\(a.depth.reasons.map { $0(.nl) })")
        XCTAssertGreaterThanOrEqual(a.depth.level, 2)
    }
}
