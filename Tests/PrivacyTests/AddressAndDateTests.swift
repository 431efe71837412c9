import XCTest
@testable import DiepgangPrivacy

/// House-number suffixes, street forms, and two-digit years in dates of birth.
final class AddressAndDateTests: XCTestCase {
    func found(_ text: String, _ kind: PrivacyKind) -> [String] {
        sharedScanner.scan(text).filter { $0.kind == kind }.map(\.text)
    }

    func testHouseNumberSuffixes() {
        XCTAssertEqual(found("Ze woont op de Kerkstraat 12a sinds mei.", .adres), ["Kerkstraat 12a"])
        XCTAssertEqual(found("Hij is verhuisd naar de Van Goghlaan 3-II.", .adres), ["Van Goghlaan 3-II"])
        XCTAssertEqual(found("Het oude adres was Oude Gracht 14 bis, dat klopt niet meer.", .adres), ["Oude Gracht 14 bis"])
        XCTAssertEqual(found("Ze woont bij haar tante op de Molenweg 17 A.", .adres), ["Molenweg 17 A"])
    }

    func testStreetNameIsNotTakenForAPerson() {
        let findings = sharedScanner.scan("Nieuw adres: Pieter Calandlaan 240-IV.")
        XCTAssertEqual(findings.map(\.kind), [.adres])
        XCTAssertEqual(findings.first?.text, "Pieter Calandlaan 240-IV")
    }

    func testTwoDigitYearAfterApostrophe() {
        XCTAssertEqual(found("Geboren op 12 mei '85, woont alleen.", .geboortedatum), ["12 mei '85"])
        XCTAssertEqual(found("Zij is geboren 2 okt ’91 in Paramaribo.", .geboortedatum), ["2 okt ’91"])
    }
}
