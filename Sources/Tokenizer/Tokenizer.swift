import DiepgangCore
import DiepgangResources

/// The Dutch tokeniser and sentence splitter.
///
/// One pass over the UTF-8 bytes cuts the text at whitespace into chunks and each chunk into
/// tokens (rules for abbreviations, clitics, numbers, URLs, e-mail addresses, emoji, quotes);
/// a second pass over the tokens finds sentence boundaries. Tokens are offsets into the text,
/// never copies, and a reused `Tokenization` keeps its capacity, so nothing is allocated per
/// token.
public struct Tokenizer: Sendable {
    public let rules: TokenizerRules

    public init(rules: TokenizerRules) {
        self.rules = rules
    }

    private static let standardRules: TokenizerRules = {
        do {
            // Only the rules and the small name lists they share with the personal-data check:
            // not the lexicons, nor the privacy word list (megabytes).
            return try TokenizerRules.load(from: .embedded("Lexicons", including: {
                $0.hasPrefix(TokenizerRules.folderPath) || ($0.hasPrefix("privacy/") && $0.hasSuffix(".txt"))
            }))
        } catch {
            // The embedded lexicons are checked by the tests; a failure here is a build defect.
            fatalError("embedded tokenizer lexicons are invalid: \(error)")
        }
    }()

    /// The tokeniser with the rules embedded in the program (`Lexicons/tokenizer/`).
    public static func standard() -> Tokenizer {
        Tokenizer(rules: standardRules)
    }

    /// The tokeniser with the rules of a lexicon folder (`--lexicons DIR`): `DIR/tokenizer/…`.
    public static func load(from folder: ResourceFolder) throws -> Tokenizer {
        Tokenizer(rules: try TokenizerRules.load(from: folder))
    }

    /// Tokenises UTF-8 bytes into `result`, replacing its contents but keeping its capacity.
    /// Invalid UTF-8 never traps: each invalid sequence is read as U+FFFD and counted.
    public func tokenize(_ text: UnsafeBufferPointer<UInt8>, into result: inout Tokenization) {
        result.removeAll()
        guard let base = text.baseAddress, text.count > 0 else { return }
        // One allocation per array for a typical note instead of a run of doublings (Dutch prose
        // averages well over five bytes per token); a reused result keeps its capacity.
        result.sentences.reserveCapacity(text.count / 64 + 4)
        var scanner = Scanner(rules: rules.compiled, p: base, n: text.count)
        scanner.run()
        // One copy per note into the reused arrays (their capacity kept) instead of two
        // checked appends per token.
        result.tokens.append(contentsOf: UnsafeBufferPointer(start: scanner.tokens, count: scanner.count))
        result.lineBreaksBefore.append(contentsOf: UnsafeBufferPointer(start: scanner.breaks, count: scanner.count))
        scanner.deallocate()
        result.invalidUTF8Count = scanner.invalid
        var splitter = SentenceSplitter(rules: rules.compiled, p: base)
        var sentences: [SentenceSpan] = []
        swap(&sentences, &result.sentences)
        result.tokens.withUnsafeBufferPointer { tokens in
            result.lineBreaksBefore.withUnsafeBufferPointer { breaks in
                splitter.split(tokens, breaks, into: &sentences)
            }
        }
        swap(&sentences, &result.sentences)
    }

    public func tokenize(_ text: String) -> Tokenization {
        var result = Tokenization()
        var text = text
        text.withUTF8 { tokenize($0, into: &result) }
        return result
    }
}

// MARK: - Scanning

private let dot = UInt8(ascii: ".")
private let comma = UInt8(ascii: ",")
private let colon = UInt8(ascii: ":")
private let hyphen = UInt8(ascii: "-")
private let apostrophe = UInt8(ascii: "'")
private let backtick = UInt8(ascii: "`")
private let openParen = UInt8(ascii: "(")
private let closeParen = UInt8(ascii: ")")
private let slash = UInt8(ascii: "/")
private let at = UInt8(ascii: "@")

struct Scanner {
    let rules: CompiledTokenizerRules
    let p: UnsafePointer<UInt8>
    let n: Int
    let ascii = CharClass.ascii
    /// The tokens and the line breaks before each, written through pointers: `run` makes room
    /// once per chunk (a chunk of L bytes yields at most L tokens), so `emit` checks nothing.
    /// Freed by `deallocate()`.
    private(set) var tokens: UnsafeMutablePointer<Token>
    private(set) var breaks: UnsafeMutablePointer<UInt8>
    private(set) var count = 0
    private var capacity: Int
    /// No emoticon starts with ",": a comma after a word is always one punctuation token.
    private let plainComma: Bool
    var invalid = 0
    /// Line breaks before the next token to be emitted.
    private var pendingBreaks: UInt8 = 0
    /// No e-mail address starts before this offset (a failed look-ahead covers every start
    /// it passed over, so long chunks are scanned once).
    private var noEmailBefore = 0

    init(rules: CompiledTokenizerRules, p: UnsafePointer<UInt8>, n: Int) {
        self.rules = rules
        self.p = p
        self.n = n
        plainComma = rules.emoticonsByFirstByte[Int(comma)].isEmpty
        // Dutch prose averages well over five bytes per token: one allocation for a typical note.
        capacity = n / 5 + 16
        tokens = .allocate(capacity: capacity)
        breaks = .allocate(capacity: capacity)
    }

    func deallocate() {
        tokens.deallocate()
        breaks.deallocate()
    }

    /// Room for `more` tokens after the ones emitted so far.
    @inline(__always) private mutating func reserve(_ more: Int) {
        guard count + more > capacity else { return }
        let grown = max(capacity * 2, count + more)
        let t = UnsafeMutablePointer<Token>.allocate(capacity: grown)
        t.initialize(from: tokens, count: count)
        tokens.deallocate()
        tokens = t
        let b = UnsafeMutablePointer<UInt8>.allocate(capacity: grown)
        b.initialize(from: breaks, count: count)
        breaks.deallocate()
        breaks = b
        capacity = grown
    }

    // MARK: Character tests

    @inline(__always) func decode(_ i: Int) -> (UInt32, Int) { decodeScalar(p, i, n) }

    /// The class bits of the scalar at `i`, or 0 at or past `limit`.
    @inline(__always) func characterClass(_ i: Int, _ limit: Int) -> UInt8 {
        guard i < limit else { return 0 }
        let b = p[i]
        if b < 0x80 { return ascii[Int(b)] }
        return CharClass.of(decode(i).0)
    }

    @inline(__always) func byte(_ i: Int, _ limit: Int) -> UInt8 { i < limit ? p[i] : 0 }

    @inline(__always) func lowered(_ b: UInt8) -> UInt8 { b >= 0x41 && b <= 0x5A ? b | 0x20 : b }

    // MARK: Whitespace and chunks

    mutating func run() {
        let chunkMarks = Scanner.chunkMarks
        var i = 0
        var newlines = 0
        while i < n {
            let b = p[i]
            var c: UInt8
            var len = 1
            if b < 0x80 {
                c = ascii[Int(b)]
            } else {
                let d = decode(i)
                c = CharClass.of(d.0)
                len = d.1
                if d.0 == CharClass.invalid { c = CharClass.letter }
            }
            if c & CharClass.anySpace != 0 {
                // CR LF counts once; a lone CR (old Mac files) counts as a line break.
                if c & CharClass.newline != 0 && !(b == 0x0D && i + 1 < n && p[i + 1] == 0x0A) { newlines += 1 }
                i += len
                continue
            }
            // Most chunks are a plain ASCII word ("de", "Ik", "gesprek"), perhaps with a comma:
            // no rule can apply to it (no URL, e-mail address, formula, full stop or bracket),
            // so it is one word token and the comma one punctuation token.
            var j = i
            // Eight bytes at a time while they can be read, then byte by byte.
            while true {
                if j &+ 8 <= n {
                    let rest = Scanner.nonLetters(UnsafeRawPointer(p + j).loadUnaligned(as: UInt64.self))
                    if rest == 0 { j &+= 8; continue }
                    j &+= rest.trailingZeroBitCount &>> 3
                } else {
                    while j < n && (p[j] | 0x20) &- 0x61 < 26 { j += 1 }
                }
                break
            }
            if j > i {
                let withComma = j < n && p[j] == comma && plainComma
                let e = withComma ? j + 1 : j
                if e == n || chunkMarks[Int(p[e])] & Scanner.markSpace != 0 {
                    pendingBreaks = UInt8(min(newlines, 2))
                    reserve(2)
                    emit(i, j, .word)
                    if withComma { emit(j, e, .punctuation) }
                    tokens[count - 1].spaceAfter = true
                    newlines = 0
                    // The one space that most often follows is passed at once, not by another
                    // turn of the loop (it adds no line break).
                    i = e < n && p[e] == 0x20 ? e + 1 : e
                    continue
                }
            }
            j = i
            var marks: UInt8 = 0
            while j < n {
                // One table lookup per byte: 0 for the common bytes of a word.
                let v = chunkMarks[Int(p[j])]
                if v == 0 { j += 1; continue }
                if v & Scanner.markSpace != 0 { break }
                if v & Scanner.markNonASCII != 0 {
                    let (u, l) = decode(j)
                    if u == CharClass.invalid { invalid += 1 } else if CharClass.of(u) & CharClass.anySpace != 0 { break }
                    j += l
                    continue
                }
                marks |= v
                j += 1
            }
            pendingBreaks = UInt8(min(newlines, 2))
            let atLineStart = newlines > 0 || count == 0
            reserve(j - i)
            if marks & 3 == 3, let e = formulaEnd(i, j) {
                emit(i, e, .symbol)
                if e < j { chunk(e, j, atLineStart: false, hasAt: marks & 4 != 0, mayHoldURL: marks & 8 != 0) }
            } else {
                chunk(i, j, atLineStart: atLineStart, hasAt: marks & 4 != 0, mayHoldURL: marks & 8 != 0)
            }
            tokens[count - 1].spaceAfter = true
            newlines = 0
            i = j < n && p[j] == 0x20 ? j + 1 : j
        }
    }

    /// The high bit of each of eight bytes that is not an ASCII letter (`(b | 0x20) - 0x61 < 26`
    /// byte by byte). Per byte below 0x80 neither sum carries into the next byte.
    @inline(__always)
    static func nonLetters(_ c: UInt64) -> UInt64 {
        let high: UInt64 = 0x8080_8080_8080_8080
        let ones: UInt64 = 0x0101_0101_0101_0101
        let y = c | ones &* 0x20
        let low7 = y & ~high
        let atLeastA = low7 &+ ones &* (0x80 - 0x61)
        let pastZ = low7 &+ ones &* (0x80 - 0x7B)
        return ~(atLeastA & ~pastZ & ~y) & high
    }

    static let markSpace: UInt8 = 0x80
    static let markNonASCII: UInt8 = 0x40

    /// Bytes worth knowing about before cutting a chunk. Bit 1: an opening bracket; bit 2: an
    /// operator (a chunk with both may be a formula); bit 4: "@" (only then look for e-mail
    /// addresses, which keeps the scan linear); bit 8: ":", "w" or "W" (every URL prefix has one,
    /// so a chunk without them skips the URL test at each word start).
    /// Bit 0x80: ASCII whitespace (the chunk ends); bit 0x40: a non-ASCII byte (decode it).
    nonisolated(unsafe) static let chunkMarks: UnsafePointer<UInt8> = {
        let t = UnsafeMutablePointer<UInt8>.allocate(capacity: 256)
        t.initialize(repeating: 0, count: 256)
        t[Int(UInt8(ascii: "("))] = 1
        for b in "+=^*".utf8 { t[Int(b)] = 2 }
        t[Int(UInt8(ascii: "@"))] = 4
        for b in ":wW".utf8 { t[Int(b)] = 8 }
        for b: UInt8 in [0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D] { t[Int(b)] = markSpace }
        for b in 0x80..<0x100 { t[b] = markNonASCII }
        return UnsafePointer(t)
    }()

    /// A formula written without spaces ("(a+b)+c", "e^(i*pi)", "pi=3frac(1)(8)") is one token,
    /// without the punctuation that ends the chunk. Nil when the chunk is not one: it must be
    /// ASCII letters, digits and operators with balanced brackets, not merely a bracketed
    /// expression ("(2+3)" stays three tokens).
    private func formulaEnd(_ chunkStart: Int, _ chunkEnd: Int) -> Int? {
        var e = chunkEnd
        while e > chunkStart {
            let b = p[e - 1]
            guard b == dot || b == comma || b == UInt8(ascii: ";") || b == colon || b == UInt8(ascii: "!") || b == UInt8(ascii: "?") ||
                  b == UInt8(ascii: "\"") || b == apostrophe else { break }
            e -= 1
        }
        var depth = 0
        var operators = 0
        var outerClose = -1
        for k in chunkStart..<e {
            let b = p[k]
            guard b < 0x80 else { return nil }
            if ascii[Int(b)] & CharClass.alnum != 0 { continue }
            switch b {
            case openParen: depth += 1
            case closeParen:
                depth -= 1
                if depth < 0 { return nil }
                if depth == 0 && outerClose < 0 { outerClose = k }
            case UInt8(ascii: "+"), UInt8(ascii: "="), UInt8(ascii: "^"), UInt8(ascii: "*"): operators += 1
            case hyphen, slash, dot, comma: continue
            default: return nil
            }
        }
        guard depth == 0, operators > 0, e > chunkStart else { return nil }
        if p[chunkStart] == openParen && outerClose == e - 1 { return nil }
        return e
    }

    @inline(__always) private mutating func emit(_ start: Int, _ end: Int, _ kind: TokenKind) {
        assert(count < capacity)
        (tokens + count).initialize(to: Token(start: start, end: end, kind: kind, spaceAfter: false))
        breaks[count] = pendingBreaks
        count += 1
        pendingBreaks = 0
    }

    /// Cuts one whitespace-free chunk `[chunkStart, chunkEnd)` into tokens, left to right.
    private mutating func chunk(_ chunkStart: Int, _ chunkEnd: Int, atLineStart: Bool, hasAt: Bool, mayHoldURL: Bool) {
        var i = chunkStart
        while i < chunkEnd {
            let first = i == chunkStart && atLineStart
            let b = p[i]
            if b < 0x80 {
                let c = ascii[Int(b)]
                if c & CharClass.alnum != 0 {
                    if mayHoldURL, let e = urlEnd(i, chunkEnd) { emit(i, e, .url); i = e; continue }
                    if hasAt && i >= noEmailBefore, let e = emailEnd(i, chunkEnd) { emit(i, e, .email); i = e; continue }
                    i = word(i, i, chunkEnd, lineStart: first)
                    continue
                }
                i = punctuation(b, i, chunkEnd, lineStart: first)
            } else {
                let (u, len) = decode(i)
                let c = u == CharClass.invalid ? CharClass.letter : CharClass.of(u)
                if c & CharClass.letter != 0 {
                    i = word(i, i, chunkEnd, lineStart: first)
                } else if c & CharClass.emoji != 0 {
                    let e = emojiEnd(i, len, u, chunkEnd)
                    emit(i, e, .emoji)
                    i = e
                } else {
                    i = unicodePunctuation(u, i, len, chunkEnd)
                }
            }
        }
    }

    /// An ASCII non-alphanumeric at `i`: emits one token and returns where the next starts.
    private mutating func punctuation(_ b: UInt8, _ i: Int, _ chunkEnd: Int, lineStart: Bool) -> Int {
        if let e = emoticonEnd(b, i, chunkEnd) { emit(i, e, .emoji); return e }
        switch b {
        case dot, UInt8(ascii: "!"), UInt8(ascii: "?"):
            // "..." is one token; "?!" and "!!" are one token per mark, as in the UD treebanks
            // (the sentence splitter treats a run as one ending).
            var e = i + 1
            if b == dot {
                while e < chunkEnd && p[e] == dot { e += 1 }
            }
            emit(i, e, .punctuation)
            return e
        case comma:
            // ",," is a typed low opening quote.
            let e = byte(i + 1, chunkEnd) == comma && byte(i + 2, chunkEnd) != comma ? i + 2 : i + 1
            emit(i, e, .punctuation)
            return e
        case apostrophe, backtick:
            if let e = leadingApostropheWord(i, 1, chunkEnd) { return e }
            // '' and `` are typed double quotes.
            let e = byte(i + 1, chunkEnd) == b ? i + 2 : i + 1
            emit(i, e, .punctuation)
            return e
        case openParen:
            // "(on)zeker", "(mede)werker": a bracketed part glued to a word stays in it.
            var j = i + 1
            while j < chunkEnd && (ascii[Int(p[j])] & CharClass.alnum != 0 || p[j] == hyphen) && p[j] < 0x80 { j += 1 }
            if j > i + 1 && byte(j, chunkEnd) == closeParen && characterClass(j + 1, chunkEnd) & CharClass.letter != 0 {
                return word(i, j + 1, chunkEnd, lineStart: false, prev: .letter)
            }
            emit(i, i + 1, .punctuation)
            return i + 1
        case hyphen:
            var e = i + 1
            while e < chunkEnd && p[e] == hyphen { e += 1 }
            // "-ie", "-5": a hyphen glued to a word, except a bullet at the start of a line.
            if e == i + 1 && !lineStart && characterClass(e, chunkEnd) & CharClass.alnum != 0 {
                return word(i, e, chunkEnd, lineStart: false, prev: .letter)
            }
            emit(i, e, .punctuation)
            return e
        case UInt8(ascii: "#"), at:
            // Hashtags and mentions.
            if characterClass(i + 1, chunkEnd) & CharClass.letter != 0 { return word(i, i + 1, chunkEnd, lineStart: false, prev: .letter) }
            emit(i, i + 1, .symbol)
            return i + 1
        case UInt8(ascii: "+"):
            // "+31 6…": an international prefix.
            if characterClass(i + 1, chunkEnd) & CharClass.digit != 0 { return word(i, i + 1, chunkEnd, lineStart: false, prev: .letter, kind: .number) }
            emit(i, i + 1, .symbol)
            return i + 1
        default:
            emit(i, i + 1, CharClass.isPunctuation(UInt32(b)) ? .punctuation : .symbol)
            return i + 1
        }
    }

    /// A non-ASCII, non-letter, non-emoji scalar at `i`.
    private mutating func unicodePunctuation(_ u: UInt32, _ i: Int, _ len: Int, _ chunkEnd: Int) -> Int {
        switch u {
        case 0x2018, 0x2019:
            if let e = leadingApostropheWord(i, 3, chunkEnd) { return e }
        case 0x2026, 0x2013, 0x2014, 0x2015:
            // Runs of the same character: "……", "——".
            var e = i + len
            while e + len <= chunkEnd && p[e] == p[i] && p[e + 1] == p[i + 1] && p[e + 2] == p[i + 2] { e += len }
            emit(i, e, .punctuation)
            return e
        case 0x2010, 0x2011:
            if characterClass(i + len, chunkEnd) & CharClass.alnum != 0 { return word(i, i + len, chunkEnd, lineStart: false, prev: .letter) }
        default:
            break
        }
        emit(i, i + len, CharClass.isPunctuation(u) ? .punctuation : .symbol)
        return i + len
    }

    /// A word starting with an apostrophe: a clitic from the list ("'s", "'t", "'n") or a
    /// year ("'80"). Emits it and returns its end, or nil when the apostrophe is a quote.
    private mutating func leadingApostropheWord(_ i: Int, _ alen: Int, _ chunkEnd: Int) -> Int? {
        let s = i + alen
        guard s < chunkEnd else { return nil }
        let c = characterClass(s, chunkEnd)
        if c & CharClass.digit != 0 {
            if characterClass(s + 1, chunkEnd) & CharClass.digit != 0 && characterClass(s + 2, chunkEnd) & CharClass.alnum == 0 {
                emit(i, s + 2, .number)
                return s + 2
            }
            return nil
        }
        guard c & CharClass.letter != 0 else { return nil }
        for body in rules.cliticBodies {
            let m = body.count
            guard s + m <= chunkEnd else { continue }
            var k = 0
            while k < m && lowered(p[s + k]) == body[k] { k += 1 }
            guard k == m else { continue }
            let after = characterClass(s + m, chunkEnd)
            if after & CharClass.letter != 0 { continue }
            // "'s-Hertogenbosch", "'s-avonds": the clitic joins a hyphenated word.
            if byte(s + m, chunkEnd) == hyphen && characterClass(s + m + 1, chunkEnd) & CharClass.letter != 0 {
                return word(i, s + m, chunkEnd, lineStart: false, prev: .letter)
            }
            emit(i, s + m, .word)
            return s + m
        }
        return nil
    }

    private enum Previous { case none, letter, digit, other }

    /// Scans a word from `scan` (the token itself starts at `start`), gluing internal
    /// punctuation by rule: 14.30, 3,5, oud-collega, zo'n, en/of, CD&V, (on)zeker, 50%.
    /// Then decides whether a following full stop belongs to it (abbreviation, initial,
    /// numbered list). Emits the token and returns its end.
    @discardableResult
    private mutating func word(_ start: Int, _ scan: Int, _ chunkEnd: Int, lineStart: Bool,
                               prev initial: Previous = .none, kind forced: TokenKind? = nil) -> Int {
        var i = scan
        var prev = initial
        var depth = 0
        var segmentStart = scan
        var sawDot = false
        loop: while i < chunkEnd {
            let b = p[i]
            // Most of a word is lower-case ASCII letters: one compare per byte for the run.
            if b &- 0x61 < 26 {
                i += 1
                while i < chunkEnd && p[i] &- 0x61 < 26 { i += 1 }
                prev = .letter
                continue
            }
            if b < 0x80 {
                let c = ascii[Int(b)]
                if c & CharClass.letter != 0 { prev = .letter; i += 1; continue }
                if c & CharClass.digit != 0 { prev = .digit; i += 1; continue }
                let prevAlnum = prev == .letter || prev == .digit
                let next = characterClass(i + 1, chunkEnd)
                switch b {
                case dot:
                    guard prevAlnum, next & CharClass.alnum != 0 else { break loop }
                    // "ging.Toen": a missing space after a full stop, not an abbreviation or domain.
                    if i - segmentStart >= 2 && next & CharClass.upper != 0 && characterClass(i + 2, chunkEnd) & CharClass.lower != 0 { break loop }
                    sawDot = true
                case comma, colon:
                    guard prev == .digit, next & CharClass.digit != 0 else { break loop }
                case hyphen:
                    let afterBracket = prev == .other && i > scan && (p[i - 1] == closeParen || p[i - 1] == openParen)
                    guard prevAlnum || afterBracket else { break loop }
                    if next & CharClass.alnum != 0 { break }
                    if depth > 0 && byte(i + 1, chunkEnd) == closeParen { break }
                    // "land-" in "land- en tuinbouw": a truncated compound keeps its hyphen.
                    let nb = byte(i + 1, chunkEnd)
                    if i + 1 == chunkEnd || nb == comma || nb == slash { i += 1; prev = .other; break loop }
                    // "(2004-...)": an open-ended range.
                    if nb == dot && byte(i + 2, chunkEnd) == dot && byte(i + 3, chunkEnd) == dot { i += 4; prev = .other; break loop }
                    break loop
                case apostrophe, backtick:
                    guard prev == .letter, next & CharClass.letter != 0 else { break loop }
                case slash, UInt8(ascii: "&"), UInt8(ascii: "+"), UInt8(ascii: "="), UInt8(ascii: "_"), at:
                    guard prevAlnum, next & CharClass.alnum != 0 else { break loop }
                case UInt8(ascii: "%"):
                    guard prev == .digit else { break loop }
                    i += 1
                    prev = .letter
                    continue loop
                case UInt8(ascii: "?"):
                    // "e???d??a": letters lost to a wrong encoding stay inside the word; a
                    // question mark before a capital or the end of the word does not.
                    guard prev == .letter else { break loop }
                    var k = i + 1
                    while k < chunkEnd && p[k] == b { k += 1 }
                    guard characterClass(k, chunkEnd) & CharClass.lower != 0 else { break loop }
                    i = k
                    continue loop
                case openParen:
                    guard prevAlnum, closingParenthesis(after: i, chunkEnd) else { break loop }
                    depth += 1
                case closeParen:
                    guard depth > 0 else { break loop }
                    depth -= 1
                    i += 1
                    prev = .other
                    continue loop
                default:
                    break loop
                }
                i += 1
                prev = .other
                if b == dot { segmentStart = i }
                continue
            }
            let (u, len) = decode(i)
            let c = u == CharClass.invalid ? CharClass.letter : CharClass.of(u)
            if c & (CharClass.letter | CharClass.emojiPart) != 0 { prev = .letter; i += len; continue }
            let prevAlnum = prev == .letter || prev == .digit
            switch u {
            case 0x2019, 0x02BC:
                guard prev == .letter, characterClass(i + len, chunkEnd) & CharClass.letter != 0 else { break loop }
            case 0x2010, 0x2011:
                guard prevAlnum, characterClass(i + len, chunkEnd) & CharClass.alnum != 0 else { break loop }
            case 0x2013:
                guard prev == .digit, characterClass(i + len, chunkEnd) & CharClass.digit != 0 else { break loop }
            case 0xB0, 0x2030:
                guard prev == .digit else { break loop }
                i += len
                prev = .letter
                continue loop
            default:
                break loop
            }
            i += len
            prev = .other
        }
        // If a bracket opened inside never closed, end the word before it.
        var end = i
        if depth > 0 {
            var k = scan
            while k < end && p[k] != openParen { k += 1 }
            end = k
        }
        if let forced {
            emit(start, end, forced)
            return end
        }
        // A following full stop: part of the token, or punctuation of its own?
        if end < chunkEnd && p[end] == dot && byte(end + 1, chunkEnd) != dot && end > start {
            if keepsFullStop(start, end, chunkEnd, sawDot: sawDot, lineStart: lineStart) {
                // "O.L.V.-college", "St.-Janstraat": an abbreviation that starts a compound.
                if byte(end + 1, chunkEnd) == hyphen && characterClass(end + 2, chunkEnd) & CharClass.alnum != 0 {
                    return word(start, end + 2, chunkEnd, lineStart: false, prev: .letter)
                }
                let kind: TokenKind = ascii[Int(p[start])] & CharClass.digit != 0 ? .number : .abbreviation
                emit(start, end + 1, kind)
                return end + 1
            }
        }
        emit(start, end, p[start] &- 0x30 < 10 ? classify(start, end) : .word)
        return end
    }

    /// Is there a `)` later in the chunk, with only word characters in between?
    private func closingParenthesis(after i: Int, _ chunkEnd: Int) -> Bool {
        var k = i + 1
        while k < chunkEnd {
            let b = p[k]
            if b == closeParen { return k > i + 1 }
            if b < 0x80 && ascii[Int(b)] & CharClass.alnum == 0 && b != hyphen && b != UInt8(ascii: "+") && b != UInt8(ascii: "/") { return false }
            k += 1
        }
        return false
    }

    /// Does the full stop at `end` belong to the word `[start, end)`?
    ///
    /// Listed abbreviations keep it. A letter that looks like an initial gives it to the
    /// sentence when a word that typically opens a sentence follows ("eigenschap B. Maar …"),
    /// as the UD treebanks do.
    private func keepsFullStop(_ start: Int, _ end: Int, _ chunkEnd: Int, sawDot: Bool, lineStart: Bool) -> Bool {
        let count = end + 1 - start
        let table = rules.abbreviationTable
        let upperFirst = p[start] >= 0x41 && p[start] <= 0x5A
        if let flag = table.lookup(p + start, count, lowerFirst: false) ?? (upperFirst ? table.lookup(p + start, count, lowerFirst: true) : nil) {
            // A name part ("Chr.", "Ltd.") at the end of a sentence shares its full stop with it.
            return flag != TokenizerRules.Abbreviation.nameFlag || !sentenceStartFollows(end + 1, chunkEnd)
        }
        // Letters separated by full stops: "o.a.", "d.w.z.", "W.H." — abbreviations by their shape.
        if sawDot && singleLetterSegments(start, end) { return !starterWordFollows(end + 1, chunkEnd) }
        let c0 = characterClass(start, end)
        let firstLen = p[start] < 0x80 ? 1 : decode(start).1
        if start + firstLen == end {
            // A single letter at the start of a line: "a. eerste punt".
            if lineStart && c0 & CharClass.letter != 0 && end + 1 == chunkEnd { return true }
            // An initial: "J. de Vries".
            if c0 & CharClass.upper != 0 { return !starterWordFollows(end + 1, chunkEnd) }
        }
        // "1." at the start of a line: a numbered list.
        if lineStart && end + 1 == chunkEnd && end - start <= 2 {
            var k = start
            while k < end && ascii[Int(p[k])] & CharClass.digit != 0 && p[k] < 0x80 { k += 1 }
            if k == end { return true }
        }
        return false
    }

    /// The start of the next chunk after whitespace from `i`, or nil at the end of the text.
    private func nextChunk(_ i: Int) -> Int? {
        var k = i
        while k < n {
            let b = p[k]
            if b < 0x80 {
                if ascii[Int(b)] & CharClass.anySpace == 0 { return k }
                k += 1
            } else {
                let (u, len) = decode(k)
                if u == CharClass.invalid || CharClass.of(u) & CharClass.anySpace == 0 { return k }
                k += len
            }
        }
        return nil
    }

    /// Does a sentence start after the full stop ending at `after`: only closing quotes or
    /// brackets up to the end of the chunk, then a capital (possibly after an opening quote or
    /// bracket) or the end of the text?
    private func sentenceStartFollows(_ after: Int, _ chunkEnd: Int) -> Bool {
        var k = after
        while k < chunkEnd {
            let b = p[k]
            if b == UInt8(ascii: "\"") || b == apostrophe || b == closeParen || b == UInt8(ascii: "]") { k += 1; continue }
            if b >= 0x80 {
                let (u, len) = decode(k)
                if u == 0x201D || u == 0x2019 || u == 0xBB { k += len; continue }
            }
            return false
        }
        guard var next = nextChunk(chunkEnd) else { return true }
        let b = p[next]
        if b == UInt8(ascii: "\"") || b == openParen || b == apostrophe {
            next += 1
        } else if b >= 0x80 {
            let (u, len) = decode(next)
            if u == 0x201C || u == 0x201E || u == 0x2018 || u == 0xAB { next += len }
        }
        return characterClass(next, n) & CharClass.upper != 0
    }

    /// Is the next chunk a word that usually opens a sentence ("Maar", "Hij", "Dit")?
    private func starterWordFollows(_ after: Int, _ chunkEnd: Int) -> Bool {
        guard after == chunkEnd, let k = nextChunk(chunkEnd) else { return false }
        guard characterClass(k, n) & CharClass.upper != 0 else { return false }
        var e = k
        while e < n {
            let c = characterClass(e, n)
            if c & CharClass.letter == 0 { break }
            e += p[e] < 0x80 ? 1 : decode(e).1
        }
        return rules.starterTable.lookup(p + k, e - k, lowerFirst: false) != nil
    }

    private func singleLetterSegments(_ start: Int, _ end: Int) -> Bool {
        var k = start
        while k < end {
            let c = characterClass(k, end)
            guard c & CharClass.letter != 0 else { return false }
            k += p[k] < 0x80 ? 1 : decode(k).1
            if k < end {
                guard p[k] == dot else { return false }
                k += 1
            }
        }
        return true
    }

    /// number, time, date or word, by the shape of the token.
    private func classify(_ start: Int, _ end: Int) -> TokenKind {
        guard ascii[Int(p[start])] & CharClass.digit != 0 && p[start] < 0x80 else { return .word }
        // Digit groups and the separators between them.
        var groups = 0
        var lengths: (Int, Int, Int) = (0, 0, 0)
        var seps: (UInt8, UInt8) = (0, 0)
        var k = start
        while k < end {
            let g = k
            while k < end && p[k] >= 0x30 && p[k] <= 0x39 { k += 1 }
            let len = k - g
            if len == 0 { break }
            switch groups {
            case 0: lengths.0 = len
            case 1: lengths.1 = len
            case 2: lengths.2 = len
            default: break
            }
            groups += 1
            guard k < end else { break }
            let s = p[k]
            if s == dot || s == comma || s == colon || s == hyphen || s == slash {
                if groups == 1 { seps.0 = s } else if groups == 2 { seps.1 = s } else if s != seps.1 { break }
                k += 1
                continue
            }
            break
        }
        if k == end {
            if groups == 2 && (seps.0 == dot || seps.0 == colon) && lengths.0 <= 2 && lengths.1 == 2 {
                let h = value(start, lengths.0)
                let m = value(start + lengths.0 + 1, 2)
                if h <= 24 && m <= 59 { return .time }
            }
            if groups == 3 && seps.0 == seps.1 && (seps.0 == hyphen || seps.0 == slash || seps.0 == dot) {
                if lengths.0 <= 2 && lengths.1 <= 2 && (lengths.2 == 2 || lengths.2 == 4) { return .date }
                if lengths.0 == 4 && lengths.1 == 2 && lengths.2 == 2 { return .date }
            }
            if seps.0 == hyphen || seps.0 == slash { return groups == 1 ? .word : .number }
            return .number
        }
        // 50%, 1e, 2de, 3ste, 21ste: numbers.
        let rest = end - k
        if p[k] == UInt8(ascii: "%") && rest == 1 { return .number }
        if rest <= 3 && k > start {
            let r0 = p[k], r1 = byte(k + 1, end), r2 = byte(k + 2, end)
            if rest == 1 && r0 == UInt8(ascii: "e") { return .number }
            if rest == 2 && r0 == UInt8(ascii: "d") && r1 == UInt8(ascii: "e") { return .number }
            if rest == 3 && r0 == UInt8(ascii: "s") && r1 == UInt8(ascii: "t") && r2 == UInt8(ascii: "e") { return .number }
        }
        return .word
    }

    private func value(_ at: Int, _ count: Int) -> Int {
        var v = 0
        for k in at..<(at + count) { v = v * 10 + Int(p[k] - 0x30) }
        return v
    }

    // MARK: URLs, e-mail addresses, emoticons, emoji

    /// A URL starting at `i` ("https://…", "www.…"): its end, without trailing punctuation.
    private func urlEnd(_ i: Int, _ chunkEnd: Int) -> Int? {
        // Cheap test first: the first four bytes, lowercased, must be "http", "www." or "ftp:".
        guard i + 4 <= chunkEnd else { return nil }
        let head = UnsafeRawPointer(p + i).loadUnaligned(as: UInt32.self) | 0x2020_2020
        guard head == 0x7074_7468 || head == 0x2e77_7777 || head == 0x3a70_7466 else { return nil }
        func has(_ prefix: StaticString) -> Bool {
            let m = prefix.utf8CodeUnitCount
            guard i + m <= chunkEnd else { return false }
            let q = prefix.utf8Start
            for k in 0..<m where lowered(p[i + k]) != q[k] { return false }
            return true
        }
        var bodyStart: Int
        if has("https://") { bodyStart = i + 8 } else if has("http://") { bodyStart = i + 7 } else if has("ftp://") { bodyStart = i + 6 } else if has("www.") { bodyStart = i + 4 } else { return nil }
        guard bodyStart < chunkEnd, characterClass(bodyStart, chunkEnd) & CharClass.alnum != 0 else { return nil }
        bodyStart += 1
        var e = chunkEnd
        var opened = 0
        var closed = 0
        for k in i..<chunkEnd { if p[k] == openParen { opened += 1 } else if p[k] == closeParen { closed += 1 } }
        while e > bodyStart {
            let last = p[e - 1]
            switch last {
            case dot, comma, colon, UInt8(ascii: ";"), UInt8(ascii: "!"), UInt8(ascii: "?"), apostrophe, UInt8(ascii: "\""), UInt8(ascii: ">"), UInt8(ascii: "]"):
                e -= 1
                continue
            case closeParen where closed > opened:
                closed -= 1
                e -= 1
                continue
            case let x where (x == 0x9D || x == 0x99 || x == 0xA6) && e - 3 >= bodyStart && p[e - 3] == 0xE2 && p[e - 2] == 0x80:
                e -= 3   // ” ’ …
                continue
            case 0xBB where e - 2 >= bodyStart && p[e - 2] == 0xC2:
                e -= 2   // »
                continue
            default:
                break
            }
            break
        }
        return e
    }

    /// An e-mail address starting at `i`: its end, or nil.
    private mutating func emailEnd(_ i: Int, _ chunkEnd: Int) -> Int? {
        var k = i
        while k < chunkEnd {
            let b = p[k]
            if b < 0x80 && (ascii[Int(b)] & CharClass.alnum != 0 || b == dot || b == hyphen || b == UInt8(ascii: "_") || b == UInt8(ascii: "+") || b == UInt8(ascii: "%")) { k += 1; continue }
            break
        }
        noEmailBefore = k + 1
        guard k < chunkEnd, p[k] == at, k > i else { return nil }
        k += 1
        let domain = k
        var lastDot = -1
        while k < chunkEnd {
            let b = p[k]
            if b < 0x80 && ascii[Int(b)] & CharClass.alnum != 0 || b == hyphen { k += 1; continue }
            if b == dot && characterClass(k + 1, chunkEnd) & CharClass.alnum != 0 { lastDot = k; k += 1; continue }
            break
        }
        guard lastDot > domain, k - lastDot - 1 >= 2 else { return nil }
        for t in (lastDot + 1)..<k where ascii[Int(p[t])] & CharClass.letter == 0 { return nil }
        return k
    }

    /// An emoticon from the list starting at `i` (":)", ";-)", "<3"), not glued to a word after it.
    private func emoticonEnd(_ b: UInt8, _ i: Int, _ chunkEnd: Int) -> Int? {
        let candidates = rules.emoticonsByFirstByte[Int(b)]
        guard !candidates.isEmpty else { return nil }
        for e in candidates {
            let m = e.count
            guard i + m <= chunkEnd else { continue }
            var k = 1
            while k < m && p[i + k] == e[k] { k += 1 }
            if k == m && characterClass(i + m, chunkEnd) & CharClass.alnum == 0 { return i + m }
        }
        return nil
    }

    /// One emoji with its modifiers, joined sequences (👩‍⚕️) and flags (🇳🇱).
    private func emojiEnd(_ i: Int, _ len: Int, _ u: UInt32, _ chunkEnd: Int) -> Int {
        var e = i + len
        if u >= 0x1F1E6 && u <= 0x1F1FF {
            if e < chunkEnd {
                let (v, l) = decode(e)
                if v >= 0x1F1E6 && v <= 0x1F1FF { e += l }
            }
            return e
        }
        while e < chunkEnd {
            let (v, l) = decode(e)
            if v == 0x200D {
                guard e + l < chunkEnd else { break }
                let (w, l2) = decode(e + l)
                guard CharClass.of(w) & CharClass.emoji != 0 else { break }
                e += l + l2
                continue
            }
            if v != CharClass.invalid && CharClass.of(v) & CharClass.emojiPart != 0 { e += l; continue }
            break
        }
        return e
    }
}

// MARK: - Cutting long texts into blocks

extension Tokenizer {
    /// Where a long text may be cut so that its parts can be tokenised one after the other
    /// with the same tokens and sentences as the whole: the end of the last blank line, else
    /// the end of the last line that certainly ends a sentence — a line ending in `!`, `?` or
    /// a full stop after a word that is no abbreviation or initial, followed by a line starting
    /// with a capital. (At such a line cut only quotes left open across the line are forgotten.)
    /// Only cuts at or after `from` are looked for. Returns the offset and whether it is a
    /// paragraph break, or nil when there is none.
    public func lastSafeCut(in text: UnsafeBufferPointer<UInt8>, from: Int = 0) -> (offset: Int, paragraph: Bool)? {
        guard let p = text.baseAddress, text.count > 2 else { return nil }
        let n = text.count
        let nl = UInt8(ascii: "\n")
        let low = max(from, 1)
        @inline(__always) func isBlank(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0D }
        var i = n - 1
        while i >= low {
            if p[i] == nl {
                var k = i - 1
                while k >= 0 && isBlank(p[k]) { k -= 1 }
                if k >= 0 && p[k] == nl { return (i + 1, true) }
                i = k
                continue
            }
            i -= 1
        }
        i = n - 2
        while i >= low {
            defer { i -= 1 }
            guard p[i] == nl, p[i + 1] >= UInt8(ascii: "A"), p[i + 1] <= UInt8(ascii: "Z") else { continue }
            var k = i - 1
            while k >= 0 && isBlank(p[k]) { k -= 1 }
            guard k > 0 else { continue }
            let last = p[k]
            if last == UInt8(ascii: "!") || last == UInt8(ascii: "?") { return (i + 1, false) }
            guard last == UInt8(ascii: ".") else { continue }
            // The word before the full stop: letters only, at least two, and not an abbreviation.
            var w = k
            while w > 0 && CharClass.ascii[Int(p[w - 1])] & CharClass.letter != 0 && p[w - 1] < 0x80 { w -= 1 }
            guard k - w >= 2, w == 0 || p[w - 1] == 0x20 || p[w - 1] == nl || p[w - 1] == 0x09 else { continue }
            let table = rules.compiled.abbreviationTable
            if table.lookup(p + w, k + 1 - w, lowerFirst: false) != nil || table.lookup(p + w, k + 1 - w, lowerFirst: true) != nil { continue }
            return (i + 1, false)
        }
        return nil
    }
}
