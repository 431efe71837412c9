import XCTest
@testable import DiepgangAnalysis

/// Words counted on every kind of whitespace, and long run-on text read in full.
final class WordCountTests: AnalysisTestCase {
    /// Words are counted on every kind of whitespace (tab, CR LF, vertical tab, form feed, runs of
    /// spaces), also where a word or a gap straddles the 16-byte blocks the count reads at a time.
    func testWordCountOnEveryWhitespaceAndBlockBoundary() {
        let words = ["Vandaag", "ging", "het", "weer", "mis", "bij", "meneer", "Bakker,", "die", "zijn", "brood", "niet", "wilde", "eten."]
        let gaps = [" ", "\t", "\r\n", "  ", "\u{0B}", "\u{0C}", "\n\n", " \t "]
        for shift in 0..<17 {
            var text = String(repeating: " ", count: shift)
            for (k, w) in words.enumerated() { text += w + gaps[k % gaps.count] }
            XCTAssertEqual(analyse(text).words, words.count, "shift \(shift)")
        }
        XCTAssertEqual(analyse(" \t\r\n  \u{0B}\u{0C}                    ").words, 0)
        XCTAssertEqual(analyse(String(repeating: "a", count: 40)).words, 1)
        XCTAssertEqual(analyse("ik" + String(repeating: " ", count: 30) + "ook").words, 2)
    }

    /// A run-on text of one repeated word (no full stop) is analysed in full: every repetition
    /// is reported (the overlap check once restarted for every cue, which made this quadratic).
    func testLongRunOnTextIsAnalysedInFull() {
        let a = analyse(String(repeating: "mevrouw ", count: 3000))
        XCTAssertEqual(a.words, 3000)
        XCTAssertEqual(markers(a, "herhaling").count, 2999)
    }
}
