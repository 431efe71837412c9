import XCTest
import Foundation
import Diepgang

/// A small, seeded generator (SplitMix64), so every run throws the same input.
struct SeededRandom: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E3779B97F4A7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58476D1CE4E5B9
        z = (z ^ (z >> 27)) &* 0x94D049BB133111EB
        return z ^ (z >> 31)
    }
}

/// Bad input of every sort: bytes, Unicode, long tokens, long lines, punctuation, control characters.
enum Garbage {
    static let pieces: [String] = [
        "mevrouw ", "dhr. ", "J. ", "de Vries", "Kerkstraat ", "12", " 06-", "12345678", "@", "x@y.nl", "NL91 ABNA ",
        "geboren op ", "3 maart 1961", "1234 AB", "111222333", "Waarom", "?", "!", ".", "…", "\n", "\r\n", "\"", "\\", "{", "}",
        "[", "]", ",", ";", "’", "é", "ë", "Ö", "😀", "👩‍👩‍👧", "\u{0301}", "\u{200B}", "\u{FEFF}", "\u{202E}", "\t", " ", "\u{0}",
        "---\n", "team: A\n", "ik ", "had ik maar ", "volgende keer ", "omdat ", "0031 ", "+31 ", "(0)", "-", "'",
    ]

    static func bytes(_ rng: inout SeededRandom, count: Int) -> [UInt8] {
        (0..<count).map { _ in UInt8.random(in: 0...255, using: &rng) }
    }

    static func unicode(_ rng: inout SeededRandom, count: Int) -> String {
        var s = String.UnicodeScalarView()
        let ranges: [ClosedRange<UInt32>] = [0...0x7F, 0x80...0x2FF, 0x300...0x36F, 0x590...0x6FF, 0x2000...0x206F, 0x4E00...0x4FFF, 0x1F300...0x1F6FF, 0xFE00...0xFFFD]
        for _ in 0..<count {
            let r = ranges.randomElement(using: &rng)!
            if let u = Unicode.Scalar(UInt32.random(in: r, using: &rng)) { s.append(u) }
        }
        return String(s)
    }

    static func pieces(_ rng: inout SeededRandom, count: Int) -> String {
        (0..<count).map { _ in pieces.randomElement(using: &rng)! }.joined()
    }

    /// The nasty shapes, each large but bounded.
    static func extremes() -> [[UInt8]] {
        [
            Array(String(repeating: "a", count: 200_000).utf8),                      // one very long token
            Array(String(repeating: "Aaaaaaaa", count: 20_000).utf8),                 // a capitalised giant
            Array(String(repeating: "9", count: 100_000).utf8),                       // endless digits
            Array(String(repeating: "111222333 ", count: 10_000).utf8),               // many valid BSNs
            Array(String(repeating: "!", count: 100_000).utf8),
            Array(String(repeating: "?!.…", count: 20_000).utf8),
            Array(String(repeating: "((((", count: 20_000).utf8),
            Array(String(repeating: "@", count: 50_000).utf8),
            Array(String(repeating: "a@", count: 50_000).utf8),
            Array(String(repeating: "mevrouw ", count: 20_000).utf8),
            Array(String(repeating: "\u{0301}", count: 50_000).utf8),                 // combining marks without a base
            Array(String(repeating: "😀", count: 30_000).utf8),
            (0..<60_000).map { UInt8($0 % 32) },                                     // control characters
            [0xC3] + Array(repeating: 0x80, count: 10_000),                          // broken UTF-8
        ]
    }
}

final class FuzzTests: XCTestCase {
    static let scanner = try! PrivacyScanner.standard()
    static let tokenizer = Tokenizer.standard()

    /// Scalars in a text, counting invalid bytes as one each (as the scanners read them).
    func scalarCount(_ bytes: [UInt8]) -> Int {
        String(decoding: bytes, as: UTF8.self).unicodeScalars.count
    }

    func checkPrivacy(_ bytes: [UInt8], file: StaticString = #filePath, line: UInt = #line) {
        let findings = bytes.withUnsafeBufferPointer { Self.scanner.scan($0) }
        let limit = bytes.count
        for f in findings {
            XCTAssertTrue(0 <= f.utf8Range.lowerBound && f.utf8Range.lowerBound < f.utf8Range.upperBound && f.utf8Range.upperBound <= limit,
                          "privacy byte range \(f.utf8Range) outside 0..<\(limit)", file: file, line: line)
            XCTAssertTrue(0 <= f.start && f.start < f.end && f.end <= limit, "privacy offsets \(f.start)..<\(f.end)", file: file, line: line)
        }
        // Valid text: scalar offsets must match the finding's text.
        if let text = String(validating: bytes, as: UTF8.self) {
            let scalars = Array(text.unicodeScalars)
            for f in findings {
                XCTAssertLessThanOrEqual(f.end, scalars.count, file: file, line: line)
                if f.end <= scalars.count {
                    var v = String.UnicodeScalarView()
                    v.append(contentsOf: scalars[f.start..<f.end])
                    XCTAssertEqual(String(v), f.text, file: file, line: line)
                }
            }
        }
    }

    func checkTokenizer(_ bytes: [UInt8], file: StaticString = #filePath, line: UInt = #line) {
        var tokenization = Tokenization()
        bytes.withUnsafeBufferPointer { Self.tokenizer.tokenize($0, into: &tokenization) }
        var previous = 0
        for t in tokenization.tokens {
            XCTAssertTrue(previous <= t.start && t.start < t.end && t.end <= bytes.count, "token \(t.start)..<\(t.end) of \(bytes.count)", file: file, line: line)
            previous = t.end
        }
        for s in tokenization.sentences {
            XCTAssertTrue(s.start <= s.end && s.end <= bytes.count && s.tokens.upperBound <= tokenization.tokens.count, file: file, line: line)
        }
    }

    func checkAnalysis(_ text: String, file: StaticString = #filePath, line: UInt = #line) {
        let analysis = Analyzer.standard().analyse(Note(id: "fuzz", text: text), options: AnalysisOptions(sentences: true))
        let n = text.unicodeScalars.count
        for m in analysis.markers {
            XCTAssertTrue(0 <= m.start && m.start <= m.end && m.end <= n, "marker \(m.start)..<\(m.end) of \(n)", file: file, line: line)
        }
        for s in analysis.sentences {
            XCTAssertTrue(0 <= s.start && s.start <= s.end && s.end <= n, "sentence \(s.start)..<\(s.end) of \(n)", file: file, line: line)
        }
        for w in analysis.whyQuestions {
            XCTAssertTrue(0 <= w.start && w.start <= w.end && w.end <= n, "why \(w.start)..<\(w.end) of \(n)", file: file, line: line)
        }
        XCTAssertTrue((0...4).contains(analysis.depth.level), file: file, line: line)
    }

    func testRandomInputNeverCrashesAndOffsetsStayInside() {
        var rng = SeededRandom(seed: 0xD1E9_6A46)
        for round in 0..<200 {
            let size = Int.random(in: 0...2_000, using: &rng)
            let input: [UInt8]
            switch round % 3 {
            case 0: input = Garbage.bytes(&rng, count: size)
            case 1: input = Array(Garbage.unicode(&rng, count: size).utf8)
            default: input = Array(Garbage.pieces(&rng, count: size / 8).utf8)
            }
            checkPrivacy(input)
            checkTokenizer(input)
            checkAnalysis(String(decoding: input, as: UTF8.self))
        }
    }

    func testExtremeShapes() {
        for input in Garbage.extremes() {
            checkPrivacy(input)
            checkTokenizer(input)
            // The analysis gets a 16 kB slice of each shape: a note is rarely longer, and some
            // shapes (a title repeated 20,000 times) take it seconds at full size in a debug build.
            checkAnalysis(String(decoding: input.prefix(16_000), as: UTF8.self))
        }
    }

    /// Every record of a garbage file becomes a note or a rejection: none vanish, nothing traps.
    func testReadersAccountForEveryRecordOfGarbageFiles() throws {
        var rng = SeededRandom(seed: 42)
        let dir = NSTemporaryDirectory() + "diepgang-fuzz-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        for round in 0..<60 {
            let body: [UInt8] = round % 2 == 0 ? Garbage.bytes(&rng, count: Int.random(in: 0...3_000, using: &rng))
                                               : Array(Garbage.pieces(&rng, count: 300).utf8)
            for ext in ["jsonl", "csv", "txt"] {
                let path = "\(dir)/f\(round).\(ext)"
                let content: [UInt8] = ext == "csv" ? Array("id;text\n".utf8) + body : body
                FileManager.default.createFile(atPath: path, contents: Data(content))
                for encoding in [NoteEncoding.utf8, .windows1252] {
                    let source = try NoteSource.open(paths: [path], options: NoteReadOptions(encoding: encoding, chunkSize: 257))
                    var records = 0
                    for record in source {
                        records += 1
                        if case .note(let note) = record {
                            XCTAssertFalse(note.text.isEmpty)
                            XCTAssertGreaterThanOrEqual(note.source.line, 1)
                        }
                        XCTAssertLessThan(records, 100_000, "runaway reader")
                    }
                    XCTAssertEqual(records, source.notesRead + source.rejectedCount)
                    if ext == "jsonl" {
                        // One record per non-blank line.
                        let lines = content.split(separator: 0x0A, omittingEmptySubsequences: false).filter { line in
                            line.contains { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }
                        }
                        if encoding == .utf8 { XCTAssertEqual(records, lines.count, "jsonl round \(round)") }
                    }
                }
            }
        }
    }

    /// A 10 MB line: read in 1 MiB chunks, scanned, tokenised, analysed.
    func testTenMegabyteLine() throws {
        let dir = NSTemporaryDirectory() + "diepgang-big-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let sentence = "Ik begrijp nu waarom mevrouw Smit zo reageerde, want de drukte op de groep speelde mee. "
        let repeats = 10_000_000 / sentence.utf8.count + 1
        let text = String(repeating: sentence, count: repeats)
        let w = ByteWriter(capacity: text.utf8.count + 64)
        w.beginObject(); w.field("id", "groot"); w.field("text", text); w.endObject()
        let path = dir + "/groot.jsonl"
        FileManager.default.createFile(atPath: path, contents: Data(w.bytes + [0x0A] + Array(#"{"id":"klein","text":"Kort."}"#.utf8)))
        // Above the default limit of 1 MiB: accepted when the user raises it (--max-note-bytes).
        let reader = try NoteReader(path: path, options: NoteReadOptions(maxRecordBytes: 16 << 20))
        guard case .note(let big)? = reader.next() else { return XCTFail("the long line is a note") }
        XCTAssertEqual(big.text.utf8.count, text.utf8.count)
        XCTAssertEqual(reader.next()?.note?.id, "klein")
        XCTAssertNil(reader.next())
        let findings = Self.scanner.scan(big.text)
        XCTAssertEqual(findings.count, repeats)
        XCTAssertTrue(findings.allSatisfy { $0.kind == .naam && $0.text == "Smit" })
        checkTokenizer(Array(big.text.utf8))
        // The analysis reads a 1 MB slice: at full size it takes too long for a debug test run.
        checkAnalysis(String(big.text.prefix(1_000_000)))
    }
}
