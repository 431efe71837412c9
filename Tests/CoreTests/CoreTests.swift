import XCTest
@testable import DiepgangCore
import DiepgangResources

final class ByteWriterTests: XCTestCase {
    func testEscapesDutchTextAndControlCharacters() {
        let w = ByteWriter()
        w.beginObject()
        w.field("text", "Ze zei: \"ik wil naar huis\"\n\tcliënt\u{1}")
        w.field("words", 7)
        w.field("balance", -0.333333)
        w.field("team", nil as String?)
        w.key("phases"); w.beginArray(); w.int(2); w.int(3); w.endArray()
        w.endObject()
        let json = String(decoding: w.bytes, as: UTF8.self)
        XCTAssertEqual(json, #"{"text":"Ze zei: \"ik wil naar huis\"\n\tcliënt\u0001","words":7,"balance":-0.3333,"team":null,"phases":[2,3]}"#)
        // And it parses back to the same text.
        let object = try? JSONSerialization.jsonObject(with: Data(w.bytes)) as? [String: Any]
        XCTAssertEqual(object?["text"] as? String, "Ze zei: \"ik wil naar huis\"\n\tcliënt\u{1}")
    }

    /// Integers take a two-digits-a-step path and short strings an eight-byte-load path: both
    /// must write what the plain definitions say at every length boundary.
    func testIntegersAndShortStringsAtEveryLength() {
        var numbers = [0, 9, 10, 99, 100, 999, 1000, 9999, 10_000, 99_999, 100_000, 1_234_567, Int.max, -1, -10, -987, Int.min]
        var power = 1
        for _ in 0..<18 { power *= 10; numbers += [power - 1, power, power + 1] }
        for n in numbers {
            let w = ByteWriter()
            w.appendInt(n)
            XCTAssertEqual(String(decoding: w.bytes, as: UTF8.self), String(n))
        }
        // Lengths 1 to 20 around the 4- and 16-byte edges, with and without a byte to escape.
        for length in 1...20 {
            for filler in ["a", "é", "\"", "\\", "\u{7F}", "\u{1F}", "\n"] {
                let text = String(repeating: "k", count: length - 1) + filler
                let w = ByteWriter()
                w.appendString(text)
                let parsed = try? JSONSerialization.jsonObject(with: Data(w.bytes), options: .fragmentsAllowed) as? String
                XCTAssertEqual(parsed, text, "length \(length), ending \(filler.debugDescription)")
                XCTAssertFalse(w.bytes.dropFirst().dropLast().contains { $0 < 0x20 }, "a control byte left raw")
            }
        }
    }

    func testNumberFormattingIsFixedAndTrimmed() {
        XCTAssertEqual(ByteWriter.format(2.0, digits: 4), "2")
        XCTAssertEqual(ByteWriter.format(0.125, digits: 2), "0.13")
        XCTAssertEqual(ByteWriter.format(-1.5, digits: 4), "-1.5")
        let w = ByteWriter()
        w.double(.nan)
        XCTAssertEqual(String(decoding: w.bytes, as: UTF8.self), "null")
    }

    /// The direct fast path writes exactly what `format` gives (rates, balances, weights), with a
    /// Dutch decimal comma where asked.
    func testFormattedBytesEqualFormat() {
        var values: [Double] = [0, -0.0, 1, -1, 0.5, 0.05, 0.005, 0.00004, 0.00005, 2.675, 1.005, 123.456789, -0.333333,
                                99.995, 1e8 + 0.5, 7.1, 0.1 + 0.2, 1.0 / 3, 2.0 / 3, 12.5]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<20_000 {
            values.append(Double.random(in: -1000...1000, using: &generator))
            values.append(Double(Int.random(in: 0...100_000, using: &generator)) / 1000)
        }
        for value in values {
            for digits in 0...4 {
                let expected = ByteWriter.format(value, digits: digits)
                XCTAssertEqual(ByteWriter.formatted(value, digits: digits), expected, "\(value) \(digits)")
                XCTAssertEqual(ByteWriter.formatted(value, digits: digits, decimalMark: UInt8(ascii: ",")),
                               String(expected.map { $0 == "." ? "," : $0 }), "\(value) \(digits)")
            }
        }
    }

    /// Long plain runs between escapes are copied whole and still escaped correctly.
    func testStringRunsAroundEscapes() {
        let w = ByteWriter()
        w.beginArray()
        w.string("\"begin\" cliënt \\ mid\u{7F} eind\u{1F}")
        w.string(utf8: Array("ĳs\nweer".utf8))
        w.endArray()
        XCTAssertEqual(String(decoding: w.bytes, as: UTF8.self), #"["\"begin\" cliënt \\ mid\u007f eind\u001f","ĳs\nweer"]"#)
    }
}

final class ScalarOffsetTests: XCTestCase {
    func testByteOffsetsBecomeScalarOffsets() {
        let text = "De cliënt was geïrriteerd 😠 en zei één woord."
        let bytes = Array(text.utf8)
        bytes.withUnsafeBufferPointer { buffer in
            var offsets = ScalarOffsets(buffer)
            // "geïrriteerd" starts after "De cliënt was " (14 scalars, 15 bytes).
            let byteStart = Array("De cliënt was ".utf8).count
            XCTAssertEqual(offsets.scalarOffset(ofByte: byteStart), 14)
            let emoji = Array("De cliënt was geïrriteerd ".utf8).count
            XCTAssertEqual(offsets.scalarOffset(ofByte: emoji), 26)
            XCTAssertEqual(offsets.scalarOffset(ofByte: emoji + 4), 27)
            // Going backwards restarts and still gives the right answer.
            XCTAssertEqual(offsets.scalarOffset(ofByte: 3), 3)
            XCTAssertEqual(offsets.scalarOffset(ofByte: bytes.count), text.unicodeScalars.count)
            XCTAssertFalse(ScalarOffsets.isASCII(buffer))
        }
    }

    /// A plain ASCII note (most are) converts without counting, to the same offsets.
    func testASCIINoteOffsetsAreByteOffsets() {
        let text = "Vanochtend had ik een lastig gesprek met de familie van mevrouw de Vries over de overdracht."
        let bytes = Array(text.utf8)
        bytes.withUnsafeBufferPointer { buffer in
            XCTAssertTrue(ScalarOffsets.isASCII(buffer))
            var counted = ScalarOffsets(buffer)
            var known = ScalarOffsets(buffer, ascii: true)
            for byte in [0, 11, 40, 17, bytes.count] {
                XCTAssertEqual(known.scalarOffset(ofByte: byte), counted.scalarOffset(ofByte: byte))
            }
            XCTAssertEqual(known.scalarCount(15..<21), ScalarOffsets.count(buffer, 15..<21))
        }
    }
}

final class ResourceTests: XCTestCase {
    func testLexiconsAreEmbeddedInTheProgram() {
        let lexicons = ResourceFolder.embedded("Lexicons")
        XCTAssertFalse(lexicons.files.isEmpty, "Lexicons/ must be built into the program")
        XCTAssertTrue(lexicons.files.allSatisfy { !$0.path.hasPrefix("Lexicons/") })
        XCTAssertEqual(lexicons.files.map(\.path), lexicons.files.map(\.path).sorted())
    }

    func testFingerprintChangesWithContent() {
        let a = [ResourceFile(path: "x.lex", bytes: Array("stom\n".utf8))]
        let b = [ResourceFile(path: "x.lex", bytes: Array("stom \n".utf8))]
        XCTAssertNotEqual(ResourceFolder.fingerprint(a), ResourceFolder.fingerprint(b))
        XCTAssertEqual(ResourceFolder.fingerprint(a), ResourceFolder.fingerprint(a))
        XCTAssertEqual(ResourceFolder.fingerprint(a).count, 16)
    }

    func testDirectoryFolderReadsFilesAndRejectsMissingFolder() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("diepgang-res-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("sub"), withIntermediateDirectories: true)
        try Data("waarom\n".utf8).write(to: dir.appendingPathComponent("sub/why.lex"))
        defer { try? FileManager.default.removeItem(at: dir) }
        let folder = try ResourceFolder.directory(dir.path)
        XCTAssertEqual(folder.files.map(\.path), ["sub/why.lex"])
        XCTAssertEqual(folder.file("sub/why.lex")?.text, "waarom\n")
        XCTAssertThrowsError(try ResourceFolder.directory(dir.path + "/bestaat-niet")) { error in
            XCTAssertEqual((error as? DiepgangError)?.code, .noInput)
        }
    }
}

final class AtomicFileTests: XCTestCase {
    func testFileAppearsOnlyOnCommit() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("diepgang-atomic-\(UUID().uuidString).jsonl").path
        defer { unlink(path) }
        let file = try AtomicFile(path: path)
        try file.sink.write("{\"id\":\"1\"}\n")
        XCTAssertFalse(FileManager.default.fileExists(atPath: path))
        try file.commit()
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), "{\"id\":\"1\"}\n")
    }

    func testDiscardLeavesNothingBehind() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("diepgang-atomic-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = try AtomicFile(path: dir.appendingPathComponent("out.jsonl").path)
        try file.sink.write("half")
        file.discard()
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: dir.path), [])
    }

    /// `-o /dev/null` or a named pipe: renaming a temporary file over it would turn the device
    /// into a plain file (it did, for /dev/null). A FIFO stands in for the device here.
    func testSpecialFileIsWrittenInPlace() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("diepgang-atomic-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let pipe = dir.appendingPathComponent("uitvoer").path
        XCTAssertEqual(mkfifo(pipe, 0o600), 0)
        // A reader first, so that opening the pipe for writing does not wait.
        let reader = open(pipe, O_RDONLY | O_NONBLOCK)
        XCTAssertGreaterThanOrEqual(reader, 0)
        defer { close(reader) }
        XCTAssertTrue(AtomicFile.isSpecialFile(pipe))
        let file = try AtomicFile(path: pipe)
        XCTAssertNil(file.temporaryPath)
        try file.sink.write("{\"id\":\"n-7\"}\n")
        try file.commit()
        var bytes = [UInt8](repeating: 0, count: 64)
        let n = read(reader, &bytes, bytes.count)
        XCTAssertEqual(String(decoding: bytes.prefix(max(n, 0)), as: UTF8.self), "{\"id\":\"n-7\"}\n")
        XCTAssertTrue(AtomicFile.isSpecialFile(pipe), "the pipe is still a pipe, not a renamed plain file")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: dir.path), ["uitvoer"])
    }

    func testUnwritableFolderIsAnIOError() {
        XCTAssertThrowsError(try AtomicFile(path: "/proc/diepgang-cannot-write/out.jsonl")) { error in
            XCTAssertEqual((error as? DiepgangError)?.code, .ioError)
        }
    }
}
