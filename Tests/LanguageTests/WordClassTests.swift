import XCTest
@testable import DiepgangLanguage

/// The word classes of a text, by written form (the first occurrence).
func classes(_ text: String) -> [String: WordClass] {
    let (_, a, words) = annotate(text)
    var out: [String: WordClass] = [:]
    for (t, w) in words.enumerated() where out[w] == nil { out[w] = a.upos[t] }
    return out
}

final class WordClassTests: XCTestCase {
    func testSimpleSentence() {
        let (_, a, _) = annotate("De cliënt werkt.")
        XCTAssertEqual(a.upos, [.det, .noun, .verb, .punct])
    }

    func testDeterminerOrPronoun() {
        XCTAssertEqual(classes("Het gesprek ging goed.")["Het"], .det)
        XCTAssertEqual(classes("Het ging goed.")["Het"], .pron)
        XCTAssertEqual(classes("Dat gesprek was lastig.")["Dat"], .det)
        XCTAssertEqual(classes("Ik denk dat het gesprek goed was.")["dat"], .sconj)
    }

    func testNounOrVerbByContext() {
        XCTAssertEqual(classes("Ik heb een vraag over de overdracht.")["vraag"], .noun)
        XCTAssertEqual(classes("Ik vraag het morgen aan mijn begeleider.")["vraag"], .verb)
    }

    func testNamesAndAuxiliaries() {
        XCTAssertEqual(classes("Vanochtend belde ik met Noor over de planning.")["Noor"], .propn)
        XCTAssertEqual(classes("Ik kan het niet uitleggen.")["kan"], .aux)
        XCTAssertEqual(classes("Ik kan het niet.")["kan"], .verb)
        XCTAssertEqual(classes("Ik heb het gezien.")["heb"], .aux)
        XCTAssertEqual(classes("Ik heb een zware dienst.")["heb"], .verb)
    }
}
