import XCTest
@testable import DiepgangAnalysis

/// Every Dutch quotation style is someone else's words: the newspaper's ,,…'' too.
final class QuoteStyleTests: XCTestCase {
    func testNewspaperQuotesAreNotTheWritersBrooding() {
        let a = RuleTestSupport.analyse(",,We rennen ons de hele dag rot,'' zegt wijkverpleegkundige Ilse. ,,Ik heb geen tijd meer voor een praatje. Het is altijd hetzelfde.'' Haar organisatie zoekt nieuwe collega's.")
        XCTAssertEqual(a.markerCount(.piekeren), 0, String(describing: a.markers.map(\.text)))
        XCTAssertNotEqual(a.mode, .piekeren)
    }

    func testSingleQuotesOpeningAParagraphRunOn() {
        let a = RuleTestSupport.analyse("'Ik ben het zo zat. Niemand luistert hier ooit naar ons.' Dat zegt een verzorgende uit Zwolle. Ze werkt er twaalf jaar.")
        XCTAssertEqual(a.markerCount(.piekeren), 0, String(describing: a.markers.map(\.text)))
    }
}
