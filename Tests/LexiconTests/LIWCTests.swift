import XCTest
@testable import DiepgangLexicon
import DiepgangTokenizer
import DiepgangCore

final class LIWCTests: XCTestCase {
    /// A small dictionary in the LIWC format, with a prefix, a multi-word entry and a
    /// word in two categories.
    let dic = """
    %
    1\temotie
    2\ttwijfel
    3\tsociaal
    %
    boos\t1
    verdriet*\t1
    misschien\t2
    ik weet het niet\t2
    collega*\t3
    cliënt\t3\t1
    """

    func score(_ text: String, _ dictionary: LIWCDictionary) -> [String: Double] {
        let tokenizer = Tokenizer.standard()
        let bytes = Array(text.utf8)
        let tokenization = tokenizer.tokenize(text)
        let scores = bytes.withUnsafeBufferPointer { b in
            tokenization.tokens.withUnsafeBufferPointer { dictionary.score(b, tokens: $0) }
        }
        XCTAssertGreaterThan(scores.wordCount, 0)
        return Dictionary(uniqueKeysWithValues: scores.percentages.map { ($0.category, $0.percent) })
    }

    func testPercentOfWordsPerCategory() throws {
        let dictionary = try LIWCDictionary(bytes: Array(dic.utf8), name: "test.dic")
        XCTAssertEqual(dictionary.categories.map(\.name), ["emotie", "twijfel", "sociaal"])
        // 10 words: "De client was boos en verdrietig, misschien door de collega's."
        let result = score("De client was boos en verdrietig, misschien door de collega's.", dictionary)
        // emotie: client (also sociaal), boos, verdrietig = 3 of 10; twijfel: misschien = 1; sociaal: client, collega's = 2.
        XCTAssertEqual(result["emotie"]!, 30, accuracy: 0.001)
        XCTAssertEqual(result["twijfel"]!, 10, accuracy: 0.001)
        XCTAssertEqual(result["sociaal"]!, 20, accuracy: 0.001)
    }

    func testMultiWordEntriesCountEachWordOnce() throws {
        let dictionary = try LIWCDictionary(bytes: Array(dic.utf8), name: "test.dic")
        // "ik weet het niet" covers 4 of the 8 words; "misschien" one more.
        let result = score("Ik weet het niet, misschien was het te veel.", dictionary)
        XCTAssertEqual(result["twijfel"]!, 5.0 / 9.0 * 100, accuracy: 0.001)
    }

    func testMalformedDictionaryNamesLineAndReason() {
        let bad = "%\n1\temotie\n%\nboos\t7\n"
        XCTAssertThrowsError(try LIWCDictionary(bytes: Array(bad.utf8), name: "eigen.dic")) { error in
            let issue = error as? LexiconIssue
            XCTAssertEqual(issue?.location.file, "eigen.dic")
            XCTAssertEqual(issue?.location.line, 4)
            XCTAssertTrue(issue?.reason.nl.contains("categorie 7") ?? false)
        }
        XCTAssertThrowsError(try LIWCDictionary(bytes: Array("boos\t1\n".utf8), name: "x.dic"))
    }

    func testExportOfOurLexiconsReadsBackAsLIWC() throws {
        let lexicons = LexiconSet.standard()
        let (text, skipped) = LIWCDictionary.export(lexicons)
        XCTAssertGreaterThan(skipped, 0, "gapped patterns such as 'had … moeten' cannot be written in LIWC")
        let back = try LIWCDictionary(bytes: Array(text.utf8), name: "export.dic")
        XCTAssertTrue(back.categories.contains { $0.name == "focus_piekeren" })
        // A brooding sentence scores on the exported brooding categories.
        let result = score("Had ik maar beter opgelet, ik heb het weer helemaal verpest.", back)
        let brooding = result.filter { $0.key.hasSuffix("_piekeren") }.values.reduce(0, +)
        XCTAssertGreaterThan(brooding, 0)
    }
}
