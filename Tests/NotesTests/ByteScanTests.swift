import XCTest
import DiepgangCore
@testable import DiepgangNotes

/// The word-at-a-time scans of the JSON Lines path and the JSON output (`ByteWord`,
/// `firstStringStop`, `firstJSONEscape`, `firstNonASCII`, `UTF8Check.firstInvalid`) against plain byte-by-byte answers, with the byte
/// of interest at every offset of the 8- and 16-byte steps and at the end of the range.
final class ByteScanTests: XCTestCase {
    private let sentence = Array("Ik wilde het gesprek met de cliënt rustig voeren, maar hij reageerde heftig.".utf8)

    private func naiveStop(_ b: [UInt8], _ from: Int, _ end: Int) -> Int {
        (from..<end).first { b[$0] == 0x22 || b[$0] == 0x5C || b[$0] < 0x20 } ?? end
    }

    /// Every byte value at every offset of a 40-byte window: only a quote, a backslash or a
    /// byte below 0x20 stops the scan, and exactly there (0xA2 and 0xDC, a quote and a
    /// backslash with bit 7 set, do not).
    func testStringStopsAtEveryByteValueAndOffset() {
        let base = Array("Vandaag rustig overgedragen aan de nacht".utf8)
        XCTAssertEqual(base.count, 40)
        for value in 0...255 {
            for offset in 0..<base.count {
                var b = base
                b[offset] = UInt8(value)
                let expected = naiveStop(b, 0, b.count)
                for from in [0, 3, 8] where from <= offset {
                    let found = b.withUnsafeBufferPointer { $0.firstStringStop(from: from, to: b.count) }
                    XCTAssertEqual(found, expected, "byte \(value) at \(offset), from \(from)")
                }
            }
        }
    }

    /// The output's escapes: the string stops and DEL (0x7F), not 0xFF (DEL with bit 7 set).
    func testJSONEscapesAtEveryByteValueAndOffset() {
        let base = Array("Morgen bel ik de moeder van Fenna terug.".utf8)
        XCTAssertEqual(base.count, 40)
        for value in 0...255 {
            for offset in 0..<base.count {
                var b = base
                b[offset] = UInt8(value)
                let expected = (0..<b.count).first { b[$0] == 0x22 || b[$0] == 0x5C || b[$0] < 0x20 || b[$0] == 0x7F } ?? b.count
                XCTAssertEqual(b.withUnsafeBufferPointer { $0.firstJSONEscape(from: 0, to: b.count) }, expected, "byte \(value) at \(offset)")
            }
        }
    }

    func testStringStopsAtTheRangeEndAndNotBeyondIt() {
        // The quote just past the range is not seen; the one inside is found at its index.
        let b = Array("Hij zei \"nee\" en liep weg".utf8)
        let quote = b.firstIndex(of: 0x22)!
        b.withUnsafeBufferPointer { p in
            XCTAssertEqual(p.firstStringStop(from: 0, to: quote), quote)
            XCTAssertEqual(p.firstStringStop(from: 0, to: quote + 1), quote)
            XCTAssertEqual(p.firstStringStop(from: quote + 1, to: b.count), quote + 4)
            XCTAssertEqual(p.firstStringStop(from: 5, to: 5), 5)
        }
        let words = ByteWord.stringStops(UInt64(littleEndian: Array("ab\"c\\d\te".utf8).withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }))
        XCTAssertEqual(words, 0x0080_0080_0080_0000 as UInt64, "flags on bytes 2 (quote), 4 (backslash) and 6 (tab)")
    }

    func testFirstNonASCIIAtEveryOffset() {
        let base = Array("Het overleg met de ouders verliep goed, zeker na de pauze.".utf8)
        for value: UInt8 in [0x7F, 0x80, 0xC3, 0xE2, 0xFF] {
            for offset in 0..<base.count {
                var b = base
                b[offset] = value
                let expected = value >= 0x80 ? offset : b.count
                XCTAssertEqual(b.withUnsafeBufferPointer { $0.firstNonASCII(from: 0, to: b.count) }, expected, "\(value) at \(offset)")
            }
        }
    }

    private func firstInvalid(_ b: [UInt8], _ range: Range<Int>? = nil) -> Int? {
        b.withUnsafeBufferPointer { UTF8Check.firstInvalid($0, range ?? 0..<b.count) }
    }

    func testValidSequencesOfEveryLengthAtEveryOffset() {
        let pieces: [[UInt8]] = [Array("ë".utf8), Array("–".utf8), Array("€".utf8), Array("😀".utf8), [0xF4, 0x8F, 0xBF, 0xBF], [0xEF, 0xBF, 0xBD]]
        for piece in pieces {
            for offset in 0...24 {
                let b = Array(sentence[..<offset]) + piece + Array(sentence[offset...])
                XCTAssertNil(firstInvalid(b), "\(piece) at \(offset)")
                XCTAssertNotNil(String(validating: b, as: UTF8.self))
            }
        }
    }

    /// Overlong forms, surrogates, values past U+10FFFF, stray continuation bytes and bytes that
    /// never occur: rejected at the lead byte, wherever they stand, as the standard library rejects them.
    func testInvalidSequencesAreFoundAtTheirLeadByte() {
        let bad: [[UInt8]] = [
            [0xC0, 0x80], [0xC1, 0xBF],                   // overlong two-byte
            [0xE0, 0x80, 0x80], [0xE0, 0x9F, 0xBF],       // overlong three-byte
            [0xF0, 0x8F, 0xBF, 0xBF],                     // overlong four-byte
            [0xED, 0xA0, 0x80], [0xED, 0xBF, 0xBF],       // surrogates U+D800, U+DFFF
            [0xF4, 0x90, 0x80, 0x80], [0xF5, 0x80, 0x80, 0x80], // past U+10FFFF
            [0x80], [0xBF],                               // a continuation byte alone
            [0xC3, 0x28], [0xE2, 0x82, 0x28],             // a sequence broken off by ASCII
            [0xFE], [0xFF],
        ]
        for piece in bad {
            for offset in 0...24 {
                let b = Array(sentence[..<offset]) + piece + Array(sentence[offset...])
                XCTAssertEqual(firstInvalid(b), offset, "\(piece.map { String($0, radix: 16) }) at \(offset)")
                XCTAssertNil(String(validating: b, as: UTF8.self), "the standard library agrees")
            }
        }
    }

    /// A sequence cut off by the end of the range is invalid even when the bytes after the range
    /// would complete it (a line's end, a block's end).
    func testASequenceTruncatedAtTheRangeEnd() {
        let euro = Array("€".utf8)
        for offset in 0...20 {
            let b = Array(sentence[..<offset]) + euro + Array(sentence[offset...])
            XCTAssertNil(firstInvalid(b, 0..<(offset + 3)))
            XCTAssertEqual(firstInvalid(b, 0..<(offset + 2)), offset)
            XCTAssertEqual(firstInvalid(b, 0..<(offset + 1)), offset)
            // Starting inside the sequence: the continuation byte is the first invalid one.
            XCTAssertEqual(firstInvalid(b, (offset + 1)..<b.count), offset + 1)
        }
    }

    func testCheckedStringsEqualDecodedOnes() {
        for text in ["", "a", "cliënt", "‘s avonds – € 5 😀", String(repeating: "rustig ", count: 40)] {
            let bytes = Array(text.utf8)
            let made = bytes.withUnsafeBufferPointer { String(checkedUTF8: $0) }
            XCTAssertEqual(made, text)
            XCTAssertEqual(Array(made.utf8), bytes)
            XCTAssertEqual(made.count, text.count)
        }
    }

    /// Escapes straddling every 8- and 16-byte step of the scan decode the same, and a control
    /// character or a bad escape at any offset is reported at its column.
    func testEscapesAndDefectsAtEveryOffsetOfTheScan() throws {
        let scratch = Scratch()
        var lines: [String] = []
        var expected: [String] = []
        for k in 0..<33 {
            let lead = String(repeating: "x", count: k)
            lines.append(#"{"id":"e\#(k)","text":"\#(lead)Ze zei \"nee\" \\ tegen de cli\u00ebnt \ud83d\ude00 \u20ac 5"}"#)
            expected.append("\(lead)Ze zei \"nee\" \\ tegen de cliënt 😀 € 5")
        }
        for k in 0..<17 {
            let lead = String(repeating: "y", count: k)
            lines.append("{\"id\":\"t\(k)\",\"text\":\"\(lead)\tmet tab\"}")
            lines.append(#"{"id":"q\#(k)","text":"\#(lead)\q"}"#)
        }
        let path = scratch.write("offsets.jsonl", lines.joined(separator: "\n") + "\n")
        let (notes, rejected) = try readAll([path])
        XCTAssertEqual(notes.map(\.text), expected)
        XCTAssertEqual(rejected.count, 34)
        for (n, r) in rejected.enumerated() {
            let k = n / 2
            // {"id":"t0","text":" is 19 bytes; the lead, and one more for ids of two digits.
            let column = 20 + k + (k >= 10 ? 1 : 0)
            if n % 2 == 0 {
                XCTAssertTrue(r.reason.en.contains("control character") && r.reason.en.contains("(column \(column))"), "\(r.reason.en)")
            } else {
                XCTAssertTrue(r.reason.en.contains("invalid escape") && r.reason.en.contains("(column \(column))"), "\(r.reason.en)")
            }
        }
    }
}
