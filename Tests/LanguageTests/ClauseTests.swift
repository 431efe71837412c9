import XCTest
@testable import DiepgangLanguage

/// The facts of the clause that holds the first token written `word`.
func clause(of word: String, in text: String) -> ClauseFacts? {
    let (_, a, words) = annotate(text)
    guard let t = words.firstIndex(of: word), a.clauseOf[t] >= 0 else { return nil }
    return a.clauses[Int(a.clauseOf[t])]
}

final class ClauseTests: XCTestCase {
    func testSubjectClasses() {
        XCTAssertEqual(clause(of: "bleef", in: "Ik bleef maar piekeren over die avond.")?.subjectClass, .ik)
        XCTAssertEqual(clause(of: "hebben", in: "We hebben het samen besproken.")?.subjectClass, .wij)
        XCTAssertEqual(clause(of: "had", in: "Jij had het al gezien.")?.subjectClass, .jij)
        XCTAssertEqual(clause(of: "luistert", in: "De organisatie luistert gewoon nooit.")?.subjectClass, .instelling)
        XCTAssertEqual(clause(of: "is", in: "De ouderenzorg is om te huilen.")?.subjectClass, .instelling)
        XCTAssertEqual(clause(of: "reageerde", in: "De thuiszorgorganisatie reageerde niet op mijn mail.")?.subjectClass, .instelling)
        XCTAssertEqual(clause(of: "zei", in: "Mijn collega zei er niets over.")?.subjectClass, .ander)
        XCTAssertEqual(clause(of: "huilde", in: "Noor huilde na het gesprek.")?.subjectClass, .ander)
        XCTAssertEqual(clause(of: "was", in: "Het gesprek was kort.")?.subjectClass, .zaak)
        // Inversion: the subject after the finite verb.
        XCTAssertEqual(clause(of: "dacht", in: "Toen dacht ik aan mijn moeder.")?.subjectClass, .ik)
    }

    func testTenses() {
        XCTAssertEqual(clause(of: "werk", in: "Ik werk op de gesloten afdeling.")?.tense, .present)
        XCTAssertEqual(clause(of: "werkte", in: "Ik werkte die nacht alleen.")?.tense, .past)
        XCTAssertEqual(clause(of: "heb", in: "Ik heb het met haar besproken.")?.tense, .perfect)
        XCTAssertEqual(clause(of: "had", in: "Ik had het al met haar besproken.")?.tense, .pluperfect)
        XCTAssertEqual(clause(of: "ga", in: "Ik ga morgen met haar praten.")?.tense, .future)
        XCTAssertEqual(clause(of: "zal", in: "Ik zal het haar vragen.")?.tense, .future)
    }

    func testModalityQuestionAndSubordinate() {
        XCTAssertTrue(clause(of: "moet", in: "Ik moet beter luisteren.")!.modality.contains(.moeten))
        XCTAssertTrue(clause(of: "zou", in: "Ik zou het nu anders doen.")!.modality.contains(.conditional))
        XCTAssertTrue(clause(of: "deed", in: "Waarom deed ik dat eigenlijk?")!.isQuestion)
        XCTAssertFalse(clause(of: "deed", in: "Ik deed dat eigenlijk.")!.isQuestion)
        let text = "Ik was boos omdat hij niet kwam."
        let main = clause(of: "was", in: text)!, sub = clause(of: "kwam", in: text)!
        XCTAssertFalse(main.isSubordinate)
        XCTAssertTrue(sub.isSubordinate)
        XCTAssertEqual(sub.subjectClass, .ander)
        XCTAssertEqual(sub.tense, .past)
    }

    func testCoordinatedClausesAreCut() {
        let text = "Ik belde de huisarts en zij kwam meteen."
        XCTAssertNotEqual(clause(of: "belde", in: text), clause(of: "kwam", in: text))
        XCTAssertEqual(clause(of: "kwam", in: text)?.subjectClass, .ander)
    }
}
