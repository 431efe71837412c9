import XCTest
import Foundation

/// End-to-end: the built `diepgang` program, run as a user runs it, one test per documented exit code.
final class ExitCodeTests: XCTestCase {
    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The program built by `swift build`: beside the test bundle, or in the package's .build folder.
    static let binary: String? = {
        if let env = ProcessInfo.processInfo.environment["DIEPGANG_BIN"] { return env }
        let bundle = Bundle.main.bundleURL
        var candidates = [bundle.appendingPathComponent("diepgang"), bundle.deletingLastPathComponent().appendingPathComponent("diepgang")]
        for b in Bundle.allBundles where b.bundlePath.hasSuffix(".xctest") {
            candidates.append(b.bundleURL.deletingLastPathComponent().appendingPathComponent("diepgang"))
        }
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        candidates.append(root.appendingPathComponent(".build/debug/diepgang"))
        return candidates.map(\.path).first { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    var dir = ""

    override func setUpWithError() throws {
        guard Self.binary != nil else { throw XCTSkip("diepgang binary not found; run 'swift build' first") }
        dir = NSTemporaryDirectory() + "diepgang-cli-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    }

    override func tearDown() {
        try? FileManager.default.removeItem(atPath: dir)
    }

    func write(_ name: String, _ text: String) -> String {
        let path = dir + "/" + name
        FileManager.default.createFile(atPath: path, contents: Data(text.utf8))
        return path
    }

    @discardableResult
    func run(_ args: [String], stdout: FileHandle? = nil) throws -> Run {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: Self.binary!)
        p.arguments = args
        var env = ProcessInfo.processInfo.environment
        env["DIEPGANG_LANG"] = "nl"
        p.environment = env
        let out = Pipe(), err = Pipe()
        p.standardOutput = stdout ?? out
        p.standardError = err
        p.standardInput = FileHandle.nullDevice
        try p.run()
        // Read both pipes while it runs, so a full pipe never blocks it.
        final class Box: @unchecked Sendable { var data = Data() }
        let errBox = Box()
        var outData = Data()
        let group = DispatchGroup()
        group.enter()
        let reader = err.fileHandleForReading
        DispatchQueue.global().async { errBox.data = reader.readDataToEndOfFile(); group.leave() }
        if stdout == nil { outData = out.fileHandleForReading.readDataToEndOfFile() }
        group.wait()
        let errData = errBox.data
        p.waitUntilExit()
        return Run(status: p.terminationStatus, stdout: String(decoding: outData, as: UTF8.self), stderr: String(decoding: errData, as: UTF8.self))
    }

    static let goodNotes = """
    {"id": "n1", "team": "Wijkteam Oost", "date": "2025-05-06", "text": "Huisbezoek samen met een collega. Ik begrijp nu waarom het gesprek zo moeizaam liep: er speelde meer dan de schulden alleen."}
    {"id": "n2", "team": "Wijkteam Oost", "date": "2025-05-07", "text": "Vandaag sprak ik met mevrouw Smit, bereikbaar op 06-12345678. Volgende keer neem ik de brief mee."}

    """

    // 0: ok
    func testExit0ForACleanRun() throws {
        let input = write("notes.jsonl", Self.goodNotes)
        let r = try run(["privacy", input, "--format", "jsonl"])
        XCTAssertEqual(r.status, 0, r.stderr)
        let lines = r.stdout.split(separator: "\n")
        XCTAssertEqual(lines.count, 2)
        XCTAssertTrue(lines[1].contains(#""kind":"naam""#) && lines[1].contains(#""kind":"telefoon""#), String(lines[1]))
    }

    // 0 with a user's LIWC dictionary: its categories become the last CSV columns, in analyse and batch.
    func testDicAddsLIWCColumnsToCSV() throws {
        let input = write("notes.jsonl", Self.goodNotes)
        let dic = write("eigen.dic", "%\n1\tzorg\n2\tik\n%\nik\t2\ncollega*\t1\nbrief\t1\n")
        let r = try run(["analyse", input, "--format", "csv", "--dic", dic])
        XCTAssertEqual(r.status, 0, r.stderr)
        let rows = r.stdout.split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false) }
        XCTAssertEqual(rows.count, 3)
        XCTAssertEqual(rows[0].suffix(3), ["liwc_wc", "liwc_zorg", "liwc_ik"])
        XCTAssertTrue(rows.allSatisfy { $0.count == rows[0].count })
        // n2: 16 words; "collega" nowhere, "brief" once (zorg 1/16), "ik" twice (2/16).
        XCTAssertEqual(rows[2].suffix(3), ["16", "6.25", "12.5"], String(describing: rows[2]))
        let out = dir + "/out.csv"
        let b = try run(["batch", input, "--format", "csv", "--dic", dic, "--out", out, "--privacy", "off"])
        XCTAssertEqual(b.status, 0, b.stderr)
        XCTAssertEqual(try String(contentsOfFile: out, encoding: .utf8), r.stdout)
        XCTAssertEqual(try run(["analyse", input, "--format", "text", "--dic", dic]).status, 2)
    }

    // 2: usage
    func testExit2ForAnUnknownOption() throws {
        let r = try run(["privacy", "--bogus"])
        XCTAssertEqual(r.status, 2)
        XCTAssertTrue(r.stderr.contains("onbekende optie --bogus"), r.stderr)
        XCTAssertEqual(try run(["privacy", write("a.jsonl", Self.goodNotes), "--redact"]).status, 2, "--redact without --out")
    }

    // 65: bad input data, the rest processed
    func testExit65WhenRecordsAreRejectedAndTheRestIsProcessed() throws {
        let input = write("mixed.jsonl", Self.goodNotes + "{\"id\": \"n3\", \"text\": \"kapot\"\n{\"id\": \"n4\", \"date\": \"31-04-2025\", \"text\": \"Een datum die niet bestaat.\"}\n")
        let errors = dir + "/errors.jsonl"
        let r = try run(["privacy", input, "--format", "jsonl", "--errors", errors])
        XCTAssertEqual(r.status, 65, r.stderr)
        XCTAssertEqual(r.stdout.split(separator: "\n").count, 2, "the good notes are still checked")
        XCTAssertTrue(r.stderr.contains("mixed.jsonl:3"), r.stderr)
        let report = try String(contentsOfFile: errors, encoding: .utf8).split(separator: "\n")
        XCTAssertEqual(report.count, 2)
        XCTAssertTrue(report[0].contains(#""line":3"#) && report[1].contains(#""line":4"#), report.joined(separator: "\n"))
        XCTAssertTrue(report[1].contains("april 2025 heeft 30 dagen"), String(report[1]))
    }

    func testExit65NamesFileAndLineOfInvalidUTF8WithAHint() throws {
        let path = dir + "/excel.jsonl"
        FileManager.default.createFile(atPath: path, contents: Data(Array(#"{"id":"w","text":"Cli"#.utf8) + [0xEB] + Array("nt\"}\n".utf8)))
        let r = try run(["privacy", path])
        XCTAssertEqual(r.status, 65)
        XCTAssertTrue(r.stderr.contains("excel.jsonl:1") && r.stderr.contains("--encoding windows-1252"), r.stderr)
        XCTAssertEqual(try run(["privacy", path, "--encoding", "windows-1252"]).status, 0)
    }

    // 66: missing input
    func testExit66ForAMissingInput() throws {
        let r = try run(["privacy", dir + "/bestaat-niet.jsonl"])
        XCTAssertEqual(r.status, 66)
        XCTAssertTrue(r.stderr.contains("bestaat-niet.jsonl"), r.stderr)
    }

    // 74: output cannot be written
    func testExit74ForAFullDiskWithAMessage() throws {
        let input = write("notes.jsonl", Self.goodNotes)
        let full = try XCTUnwrap(FileHandle(forWritingAtPath: "/dev/full"))
        let r = try run(["privacy", input, "--format", "jsonl"], stdout: full)
        XCTAssertEqual(r.status, 74)
        XCTAssertTrue(r.stderr.contains("kan niet schrijven"), r.stderr)
    }

    func testExit74LeavesNoPartialFile() throws {
        let input = write("notes.jsonl", Self.goodNotes)
        let target = dir + "/geen-map/redacted.jsonl"
        let r = try run(["privacy", input, "--redact", "--out", target])
        XCTAssertEqual(r.status, 74)
        XCTAssertFalse(r.stderr.isEmpty)
        XCTAssertFalse(FileManager.default.fileExists(atPath: target))
        // A redaction that succeeds replaces only the findings.
        let ok = dir + "/redacted.jsonl"
        XCTAssertEqual(try run(["privacy", input, "--redact", "--out", ok]).status, 0)
        let redacted = try String(contentsOfFile: ok, encoding: .utf8)
        XCTAssertTrue(redacted.contains("mevrouw [NAAM-1], bereikbaar op [TELEFOON-1]."), redacted)
        XCTAssertEqual(redacted.split(separator: "\n").first, Self.goodNotes.split(separator: "\n").first, "a clean line stays byte for byte")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: dir).filter { $0.contains(".tmp-") }
        XCTAssertEqual(leftovers, [])
    }

    func testClosedPipeEndsQuietly() throws {
        var many = ""
        for i in 0..<20_000 { many += #"{"id":"n\#(i)","text":"Gesprek met mevrouw Smit over de planning van de week."}"# + "\n" }
        let input = write("many.jsonl", many)
        let pipe = Pipe()
        pipe.fileHandleForReading.closeFile()  // the reader went away, as `| head` does
        let r = try run(["privacy", input, "--format", "jsonl"], stdout: pipe.fileHandleForWriting)
        XCTAssertEqual(r.status, 74)
        XCTAssertEqual(r.stderr, "", "a closed pipe is not an error worth a message")
    }

    // 1: a condition failed (batch refuses a corpus with personal data)
    func testExit1WhenBatchRefusesPersonalData() throws {
        let help = try run(["batch", "--help"])
        guard help.stdout.contains("--privacy") else { throw XCTSkip("batch --privacy not available yet") }
        let input = write("notes.jsonl", Self.goodNotes)
        let out = dir + "/analyses.jsonl"
        let r = try run(["batch", input, "--out", out, "--privacy", "refuse", "--jobs", "1"])
        XCTAssertEqual(r.status, 1, r.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: out), "no output when refused")
        XCTAssertEqual(try run(["batch", input, "--out", out, "--privacy", "off", "--jobs", "1"]).status, 0)
    }
}
