import DiepgangCore

/// Tokens as CoNLL-U: `# newpar`, `# sent_id` and `# text` per sentence, then ID and FORM
/// (the other columns empty, `SpaceAfter=No` where no space follows).
public struct TokenCoNLLUPrinter: Printer {
    private var sentenceIndex = 0

    public init() {}

    public mutating func write(_ block: TokenizedBlock, into out: ByteWriter) {
        let t = block.tokenization
        for s in t.sentences {
            if block.startsParagraph(s) { out.append("# newpar\n") }
            sentenceIndex += 1
            out.append("# sent_id = ")
            out.appendInt(sentenceIndex)
            out.append("\n# text = ")
            for k in s.tokens {
                block.appendToken(k, to: out)
                if t.tokens[k].spaceAfter && k + 1 < s.tokens.upperBound { out.append(0x20) }
            }
            out.append(0x0A)
            for k in s.tokens {
                out.appendInt(k - s.tokens.lowerBound + 1)
                out.append(0x09)
                block.appendToken(k, to: out)
                out.append(t.tokens[k].spaceAfter ? "\t_\t_\t_\t_\t_\t_\t_\t_\n" : "\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No\n")
            }
            out.append(0x0A)
        }
    }
}
