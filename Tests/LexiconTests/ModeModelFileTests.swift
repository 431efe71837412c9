import XCTest
@testable import DiepgangLexicon

/// `mode-model.tsv`: read back what `text` writes, and every malformed line named.
final class ModeModelFileTests: XCTestCase {
    let model = ModeModelFile(modes: ["reflecteren", "piekeren"], margin: 0.1, descriptionMargin: 0.2, bias: [0.25, -0.25], features: [
        .init(name: "cat_aanname", mean: 0.0166, scale: 0.0511, weights: [0.078, -0.0146]),
        .init(name: "pron_ik", mean: 0.7, scale: 0.31, weights: [-0.2, 0.4]),
    ], calibration: [
        .init(reader: "model", from: 0, to: 0.5, right: 27, count: 80),
        .init(reader: "rules", from: 0.9, to: 1, right: 24, count: 32),
        .init(reader: "depth", from: 0.9, to: 1, right: 58, count: 87),
    ])

    func testTheWrittenTextReadsBackToTheSameModel() {
        let text = model.text(header: ["a comment"])
        XCTAssertTrue(text.hasPrefix("# a comment\nmargin\t0.1\ndescription_margin\t0.2\n"), text)
        let (read, issues) = ModeModelFile.parse(path: "m.tsv", bytes: Array(text.utf8))
        XCTAssertEqual(issues.map(\.description), [])
        XCTAssertEqual(read, model)
        XCTAssertTrue(text.hasSuffix("calibration\tmodel\t0.0\t0.5\t27\t80\ncalibration\trules\t0.9\t1.0\t24\t32\ncalibration\tdepth\t0.9\t1.0\t58\t87\n"), text)
        // The reported confidence: the share right, smoothed towards one half.
        XCTAssertEqual(model.calibration[1].confidence, 25.0 / 34.0, accuracy: 1e-12)
    }

    func testACalibrationLineThatCannotBeABandIsNamed() {
        let head = "margin\t0.1\nfeature\tmean\tscale\treflecteren\tpiekeren\nbias\t-\t-\t0\t0\n"
        let lines = [
            "calibration\tmodel\t0.5\t0.7\t21\t50",   // fine
            "calibration\tcoach\t0.5\t0.7\t21\t50",   // no such reader
            "calibration\tmodel\t0.7\t0.5\t21\t50",   // from above to
            "calibration\tmodel\t0.5\t0.7\t51\t50",   // more right than counted
            "calibration\trules\t0.9\t1.2\t2\t3",     // beyond 1
        ]
        let (read, issues) = ModeModelFile.parse(path: "m.tsv", bytes: Array((head + lines.joined(separator: "\n") + "\n").utf8))
        XCTAssertNil(read)
        XCTAssertEqual(issues.map(\.location.line), [5, 6, 7, 8], issues.map(\.description).joined(separator: "\n"))
        XCTAssertTrue(issues[0].reason.en.contains("model|rules|depth"), issues[0].reason.en)
    }

    func testEveryMalformedLineIsNamedWithItsNumber() {
        let text = "margin\t0.1\nfeature\tmean\tscale\treflecteren\tpiekeren\nbias\t-\t-\t0\t0\npron_ik\t0.5\t0\t1\t2\ncat_x\t0.1\t1\t1\npron_ik\t0.5\t1\t1\t2\npron_ik\t0.5\t1\t1\t2\n"
        let (read, issues) = ModeModelFile.parse(path: "m.tsv", bytes: Array(text.utf8))
        XCTAssertNil(read)
        XCTAssertEqual(issues.map(\.location.line), [4, 5, 7], issues.map(\.description).joined(separator: "\n"))
        XCTAssertTrue(issues[0].reason.nl.contains("schaal"))
        XCTAssertTrue(issues[2].reason.nl.contains("regel 6"))
    }

    func testADescriptionMarginOutsideZeroToOneIsRefused() {
        let text = "margin\t0.1\ndescription_margin\t1.5\nfeature\tmean\tscale\treflecteren\tpiekeren\nbias\t-\t-\t0\t0\n"
        let (read, issues) = ModeModelFile.parse(path: "m.tsv", bytes: Array(text.utf8))
        XCTAssertNil(read)
        XCTAssertEqual(issues.map(\.location.line), [2])
        // Absent, it is 0: the rules' description carries no extra weight.
        let (plain, _) = ModeModelFile.parse(path: "m.tsv", bytes: Array("margin\t0.1\nfeature\tmean\tscale\treflecteren\tpiekeren\nbias\t-\t-\t0\t0\n".utf8))
        XCTAssertEqual(plain?.descriptionMargin, 0)
    }

    func testAFileWithoutMarginOrBiasIsRefused() {
        let (read, issues) = ModeModelFile.parse(path: "m.tsv", bytes: Array("feature\tmean\tscale\treflecteren\tpiekeren\npron_ik\t0.5\t1\t1\t2\n".utf8))
        XCTAssertNil(read)
        XCTAssertEqual(Set(issues.map(\.reason.en)), ["the line 'margin' is missing", "the line 'bias' is missing"])
    }
}
