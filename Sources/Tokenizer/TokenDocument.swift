import DiepgangCore

/// The tokens of a text as `tokenize --format json` writes them, read back with `Decodable`:
/// sentences with their paragraph, their tokens with offsets in Unicode scalars and their kind.
public struct TokenDocument: Sendable, Equatable, Decodable {
    public struct Sentence: Sendable, Equatable, Decodable {
        public var index: Int
        public var paragraph: Int
        public var start: Int
        public var end: Int
        public var tokens: [Token]
    }

    public struct Token: Sendable, Equatable, Decodable {
        public var text: String
        public var start: Int
        public var end: Int
        public var kind: String
        public var spaceAfter: Bool

        enum CodingKeys: String, CodingKey {
            case text, start, end, kind
            case spaceAfter = "space_after"
        }
    }

    public var tool: String
    public var version: String
    /// Always "unicode_scalars".
    public var offsets: String
    public var sentences: [Sentence]
    public var sentenceCount: Int
    public var tokenCount: Int
    public var invalidUTF8Count: Int

    enum CodingKeys: String, CodingKey {
        case tool, version, offsets, sentences
        case sentenceCount = "sentence_count"
        case tokenCount = "token_count"
        case invalidUTF8Count = "invalid_utf8_count"
    }

    /// The document of one text tokenised whole (what the printer writes for it).
    public init(text: String, tokenization t: Tokenization) {
        tool = ToolInfo.name
        version = ToolInfo.version
        offsets = "unicode_scalars"
        let bytes = Array(text.utf8)
        func scalars(_ byte: Int) -> Int { String(decoding: bytes[..<byte], as: UTF8.self).unicodeScalars.count }
        var paragraph = -1
        sentences = t.sentences.enumerated().map { i, s in
            if t.startsParagraph(s.tokens.lowerBound) { paragraph += 1 }
            return Sentence(index: i, paragraph: max(paragraph, 0), start: scalars(s.start), end: scalars(s.end),
                            tokens: s.tokens.map { k in
                                let token = t.tokens[k]
                                return Token(text: String(decoding: bytes[token.start..<token.end], as: UTF8.self), start: scalars(token.start),
                                             end: scalars(token.end), kind: token.kind.name, spaceAfter: token.spaceAfter)
                            })
        }
        sentenceCount = t.sentences.count
        tokenCount = t.sentences.reduce(0) { $0 + $1.tokens.count }
        invalidUTF8Count = t.invalidUTF8Count
    }
}
