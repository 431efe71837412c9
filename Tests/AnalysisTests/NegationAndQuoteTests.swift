import XCTest
@testable import DiepgangAnalysis

/// Negation turns or cancels a cue; quotes and supposed cases are not the writer's verdict.
final class NegationAndQuoteTests: AnalysisTestCase {
    func testNegationFlipsAJudgement() {
        let judging = analyse("Ik vind het stom van hem.")
        XCTAssertEqual(judging.markers.first { $0.dimension == .houding }?.pole, .piekeren)
        let understanding = analyse("Ik vind het niet stom van hem.")
        let m = understanding.markers.first { $0.dimension == .houding }
        XCTAssertEqual(m?.pole, .reflecteren)
        XCTAssertEqual(m?.negated, true)
    }

    func testNegationCancelsRegretAndUnderstanding() {
        XCTAssertTrue(markers(analyse("Ik heb er spijt van."), "spijt").count == 1)
        XCTAssertTrue(markers(analyse("Ik heb er geen spijt van."), "spijt").isEmpty)
        XCTAssertTrue(analyse("Ik begrijp hem nu.").markers.contains { $0.dimension == .houding && $0.pole == .reflecteren })
        XCTAssertFalse(analyse("Ik begrijp hem niet.").markers.contains { $0.dimension == .houding && $0.pole == .reflecteren })
    }

    func testANegatorFurtherOnBelongsToTheNextVerb() {
        let far = analyse("Ik schaam me tegenover de collega's en durf morgen bijna niet te gaan.")
        XCTAssertTrue(far.markers.contains { $0.text == "Ik schaam me" && $0.pole == .piekeren })
        let near = analyse("Ik schaam me niet voor wat ik zei.")
        XCTAssertFalse(near.markers.contains { $0.text == "Ik schaam me" })
    }

    func testDoubleNegation() {
        let a = analyse("Het is niet zo dat ik het niet snap.")
        XCTAssertTrue(a.markers.contains { $0.dimension == .houding && $0.pole == .reflecteren })
    }

    func testQuotedWordsAreNotTheWritersBrooding() {
        let quoted = analyse("\"Jullie zijn allemaal stom en waardeloos!\" riep Daan, en hij sloeg de deur dicht.")
        XCTAssertEqual(quoted.markerCount(.piekeren), 0)
        let own = analyse("Jullie zijn allemaal stom en waardeloos, dacht ik toen hij de deur dichtsloeg.")
        XCTAssertGreaterThan(own.markerCount(.piekeren), 0)
    }

    func testQuotedWhyQuestionIsTheClients() {
        let a = analyse("„Waarom mag ik niet naar huis?” vroeg mevrouw steeds opnieuw.")
        XCTAssertTrue(a.whyQuestions.isEmpty)
    }

    func testHypotheticalJudgementCountsLess() {
        let plain = analyse("Ik vind dat hij stom reageert.")
        let supposed = analyse("Stel dat ik zou zeggen dat hij stom reageert.")
        let w1 = plain.weights.piekeren, w2 = supposed.weights.piekeren
        XCTAssertGreaterThan(w1, 0)
        XCTAssertLessThan(w2, w1)
    }

    func testNotOutOfMyHeadIsBrooding() {
        // The negation belongs to the rumination ("krijg het niet uit mijn hoofd") and keeps it.
        let a = analyse("Ik krijg die blik van hem niet meer uit mijn hoofd.")
        XCTAssertTrue(a.markers.contains { $0.category == "malen" && $0.pole == .piekeren && $0.text == "uit mijn hoofd" })
    }
}
