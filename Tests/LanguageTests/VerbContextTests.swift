import XCTest
@testable import DiepgangLanguage
import DiepgangTokenizer

/// Verb readings chosen by grammar and place: present participles of strong pasts' homographs,
/// -en forms that are infinitives or finite verbs where a plural noun cannot stand, and particles
/// that belong to a phrase rather than to the verb.
final class VerbContextTests: XCTestCase {
    /// "verb:overwegen": the word class and lemma of a word of the text.
    private func reading(_ text: String, _ word: String) -> String {
        let (_, a, words) = annotate(text)
        let t = words.firstIndex(of: word)!
        return "\(a.upos[t]):\(a.lemmaString(token: t))"
    }

    func testPresentParticipleOfAFormThatIsAlsoAStrongPast() {
        // "slepen" is also the past plural of slijpen; "-ende" is built on an infinitive.
        XCTAssertEqual(lemmas("De slepende klacht van de familie kwam weer ter sprake.")["slepende"], "slepen")
        // ge- that belongs to a listed infinitive is no participle prefix.
        XCTAssertEqual(lemmas("Een geruststellende gedachte hielp haar die nacht.")["geruststellende"], "geruststellen")
    }

    func testEnFormBeforeAnArticleIsTheFiniteVerb() {
        XCTAssertEqual(reading("Elk jaar schuiven de diensten een week op.", "schuiven"), "verb:opschuiven")
    }

    func testUninflectedAdjectiveBeforeAClauseFinalInfinitiveIsAnAdverb() {
        XCTAssertEqual(reading("Zij zou later trouwen met haar vriend.", "trouwen"), "verb:trouwen")
    }

    func testEnFormAfterASubjectPronounKeepsItsForm() {
        XCTAssertEqual(reading("Wij verschillen daarin van mening.", "verschillen"), "verb:verschillen")
        // "ze" is no determiner: the -en form after it is the verb.
        XCTAssertEqual(reading("Ze overwegen een klacht.", "overwegen"), "verb:overwegen")
    }

    func testNoSecondFiniteVerbAfterAnInvertedOne() {
        let l = lemmas("Vorige week nam hij deel aan de training.")
        XCTAssertEqual(l["deel"], "deel")
        XCTAssertEqual(l["nam"], "deelnemen")
    }

    func testNoFiniteVerbAfterTheSubjectWhenTheClauseHasOneLater() {
        XCTAssertEqual(lemmas("Ik weet niet waar hij echt tegenaan loopt.")["echt"], "echt")
    }

    func testWordAfterAnAttributiveParticipleIsANoun() {
        XCTAssertEqual(reading("Ik begroette de uitgenodigde gasten bij de deur.", "gasten"), "noun:gast")
    }

    func testEnFormAfterDatOrDitIsTheInfinitive() {
        XCTAssertEqual(reading("We moeten dat overwegen.", "overwegen"), "verb:overwegen")
    }

    func testNounOnlyFormAfterANounIsTheFiniteVerb() {
        XCTAssertEqual(reading("De teams verschillen sterk van elkaar.", "verschillen"), "verb:verschillen")
    }

    func testBareInfinitiveAfterGaan() {
        XCTAssertEqual(reading("We gaan het verder onderzoeken.", "onderzoeken"), "verb:onderzoeken")
    }

    func testNoParticleBeforeTheFiniteVerbOfAMainClause() {
        XCTAssertEqual(lemmas("De stem vóór heeft het laatste woord in het overleg.")["heeft"], "hebben")
    }

    func testPrepositionBeforeAnAdverbAndANounPhraseIsNoParticle() {
        XCTAssertEqual(lemmas("Het gesprek kwam uiteindelijk neer op nog één vraag.")["kwam"], "neerkomen")
    }

    func testWordAfterAnInfinitiveIsNoParticleOfTheFiniteVerb() {
        XCTAssertEqual(lemmas("Haar verhaal doet denken aan \"Alleen op de wereld\".")["doet"], "doen")
        // A particle before the infinitive is still the finite verb's.
        XCTAssertEqual(lemmas("Ze zette de radio uit.")["zette"], "uitzetten")
    }

    func testYearAfterAPrepositionIsNoNumeralBeforeANoun() {
        XCTAssertEqual(reading("In 2019 bleef het team een week langer weg.", "bleef"), "verb:wegblijven")
    }

    func testPostpositionOfACircumpositionIsNoParticle() {
        XCTAssertEqual(lemmas("Zij liep om het gebouw heen.")["liep"], "lopen")
        XCTAssertEqual(lemmas("De cliënt liep langzaam naar de deur toe.")["liep"], "lopen")
        // Without the preposition the same word is the verb's particle.
        XCTAssertEqual(lemmas("Na het gesprek liep ze snel weer weg.")["liep"], "weglopen")
    }
}
