import XCTest
@testable import DiepgangAnalysis

/// Why-questions: direct and indirect, statements that are none, brooding or inquiring, tied to the purpose.
final class WhyQuestionTests: AnalysisTestCase {
    func testDirectAndIndirectWhyQuestions() {
        let a = analyse("Waarom reageerde hij zo heftig op het nieuwe rooster? Ik vraag me af waarom hij juist op maandag zo onrustig is.")
        XCTAssertEqual(a.whyQuestions.count, 2)
        XCTAssertFalse(a.whyQuestions[0].indirect)
        XCTAssertTrue(a.whyQuestions[1].indirect)
        XCTAssertTrue(a.whyQuestions.allSatisfy { $0.kind == .onderzoekend })
    }

    func testOtherIndirectForms() {
        for text in ["Om te begrijpen waarom ze weigert, ga ik eerst met haar dochter praten.",
                     "De vraag is waarom het juist na het bezoek misgaat.",
                     "Ik wil uitzoeken waardoor hij 's nachts wakker wordt."] {
            XCTAssertEqual(analyse(text).whyQuestions.count, 1, text)
        }
    }

    func testStatementsAreNotWhyQuestions() {
        let a = analyse("Ik weet niet waarom hij boos werd. De reden waarom ik belde was de verjaardag. Daarom ging ik naar huis.")
        XCTAssertTrue(a.whyQuestions.isEmpty)
        XCTAssertTrue(a.markers.contains { $0.category == "waarom" && $0.label == "uitspraak" })
        // A question that is not a why-question.
        XCTAssertTrue(analyse("Wat had ik anders kunnen doen?").whyQuestions.isEmpty)
    }

    func testBroodingVersusInquiringWhy() {
        XCTAssertEqual(analyse("Waarom overkomt mij dit altijd?").whyQuestions.first?.kind, .piekerend)
        XCTAssertEqual(analyse("Waarom kan ik dit niet gewoon?").whyQuestions.first?.kind, .piekerend)
        XCTAssertEqual(analyse("Waarom heb ik problemen die anderen niet hebben?").whyQuestions.first?.kind, .piekerend)
        XCTAssertEqual(analyse("Waarom doen we dit eigenlijk zo?").whyQuestions.first?.kind, .onderzoekend)
        XCTAssertEqual(analyse("Waarom werd ze juist bij het afscheid zo stil?").whyQuestions.first?.kind, .onderzoekend)
    }

    func testPurposeLinkedWhy() {
        XCTAssertEqual(analyse("Waarom houden we aan die regel vast, als het voor de cliënt niets oplevert?").whyQuestions.first?.purposeLinked, true)
        XCTAssertEqual(analyse("Waarom was de bus te laat?").whyQuestions.first?.purposeLinked, false)
    }
}
