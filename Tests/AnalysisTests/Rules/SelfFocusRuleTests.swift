import XCTest
@testable import DiepgangAnalysis

/// `self_focus`: "ik, ik, ik" with feeling or judgement looks from one perspective only.
final class SelfFocusRuleTests: XCTestCase {
    let ikIkIk = "Ik schaam me zo, ik kan dit gewoon niet en ik weet niet hoe ik morgen weer moet beginnen."

    func testOnlyTheWriterWithFeelingIsOnePerspective() {
        let a = RuleTestSupport.analyse(ikIkIk)
        XCTAssertTrue(a.markers.contains { $0.category == "perspectief" && $0.pole == .piekeren && $0.text == "Ik" })
        let off = RuleTestSupport.without("self_focus").analyse(text: ikIkIk)
        XCTAssertFalse(off.markers.contains { $0.category == "perspectief" && $0.text == "Ik" })
        XCTAssertEqual(a.weights.piekeren - off.weights.piekeren, 1, accuracy: 1e-9)
    }

    func testTheCountOfIkComesFromData() {
        let a = RuleTestSupport.with(["self_focus.min_ik": 6]).analyse(text: ikIkIk)
        XCTAssertFalse(a.markers.contains { $0.category == "perspectief" && $0.text == "Ik" })
    }

    func testWatchingOneselfIsNoSelfFocus() {
        let a = RuleTestSupport.analyse("Het valt me op dat ik vooral ga praten als ik me onzeker voel.")
        XCTAssertFalse(a.markers.contains { $0.pole == .piekeren })
    }
}
