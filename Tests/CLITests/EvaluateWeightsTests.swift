import Foundation
import XCTest

/// `evaluate --weights FILE`: the figures for other weights from data alone (no copy of the verdict
/// in another language to keep in step), and a clear error for a bad weights file.
final class EvaluateWeightsTests: XCTestCase {
    /// The built-in weights.txt, as a user copies it to change a number.
    let builtIn: String = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return (try? String(contentsOf: root.appendingPathComponent("Lexicons/weights.txt"), encoding: .utf8)) ?? ""
    }()

    /// The copy with one weight set to another value.
    func changing(_ name: String, to value: String) -> String {
        builtIn.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.hasPrefix(name + " =") ? "\(name) = \(value)" : String(line)
        }.joined(separator: "\n")
    }

    func figures(_ run: CLIHarness.Run) throws -> [String: Any] {
        try XCTUnwrap(JSONSerialization.jsonObject(with: run.stdout) as? [String: Any], run.stderr)
    }

    func testAnotherThresholdGivesOtherFigures() throws {
        XCTAssertTrue(builtIn.contains("verdict.pole_threshold = 3.0"))
        let cli = try CLIHarness()
        defer { cli.remove() }
        let same = cli.write("same.txt", builtIn)
        let higher = cli.write("higher.txt", changing("verdict.pole_threshold", to: "9.0"))
        let base = try cli.run(["evaluate", "--format", "json", "--split", "dev"])
        let copy = try cli.run(["evaluate", "--format", "json", "--split", "dev", "--weights", same])
        let changed = try cli.run(["evaluate", "--format", "json", "--split", "dev", "--weights", higher])
        XCTAssertEqual([base.status, copy.status, changed.status], [0, 0, 0], changed.stderr)
        // The same numbers give the same figures and the same lexicon_version.
        XCTAssertEqual(copy.stdout, base.stdout)
        let before = try figures(base), after = try figures(changed)
        // A pole needs three times the weight: far fewer notes brood or reflect clearly, so the
        // descriptive column of the confusion matrix fills up.
        XCTAssertNotEqual(after["mode_accuracy"] as? Double, before["mode_accuracy"] as? Double)
        func descriptive(_ f: [String: Any]) -> Int {
            let matrix = (f["mode_confusion"] as? [String: Any])?["matrix"] as? [[Int]] ?? []
            return matrix.reduce(0) { $0 + ($1.count > 3 ? $1[3] : 0) }
        }
        XCTAssertGreaterThan(descriptive(after), descriptive(before))
        // The weights used show in the fingerprint.
        XCTAssertNotEqual(after["lexicon_version"] as? String, before["lexicon_version"] as? String)
    }

    func testAnUnknownWeightIsAUsageErrorAtItsLine() throws {
        let cli = try CLIHarness()
        defer { cli.remove() }
        let lines = builtIn.split(separator: "\n", omittingEmptySubsequences: false).count
        // A misspelt name, added after the last line (the file ends with a line break).
        let misspelt = cli.write("misspelt.txt", builtIn + "verdict.pole_treshold = 4.0\n")
        let run = try cli.run(["evaluate", "--weights", misspelt])
        XCTAssertEqual(run.status, 2)
        XCTAssertTrue(run.stderr.contains("\(misspelt):\(lines): onbekend gewicht 'verdict.pole_treshold'"), run.stderr)
        XCTAssertTrue(run.stdout.isEmpty)
        let en = try cli.run(["evaluate", "--lang", "en", "--weights", misspelt])
        XCTAssertTrue(en.stderr.contains("\(misspelt):\(lines): unknown weight 'verdict.pole_treshold'"), en.stderr)
    }

    func testAMissingWeightOrABadLineIsAUsageError() throws {
        let cli = try CLIHarness()
        defer { cli.remove() }
        let without = builtIn.split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.hasPrefix("verdict.pole_threshold") }.joined(separator: "\n")
        let missing = cli.write("missing.txt", without)
        let run = try cli.run(["evaluate", "--weights", missing])
        XCTAssertEqual(run.status, 2)
        XCTAssertTrue(run.stderr.contains("\(missing):"), run.stderr)
        XCTAssertTrue(run.stderr.contains("mist de gewichten: verdict.pole_threshold"), run.stderr)
        // A value that is no number, at its line.
        let bad = cli.write("bad.txt", changing("verdict.turn_weight", to: "twee"))
        let line = builtIn.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.hasPrefix("verdict.turn_weight") }! + 1
        let badRun = try cli.run(["evaluate", "--weights", bad])
        XCTAssertEqual(badRun.status, 2)
        XCTAssertTrue(badRun.stderr.contains("\(bad):\(line): verwacht 'naam = getal'"), badRun.stderr)
        // A file that is not there is no input.
        XCTAssertEqual(try cli.run(["evaluate", "--weights", cli.dir + "/nergens.txt"]).status, 66)
    }

    func testLexiconCheckNamesAMisspeltWeightAtItsLine() throws {
        let cli = try CLIHarness()
        defer { cli.remove() }
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let lexicons = root.appendingPathComponent("Lexicons")
        let folder = cli.dir + "/lexicons"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for name in try FileManager.default.contentsOfDirectory(atPath: lexicons.path) where name.hasSuffix(".lex") || name == "coaching-questions.txt" {
            try FileManager.default.copyItem(atPath: lexicons.appendingPathComponent(name).path, toPath: folder + "/" + name)
        }
        let lines = builtIn.split(separator: "\n", omittingEmptySubsequences: false).count
        cli.write("lexicons/weights.txt", builtIn + "plan_ahed.weight = 2\n")
        let run = try cli.run(["lexicon", "check", folder])
        XCTAssertEqual(run.status, 65)
        XCTAssertTrue(run.stderr.contains("\(folder)/weights.txt:\(lines): onbekend gewicht 'plan_ahed.weight'"), run.stderr)
        cli.write("lexicons/weights.txt", builtIn)
        XCTAssertEqual(try cli.run(["lexicon", "check", folder]).status, 0)
    }
}
