import XCTest
import Foundation
import DiepgangCore
import DiepgangResources
@testable import DiepgangLexicon

/// A user's lexicon cannot make the analysis slow or read what is not a lexicon (audit defect D7).
final class PatternBoundsTests: XCTestCase {
    func testPatternsWithTooManyWordsOrGapsAreRefusedWithTheReason() {
        let manyGaps = (0..<6).map { _ in "de" }.joined(separator: " … ")
        guard case .failure(let gaps) = LexiconParser.parsePattern(manyGaps) else { return XCTFail("six words with five gaps accepted") }
        XCTAssertTrue(gaps.localized.nl.contains("5 gaten"), gaps.localized.nl)
        let manyWords = (0..<13).map { "woord\($0)" }.joined(separator: " ")
        guard case .failure(let words) = LexiconParser.parsePattern(manyWords) else { return XCTFail("13 words accepted") }
        XCTAssertTrue(words.localized.nl.contains("13 woorden"), words.localized.nl)
        // The bundled limits: four gaps of up to 12 words are fine.
        if case .failure(let e) = LexiconParser.parsePattern("ik … had …12 het … toch …2 anders gedaan") { XCTFail(e.localized.nl) }
    }

    func testMatchingStaysLinearOnARepetitiveNote() throws {
        // Four gaps of twelve on a note of one repeated word: the search would backtrack through
        // millions of placements; the budget per attempt keeps it to a bounded number of steps.
        let lex = "de …12 de …12 de …12 de …12 niet | houding | piekeren | 1\n"
        let coaching = (1...5).map { "\($0) | vraag \($0) | question \($0)" }.joined(separator: "\n")
        let set = try LexiconSet(folder: ResourceFolder(origin: "proef", files: [
            ResourceFile(path: "proef.lex", bytes: Array(lex.utf8)),
            ResourceFile(path: "coaching-questions.txt", bytes: Array(coaching.utf8)),
        ]))
        var text = Array(repeating: "de", count: 400).joined(separator: " ")
        let found = text.withUTF8 { buf -> Int in
            let ranges = (0..<400).map { $0 * 3..<($0 * 3 + 2) }
            var keys = TokenKeys()
            set.computeKeys(buf, tokenCount: ranges.count, range: { ranges[$0] }, into: &keys)
            var matches: [LexiconMatch] = []
            set.match(&keys, tokens: 0..<ranges.count, into: &matches)
            return matches.count
        }
        XCTAssertEqual(found, 0, "no 'niet' in the note, so no match")
    }

    func testOnlyLexiconFilesAreReadFromAFolder() throws {
        let dir = NSTemporaryDirectory() + "diepgang-lex-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        FileManager.default.createFile(atPath: dir + "/eigen.lex", contents: Data("piekeren | focus | piekeren\n".utf8))
        FileManager.default.createFile(atPath: dir + "/notities.docx", contents: Data(repeating: 0x50, count: 1000))
        FileManager.default.createFile(atPath: dir + "/README.md", contents: Data("# Mijn lexicon\n".utf8))
        let folder = try ResourceFolder.directory(dir)
        XCTAssertEqual(folder.files.map(\.path), ["eigen.lex"])

        // A data file far larger than any lexicon is refused with its name, not read in.
        let big = dir + "/groot.txt"
        FileManager.default.createFile(atPath: big, contents: nil)
        let handle = try XCTUnwrap(FileHandle(forWritingAtPath: big))
        try handle.truncate(atOffset: UInt64(ResourceFolder.maxFileBytes + 1))
        try handle.close()
        XCTAssertThrowsError(try ResourceFolder.directory(dir)) { error in
            XCTAssertTrue("\(error)".contains("groot.txt"), "\(error)")
        }
    }
}
