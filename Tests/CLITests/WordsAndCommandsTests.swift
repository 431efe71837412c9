import Foundation
import XCTest
#if canImport(Glibc)
import Glibc
#endif

/// Issue 14, section 4 ("Words and commands"): one test per item, run as a user runs the program.
final class WordsAndCommandsTests: XCTestCase {
    var cli: CLIHarness!

    override func setUpWithError() throws { cli = try CLIHarness() }
    override func tearDown() { cli?.remove() }

    static let brooding = """
    Weer een avond om snel te vergeten. Tijdens het eten gooide Daan zijn bord op de grond en begon te schreeuwen, \
    en ik stond er maar een beetje bij. Ik voel me zo'n prutser. Had ik maar eerder ingegrepen. Het gaat altijd mis \
    als ik dienst heb. Waarom gebeurt dit nou altijd bij mij?
    """

    static let reflecting = """
    Bij het huisbezoek aan meneer Veldman merkte ik dat ik vooral bezig was met de formulieren. Achteraf denk ik dat \
    hij zich daardoor niet gehoord voelde, omdat hij steeds over zijn dochter begon. Waarom liet ik dat liggen? Ik \
    wilde de afspraak binnen het uur afronden. Volgende keer begin ik met de vraag wat voor hem nu het belangrijkst is.
    """

    // 1. Singular and plural.
    func testSingularAndPlural() throws {
        let one = try cli.run(["analyse", cli.write("een.txt", "Moe.")])
        XCTAssertTrue(one.text.contains("· 1 woord\n"), one.text)
        XCTAssertTrue(one.text.contains("(1 woord, minder dan"), one.text)
        XCTAssertFalse(one.text.contains("1 woorden"))
        let en = try cli.run(["analyse", cli.write("een.txt", "Moe."), "--lang", "en"])
        XCTAssertTrue(en.text.contains("· 1 word\n"), en.text)
        let many = try cli.run(["analyse", cli.write("twee.jsonl", "{\"text\": \"Moe.\"}\n{\"text\": \"Weer moe.\"}\n"), "--summary"])
        XCTAssertTrue(many.text.contains("2 verslagen:"), many.text)
    }

    // 2. --lang en is complete, also before the command.
    func testEnglishIsCompleteAndMayComeBeforeTheCommand() throws {
        let path = cli.write("piekeren.txt", Self.brooding)
        let run = try cli.run(["--lang", "en", "analyse", path])
        XCTAssertEqual(run.status, 0, run.stderr)
        for english in ["Verdict: brooding", "(narrative)", "perspective", "attitude", "approach", "causes", "repetition (brooding)"] {
            XCTAssertTrue(run.text.contains(english), "\(english) in:\n\(run.text)")
        }
        for dutch in ["perspectief", "houding", "benadering", "oorzaken", "herhaling", "beschrijvend", "piekerend)"] {
            XCTAssertFalse(run.text.contains(dutch), "\(dutch) in:\n\(run.text)")
        }
    }

    // 3. One decimal style per language, evaluate included.
    func testDecimalsFollowTheLanguage() throws {
        let nl = try cli.run(["evaluate"]).text
        let en = try cli.run(["evaluate", "--lang", "en"]).text
        let nlLine = try XCTUnwrap(nl.split(separator: "\n").first { $0.hasPrefix("modus juist") })
        let enLine = try XCTUnwrap(en.split(separator: "\n").first { $0.hasPrefix("mode accuracy") })
        XCTAssertTrue(nlLine.contains("0,") && !nlLine.contains("0."), String(nlLine))
        XCTAssertTrue(enLine.contains("0.") && !enLine.contains("0,"), String(enLine))
        let dutchReason = try cli.run(["analyse", cli.write("p.txt", Self.brooding)]).text
        XCTAssertTrue(dutchReason.contains("gewicht 12,5 tegen"), dutchReason)
    }

    // 4. Operating-system errors in the user's language.
    func testOperatingSystemErrorsAreTranslated() throws {
        let notes = cli.write("n.jsonl", "{\"text\": \"Korte notitie.\"}\n")
        let out = cli.dir + "/bestaat-niet/rapport.txt"
        let nl = try cli.run(["trends", notes, "--out", out])
        XCTAssertEqual(nl.status, 74, nl.stderr)
        XCTAssertTrue(nl.stderr.contains("bestand of map bestaat niet"), nl.stderr)
        XCTAssertFalse(nl.stderr.contains("No such file"), nl.stderr)
        let en = try cli.run(["trends", notes, "--out", out, "--lang", "en"])
        XCTAssertTrue(en.stderr.contains("No such file or directory"), en.stderr)
    }

    // 5. "bedoelde je …?" for commands, options and values; Dutch values accepted.
    func testDidYouMean() throws {
        let command = try cli.run(["anlayse"])
        XCTAssertEqual(command.status, 2)
        XCTAssertTrue(command.stderr.contains("bedoelde je 'analyse'?"), command.stderr)
        let option = try cli.run(["analyse", "--fromat", "json"])
        XCTAssertTrue(option.stderr.contains("bedoelde je '--format'?"), option.stderr)
        let value = try cli.run(["trends", "x.jsonl", "--period", "kwartral"])
        XCTAssertTrue(value.stderr.contains("bedoelde je 'quarter'?"), value.stderr)
        let far = try cli.run(["trends", "x.jsonl", "--period", "jaar"])
        XCTAssertFalse(far.stderr.contains("bedoelde je"), "no guess when nothing is close: \(far.stderr)")
        let notes = cli.write("n.jsonl", (1...6).map { "{\"team\": \"Oost\", \"author\": \"a\($0 % 3)\", \"date\": \"2025-0\($0 % 3 + 1)-1\($0)\", \"text\": \"Een korte notitie over de dienst van vandaag.\"}" }.joined(separator: "\n") + "\n")
        for dutch in ["kwartaal", "maand", "week"] {
            let r = try cli.run(["trends", notes, "--period", dutch, "--format", "json", "--min-authors", "1", "--min-notes", "1"])
            XCTAssertEqual(r.status, 0, "\(dutch): \(r.stderr)")
        }
        XCTAssertTrue(try cli.run(["trends", notes, "--period", "kwartaal", "--format", "json"]).text.contains("\"period\":\"quarter\""))
    }

    // 6. `diepgang` alone: the short help and exit 2.
    func testNoCommandPrintsTheShortHelpAndExits2() throws {
        let run = try cli.run([])
        XCTAssertEqual(run.status, 2)
        XCTAssertTrue(run.stderr.contains("Commando's:") && run.stderr.contains("analyse"), run.stderr)
        XCTAssertTrue(run.text.isEmpty)
    }

    // 7. A terminal on stdin gets a prompt.
    func testATerminalOnStdinGetsAPrompt() throws {
        #if os(Linux)
        // A pseudo-terminal by hand (/dev/ptmx, unlock, its number), as posix_openpt is not imported.
        let master = open("/dev/ptmx", O_RDWR | O_NOCTTY)
        var unlock: Int32 = 0, number: UInt32 = 0
        guard master >= 0, ioctl(master, 0x4004_5431 /* TIOCSPTLCK */, &unlock) == 0, ioctl(master, 0x8004_5430 /* TIOCGPTN */, &number) == 0 else {
            throw XCTSkip("no pseudo-terminal here")
        }
        defer { close(master) }
        let slave = try XCTUnwrap(FileHandle(forUpdatingAtPath: "/dev/pts/\(number)"))
        #else
        throw XCTSkip("the pseudo-terminal test runs on Linux")
        #endif
        let p = Process()
        p.executableURL = URL(fileURLWithPath: ExitCodeTests.binary!)
        p.arguments = ["analyse"]
        let err = Pipe(), out = Pipe()
        p.standardInput = slave
        p.standardError = err
        p.standardOutput = out
        try p.run()
        let text = Array("Ik was moe na de dienst.\n".utf8) + [0x04]
        _ = text.withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
        p.waitUntilExit()
        let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        XCTAssertTrue(stderr.contains("Plak je verslag en sluit af met Ctrl-D"), stderr)
        XCTAssertTrue(String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self).contains("Oordeel"))
        // Not on a pipe: scripts see no prompt.
        let piped = try cli.run(["analyse", cli.write("a.txt", "Ik was moe.")])
        XCTAssertFalse(piped.stderr.contains("Plak"))
    }

    // 8. NO_COLOR and --color.
    func testColorOption() throws {
        let path = cli.write("p.txt", Self.brooding)
        XCTAssertTrue(try cli.run(["analyse", path, "--color", "always"]).text.contains("\u{1B}["))
        XCTAssertFalse(try cli.run(["analyse", path, "--color", "nooit"]).text.contains("\u{1B}["))
        XCTAssertFalse(try cli.run(["analyse", path], environment: ["NO_COLOR": "1"]).text.contains("\u{1B}["))
        XCTAssertFalse(try cli.run(["analyse", path]).text.contains("\u{1B}["), "auto: a file is no terminal")
    }

    // 9. Many notes: a summary table first; --summary gives only that.
    func testSummaryTableFirstAndSummaryAlone() throws {
        func line(_ id: String, _ text: String) -> String {
            "{\"id\": \"\(id)\", \"text\": \"\(text.replacingOccurrences(of: "\"", with: "\\\""))\"}"
        }
        let path = cli.write("twee.jsonl", [line("avond-1", Self.brooding), line("huisbezoek-2", Self.reflecting)].joined(separator: "\n") + "\n")
        let full = try cli.run(["analyse", path]).text
        let firstLines = full.split(separator: "\n").prefix(4).joined(separator: "\n")
        XCTAssertTrue(firstLines.hasPrefix("verslag") && firstLines.contains("avond-1") && firstLines.contains("huisbezoek-2"), firstLines)
        XCTAssertTrue(full.contains("── avond-1 ──"))
        let summary = try cli.run(["analyse", path, "--summary"]).text
        XCTAssertFalse(summary.contains("──  avond-1") || summary.contains("Zinnen:"), summary)
        XCTAssertTrue(summary.contains("2 verslagen: 1 reflecteren, 1 piekeren"), summary)
    }

    // 10. Repeated identical errors are counted, not repeated.
    func testRepeatedErrorsAreCounted() throws {
        let lines = (1...40).map { "{\"id\": \"n\($0)\", \"team\": \"Oost\"}" }.joined(separator: "\n") + "\n"
        let run = try cli.run(["analyse", cli.write("zonder-tekst.jsonl", lines), "--format", "jsonl"])
        XCTAssertEqual(run.status, 65)
        let said = run.stderr.split(separator: "\n")
        XCTAssertEqual(said.count, 2, run.stderr)
        XCTAssertTrue(said[1].contains("nog 39 keer"), run.stderr)
    }

    // 11. The verdict's figures are the table's.
    func testVerdictFiguresAppearInTheTable() throws {
        let text = try cli.run(["analyse", cli.write("p.txt", Self.brooding)]).text
        let reason = try XCTUnwrap(text.split(separator: "\n").first { $0.contains("piekeren overheerst") })
        let figures = try XCTUnwrap(reason.split(separator: "(").dropFirst().first?.split(separator: ")").first)   // "gewicht 12,5 tegen 0"
        let parts = figures.split(separator: " ")
        let weights = try XCTUnwrap(text.split(separator: "\n").first { $0.contains("gewicht van al het bewijs") })
        XCTAssertTrue(weights.contains("\(parts[1]) / \(parts[3])"), "\(reason)\n\(weights)")
    }

    // 12. A depth label never reuses a mode's word.
    func testDepthLabelsAreNotModeWords() throws {
        let text = try cli.run(["analyse", cli.write("r.txt", Self.reflecting), cli.write("p.txt", Self.brooding), "--summary"]).text
        let modes = ["reflecteren", "piekeren", "gemengd", "beschrijvend", "te kort"]
        for line in text.split(separator: "\n").dropFirst(2) where !line.isEmpty && !line.contains("verslagen:") {
            let cells = line.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
            // The depth cell is "N label"; its label is never one of the modes.
            if let level = cells.firstIndex(where: { Int($0).map { (0...4).contains($0) } ?? false }), level + 1 < cells.count {
                XCTAssertFalse(modes.contains(cells[level + 1]), line.description)
            }
        }
        XCTAssertTrue(text.contains("vertellend") || text.contains("analyserend") || text.contains("betekenisgevend"), text)
    }
}
