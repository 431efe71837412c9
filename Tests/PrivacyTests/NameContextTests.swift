import XCTest
@testable import DiepgangPrivacy

/// Names found by context: relation words, verbs after a person, lower-case names, names that are
/// also ordinary words. A capital after a full stop is no evidence by itself.
final class NameContextTests: XCTestCase {
    func names(_ text: String) -> [String] {
        sharedScanner.scan(text).filter { $0.kind == .naam }.map(\.text)
    }

    func testRelationWordMakesTheNextCapitalisedWordAName() {
        XCTAssertEqual(names("Gisteren belde zijn moeder Fatima over de rekening."), ["Fatima"])
        XCTAssertEqual(names("Ik heb het overleg samen met collega Roos voorbereid."), ["Roos"])
    }

    func testAmbiguousNameAtSentenceStartNeedsAVerbAfterIt() {
        XCTAssertEqual(names("Het was een drukke dag. Merel vertelde dat ze slecht slaapt."), ["Merel"])
        // "Wil je …": the ordinary word, no name.
        XCTAssertEqual(names("Het gesprek liep vast. Wil je morgen de familie bellen?"), [])
        XCTAssertEqual(names("Roos en lavendel staan in de tuin van de afdeling."), [])
    }

    func testUnknownCapitalisedWordAtSentenceStartNeedsEvidence() {
        // A verb of speech after it: a name; only the capital after a full stop: no name.
        XCTAssertEqual(names("De dienst was rustig. Tsjalle wilde niet naar buiten."), ["Tsjalle"])
        XCTAssertEqual(names("De dienst was rustig. Daarna heb ik de rapportage geschreven."), [])
    }

    func testLowerCaseNamesNeedListAndContext() {
        XCTAssertEqual(names("vanmiddag sprak ik met ayoub over zijn stage."), ["ayoub"])
        XCTAssertEqual(names("zijn broer murat wil ook meedenken."), ["murat"])
        XCTAssertEqual(names("volgens fatima is het thuis weer rustig."), ["fatima"])
        // An ordinary lower-case word in the same place is no name.
        XCTAssertEqual(names("volgens afspraak is het thuis weer rustig."), [])
    }

    func testLowerCaseSurnameAfterTitle() {
        XCTAssertEqual(names("mevrouw de boer was erg verward na de val."), ["de boer"])
        XCTAssertEqual(names("Ik heb de heer van leeuwen gebeld."), ["van leeuwen"])
        // "op te" is no tussenvoegsel.
        XCTAssertEqual(names("We vroegen de zuster op te halen."), [])
    }

    func testSurnameAfterParticleMayBeAnOrdinaryWord() {
        XCTAssertEqual(names("Volgens Annelies ten Brink is de moeder overbelast."), ["Annelies ten Brink"])
    }

    func testPlaceAfterPostcodeIsNoName() {
        XCTAssertEqual(names("Post kan naar Lindelaan 4, 3521 AB Utrecht."), [])
    }
}
