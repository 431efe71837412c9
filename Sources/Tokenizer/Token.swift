/// What a token is. Downstream stages use it to skip punctuation, treat numbers apart, and so on.
public enum TokenKind: UInt8, Sendable, CaseIterable {
    case word, number, punctuation, symbol, url, email, emoji, abbreviation, time, date

    /// The name in JSON output (English, snake_case).
    public var name: String {
        switch self {
        case .word: "word"
        case .number: "number"
        case .punctuation: "punctuation"
        case .symbol: "symbol"
        case .url: "url"
        case .email: "email"
        case .emoji: "emoji"
        case .abbreviation: "abbreviation"
        case .time: "time"
        case .date: "date"
        }
    }
}

/// One token: a slice of the text, never a copy of it.
public struct Token: Sendable, Hashable {
    /// UTF-8 byte offsets into the tokenised text; `end` is exclusive.
    public var start: Int
    public var end: Int
    public var kind: TokenKind
    /// Whitespace (or the end of the text) follows the token.
    public var spaceAfter: Bool

    public init(start: Int, end: Int, kind: TokenKind, spaceAfter: Bool) {
        self.start = start
        self.end = end
        self.kind = kind
        self.spaceAfter = spaceAfter
    }

    public var byteRange: Range<Int> { start..<end }
}

/// One sentence: a run of tokens and the bytes they cover.
public struct SentenceSpan: Sendable, Hashable {
    /// Indices into `Tokenization.tokens`.
    public var tokens: Range<Int>
    /// UTF-8 byte offsets of the first token's start and the last token's end.
    public var start: Int
    public var end: Int

    public init(tokens: Range<Int>, start: Int, end: Int) {
        self.tokens = tokens
        self.start = start
        self.end = end
    }
}

/// The tokens and sentences of one text. Reuse one value across texts (`removeAll()` keeps
/// the capacity) so tokenising many notes does not allocate per note.
public struct Tokenization: Sendable {
    public var tokens: [Token] = []
    public var sentences: [SentenceSpan] = []
    /// Invalid UTF-8 sequences met in the input (each read as U+FFFD).
    public var invalidUTF8Count = 0
    /// Per token: how many line breaks precede it (0, 1, or 2 for a blank line or more).
    /// Blank lines are paragraph breaks; single breaks mark headings and list items.
    public var lineBreaksBefore: [UInt8] = []

    public init() {}

    public mutating func removeAll() {
        tokens.removeAll(keepingCapacity: true)
        sentences.removeAll(keepingCapacity: true)
        lineBreaksBefore.removeAll(keepingCapacity: true)
        invalidUTF8Count = 0
    }

    /// Does token `index` start a paragraph (the first token, or after a blank line)?
    @inlinable
    public func startsParagraph(_ index: Int) -> Bool {
        index == 0 || lineBreaksBefore[index] >= 2
    }
}
