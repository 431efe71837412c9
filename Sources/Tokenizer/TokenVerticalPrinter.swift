import DiepgangCore

/// Tokens in the vertical format: one token per line, an empty line after each sentence.
public struct TokenVerticalPrinter: Printer {
    public init() {}

    public mutating func write(_ block: TokenizedBlock, into out: ByteWriter) {
        for s in block.tokenization.sentences {
            for k in s.tokens {
                block.appendToken(k, to: out)
                out.append(0x0A)
            }
            out.append(0x0A)
        }
    }
}
