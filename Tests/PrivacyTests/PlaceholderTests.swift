import XCTest
@testable import DiepgangPrivacy
import DiepgangCore

/// Placeholders that keep a redacted note usable: one number per person in a note, per kind,
/// and with a key the same token across a corpus.
final class PlaceholderTests: XCTestCase {
    let note = "Gesprek met Emre Kaya. Emre wilde niet praten. Zijn zus Esra belde later; bel haar op 06-48213977 of 06-48213977."

    func redact(_ text: String, _ policy: PlaceholderPolicy) -> String {
        var p = NotePlaceholders(policy: policy)
        return PrivacyScanner.redact(text, sharedScanner.scan(text), placeholders: &p)
    }

    func testSamePersonSamePlaceholderWithinANote() {
        XCTAssertEqual(redact(note, PlaceholderPolicy()),
                       "Gesprek met [NAAM-1]. [NAAM-1] wilde niet praten. Zijn zus [NAAM-2] belde later; bel haar op [TELEFOON-1] of [TELEFOON-1].")
    }

    func testEnglishKindNames() {
        XCTAssertTrue(redact(note, PlaceholderPolicy(language: .en)).contains("[NAME-2] belde later; bel haar op [PHONE-1]"))
    }

    func testKeyedPlaceholdersAreStableAcrossNotesAndDependOnTheKey() {
        let key = Array("een-geheim-van-het-team-2025".utf8)
        let a = redact("Zijn zus Esra belde.", PlaceholderPolicy(key: key))
        let b = redact("Later kwam zijn zus Esra langs.", PlaceholderPolicy(key: key))
        let other = redact("Zijn zus Esra belde.", PlaceholderPolicy(key: Array("een-ander-geheim-van-elders".utf8)))
        guard let open = a.range(of: "[NAAM-"), let close = a[open.upperBound...].firstIndex(of: "]") else { return XCTFail(a) }
        let token = String(a[open.lowerBound...close])
        XCTAssertTrue(token.hasPrefix("[NAAM-") && token.count == "[NAAM-12345678]".count, token)
        XCTAssertTrue(b.contains(token))
        XCTAssertFalse(other.contains(token))
        XCTAssertFalse(a.contains("Esra"))
    }

    func testRedactionLeaksNothingFoundAndKeepsEveryOtherByte() {
        let text = "Mevrouw Yildiz (geb. 03-11-1962) woont op de Kerkstraat 12a, 1234 AB Utrecht. Haar dochter Zeynep Kaya belt via 06-48213977; Zeynep is bezorgd. Mail: z.kaya@voorbeeld.nl."
        let findings = sharedScanner.scan(text)
        XCTAssertGreaterThanOrEqual(findings.count, 6)
        var p = NotePlaceholders(policy: PlaceholderPolicy())
        var tokens: [String] = []
        let out = Array(PrivacyScanner.redact(text, findings, placeholders: &p) { _, t in tokens.append(t) }.utf8)
        for f in findings { XCTAssertFalse(String(decoding: out, as: UTF8.self).contains(f.text), f.text) }
        // Rebuild the input: every byte outside the findings comes back in order.
        var rebuilt: [UInt8] = [], at = 0, i = 0
        let bytes = Array(text.utf8)
        for (f, t) in zip(findings, tokens) {
            let gap = f.utf8Range.lowerBound - at
            rebuilt += out[i..<(i + gap)]
            XCTAssertEqual(Array(out[(i + gap)..<(i + gap + t.utf8.count)]), Array(t.utf8))
            rebuilt += bytes[f.utf8Range]
            i += gap + t.utf8.count
            at = f.utf8Range.upperBound
        }
        rebuilt += out[i...]
        XCTAssertEqual(rebuilt, bytes)
    }
}
