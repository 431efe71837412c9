import XCTest
@testable import DiepgangAnalysis

/// `trial`: "opnieuw", "voor het eerst", "geoefend" are a trial only after an intention.
final class TrialRuleTests: XCTestCase {
    func testAgainInAStoryIsNoTrial() {
        let text = "Mevrouw Benali weigerde opnieuw haar medicatie en ik heb drie keer moeten terugkomen. Elke handeling hebben we eerst op school geoefend in het skillslab."
        let a = RuleTestSupport.analyse(text)
        XCTAssertFalse(a.phases.present.contains(.uitproberen), String(describing: a.markers.map(\.text)))
        XCTAssertFalse(a.markers.contains { $0.category == "fase" && $0.label == "5" })
    }

    func testAfterAnIntentionTheSameWordsReportATrial() {
        let a = RuleTestSupport.analyse("Vorige week had ik me voorgenomen om meneer Kok eerst te laten kiezen wat hij aantrekt. Vanochtend heb ik dat geoefend en voor het eerst koos hij zelf zijn trui.")
        XCTAssertTrue(a.phases.present.contains(.uitproberen))
    }
}
