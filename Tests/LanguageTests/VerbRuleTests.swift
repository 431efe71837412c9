import XCTest
@testable import DiepgangLanguage
import DiepgangTokenizer

/// The rules that read verb forms by their shape and place, not by a listed word: participles of
/// verbs the table does not list, present participles, particles before the verb cluster or cut
/// off by a comma, "zoals" or "als", and forms in a noun's place.
final class VerbRuleTests: XCTestCase {
    func testParticleRightBeforeTheVerbCluster() {
        XCTAssertEqual(lemmas("Ik hoop dat de nieuwe werkwijze snel bekend wordt gemaakt.")["gemaakt"], "bekendmaken")
        XCTAssertEqual(lemmas("Ze zei dat ze de cliënt niet los had kunnen laten.")["laten"], "loslaten")
        XCTAssertEqual(lemmas("Ik merkte dat hij graag met de activiteiten mee wilde doen.")["doen"], "meedoen")
    }

    func testStrandedPrepositionBeforeTheVerbIsNoParticle() {
        // "waar … aan", "daar … mee": the preposition of an r-pronoun, not a particle of the verb.
        XCTAssertEqual(lemmas("Dat is iets waar ik liever niet aan denk.")["denk"], "denken")
        XCTAssertEqual(lemmas("Ik weet dat je daar weinig mee kunt verdienen.")["verdienen"], "verdienen")
    }

    func testParticleAfterACommaOrAls() {
        XCTAssertEqual(lemmas("Mevrouw Visser zette, zoals elke ochtend, de koffie klaar.")["zette"], "klaarzetten")
        XCTAssertEqual(lemmas("Hij sloot het gesprek als laatste af.")["sloot"], "afsluiten")
        // "spoorde … aan … op te stappen": only the word right before "te" is the infinitive's.
        let l = lemmas("Mijn mentor spoorde me aan om hulp te vragen.")
        XCTAssertEqual(l["spoorde"], "aansporen")
        XCTAssertEqual(l["vragen"], "vragen")
    }

    func testParticipleBeforeANounIsNotTheFiniteVerb() {
        let l = lemmas("Het verwachte gesprek bleef uit.")
        XCTAssertEqual(l["verwachte"], "verwachten")
        XCTAssertEqual(l["bleef"], "uitblijven")
    }

    func testVerbFormAfterAnArticleIsANoun() {
        let (_, a, words) = annotate("De bond onderhandelt nog over de cao.")
        let bond = words.firstIndex(of: "bond")!
        XCTAssertEqual(a.upos[bond], .noun)
        XCTAssertEqual(a.lemmaString(token: bond), "bond")
    }

    func testPresentParticiplesTakeTheirVerb() {
        XCTAssertEqual(lemmas("Het was een verrassende wending in het gesprek.")["verrassende"], "verrassen")
        XCTAssertEqual(lemmas("Hij kreeg pijnstillende middelen voor de nacht.")["pijnstillende"], "pijnstillen")
        XCTAssertEqual(lemmas("Verdedigend reageerde hij op mijn vraag.")["Verdedigend"], "verdedigen")
        // Participles that became adjectives (adjectives.txt) keep their own lemma.
        XCTAssertEqual(lemmas("Het was een dringende vraag van de familie.")["dringende"], "dringend")
    }

    func testParticiplesOfVerbsTheTableDoesNotList() {
        XCTAssertEqual(lemmas("Mevrouw voelde zich door die opmerking gedegradeerd.")["gedegradeerd"], "degraderen")
        XCTAssertEqual(lemmas("Ze was zichtbaar geëmotioneerd na het gesprek.")["geëmotioneerd"], "emotioneren")
        XCTAssertEqual(lemmas("Het overleg werd geïnitieerd door de wijkverpleegkundige.")["geïnitieerd"], "initiëren")
        // After a short vowel in a closed syllable the stem's consonant doubles or the t is its own.
        XCTAssertEqual(lemmas("Het project is vorige week gestart.")["gestart"], "starten")
        XCTAssertEqual(lemmas("Die afspraak is uit de agenda geschrapt.")["geschrapt"], "schrappen")
        // on- before a participle, and a participle used as a noun, as UD Dutch reads them.
        XCTAssertEqual(lemmas("Haar vertrek kwam voor het team onverwacht.")["onverwacht"], "onverwachten")
        XCTAssertEqual(lemmas("Alle uitgenodigden waren op tijd.")["uitgenodigden"], "uitnodigen")
    }

    func testStrongVerbTableGivesParticiplesTheirVerb() {
        // strong-verbs.tsv: the derived table has "getreden" → aftreden and "gebeten" → verbijten.
        XCTAssertEqual(lemmas("Hij is in de voetsporen van zijn vader getreden.")["getreden"], "treden")
        XCTAssertEqual(lemmas("De hond had de jongen in zijn hand gebeten.")["gebeten"], "bijten")
        // A particle before a participle of the table: the compound's tail.
        XCTAssertEqual(lemmas("De hond had het touw helemaal afgebeten.")["afgebeten"], "afbijten")
        // A past form that is also another verb's stem keeps its own reading.
        XCTAssertEqual(lemmas("De invoer van gegevens kost veel tijd.")["invoer"], "invoer")
    }

    func testPresentFormsOfStrongVerbsByRule() {
        XCTAssertEqual(Loader.presentForms(Array("lopen".utf8)).map { String(decoding: $0, as: UTF8.self) }, ["loop", "loopt"])
        XCTAssertEqual(Loader.presentForms(Array("schrijven".utf8)).map { String(decoding: $0, as: UTF8.self) }, ["schrijf", "schrijft"])
        XCTAssertEqual(Loader.presentForms(Array("zitten".utf8)).map { String(decoding: $0, as: UTF8.self) }, ["zit"])
        XCTAssertEqual(Loader.presentForms(Array("gaan".utf8)).map { String(decoding: $0, as: UTF8.self) }, ["ga", "gaat"])
    }

    func testBareStemAfterAnArticleOrPrepositionIsANoun() {
        let (_, a, words) = annotate("Ik houd de zorg voor haar op peil.")
        let peil = words.firstIndex(of: "peil")!
        XCTAssertEqual(a.upos[peil], .noun)
        XCTAssertEqual(a.lemmaString(token: peil), "peil")
        // Particle and verb: the verb stays ("dat ze morgen weer mee doet").
        let (_, b, w2) = annotate("Ik hoop dat ze morgen weer mee doet.")
        XCTAssertEqual(b.lemmaString(token: w2.firstIndex(of: "doet")!), "meedoen")
    }

    func testPastParticipleOfAVerbInEnenIsNoPresentParticiple() {
        // "verdiend" and "uitgerekend" end like "verrassend", but "verdien" is no infinitive.
        XCTAssertEqual(lemmas("Het was onverdiend dat hij de schuld kreeg.")["onverdiend"], "onverdienen")
        XCTAssertEqual(lemmas("Ik had uitgerekend dat het niet zou passen.")["uitgerekend"], "uitrekenen")
        // A present participle of a verb in -aan: "vrijstaand" is vrijstaan.
        XCTAssertEqual(lemmas("Ze woont in een vrijstaande woning aan de rand van het dorp.")["vrijstaande"], "vrijstaan")
    }

    func testHyphenatedCompoundsJoinTheirParts() {
        let l = lemmas("De politie-agenten en de oud-collega's spraken met de e-mails in de hand.")
        XCTAssertEqual(l["politie-agenten"], "politieagent")
        XCTAssertEqual(l["e-mails"], "e-mail")
        // Names keep their hyphen (lower case where they open the sentence).
        XCTAssertEqual(lemmas("In West-Vlaanderen wonen veel mantelzorgers.")["West-Vlaanderen"], "West-Vlaanderen")
        XCTAssertEqual(lemmas("West-Vlaanderen kent veel mantelzorgers.")["West-Vlaanderen"], "west-vlaanderen")
    }
}
