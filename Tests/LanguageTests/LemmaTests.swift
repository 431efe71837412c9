import XCTest
@testable import DiepgangLanguage
import DiepgangTokenizer

/// Annotates a text with the built-in data (shared by the test files).
func annotate(_ text: String) -> (Tokenization, LanguageAnnotation, [String]) {
    let tok = Tokenizer.standard().tokenize(text)
    var a = LanguageAnnotation()
    var copy = text
    copy.withUTF8 { LanguageAnnotator.standard().annotate($0, tok, into: &a) }
    let bytes = Array(text.utf8)
    let words = tok.tokens.map { String(decoding: bytes[$0.start..<$0.end], as: UTF8.self) }
    return (tok, a, words)
}

/// The lemmas of the words of a text, by their written form (the first occurrence).
func lemmas(_ text: String) -> [String: String] {
    let (_, a, words) = annotate(text)
    var out: [String: String] = [:]
    for (t, w) in words.enumerated() where out[w] == nil { out[w] = a.lemmaString(token: t) }
    return out
}

final class LemmaTests: XCTestCase {
    func testStrongAndIrregularVerbs() {
        let l = lemmas("Ik bleef er de hele avond over piekeren. Ze dacht dat het goed ging. Het was druk en we waren moe.")
        XCTAssertEqual(l["bleef"], "blijven")
        XCTAssertEqual(l["dacht"], "denken")
        XCTAssertEqual(l["ging"], "gaan")
        XCTAssertEqual(l["was"], "zijn")
        XCTAssertEqual(l["waren"], "zijn")
        let m = lemmas("Ik ben moe en zij is boos. Ik had geen tijd en kon niet weg.")
        XCTAssertEqual(m["ben"], "zijn")
        XCTAssertEqual(m["is"], "zijn")
        XCTAssertEqual(m["had"], "hebben")
        XCTAssertEqual(m["kon"], "kunnen")
    }

    func testRegularConjugationAndParticiples() {
        let l = lemmas("Noor werkte gisteren, ze heeft vandaag ook gewerkt en ze werkt morgen weer.")
        XCTAssertEqual(l["werkte"], "werken")
        XCTAssertEqual(l["gewerkt"], "werken")
        XCTAssertEqual(l["werkt"], "werken")
        let m = lemmas("Ik heb het haar verteld en ze heeft het begrepen.")
        XCTAssertEqual(m["verteld"], "vertellen")
        XCTAssertEqual(m["begrepen"], "begrijpen")
    }

    func testSeparableVerbs() {
        let (_, a, words) = annotate("Ik dacht er die avond nog lang over na.")
        let dacht = words.firstIndex(of: "dacht")!, na = words.firstIndex(of: "na")!
        XCTAssertEqual(a.lemmaString(token: dacht), "nadenken")
        XCTAssertEqual(a.partner[dacht], Int32(na))
        XCTAssertEqual(a.partner[na], Int32(dacht))
        XCTAssertEqual(lemmas("Ik heb er lang over nagedacht.")["nagedacht"], "nadenken")
        XCTAssertEqual(lemmas("Ik probeerde er niet over na te denken.")["denken"], "nadenken")
        // A preposition with its own object is no particle: "keek naar de cliënt".
        XCTAssertEqual(lemmas("Ik keek naar de cliënt.")["keek"], "kijken")
    }

    func testNounsAndAdjectives() {
        let l = lemmas("De kinderen van mijn collega's wilden even een momentje rust na die stomme dienst.")
        XCTAssertEqual(l["kinderen"], "kind")
        XCTAssertEqual(l["collega's"], "collega")
        XCTAssertEqual(l["momentje"], "moment")
        XCTAssertEqual(l["stomme"], "stom")
    }

    func testUnknownWordsNeverFail() {
        // A compound the table does not hold takes its known tail's lemma.
        let l = lemmas("De zorgcoördinatoren overlegden over de nachtdiensten.")
        XCTAssertEqual(l["nachtdiensten"], "nachtdienst")
        XCTAssertEqual(l["overlegden"], "overleggen")
        // Nonsense, an empty text and a very long token still get an annotation.
        let (_, a, words) = annotate("Flurbdiggels " + String(repeating: "x", count: 300) + ".")
        XCTAssertEqual(a.count, words.count)
        XCTAssertFalse(a.lemmaString(token: 0).isEmpty)
        XCTAssertEqual(annotate("").1.count, 0)
    }

    func testReusedAnnotationGivesTheSameResult() {
        let text = "Ik bleef maar denken aan wat mijn collega zei."
        let tok = Tokenizer.standard().tokenize(text)
        var a = LanguageAnnotation()
        var copy = text
        copy.withUTF8 { LanguageAnnotator.standard().annotate($0, tok, into: &a) }
        let first = (0..<a.count).map { a.lemmaString(token: $0) }
        let other = Tokenizer.standard().tokenize("De organisatie luistert nooit.")
        var o = "De organisatie luistert nooit."
        o.withUTF8 { LanguageAnnotator.standard().annotate($0, other, into: &a) }
        copy.withUTF8 { LanguageAnnotator.standard().annotate($0, tok, into: &a) }
        XCTAssertEqual((0..<a.count).map { a.lemmaString(token: $0) }, first)
    }
}
