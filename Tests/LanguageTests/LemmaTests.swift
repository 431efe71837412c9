import XCTest
@testable import DiepgangLanguage
import DiepgangTokenizer

/// Annotates a text with the built-in data (shared by the test files).
func annotate(_ text: String) -> (Tokenization, LanguageAnnotation, [String]) {
    let tok = Tokenizer.standard().tokenize(text)
    var a = LanguageAnnotation()
    var copy = text
    copy.withUTF8 { LanguageAnnotator.standard().annotate($0, tok, into: &a) }
    let bytes = Array(text.utf8)
    let words = tok.tokens.map { String(decoding: bytes[$0.start..<$0.end], as: UTF8.self) }
    return (tok, a, words)
}

/// The lemma of the first token written `word` in `text`.
func lemma(of word: String, in text: String) -> String? {
    let (_, a, words) = annotate(text)
    guard let t = words.firstIndex(of: word) else { return nil }
    return a.lemmaString(token: t)
}

final class LemmaTests: XCTestCase {
    func testPlaceholder() {}
}
