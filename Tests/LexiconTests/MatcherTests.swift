import XCTest
import DiepgangCore
import DiepgangResources
@testable import DiepgangLexicon

/// The matcher on its own, with words split at spaces (the analysis uses the real tokenizer).
final class MatcherTests: XCTestCase {
    let set: LexiconSet = {
        let lex = """
        # Proef.
        had ik … maar | spijt | piekeren | 2
        ik had ook kunnen | fase | 4 | 2
        begrijp* | houding | reflecteren
        cliënt | persoon | ander
        ik [me/mij] … voorgenomen | fase | 1
        stom | houding | piekeren | 1 | neg:flip
        """
        let coaching = (1...5).map { "\($0) | vraag \($0) | question \($0)" }.joined(separator: "\n")
        return try! LexiconSet(folder: ResourceFolder(origin: "proef", files: [
            ResourceFile(path: "proef.lex", bytes: Array(lex.utf8)),
            ResourceFile(path: "coaching-questions.txt", bytes: Array(coaching.utf8)),
        ]))
    }()

    /// (pattern, matched words) for every match in a text split at spaces.
    func matches(_ text: String) -> [(String, String)] {
        var copy = text
        return copy.withUTF8 { buf -> [(String, String)] in
            var ranges: [Range<Int>] = []
            var start = 0
            for i in 0...buf.count where i == buf.count || buf[i] == 0x20 {
                if i > start { ranges.append(start..<i) }
                start = i + 1
            }
            var keys = TokenKeys()
            set.computeKeys(buf, tokenCount: ranges.count, range: { ranges[$0] }, into: &keys)
            var found: [LexiconMatch] = []
            set.match(&keys, tokens: 0..<ranges.count, into: &found)
            return found.map { m in
                let bytes = buf[ranges[Int(m.first)].lowerBound..<ranges[Int(m.last)].upperBound]
                return (set.entries[Int(m.entry)].pattern, String(decoding: bytes, as: UTF8.self))
            }
        }
    }

    func testGapsAndCase() {
        let found = matches("Had ik het toen maar gezegd")
        XCTAssertEqual(found.map(\.0), ["had ik … maar"])
        XCTAssertEqual(found.map(\.1), ["Had ik het toen maar"])
        // Too many words in between: no match.
        XCTAssertTrue(matches("had ik het die ene keer toen echt maar").isEmpty)
        // Punctuation in a gap is not a word: four words and a comma still fit, five words do not.
        XCTAssertEqual(matches("Had ik het toen, eerlijk, maar gezegd").map(\.1), ["Had ik het toen, eerlijk, maar"])
        XCTAssertTrue(matches("had ik het die, ene keer toen, echt maar").isEmpty)
    }

    func testPrefixAndMissingDiacritics() {
        XCTAssertEqual(matches("ik begrijp het").map(\.1), ["begrijp"])
        XCTAssertEqual(matches("heel begrijpelijk").map(\.1), ["begrijpelijk"])
        // "client" without its trema still matches "cliënt", and the other way round.
        XCTAssertEqual(matches("de client belde").map(\.0), ["cliënt"])
        XCTAssertEqual(matches("de CLIËNT belde").map(\.0), ["cliënt"])
    }

    func testOptionalWordsAndAlternatives() {
        XCTAssertEqual(matches("ik had me voorgenomen").map(\.1), ["ik had me voorgenomen"])
        XCTAssertEqual(matches("ik mij voorgenomen").map(\.1), ["ik mij voorgenomen"])
        XCTAssertEqual(matches("ik voorgenomen").map(\.1), ["ik voorgenomen"])
    }

    func testMultiWordEntriesMatchWhole() {
        XCTAssertEqual(matches("ik had ook kunnen vragen").map(\.0), ["ik had ook kunnen"])
        XCTAssertTrue(matches("ik had kunnen vragen").isEmpty)
    }
}

/// The matcher folds plain ASCII words eight bytes at a time (`Folding.foldASCII`); it must agree
/// with the byte-by-byte `Folding.fold` for every ASCII byte in every place of the word.
final class FoldingTests: XCTestCase {
    func testEightBytesAtOnceFoldLikeOneByOne() {
        for b in UInt8(0)..<0x80 {
            for place in 0..<8 {
                var bytes = Array("Zorgplan".utf8)
                bytes[place] = b
                let word = bytes.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }
                let folded = withUnsafeBytes(of: Folding.foldASCII(word)) { Array($0) }
                var expected = [UInt8](repeating: 0, count: 16)
                let n = bytes.withUnsafeBufferPointer { input in
                    expected.withUnsafeMutableBufferPointer { Folding.fold(input, 0..<8, into: $0) }
                }
                XCTAssertEqual(n, 8)
                XCTAssertEqual(folded, Array(expected.prefix(8)), "byte \(b) at \(place)")
            }
        }
    }
}
