import DiepgangCore
import DiepgangTokenizer
import Foundation
import XCTest

/// The token printers: the JSON reads back into `TokenDocument`, and the line formats keep
/// one token per line and a sentence per block.
final class TokenPrinterTests: XCTestCase {
    let tokenizer = Tokenizer.standard()
    static let text = """
        Om 14.30 u. belde dhr. Peters: "Waar blijft de arts?" Ik heb het team gemaild (planning@delinde.nl).

        Daarna rustig gebleven. Zij zei later — dat weet ik nog — dat het 'oké' was 😊.
        """

    func printed<P: Printer>(_ printer: P, _ text: String) -> (bytes: [UInt8], tokens: Tokenization) where P.Item == TokenizedBlock {
        let t = tokenizer.tokenize(text)
        var copy = text
        let bytes = copy.withUTF8 { printer.print([TokenizedBlock(tokenization: t, text: $0)]) }
        return (bytes, t)
    }

    func testJSONRoundTrips() throws {
        let (bytes, t) = printed(TokenJSONPrinter(), Self.text)
        let document = try JSONDecoder().decode(TokenDocument.self, from: Data(bytes))
        XCTAssertEqual(document, TokenDocument(text: Self.text, tokenization: t))
        XCTAssertEqual(document.sentences.map(\.paragraph).last, 1, "the blank line opens a second paragraph")
        XCTAssertTrue(document.sentences.flatMap(\.tokens).contains { $0.text == "\"" || $0.text == "planning@delinde.nl" })
    }

    func testVerticalHasOneTokenPerLineAndABlankLinePerSentence() {
        let (bytes, t) = printed(TokenVerticalPrinter(), Self.text)
        let lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        XCTAssertEqual(lines.filter(\.isEmpty).count - 1, t.sentences.count)
        XCTAssertEqual(lines.filter { !$0.isEmpty }.count, t.sentences.reduce(0) { $0 + $1.tokens.count })
    }

    func testCoNLLUNumbersTheSentencesAndMarksTheParagraph() {
        let text = String(decoding: printed(TokenCoNLLUPrinter(), Self.text).bytes, as: UTF8.self)
        XCTAssertTrue(text.hasPrefix("# newpar\n# sent_id = 1\n# text = Om 14.30 u. belde dhr. Peters"), text)
        XCTAssertEqual(text.components(separatedBy: "# newpar\n").count - 1, 2)
    }
}
