import XCTest
@testable import DiepgangLanguage
import DiepgangTokenizer

/// Verbs found by their place in the clause: a split separable verb whose particle stands after
/// an object (with a coordinated or inverted plural, a relative clause, a helping verb between),
/// -en forms and pasts the tables read as nouns, present participles the table leaves out, and
/// a clause that has no verb until one of its nouns is read as one.
final class ParticleAndVerbPlaceTests: XCTestCase {
    func testPluralVerbFirstInItsClauseOrBeforeItsSubjectTakesItsParticle() {
        // The infinitive's form is the present plural: after "en", or before "we".
        XCTAssertEqual(lemmas("Ze lezen het dossier en leggen het daarna weg.")["leggen"], "wegleggen")
        XCTAssertEqual(lemmas("Na de overdracht laten we de zorgen van de dag los.")["laten"], "loslaten")
    }

    func testRelativeClauseAfterTheParticleEndsTheVerbsClause() {
        // "op" closes "levert … op"; "in" inside "die in …" is no particle of levert.
        XCTAssertEqual(lemmas("De nieuwe aanpak levert veel rust op die het team goed kan gebruiken.")["levert"], "opleveren")
        XCTAssertEqual(lemmas("Het overleg levert veel ideeën op die in de praktijk werken.")["levert"], "opleveren")
    }

    func testTeParticleBelongsToTheLastVerbOfTheCluster() {
        let l = lemmas("Ik hoop het gesprek morgen af te kunnen ronden.")
        XCTAssertEqual(l["ronden"], "afronden")
        XCTAssertEqual(l["kunnen"], "kunnen")
        // "om om te kijken": the second "om" is the particle.
        XCTAssertEqual(lemmas("In die drukte had ik geen tijd om om te kijken.")["kijken"], "omkijken")
    }

    func testPrepositionBeforeAPrenominalParticipleIsNoParticle() {
        XCTAssertEqual(lemmas("Het dorp werd bezocht door trekkende seizoenarbeiders.")["trekkende"], "trekken")
    }

    func testPresentFormAfterWordenStaysFinite() {
        // "hangt" after "wordt" is no participle without ge-, so it keeps its particle.
        XCTAssertEqual(lemmas("Hoe de zorg georganiseerd wordt hangt af van de gemeente.")["hangt"], "afhangen")
        // A participle without ge- after an auxiliary still counts as one.
        let (_, a, words) = annotate("Ik heb het verslag gisteren verwerkt.")
        XCTAssertEqual(a.verbForm[words.firstIndex(of: "verwerkt")!], .participle)
    }

    func testAdverbialParticlesAreNoVerbForms() {
        let (_, a, words) = annotate("De meningen in het team lopen sterk uiteen.")
        XCTAssertEqual(a.lemmaString(token: words.firstIndex(of: "lopen")!), "uiteenlopen")
        XCTAssertEqual(a.upos[words.firstIndex(of: "uiteen")!], .adv)
        XCTAssertEqual(lemmas("Ze kwam haar collega een eind tegemoet.")["kwam"], "tegemoetkomen")
    }

    func testEnFormReadAsANounIsTheInfinitiveAfterAHelpingVerbOrTe() {
        XCTAssertEqual(lemmas("De teamleider besloot het uitje af te blazen.")["blazen"], "afblazen")
        XCTAssertEqual(lemmas("Ik kan me goed voorstellen hoe zwaar dat voor haar was.")["voorstellen"], "voorstellen")
        // Without a helping verb the plural noun stays: "zijn voorstellen".
        XCTAssertEqual(lemmas("Hij wachtte op een reactie op zijn voorstellen voor de planning.")["voorstellen"], "voorstel")
        // Before "dat" an -en form is a verb (a plural noun would take "die").
        XCTAssertEqual(lemmas("Ze luisteren goed en stellen dat het rooster beter kan.")["stellen"], "stellen")
    }

    func testPresentParticiplesTheTableLeavesOut() {
        XCTAssertEqual(lemmas("De vader sprak met vlammende woorden over de zorg.")["vlammende"], "vlammen")
        XCTAssertEqual(lemmas("Er stonden grijnzende jongeren bij de deur.")["grijnzende"], "grijnzen")
        // A past participle of a verb in -enen is no present participle.
        XCTAssertEqual(lemmas("Dat was uitgerekend de collega die ik zocht.")["uitgerekend"], "uitrekenen")
    }

    func testPastAfterItsSubjectAndAClauseWithoutAVerb() {
        let (_, a, words) = annotate("Hij voerde het gesprek met de familie rustig.")
        let voerde = words.firstIndex(of: "voerde")!
        XCTAssertEqual(a.upos[voerde], .verb)
        XCTAssertEqual(a.lemmaString(token: voerde), "voeren")
        // "loste" has no verb reading until the clause is found to have no verb at all.
        XCTAssertEqual(lemmas("Hij loste zijn collega om tien uur af.")["loste"], "aflossen")
    }

    func testCardinalNumeralsAreNumerals() {
        let c = classes("Na vijftien ronden en dertig minuten stopte de training.")
        XCTAssertEqual(c["vijftien"], .num)
        XCTAssertEqual(c["dertig"], .num)
        XCTAssertEqual(lemmas("Na vijftien ronden en dertig minuten stopte de training.")["ronden"], "ronde")
    }

    func testRegularVerbFormsByTheirShapeAroundASubject() {
        XCTAssertEqual(lemmas("Na het overleg bekende hij dat hij het vergeten was.")["bekende"], "bekennen")
        XCTAssertEqual(lemmas("Ik vier het elke dag met mijn team.")["vier"], "vieren")
        let (_, a, words) = annotate("Zo leefde ze van dag tot dag.")
        XCTAssertEqual(a.lemmaString(token: words.firstIndex(of: "leefde")!), "leven")
        XCTAssertEqual(a.upos[words.firstIndex(of: "leefde")!], .verb)
    }

    func testCompoundHeadKeepsItsGeBeforeAPresentForm() {
        XCTAssertEqual(lemmas("De nieuwe regel, die alle teams gelijkmaakt, werkt goed.")["gelijkmaakt"], "gelijkmaken")
        XCTAssertEqual(lemmas("Ze sprak geringschattende woorden over haar collega.")["geringschattende"], "geringschatten")
        // …but a participle's ge- before a diaeresis goes, and so does the diaeresis.
        XCTAssertEqual(lemmas("Het door de familie geïnitieerde overleg liep uit.")["geïnitieerde"], "initiëren")
    }

    func testInflectedParticipleBetweenArticleAndNoun() {
        XCTAssertEqual(lemmas("We kregen de afgeleide cijfers van de gemeente.")["afgeleide"], "afleiden")
    }

    func testPossessiveAndVoicedPluralMakeANoun() {
        XCTAssertEqual(lemmas("Zijn verhalen over de nachtdienst waren lang.")["verhalen"], "verhaal")
        XCTAssertEqual(lemmas("Het waren grievende opmerkingen over de bewoners.")["grievende"], "grieven")
    }

    func testVerbReadingNeedsAnInfinitiveInN() {
        // The derived table calls "meestal" and "ongetwijfeld" verbs; no Dutch infinitive ends so.
        let c = classes("Meestal werkt ze op de afdeling en ongetwijfeld doet ze dat goed.")
        XCTAssertEqual(c["Meestal"], .adv)
        XCTAssertEqual(c["ongetwijfeld"], .adv)
        // "beste" is goed's superlative, not a verb.
        let (_, a, words) = annotate("Ze deed haar beste best voor de bewoners.")
        let beste = words.firstIndex(of: "beste")!
        XCTAssertNotEqual(a.upos[beste], .verb)
        XCTAssertEqual(a.lemmaString(token: beste), "goed")
    }

    func testInvertedVerbAndVerbFirstQuestions() {
        // A form with an adjective reading right before its subject is the inverted verb.
        XCTAssertEqual(lemmas("Daarna gaf hij de sleutel aan de nachtdienst terug.")["gaf"], "teruggeven")
        // A capitalised past opening a question is no name.
        XCTAssertEqual(lemmas("Ruimde zij de kamer zelf op?")["Ruimde"], "opruimen")
        // A strong past the table reads as a noun plural, before its subject.
        XCTAssertEqual(lemmas("Gisteren dreven zij de discussie te ver door.")["dreven"], "doordrijven")
    }

    func testParticleJoinedToAPastAndVoeren() {
        XCTAssertEqual(lemmas("Ik hoop dat zij de sleutel morgen teruggaf.")["teruggaf"], "teruggeven")
        XCTAssertEqual(lemmas("Wij voerden de opdracht samen uit.")["voerden"], "uitvoeren")
        XCTAssertEqual(lemmas("Ze probeerde de opdracht zorgvuldig uit te voeren.")["voeren"], "uitvoeren")
        // …while a participle before an -en form is attributive: "aangelegde bossen" are nouns.
        XCTAssertEqual(lemmas("We wandelden door aangelegde bossen.")["bossen"], "bos")
    }

    func testPlaceAdjectivesAreNoNames() {
        let (_, a, words) = annotate("Ze werkte jaren in een Belgische instelling met Duitse collega's.")
        let belgische = words.firstIndex(of: "Belgische")!, duitse = words.firstIndex(of: "Duitse")!
        XCTAssertEqual(a.upos[belgische], .adj)
        XCTAssertEqual(a.lemmaString(token: belgische), "belgisch")
        XCTAssertEqual(a.lemmaString(token: duitse), "duits")
        // A name stays a name: "Louise" is followed by a verb, not a noun.
        XCTAssertEqual(classes("Gisteren belde Louise over haar moeder.")["Louise"], .propn)
    }

    func testOnlyPossessiveBeforeAFormMakesItANoun() {
        let (_, a, words) = annotate("Hij deed zijn werk op de afdeling goed.")
        let werk = words.firstIndex(of: "werk")!
        XCTAssertEqual(a.upos[werk], .noun)
        XCTAssertEqual(a.lemmaString(token: werk), "werk")
    }

    func testParticleAfterAStretchWithOnlyAParticiple() {
        // ", zoals afgesproken ," has no finite verb of its own: "klaar" is still zette's.
        XCTAssertEqual(lemmas("Mevrouw Bakker zette, zoals afgesproken, de spullen voor de activiteit klaar.")["zette"], "klaarzetten")
        XCTAssertEqual(lemmas("Hij legde, vermoeid, zijn tas neer.")["legde"], "neerleggen")
    }
}
