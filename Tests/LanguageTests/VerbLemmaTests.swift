import XCTest
@testable import DiepgangLanguage
import DiepgangTokenizer

/// Verb lemmas as UD Dutch gives them: every kind of form the error table on UD dev showed
/// (strong pasts, auxiliaries, separable verbs split over a clause, participles).
final class VerbLemmaTests: XCTestCase {
    func testAuxiliariesTakeTheirInfinitive() {
        let l = lemmas("Het is een zware dienst geweest. Mijn collega heeft het overgenomen en daarna werd het rustig.")
        XCTAssertEqual(l["is"], "zijn")
        XCTAssertEqual(l["geweest"], "zijn")
        XCTAssertEqual(l["heeft"], "hebben")
        XCTAssertEqual(l["werd"], "worden")
    }

    func testStrongAndIrregularPasts() {
        let l = lemmas("Meneer Bakker schonk zijn buurman thee. De spanning steeg en hij dwong zichzelf kalm te blijven. Ik voelde me schuldig.")
        XCTAssertEqual(l["schonk"], "schenken")
        XCTAssertEqual(l["steeg"], "stijgen")
        XCTAssertEqual(l["dwong"], "dwingen")
        XCTAssertEqual(l["voelde"], "voelen")
        // A participle that is also the participle of another verb: "gevoeld" is voelen, not gevoelen.
        XCTAssertEqual(lemmas("Ik heb me daar lang schuldig over gevoeld.")["gevoeld"], "voelen")
    }

    func testRegularPastAndPresent() {
        let l = lemmas("Ik twijfelde of ik haar moest bellen. Ze belde zelf en wij praatten lang. Ik twijfel nog steeds.")
        XCTAssertEqual(l["twijfelde"], "twijfelen")
        XCTAssertEqual(l["belde"], "bellen")
        XCTAssertEqual(l["praatten"], "praten")
        XCTAssertEqual(l["twijfel"], "twijfelen")
    }

    func testSeparableVerbWithParticleAtTheClauseEnd() {
        // "in" is a particle too: "schonk … in" is inschenken.
        let (_, a, words) = annotate("Mijn collega schonk voor iedereen aan tafel nog een kop koffie in.")
        let schonk = words.firstIndex(of: "schonk")!, in_ = words.lastIndex(of: "in")!
        XCTAssertEqual(a.lemmaString(token: schonk), "inschenken")
        XCTAssertEqual(a.partner[schonk], Int32(in_))
        XCTAssertEqual(lemmas("Ze richtte samen met twee vrijwilligers een inloophuis op.")["richtte"], "oprichten")
        XCTAssertEqual(lemmas("Hij legde het probleem zelf bij de teamleider neer.")["legde"], "neerleggen")
    }

    func testSeparableVerbBeforeAPrepositionalPhrase() {
        XCTAssertEqual(lemmas("Ik zette me in voor een betere overdracht.")["zette"], "inzetten")
        XCTAssertEqual(lemmas("Mevrouw Jansen ging niet in op mijn voorstel.")["ging"], "ingaan")
    }

    func testWordBeforeATeInfinitiveIsNotTheFiniteVerbsParticle() {
        // "om … na te denken": om opens the infinitive clause; gaf stays geven.
        let (_, a, words) = annotate("Die pauze gaf me de ruimte om eens rustig na te denken over mijn rol.")
        XCTAssertEqual(a.lemmaString(token: words.firstIndex(of: "gaf")!), "geven")
        XCTAssertEqual(a.lemmaString(token: words.firstIndex(of: "denken")!), "nadenken")
        XCTAssertEqual(lemmas("We zochten een rustige plek om te praten.")["zochten"], "zoeken")
    }

    func testParticiplesUsedAsAdjectives() {
        let l = lemmas("Na vier nachtdiensten was ik volkomen uitgeput. Ik heb de overdracht zelf uitgewerkt.")
        XCTAssertEqual(l["uitgeput"], "uitputten")
        XCTAssertEqual(l["uitgewerkt"], "uitwerken")
        XCTAssertEqual(lemmas("Ze is goed getraind in het kalmeren van boze bewoners.")["getraind"], "trainen")
        // A particle, ge- and a strong participle: "voorgeschreven" is voorschrijven.
        XCTAssertEqual(lemmas("De arts had een lager medicijn voorgeschreven.")["voorgeschreven"], "voorschrijven")
        // ge- after a particle inside an unknown form: "aangelegde" is aanleggen, not "aangeleggen".
        XCTAssertEqual(lemmas("We liepen langs de pas aangelegde moestuin.")["aangelegde"], "aanleggen")
        // A present participle that UD Dutch reads as an adjective stays one (measured on UD dev).
        XCTAssertEqual(lemmas("Er werken verschillende collega's op de afdeling.")["verschillende"], "verschillend")
    }

    func testInfinitiveAfterHetOrAHelpingVerb() {
        // "het tekenen" is the verb used as a noun, not the plural of "teken".
        XCTAssertEqual(lemmas("Bij het tekenen van het zorgplan was ik er niet.")["tekenen"], "tekenen")
        XCTAssertEqual(lemmas("Ik wilde eigenlijk stoppen met die extra diensten.")["stoppen"], "stoppen")
        // A plural after "de" stays a noun.
        XCTAssertEqual(lemmas("Ik zag de tekenen van uitputting te laat.")["tekenen"], "teken")
    }
}
