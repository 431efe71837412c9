import DiepgangCore

/// Tokens as one JSON object: the sentences with their tokens, offsets in Unicode scalars from
/// the start of the whole input, and the counts at the end.
public struct TokenJSONPrinter: Printer {
    private var scalarBase = 0
    private var sentenceIndex = 0
    private var paragraphIndex = -1
    private var tokenCount = 0
    private var invalidUTF8 = 0

    public init() {}

    public mutating func begin(into out: ByteWriter) {
        out.append("{\"tool\":\"")
        out.append(text: ToolInfo.name)
        out.append("\",\"version\":\"")
        out.append(text: ToolInfo.version)
        out.append("\",\"offsets\":\"unicode_scalars\",\"sentences\":[")
    }

    public mutating func write(_ block: TokenizedBlock, into out: ByteWriter) {
        let t = block.tokenization
        let text = block.text
        // Two converters, each walking forward only: one for sentences, one for tokens.
        var sentenceOffsets = ScalarOffsets(text)
        var offsets = ScalarOffsets(text)
        for s in t.sentences {
            if block.startsParagraph(s) { paragraphIndex += 1 }
            if sentenceIndex > 0 { out.append(UInt8(ascii: ",")) }
            out.append("\n{\"index\":")
            out.appendInt(sentenceIndex)
            out.append(",\"paragraph\":")
            out.appendInt(max(paragraphIndex, 0))
            out.append(",\"start\":")
            out.appendInt(scalarBase + sentenceOffsets.scalarOffset(ofByte: s.start))
            out.append(",\"end\":")
            out.appendInt(scalarBase + sentenceOffsets.scalarOffset(ofByte: s.end))
            out.append(",\"tokens\":[")
            for k in s.tokens {
                let token = t.tokens[k]
                if k > s.tokens.lowerBound { out.append(UInt8(ascii: ",")) }
                out.append("{\"text\":\"")
                Self.escape(UnsafeBufferPointer(start: text.baseAddress! + token.start, count: token.end - token.start), into: out)
                out.append("\",\"start\":")
                out.appendInt(scalarBase + offsets.scalarOffset(ofByte: token.start))
                out.append(",\"end\":")
                out.appendInt(scalarBase + offsets.scalarOffset(ofByte: token.end))
                out.append(",\"kind\":\"")
                out.append(text: token.kind.name)
                out.append(token.spaceAfter ? "\",\"space_after\":true}" : "\",\"space_after\":false}")
            }
            out.append("]}")
            sentenceIndex += 1
            tokenCount += s.tokens.count
        }
        scalarBase += ScalarOffsets.count(text, 0..<text.count)
        invalidUTF8 += block.invalidUTF8
    }

    /// A token never holds whitespace; quotes, backslashes and other control bytes are escaped
    /// (DEL is kept as it is, as this format always wrote it).
    private static func escape(_ bytes: UnsafeBufferPointer<UInt8>, into out: ByteWriter) {
        for b in bytes {
            switch b {
            case UInt8(ascii: "\""): out.append("\\\"")
            case UInt8(ascii: "\\"): out.append("\\\\")
            case 0..<0x20: out.appendUnicodeEscape(b)
            default: out.append(b)
            }
        }
    }

    public mutating func end(into out: ByteWriter) {
        out.append("\n],\"sentence_count\":")
        out.appendInt(sentenceIndex)
        out.append(",\"token_count\":")
        out.appendInt(tokenCount)
        out.append(",\"invalid_utf8_count\":")
        out.appendInt(invalidUTF8)
        out.append("}\n")
    }
}
