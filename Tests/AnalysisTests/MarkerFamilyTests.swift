import XCTest
@testable import DiepgangAnalysis

/// The cue families on their own: judgement, rumination, repetition, purpose and hedges.
final class MarkerFamilyTests: AnalysisTestCase {
    func testDimensionMarkersOnBothPoles() {
        let brooding = analyse("Ik heb het weer helemaal verpest. Had ik maar mijn mond gehouden, ik ben zo stom. Het komt gewoon door hem, het loopt hier altijd mis.")
        XCTAssertTrue(brooding.markers.contains { $0.category == "spijt" && $0.text == "Had ik maar" })
        XCTAssertTrue(brooding.markers.contains { $0.dimension == .focus && $0.pole == .piekeren && $0.text == "verpest" })
        XCTAssertTrue(brooding.markers.contains { $0.category == "zelfverwijt" && $0.text.contains("stom") })
        XCTAssertTrue(brooding.markers.contains { $0.dimension == .oorzaken && $0.pole == .piekeren })
        XCTAssertTrue(brooding.markers.contains { $0.category == "absoluut" && $0.text == "altijd" })
        XCTAssertEqual(brooding.markerCount(.reflecteren), 0)

        let reflecting = analyse("Op dat moment begreep ik dat hij bang was. Voor hem betekende de verhuizing dat alles onzeker werd, en daarnaast speelde de drukte op de groep mee. Volgende keer vraag ik eerst wat hij nodig heeft.")
        for d in Dimension.allCases where d != .perspectief {
            XCTAssertTrue(reflecting.markers.contains { $0.dimension == d && $0.pole == .reflecteren }, "\(d) reflecteren")
        }
        XCTAssertTrue(reflecting.markers.contains { $0.category == "perspectiefname" })
        XCTAssertEqual(reflecting.markerCount(.piekeren), 0)
    }

    func testRuminationFamilies() {
        let a = analyse("Ik blijf erover malen. Het spookt de hele nacht door mijn hoofd en ik lig er wakker van. Iedereen kan het, behalve ik. Ik ben er klaar mee.")
        XCTAssertFalse(markers(a, "malen").isEmpty)
        XCTAssertFalse(markers(a, "vergelijking").isEmpty)
        XCTAssertFalse(markers(a, "spuien").isEmpty)
        XCTAssertTrue(a.markers.allSatisfy { $0.pole != .reflecteren })
    }

    func testRepeatedWordsAreRepetition() {
        let a = analyse("Ik ben moe, moe, moe van dit alles.")
        XCTAssertTrue(a.markers.contains { $0.category == "herhaling" && $0.text == "moe, moe" })
    }

    func testPurposeHedgesAndObservation() {
        let a = analyse("Ik zag dat ze haar jas pakte. Misschien wilde ze gewoon naar huis, want voor haar is eigen regie belangrijk.")
        XCTAssertFalse(markers(a, "waarneming").isEmpty)
        XCTAssertFalse(markers(a, "voorbehoud").isEmpty)
        XCTAssertFalse(markers(a, "doel").isEmpty)
    }
}
