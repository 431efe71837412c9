import Foundation
import XCTest

/// `diepgang train-mode` and `--mode-by`: a model trained from labelled notes as a user would,
/// the same file twice, and clear errors for what cannot be read.
final class TrainModeCommandTests: XCTestCase {
    let notes: [(String, String)] = [
        ("Vanmiddag met Ruud boodschappen gedaan bij de supermarkt op de hoek. Hij pakte zelf de melk en het brood, ik hield het lijstje bij. Bij de kassa betaalde hij met zijn pasje en daarna liepen we terug.", "beschrijvend"),
        ("Vanochtend mevrouw De Wit gedoucht en aangekleed. Ze had goed geslapen en at daarna haar brood op in de huiskamer. Om tien uur kwam haar dochter op bezoek en ze zijn samen naar de tuin gegaan.", "beschrijvend"),
        ("Ik snap er niks van, altijd weer hetzelfde gedoe. Niemand luistert naar mij en ik doe het toch nooit goed. Ik lig er 's nachts wakker van en blijf maar malen over wat ik had moeten zeggen.", "piekeren"),
        ("Weer een rotdienst. Ik voel me zo'n prutser, het lukt me gewoon nooit. Waarom overkomt mij dit altijd? Ik blijf erover malen en het wordt alleen maar erger, iedereen vindt mij vast een slechte collega.", "piekeren"),
        ("Achteraf zie ik dat ik te snel wilde. Misschien voelde Ruud zich overvallen omdat hij de stappen niet kende. Wat betekent dat voor mijn aanpak? Volgende keer spreek ik vooraf met hem door wat we gaan doen.", "reflecteren"),
        ("Ik vroeg me af waarom mevrouw boos werd. Vanuit haar gezien kwam er ineens een vreemde binnen. Het ging dus niet om het wassen maar om de controle. Morgen laat ik haar zelf kiezen wanneer we beginnen.", "reflecteren"),
    ]

    func jsonl(split: String) -> String {
        notes.enumerated().map { i, n in
            let object: [String: Any] = ["id": "n\(i)", "split": i % 2 == 0 ? split : "test", "text": n.0,
                                         "gold": ["mode": n.1, "depth": 1, "phases": [Int](), "why": [Any]()]]
            return String(decoding: try! JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]), as: UTF8.self)
        }.joined(separator: "\n") + "\n"
    }

    func testTrainingTwiceWritesTheSameModelAndASplitTakesItsNotesOnly() throws {
        let cli = try CLIHarness()
        defer { cli.remove() }
        cli.write("labelled.jsonl", jsonl(split: "dev"))
        let first = try cli.run(["train-mode", "--steps", "200", "--output", "a.tsv", "labelled.jsonl:2"])
        let second = try cli.run(["train-mode", "--steps", "200", "--output", "b.tsv", "labelled.jsonl:2"])
        XCTAssertEqual([first.status, second.status], [0, 0], first.stderr)
        let a = try String(contentsOfFile: cli.dir + "/a.tsv", encoding: .utf8)
        XCTAssertEqual(a, try String(contentsOfFile: cli.dir + "/b.tsv", encoding: .utf8))
        XCTAssertTrue(a.contains("\nfeature\tmean\tscale\treflecteren\tpiekeren\tgemengd\tbeschrijvend\n"), a)
        XCTAssertTrue(a.contains("labelled.jsonl:2: 6"), a)
        XCTAssertTrue(first.stderr.contains("6 verslagen"), first.stderr)
        let dev = try cli.run(["train-mode", "--steps", "50", "--output", "c.tsv", "labelled.jsonl@dev"])
        XCTAssertEqual(dev.status, 0, dev.stderr)
        XCTAssertTrue(dev.stderr.contains("3 verslagen"), dev.stderr)
    }

    /// `--calibrate FILE`: the file's notes, each read by a model trained without it, are counted
    /// into bands the model file carries; a file that is not trained on is refused.
    func testCalibrationCountsEveryNoteOfItsFileOnce() throws {
        let cli = try CLIHarness()
        defer { cli.remove() }
        cli.write("labelled.jsonl", jsonl(split: "dev"))
        cli.write("other.jsonl", jsonl(split: "dev"))
        let run = try cli.run(["train-mode", "--steps", "100", "--calibrate", "labelled.jsonl", "-o", "m.tsv", "other.jsonl", "labelled.jsonl:2"])
        XCTAssertEqual(run.status, 0, run.stderr)
        let text = try String(contentsOfFile: cli.dir + "/m.tsv", encoding: .utf8)
        let bands = text.split(separator: "\n").filter { $0.hasPrefix("calibration\t") }.map { $0.split(separator: "\t") }
        // Six notes make no band of ten: each reader's notes lie in one band from 0 to 1.
        XCTAssertTrue(bands.allSatisfy { $0[2] == "0.0" && $0[3] == "1.0" }, text)
        func counted(_ readers: Set<String>) -> Int { bands.filter { readers.contains(String($0[1])) }.map { Int($0[5])! }.reduce(0, +) }
        // Each note once for its mode (by the model or the rules) and once for its depth level.
        XCTAssertEqual(counted(["model", "rules"]), 6, text)
        XCTAssertEqual(counted(["depth"]), 6, text)
        XCTAssertTrue(text.contains("# Calibrated by 8-fold cross-validation on labelled.jsonl (6 notes; those too short left out)."), text)
        let refused = try cli.run(["train-mode", "--calibrate", "elders.jsonl", "-o", "n.tsv", "labelled.jsonl"])
        XCTAssertEqual(refused.status, 2, refused.stderr)
        XCTAssertTrue(refused.stderr.contains("elders.jsonl"), refused.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: cli.dir + "/n.tsv"))
    }

    func testWhatCannotBeReadIsNamed() throws {
        let cli = try CLIHarness()
        defer { cli.remove() }
        cli.write("labelled.jsonl", jsonl(split: "dev"))
        let missing = try cli.run(["train-mode", "-o", "m.tsv", "nergens.jsonl"])
        XCTAssertEqual(missing.status, 66)
        XCTAssertTrue(missing.stderr.contains("nergens.jsonl"), missing.stderr)
        let zero = try cli.run(["train-mode", "-o", "m.tsv", "labelled.jsonl:0"])
        XCTAssertEqual(zero.status, 2, zero.stderr)
        let noSplit = try cli.run(["train-mode", "-o", "m.tsv", "labelled.jsonl@validatie"])
        XCTAssertEqual(noSplit.status, 65, noSplit.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: cli.dir + "/m.tsv"))
    }

    /// `--mode-by rules` gives the rules' own reading, and its lexicon version says so.
    func testModeByRulesIsNamedInTheVersion() throws {
        let cli = try CLIHarness()
        defer { cli.remove() }
        let input = cli.write("note.jsonl", jsonl(split: "dev"))
        let model = try cli.run(["analyse", "--format", "jsonl", input])
        let rules = try cli.run(["analyse", "--format", "jsonl", "--mode-by", "rules", input])
        XCTAssertEqual([model.status, rules.status], [0, 0], rules.stderr)
        func versions(_ run: CLIHarness.Run) -> Set<String> {
            Set(run.text.split(separator: "\n").compactMap { line in
                (try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])?["lexicon_version"] as? String
            })
        }
        let m = versions(model), r = versions(rules)
        XCTAssertEqual(m.count, 1)
        XCTAssertEqual(r, Set(m.map { $0 + "+rules" }))
        XCTAssertTrue(model.text.contains("model: "))
        XCTAssertFalse(rules.text.contains("model: "))
    }
}
