// libFuzzer target: the tokenizer and sentence splitter on arbitrary bytes.
// Checks: tokens lie inside the text, in order, never empty; sentences stay inside text and token list;
// the safe cut used to split big inputs lies inside the text.
import DiepgangTokenizer

let tokenizer = Tokenizer.standard()

/// Loads the embedded lexicons before the first input, so start-up is not timed as a unit.
@_cdecl("LLVMFuzzerInitialize")
public func fuzzInitialize(_ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>) -> CInt {
    _ = tokenizer
    return 0
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTokenizer(_ data: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let text = UnsafeBufferPointer(start: data, count: count)
    var tokenization = Tokenization()
    tokenizer.tokenize(text, into: &tokenization)
    var previous = 0
    for t in tokenization.tokens {
        precondition(previous <= t.start && t.start < t.end && t.end <= count, "token \(t.start)..<\(t.end) of \(count)")
        previous = t.end
    }
    for s in tokenization.sentences {
        precondition(s.start <= s.end && s.end <= count && s.tokens.upperBound <= tokenization.tokens.count, "sentence out of range")
    }
    if let cut = tokenizer.lastSafeCut(in: text) {
        precondition(0 <= cut.offset && cut.offset <= count, "safe cut \(cut.offset) of \(count)")
    }
    return 0
}
