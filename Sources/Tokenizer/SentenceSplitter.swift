/// Finds sentence boundaries in a token sequence.
///
/// A sentence ends at a full stop, `?`, `!`, an ellipsis or a sentence-final abbreviation
/// ("enz.") when what follows looks like a sentence start, taking closing quotes and brackets
/// along; at every blank line; and at a single line break before a list item, or after a short
/// line without a full stop (a heading) when the next line starts with a capital.
/// Lists whose line breaks were lost (items run together in one paragraph) are split before
/// an item that follows a bracketed date, a year range, or a "Label: value" item.
struct SentenceSplitter {
    let rules: CompiledTokenizerRules
    let p: UnsafePointer<UInt8>
    let ascii = CharClass.ascii
    // Open quotes of the kinds whose direction the character alone does not tell.
    private var doubleOpen = false
    private var singleOpen = false
    private var curlyDoubleOpen = false
    private var curlySingleOpen = false
    private var bracketDepth = 0

    /// A line shorter than this (in bytes) without final punctuation, followed by a line that
    /// starts with a capital, is taken as a heading or a list item of its own.
    static let headingLength = 60

    init(rules: CompiledTokenizerRules, p: UnsafePointer<UInt8>) {
        self.rules = rules
        self.p = p
    }

    private enum Terminal { case none, stop, exclamation, ellipsis, finalAbbreviation }
    private enum Role { case other, openQuote, closeQuote, openBracket, closeBracket }

    mutating func split(_ t: UnsafeBufferPointer<Token>, _ br: UnsafeBufferPointer<UInt8>, into sentences: inout [SentenceSpan]) {
        let count = t.count
        guard count > 0 else { return }
        var start = 0
        var lineStart = 0
        var lastColon = -1
        var i = 0
        while i < count {
            if i > 0 && br[i] > 0 {
                if i > start && (br[i] >= 2 || lineBreakStartsSentence(t, i, lineStart)) {
                    sentences.append(SentenceSpan(tokens: start..<i, start: t[start].start, end: t[i - 1].end))
                    start = i
                }
                if br[i] >= 2 { doubleOpen = false; singleOpen = false; curlyDoubleOpen = false; curlySingleOpen = false; bracketDepth = 0 }
                lineStart = i
            }
            let token = t[i]
            let b0 = p[token.start]
            if i > start && br[i] == 0 && (token.kind == .punctuation || b0 >= 0x80 || ascii[Int(b0)] & (CharClass.upper | CharClass.digit) != 0)
                && mayStartRunInItem(t, i, b0, start, lastColon: lastColon) && runInItemStarts(t, i, start, lastColon: lastColon) {
                sentences.append(SentenceSpan(tokens: start..<i, start: t[start].start, end: t[i - 1].end))
                start = i
            }
            guard token.kind == .punctuation || token.kind == .abbreviation else { i += 1; continue }
            if token.kind == .punctuation {
                apply(role(t, i), token)
                if b0 == UInt8(ascii: ":") { lastColon = i }
            }
            let term = terminal(token)
            if term == .none { i += 1; continue }
            // Closing quotes and brackets after the end of a sentence belong to it, and so do
            // emoji that comment on it ("… wachten. 😊").
            var j = i + 1
            while j < count && br[j] == 0 {
                if t[j].kind == .emoji { j += 1; continue }
                let r = role(t, j)
                guard r == .closeQuote || r == .closeBracket && bracketDepth > 0 else { break }
                apply(r, t[j])
                j += 1
            }
            if j == count || br[j] > 0 || startsSentence(t, j, after: term) {
                sentences.append(SentenceSpan(tokens: start..<j, start: t[start].start, end: t[j - 1].end))
                start = j
            }
            i = j
        }
        if start < count { sentences.append(SentenceSpan(tokens: start..<count, start: t[start].start, end: t[count - 1].end)) }
    }

    // MARK: Token tests

    @inline(__always) private func length(_ t: Token) -> Int { t.end - t.start }

    @inline(__always) private func isByte(_ t: Token, _ b: UInt8) -> Bool { t.end - t.start == 1 && p[t.start] == b }

    /// The non-ASCII scalar of a single-scalar token, or the byte of a one-byte token.
    private func scalar(_ t: Token) -> UInt32 {
        let (u, len) = decodeScalar(p, t.start, t.end)
        return len == t.end - t.start ? u : 0
    }

    @inline(__always) private func firstClass(_ t: Token) -> UInt8 {
        let b = p[t.start]
        if b < 0x80 { return ascii[Int(b)] }
        let (u, _) = decodeScalar(p, t.start, t.end)
        return u == CharClass.invalid ? CharClass.letter : CharClass.of(u)
    }

    private func terminal(_ t: Token) -> Terminal {
        switch t.kind {
        case .punctuation:
            let b = p[t.start]
            if b == UInt8(ascii: ".") { return length(t) == 1 ? .stop : .ellipsis }
            if b == UInt8(ascii: "!") || b == UInt8(ascii: "?") { return .exclamation }
            if b == 0xE2 && p[t.start + 1] == 0x80 && p[t.start + 2] == 0xA6 { return .ellipsis }
            return .none
        case .abbreviation:
            let table = rules.abbreviationTable
            let value = table.lookup(p + t.start, length(t), lowerFirst: false) ?? table.lookup(p + t.start, length(t), lowerFirst: true)
            return value == TokenizerRules.Abbreviation.finalFlag ? .finalAbbreviation : .none
        default:
            return .none
        }
    }

    /// What a token does to quotes and brackets, given the quotes open so far.
    private func role(_ tokens: UnsafeBufferPointer<Token>, _ k: Int) -> Role {
        let t = tokens[k]
        guard t.kind == .punctuation else { return .other }
        let spaceBefore = k == 0 || tokens[k - 1].spaceAfter
        let spaceAfter = t.spaceAfter
        // Straight quotes: direction from the spacing, else from what is open.
        func straight(_ open: Bool) -> Role {
            if spaceBefore && !spaceAfter { return .openQuote }
            if !spaceBefore && spaceAfter { return .closeQuote }
            // Two free-standing quotes in a row (`geluk. " " Het`): the first closes.
            if k + 1 < tokens.count && length(tokens[k + 1]) == length(t) && p[tokens[k + 1].start] == p[t.start] { return .closeQuote }
            return open ? .closeQuote : .openQuote
        }
        let b = p[t.start]
        if length(t) == 1 {
            switch b {
            case UInt8(ascii: "\""): return straight(doubleOpen)
            case UInt8(ascii: "'"): return straight(singleOpen)
            case UInt8(ascii: "("), UInt8(ascii: "["): return .openBracket
            case UInt8(ascii: ")"), UInt8(ascii: "]"): return .closeBracket
            default: return .other
            }
        }
        if length(t) == 2 {
            if b == UInt8(ascii: ",") && p[t.start + 1] == b { return .openQuote }
            if b == UInt8(ascii: "`") && p[t.start + 1] == b { return .openQuote }
            if b == UInt8(ascii: "'") && p[t.start + 1] == b { return .closeQuote }
        }
        switch scalar(t) {
        case 0x201C, 0x201E, 0xAB, 0x2039, 0x2018, 0x201A: return .openQuote
        case 0x201D: return curlyDoubleOpen ? .closeQuote : straight(false)
        case 0x2019: return curlySingleOpen ? .closeQuote : straight(false)
        case 0xBB, 0x203A: return .closeQuote
        default: return .other
        }
    }

    private mutating func apply(_ role: Role, _ t: Token) {
        switch role {
        case .openQuote, .closeQuote:
            let open = role == .openQuote
            if length(t) == 1 {
                if p[t.start] == UInt8(ascii: "\"") { doubleOpen = open } else if p[t.start] == UInt8(ascii: "'") { singleOpen = open }
                return
            }
            switch scalar(t) {
            case 0x201C, 0x201D: curlyDoubleOpen = open
            case 0x2018, 0x2019: curlySingleOpen = open
            default: break
            }
        case .openBracket: bracketDepth += 1
        case .closeBracket: bracketDepth = max(0, bracketDepth - 1)
        case .other: return
        }
    }

    /// Does token `j` start a new sentence after a terminal?
    private func startsSentence(_ tokens: UnsafeBufferPointer<Token>, _ j: Int, after term: Terminal) -> Bool {
        let t = tokens[j]
        let c = firstClass(t)
        if c & CharClass.lower != 0 { return false }
        if t.kind == .punctuation || t.kind == .symbol {
            // An opening bracket starts the next sentence, and so does an opening quote unless
            // a lower-case word follows ("… Jansen. ,,wij …" goes on); a dash or bullet may start one; other marks
            // (",", "/", a second "?" or ".") continue the sentence.
            let r = role(tokens, j)
            if r == .openQuote || r == .openBracket {
                let after = j + 1 < tokens.count ? firstClass(tokens[j + 1]) : 0
                if r == .openQuote && after & CharClass.lower != 0 { return false }
                return term == .stop || term == .exclamation || after & CharClass.upper != 0
            }
            guard term == .stop || term == .exclamation else { return false }
            if length(t) == 1 { return p[t.start] == UInt8(ascii: "-") || p[t.start] == UInt8(ascii: "*") }
            switch scalar(t) {
            case 0x2013, 0x2014, 0x2022, 0x2023, 0x25AA, 0x25CF, 0x25E6: return true
            default: return false
            }
        }
        switch term {
        case .stop, .exclamation: return true
        case .ellipsis, .finalAbbreviation: return c & CharClass.upper != 0
        case .none: return false
        }
    }

    // MARK: Run-in list items

    @inline(__always) private func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }

    /// "1960-1991", "1945-heden", "2004-...": a year range.
    private func isYearRange(_ t: Token) -> Bool {
        guard length(t) >= 6, isDigit(p[t.start]), isDigit(p[t.start + 1]), isDigit(p[t.start + 2]), isDigit(p[t.start + 3]),
              p[t.start + 4] == UInt8(ascii: "-") else { return false }
        let c = p[t.start + 5]
        return isDigit(c) || c == UInt8(ascii: ".") || ascii[Int(c)] & CharClass.lower != 0
    }

    private func digitCount(_ t: Token) -> Int {
        var n = 0
        for k in t.start..<t.end where isDigit(p[k]) { n += 1 }
        return n
    }

    @inline(__always) private func isFirstName(_ t: Token) -> Bool {
        rules.firstNameTable.lookup(p + t.start, length(t), lowerFirst: true) != nil
    }

    @inline(__always) private func isParticle(_ t: Token) -> Bool {
        rules.particleTable.lookup(p + t.start, length(t), lowerFirst: true) != nil
    }

    /// What `runInItemStarts` needs before it can say yes, tested at once: the token before is
    /// ")", a year range can come before, the token and the one before are words (a run of
    /// names), or a colon is close. Most tokens it was called for (commas, capitals after a full
    /// stop) fail all four, and the call cost more than this.
    @inline(__always)
    private func mayStartRunInItem(_ t: UnsafeBufferPointer<Token>, _ i: Int, _ b0: UInt8, _ start: Int, lastColon: Int) -> Bool {
        let cur = t[i]
        let prev = t[i - 1]
        return isByte(prev, UInt8(ascii: ")"))
            || (lastColon >= start && lastColon < i - 1 && i - lastColon < 24)
            || (length(prev) >= 6 && isDigit(p[prev.start]))
            || (cur.kind == .word && prev.kind == .word && (b0 >= 0x80 || ascii[Int(b0)] & CharClass.upper != 0))
    }

    /// Does a new list item start at `i`, inside a paragraph, without punctuation before it?
    private func runInItemStarts(_ t: UnsafeBufferPointer<Token>, _ i: Int, _ start: Int, lastColon: Int) -> Bool {
        let cur = t[i]
        let c = firstClass(cur)
        let prev = t[i - 1]
        let pb = p[prev.start]
        // "… (1987-1989) Partijbestuurslid …", "(1 juli 2005) 2 bestuurlijke …"
        if c & (CharClass.upper | CharClass.digit) != 0 && isByte(prev, UInt8(ascii: ")")) {
            var k = i - 2
            var year = false
            while k > start && i - k < 12 {
                let x = t[k]
                if isByte(x, UInt8(ascii: "(")) { return year && k < i - 2 }
                if isDigit(p[x.start]) {
                    year = year || digitCount(x) >= 4
                } else if rules.dateWordTable.lookup(p + x.start, length(x), lowerFirst: true) == nil {
                    return false
                }
                k -= 1
            }
            return false
        }
        // "Kris Van Dijck Mark Demesmaeker Bart De Wever": a first name after a full name (a run
        // of capitalised words and particles that itself holds a first name), a surname after it.
        if c & CharClass.upper != 0 && cur.kind == .word && prev.kind == .word && firstClass(prev) & CharClass.upper != 0
            && i + 1 < t.count && t[i + 1].kind == .word && (firstClass(t[i + 1]) & CharClass.upper != 0 || isParticle(t[i + 1]))
            && isFirstName(cur) && !isFirstName(prev) && !isParticle(prev) {
            var k = i - 2
            while k >= start && t[k].kind == .word && (firstClass(t[k]) & CharClass.upper != 0 || isParticle(t[k])) {
                if isFirstName(t[k]) { return true }
                k -= 1
            }
        }
        // "«Jerom» 1960-1991 «Karl May» …"
        if isYearRange(prev) && cur.kind == .punctuation && role(t, i) == .openQuote {
            return true
        }
        // "Frieda Brepoels: ondervoorzitter Louis Ide: ondervoorzitter …", "Oppervlakte: 2106 km²
        // Hoogste punt: Walshoutem": a label and a colon follow, and the previous item had a colon too.
        guard lastColon >= start && lastColon < i - 1 && i - lastColon < 24,
              c & (CharClass.upper | CharClass.digit) != 0, prev.kind != .punctuation || isByte(prev, UInt8(ascii: ")")) else { return false }
        let prevLower = ascii[Int(pb)] & (CharClass.lower | CharClass.digit) != 0 || isByte(prev, UInt8(ascii: ")"))
        // After a lower-case word the label may be a capitalised name ("Louis Ide"); after a
        // capital only a capital followed by lower-case words ("Aantal inwoners"), so that the
        // item boundary is not guessed inside a run of names.
        var k = i + 1
        var labelEnds = false
        while k < t.count && k < i + 5 {
            let x = t[k]
            if isByte(x, UInt8(ascii: ":")) { labelEnds = true; break }
            if x.kind == .punctuation || x.kind == .symbol { return false }
            let xc = firstClass(x)
            if xc & CharClass.lower == 0 && !(prevLower && xc & (CharClass.upper | CharClass.digit) != 0) { return false }
            k += 1
        }
        guard labelEnds else { return false }
        k = i - 1
        while k >= start && i - k < 24 {
            let x = t[k]
            if isByte(x, UInt8(ascii: ":")) { return k < i - 1 }
            if x.kind == .punctuation && !(isByte(x, UInt8(ascii: "(")) || isByte(x, UInt8(ascii: ")")) || isByte(x, UInt8(ascii: ","))) { return false }
            k -= 1
        }
        return false
    }

    // MARK: Line breaks

    private func isListMarker(_ tokens: UnsafeBufferPointer<Token>, _ i: Int) -> Bool {
        let t = tokens[i]
        switch t.kind {
        case .punctuation, .symbol:
            if length(t) == 1 {
                let b = p[t.start]
                return b == UInt8(ascii: "-") || b == UInt8(ascii: "*") || b == UInt8(ascii: "+") || b == UInt8(ascii: ">")
            }
            switch scalar(t) {
            case 0x2022, 0x2023, 0x2043, 0x2013, 0x2014, 0xB7, 0x25AA, 0x25AB, 0x25CF, 0x25E6, 0x25A0, 0x25A1, 0x2192, 0x27A2, 0x2713, 0x2714:
                return true
            default:
                return false
            }
        case .number, .abbreviation:
            // "1." or "a." opening a line.
            if p[t.end - 1] == UInt8(ascii: ".") && length(t) <= 3 { return true }
            fallthrough
        case .word:
            // "1)" or "a)".
            if length(t) <= 2 && !t.spaceAfter && i + 1 < tokens.count && isByte(tokens[i + 1], UInt8(ascii: ")")) && tokens[i + 1].spaceAfter {
                return true
            }
            return false
        case .emoji:
            return true
        default:
            return false
        }
    }

    private func lineBreakStartsSentence(_ tokens: UnsafeBufferPointer<Token>, _ i: Int, _ lineStart: Int) -> Bool {
        if isListMarker(tokens, i) { return true }
        let prev = tokens[i - 1]
        let last = p[prev.end - 1]
        // A line ending in a comma, a connecting sign or a word broken by a hyphen goes on.
        if last == UInt8(ascii: ",") || last == UInt8(ascii: ";") || last == UInt8(ascii: "-") || last == UInt8(ascii: "(") || last == UInt8(ascii: "/") || last == UInt8(ascii: "&") {
            return false
        }
        let t = tokens[i]
        let c = firstClass(t)
        var starts = c & (CharClass.upper | CharClass.digit) != 0
        if !starts && t.kind == .punctuation {
            let r = role(tokens, i)
            starts = (r == .openQuote || r == .openBracket) && i + 1 < tokens.count && firstClass(tokens[i + 1]) & CharClass.upper != 0
        }
        guard starts else { return false }
        // A line ending in an emoji ends a sentence however long it is.
        return last == UInt8(ascii: ":") || prev.kind == .emoji || prev.end - tokens[lineStart].start < SentenceSplitter.headingLength
    }
}
