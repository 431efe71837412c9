import DiepgangCore

/// One block of a streamed text with its tokens: what the token printers print. The text is
/// borrowed from the reader's buffer for the time of the `write`.
public struct TokenizedBlock {
    public var tokenization: Tokenization
    public var text: UnsafeBufferPointer<UInt8>
    /// The block continues the previous block's paragraph (it was cut inside one).
    public var continuesParagraph: Bool
    /// Invalid UTF-8 sequences replaced by U+FFFD in this block.
    public var invalidUTF8: Int

    public init(tokenization: Tokenization, text: UnsafeBufferPointer<UInt8>, continuesParagraph: Bool = false, invalidUTF8: Int = 0) {
        self.tokenization = tokenization
        self.text = text
        self.continuesParagraph = continuesParagraph
        self.invalidUTF8 = invalidUTF8
    }

    /// Does the sentence open a paragraph (after a blank line, or at a block that starts one)?
    public func startsParagraph(_ s: SentenceSpan) -> Bool {
        s.tokens.lowerBound == 0 ? !continuesParagraph : tokenization.lineBreaksBefore[s.tokens.lowerBound] >= 2
    }

    /// The bytes of token `k`, appended as they are.
    @inline(__always)
    func appendToken(_ k: Int, to out: ByteWriter) {
        let token = tokenization.tokens[k]
        out.append(text.baseAddress! + token.start, count: token.end - token.start)
    }
}
