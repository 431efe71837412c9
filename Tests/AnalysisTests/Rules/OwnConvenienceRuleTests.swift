import XCTest
@testable import DiepgangAnalysis

/// `own_convenience`: an option that suits the writer, weighed against the other, is reflection.
final class OwnConvenienceRuleTests: XCTestCase {
    let story = """
    Mij zou het wel goed uitkomen als Thijs vrijdag naar het logeerhuis gaat, want dan kan ik de rapportages bijwerken. Maar ik zie voor me hoe hij daar aan tafel zit zonder zijn vaste plek en zijn koptelefoon. Vorige keer kwam hij drie dagen van slag terug. Ik heb het logeerhuis gebeld en gevraagd of hij zijn eigen stoel mag meenemen; als dat niet kan, blijft hij hier.
    """

    func testWeighingAgainstOnesOwnConvenienceIsAnAlternative() {
        let a = RuleTestSupport.analyse(story)
        XCTAssertTrue(a.phases.present.contains(.alternatieven))
        XCTAssertEqual(a.mode, .reflecteren)
        XCTAssertTrue(a.markers.contains { $0.category == "eigenbelang" && $0.text.hasPrefix("Mij zou het") })
        let before = RuleTestSupport.without("own_convenience").analyse(text: story)
        XCTAssertFalse(before.phases.present.contains(.alternatieven))
    }

    func testConvenienceWithoutAnyoneElseIsNoWeighing() {
        let a = RuleTestSupport.analyse("Mij zou het goed uitkomen als de vergadering om negen uur begint, dan ben ik op tijd thuis.")
        XCTAssertFalse(a.phases.present.contains(.alternatieven))
    }
}
