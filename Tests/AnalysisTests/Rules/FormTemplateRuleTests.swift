import XCTest
@testable import DiepgangAnalysis

/// `form`: a learning goal on a form is the writer's aim (phase 1), "gestart met" is no trial.
final class FormTemplateRuleTests: XCTestCase {
    let form = """
    Leerdoel 1: Ik wil voor het eind van de periode zelfstandig een familiegesprek voorbereiden en leiden.
    Wat ga ik doen: ik ben gestart met meelopen bij de gesprekken van mijn werkbegeleider en heb de gespreksleidraad ingezet.
    Wanneer ben ik tevreden: als ik twee gesprekken zelf heb gevoerd en mijn werkbegeleider ze heeft beoordeeld.
    """

    func testALearningGoalIsNoAlternativeAndNoTrial() {
        let a = RuleTestSupport.analyse(form)
        XCTAssertFalse(a.phases.present.contains(.alternatieven))
        XCTAssertFalse(a.phases.present.contains(.uitproberen))
        XCTAssertFalse(a.markers.contains { $0.dimension == .focus && $0.pole == .reflecteren })
        XCTAssertNotEqual(a.mode, .reflecteren)
    }

    func testOutsideAFormAPlanStaysAPlan() {
        let a = RuleTestSupport.analyse("Volgende keer wil ik eerst vragen wat hij nodig heeft, in plaats van meteen de oplossing te geven.")
        XCTAssertTrue(a.markers.contains { $0.category == "fase" && $0.label == "4" })
    }
}
