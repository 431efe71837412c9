import XCTest
import Foundation
@testable import DiepgangPrivacy
import DiepgangCore
import DiepgangResources

/// Built once: loading the word lists is the slow part.
let sharedScanner: PrivacyScanner = try! PrivacyScanner.standard()

func scalarSlice(_ text: String, _ start: Int, _ end: Int) -> String {
    let scalars = Array(text.unicodeScalars)
    var s = String.UnicodeScalarView()
    s.append(contentsOf: scalars[start..<end])
    return String(s)
}

final class PrivacyRecallTests: XCTestCase {
    struct Planted: Decodable { var kind: String; var text: String }
    struct Fixture: Decodable { var id: String; var text: String; var planted: [Planted] }

    func testRecallOnPlantedIdentifiersIsAtLeast95Percent() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/planted.jsonl")
        let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n")
        var total: [String: Int] = [:], hit: [String: Int] = [:]
        var missed: [String] = []
        for line in lines {
            let fixture = try JSONDecoder().decode(Fixture.self, from: Data(line.utf8))
            let findings = sharedScanner.scan(fixture.text)
            let scalars = Array(fixture.text.unicodeScalars)
            var searchFrom: [String: Int] = [:]
            for p in fixture.planted {
                total[p.kind, default: 0] += 1
                // Where the planted text is (the next occurrence, for names that come back).
                let needle = Array(p.text.unicodeScalars)
                var start = searchFrom[p.text] ?? 0
                while start + needle.count <= scalars.count && Array(scalars[start..<(start + needle.count)]) != needle { start += 1 }
                XCTAssertLessThanOrEqual(start + needle.count, scalars.count, "planted text not in note: \(p.text)")
                searchFrom[p.text] = start + 1
                let span = start..<(start + needle.count)
                if findings.contains(where: { $0.kind.rawValue == p.kind && ($0.start..<$0.end).overlaps(span) }) {
                    hit[p.kind, default: 0] += 1
                } else {
                    missed.append("\(fixture.id) \(p.kind) «\(p.text)»")
                }
            }
        }
        let n = total.values.reduce(0, +)
        let h = hit.values.reduce(0, +)
        let recall = Double(h) / Double(n)
        var report = "privacy recall \(h)/\(n) = \(String(format: "%.3f", recall));"
        for k in total.keys.sorted() { report += " \(k) \(hit[k] ?? 0)/\(total[k]!)" }
        print(report)
        if !missed.isEmpty { print("missed: " + missed.joined(separator: "; ")) }
        XCTAssertEqual(Set(total.keys), Set(PrivacyKind.allCases.map(\.rawValue)), "every kind is planted")
        XCTAssertGreaterThanOrEqual(recall, 0.95, report)
    }
}

final class PrivacyDetectorTests: XCTestCase {
    func kinds(_ text: String) -> [String] { sharedScanner.scan(text).map { "\($0.kind.rawValue):\($0.text)" } }

    func testBSNOnlyWhenTheElfproefPasses() {
        // 111222333: 9·1+8·1+7·1+6·2+5·2+4·2+3·3+2·3 = 69, 69 − 3 = 66 = 6·11 → valid.
        XCTAssertEqual(kinds("Het BSN is 111222333 volgens de brief."), ["bsn:111222333"])
        XCTAssertEqual(kinds("Het dossiernummer is 111222334 volgens de brief."), [])
        XCTAssertEqual(kinds("Er stond € 111222333 op de rekening."), [], "an amount is not a BSN")
    }

    func testIBANOnlyWithAValidMod97Check() {
        XCTAssertEqual(kinds("Rekening NL91 ABNA 0417 1643 00 van de stichting."), ["iban:NL91 ABNA 0417 1643 00"])
        XCTAssertEqual(kinds("Rekening NL92 ABNA 0417 1643 00 van de stichting."), [])
        XCTAssertEqual(kinds("Rekening NL91ABNA0417164300."), ["iban:NL91ABNA0417164300"])
    }

    func testDutchPhoneNumberShapes() {
        for number in ["06-12345678", "06 1234 5678", "+31 6 12345678", "020-1234567", "0031 20 123 4567", "+31 (0)6 12 34 56 78", "0612345678", "(010) 123 45 67"] {
            XCTAssertEqual(kinds("Bel mij op \(number) als er iets is."), ["telefoon:\(number)"], number)
        }
        XCTAssertEqual(kinds("Op 06-12-2023 was de evaluatie."), [], "a date is not a phone number")
        XCTAssertEqual(kinds("Bel de gratis lijn 0800-1234567 voor hulp."), [], "service numbers are not personal")
    }

    func testPostcodesNeedTheRightShape() {
        XCTAssertEqual(kinds("Zij verhuist naar 3511 LK Utrecht."), ["postcode:3511 LK"])
        XCTAssertEqual(kinds("Postcode 2511CV staat op de brief."), ["postcode:2511CV"])
        XCTAssertEqual(kinds("In 2019 en 2020 ging het beter."), [])
        XCTAssertEqual(kinds("Sinds 2020 EU-breed geregeld."), [])
    }

    func testDatesOfBirthOnlyInContext() {
        XCTAssertEqual(kinds("Zij is geboren op 3 maart 1961 in Gouda."), ["geboortedatum:3 maart 1961"])
        XCTAssertEqual(kinds("Cliënt (geb. 03-03-1961) kwam op tijd."), ["geboortedatum:03-03-1961"])
        XCTAssertEqual(kinds("Op 3 maart 1961 werd het gebouw geopend."), [])
    }

    func testStreetAddressesWithHouseNumbers() {
        XCTAssertEqual(kinds("Het huis aan de Kerkstraat 12 staat leeg."), ["adres:Kerkstraat 12"])
        XCTAssertEqual(kinds("Zij woont op de Van Goghstraat 4a sinds mei."), ["adres:Van Goghstraat 4a"])
        XCTAssertEqual(kinds("Op straat 3 jongeren gezien bij de snelweg."), [])
    }

    func testNamesAfterTitlesAndFirstNamesButNotOrdinaryCapitals() {
        XCTAssertEqual(kinds("Ik sprak met mevrouw Smit over de post."), ["naam:Smit"])
        XCTAssertEqual(kinds("Gesprek met dhr. J.P. van der Berg gehad."), ["naam:J.P. van der Berg"])
        XCTAssertEqual(kinds("Daan zei dat hij moe was."), ["naam:Daan"])
        XCTAssertEqual(kinds("Vandaag sprak ik met Jan de Vries."), ["naam:Jan de Vries"])
        XCTAssertEqual(kinds("Mevrouw deed pas na twee keer aanbellen open."), [])
        XCTAssertEqual(kinds("Wil je morgen terugbellen? Roos staat op tafel."), [], "first names that are ordinary words at a sentence start")
        XCTAssertEqual(kinds("Ik ging naar de Belastingdienst en daarna naar de GGZ-verpleegkundige."), [])
        XCTAssertEqual(kinds("Het gesprek met meneer. Daarna ging ik naar huis."), [])
    }

    func testEmail() {
        XCTAssertEqual(kinds("Mail naar j.devries@example.nl."), ["email:j.devries@example.nl"])
        XCTAssertEqual(kinds("Het apenstaartje @ is geen adres."), [])
    }

    func testOffsetsAreUnicodeScalarsAndMatchTheText() {
        let text = "Cliënt Ömer 😀 belde: mevrouw Öztürk, 06-12345678, ‘geboren op 3 maart 1961’."
        let findings = sharedScanner.scan(text)
        XCTAssertEqual(findings.map(\.kind), [.naam, .naam, .telefoon, .geboortedatum])
        for f in findings {
            XCTAssertEqual(scalarSlice(text, f.start, f.end), f.text)
            XCTAssertTrue((0...1).contains(f.confidence))
        }
    }

    func testRedactionKeepsEverythingElse() {
        let text = "Mevrouw Jansen (BSN 111222333) belde vanaf 06-12345678.\nZe woont op de Kerkstraat 12."
        let redacted = PrivacyScanner.redact(text, sharedScanner.scan(text))
        XCTAssertEqual(redacted, "Mevrouw [NAAM] (BSN [BSN]) belde vanaf [TELEFOON].\nZe woont op de [ADRES].")
    }

    func testMinimumConfidenceFiltersGuesses() {
        var strict = sharedScanner
        strict.minimumConfidence = 0.9
        // A listed first name alone is a guess (0.85); a title makes it sure (0.95).
        let text = "Gisteren waren Marloes en mevrouw Smit er."
        XCTAssertEqual(sharedScanner.scan(text).map(\.text), ["Marloes", "Smit"])
        XCTAssertEqual(strict.scan(text).map(\.text), ["Smit"])
    }
}

final class PrivacyLexiconTests: XCTestCase {
    func testMalformedListIsRejectedWithFileAndLine() throws {
        var folder = ResourceFolder.embedded("Lexicons")
        let index = folder.files.firstIndex { $0.path == "privacy/months.txt" }!
        folder.files[index].bytes = Array("# maanden\njanuari 1\nfebruari\n".utf8)
        XCTAssertThrowsError(try PrivacyLexicons.load(from: folder)) { error in
            let message = (error as? DiepgangError)?.message.en ?? ""
            XCTAssertTrue(message.contains("privacy/months.txt:3"), message)
        }
    }

    func testEmbeddedListsLoadWithAStableVersion() throws {
        let a = try PrivacyLexicons.embedded()
        XCTAssertEqual(a.version, sharedScanner.lexicons.version)
        let files = ResourceFolder.embedded("Lexicons").files.filter { $0.path.hasPrefix("privacy/") && $0.path != "privacy/README.md" }
        XCTAssertEqual(PrivacyLexicons.fingerprint(files), ResourceFolder.fingerprint(files), "the fast fingerprint is the shared one")
        XCTAssertTrue(a.tables.commonWords.contains("bijvoorbeeld"))
        XCTAssertTrue(a.tables.commonWords.contains("Verschillende"))
        XCTAssertFalse(a.tables.commonWords.contains("Öztürk"))
    }
}
