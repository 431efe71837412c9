import DiepgangCore
import DiepgangTokenizer
import DiepgangLanguage
import DiepgangLexicon
import DiepgangNotes

/// What one sentence holds, after quotes and negation.
struct SentenceInfo: Sendable {
    var tokens: Range<Int>
    var isQuestion = false
    var ik = 0, wij = 0, jij = 0, ander = 0
    var narrative = 0.0
    var feeling = 0.0
    var hasTime = false
    var hasQuote = false
    /// Summed cue weight per phase 1…5.
    var phase = PhaseWeights(repeating: 0)
    var piekeren = 0.0
    var reflecteren = 0.0
    var hedge = 0.0
    var link = 0.0
    var purpose = 0.0
    var earlierWeight = 0.0
    var futureWeight = 0.0
    /// Weight of past-tense verbs: a sentence that tells, rather than plans.
    var past = 0.0
    var spijt = false

    /// Points back to an earlier moment (a weak cue such as "in maart" only with a past tense).
    var earlier: Bool { earlierWeight >= 1 || (earlierWeight > 0 && past > 0) }
    /// Points ahead (a weak cue such as "in september" only without a past tense).
    var future: Bool { futureWeight >= 1 || (futureWeight > 0 && past == 0) }

    var persons: Int { ik + wij + jij + ander }
}

/// A weight per spiral phase, indexed 1…5 (0 unused), without an allocation per sentence.
typealias PhaseWeights = SixValues<Double>

/// A why-question found in a sentence, before it is turned into output.
struct FoundWhy: Sendable {
    var sentence: Int
    var indirect: Bool
    var kind: WhyKind
    var purposeLinked: Bool
    /// The cue that opened it (for the marker).
    var cue: Int
}

/// The arrays one analysis works in, declared once: `NoteRun` works in them, and
/// `AnalysisWorkspace` keeps them from note to note on one thread, cleared but not freed, so a
/// batch worker allocates them once instead of some twenty times per note.
struct NoteArrays: Sendable {
    var tokenization = Tokenization()
    var matches: [LexiconMatch] = []
    var matchSentence: [Int32] = []
    var inQuote: [Bool] = []
    var clauseOf: [Int32] = []
    var clauseRanges: [Range<Int>] = []
    var clauseNegators: [Int32] = []
    var clauseHypothetical: [Bool] = []
    /// Bit set per clause of the persons in it: 1 ik, 2 wij, 4 jij, 8 ander.
    var clausePersons: [UInt8] = []
    var negator: [Bool] = []
    /// Tokens from which a negation runs to the end of their sentence.
    var followingNegators: [Int32] = []
    var cues: [Cue] = []
    /// Cues of sentence s: cues[cueRange[s]] (after `indexCues`).
    var cueRange: [Range<Int>] = []
    var sentences: [SentenceInfo] = []
    var whys: [FoundWhy] = []
    /// The categories each sentence holds, one bit per category, and the phases of its phase cues
    /// (`NoteRun.phaseBit`): kept by `indexCues`, which runs after every change to the cues, so a
    /// rule skips at a glance the sentences without the cues it acts on; `heldInNote` is all of
    /// them together, so a rule skips a note as quickly.
    var held: [UInt64] = []
    var heldInNote: UInt64 = 0
    /// Cues proposed by the rules that propose, added after their run (`applyRules`).
    var proposed: [Cue] = []
    /// Did `makeCues` make a cue of an entry that counts only beside a link (`ContextCauseRule`)?
    /// Set where the entry's role is read anyway, so the rule need not read every cue's role again.
    var linkCues = false
    /// Did it make a cue of an entry read as one whole (flag `whole`, `IdiomRule`)? Likewise.
    var wholeCues = false
}

/// What an analysis works in, kept from note to note on one thread (`Analyzer.analyse(_:options:workspace:)`).
public struct AnalysisWorkspace: Sendable {
    var arrays = NoteArrays()
    /// Used by the steps of `NoteRun.run` only: kept out of the `NoteRun`, which is then cheaper
    /// to copy (the scoring code captures it in closures).
    var keys = TokenKeys()
    /// The linguistic layer's reading of the note (lemmas, word classes, clauses, voice).
    var language = LanguageAnnotation()
    var scratch = Scratch()

    /// Per-token and per-cue flags used inside one step of the analysis.
    struct Scratch: Sendable {
        var boundary: [Bool] = []
        var hypothetical: [Bool] = []
        var person: [UInt8] = []
        var covered: [Bool] = []
        var keep: [Bool] = []
        var claimed: [UInt64] = []
        var order: [Int] = []
    }

    public init() {}
}

/// The working state of one analysis: tokens, matches, cues. Lives on the caller's stack; its
/// arrays are borrowed from an `AnalysisWorkspace` and handed back (`exchange(with:)`).
struct NoteRun {
    let analyzer: Analyzer
    let text: UnsafeBufferPointer<UInt8>
    var arrays = NoteArrays()
    /// First, second person outside quotes: the writer's own voice.
    var voice = 0

    /// A run on `text` in the arrays of `workspace` (emptied, capacity kept).
    init(analyzer: Analyzer, text: UnsafeBufferPointer<UInt8>, workspace: inout AnalysisWorkspace) {
        self.analyzer = analyzer
        self.text = text
        exchange(with: &workspace)
        // `tokenization` is reset by the tokenizer, the per-token arrays by the step that fills them.
        arrays.matches.removeAll(keepingCapacity: true)
        arrays.matchSentence.removeAll(keepingCapacity: true)
        arrays.followingNegators.removeAll(keepingCapacity: true)
        arrays.cues.removeAll(keepingCapacity: true)
        arrays.sentences.removeAll(keepingCapacity: true)
        arrays.whys.removeAll(keepingCapacity: true)
        arrays.proposed.removeAll(keepingCapacity: true)
        arrays.linkCues = false
        arrays.wholeCues = false
    }

    /// Borrows the workspace's arrays at the start, hands them back at the end.
    mutating func exchange(with w: inout AnalysisWorkspace) {
        swap(&arrays, &w.arrays)
    }

    mutating func run(keys: inout TokenKeys, language: inout LanguageAnnotation, scratch: inout AnalysisWorkspace.Scratch) {
        // Borrowed, not copied: the analyser keeps its tables behind one reference.
        let analyzer = self.analyzer
        analyzer.withTables { lexicons, tokenizer in
            tokenizer.tokenize(text, into: &arrays.tokenization)
            arrays.tokenization.tokens.withUnsafeBufferPointer { lexicons.computeKeys(text, tokens: $0, into: &keys) }
            if lexicons.usesLemmas, let layer = analyzer.language {
                layer.annotate(text, arrays.tokenization, into: &language)
                let annotation = language
                lexicons.computeLemmaKeys(tokenCount: arrays.tokenization.tokens.count, lemma: { t, body in
                    annotation.withLemmaBytes(annotation.lemma[t], body)
                }, into: &keys)
            }
            markQuotes()
            for (s, span) in arrays.tokenization.sentences.enumerated() {
                let before = arrays.matches.count
                lexicons.match(&keys, tokens: span.tokens, into: &arrays.matches)
                for _ in before..<arrays.matches.count { arrays.matchSentence.append(Int32(s)) }
                arrays.sentences.append(SentenceInfo(tokens: span.tokens))
            }
        }
        markClauses(scratch: &scratch)
        makeCues()
        resolveOverlaps(scratch: &scratch)
        applySentenceRoles()
        findWhyQuestions()
    }

    // MARK: Tokens

    var weights: Weights { analyzer.weights }

    @inline(__always) func byte(_ i: Int) -> UInt8 { text[tokens(i).start] }
    @inline(__always) func tokens(_ i: Int) -> Token { arrays.tokenization.tokens[i] }

    /// Is token i exactly these bytes?
    func tokenIs(_ i: Int, _ bytes: [UInt8]) -> Bool {
        let t = arrays.tokenization.tokens[i]
        guard t.end - t.start == bytes.count else { return false }
        for k in 0..<bytes.count where text[t.start + k] != bytes[k] { return false }
        return true
    }

    /// Is token i exactly these two (three) bytes? Compared in place: a static byte array is
    /// looked up through a lazy global on every call.
    @inline(__always) func tokenIs(_ i: Int, _ a: UInt8, _ b: UInt8) -> Bool {
        let t = arrays.tokenization.tokens[i]
        return t.end - t.start == 2 && text[t.start] == a && text[t.start + 1] == b
    }

    @inline(__always) func tokenIs(_ i: Int, _ a: UInt8, _ b: UInt8, _ c: UInt8) -> Bool {
        let t = arrays.tokenization.tokens[i]
        return t.end - t.start == 3 && text[t.start] == a && text[t.start + 1] == b && text[t.start + 2] == c
    }

    // The marks as bytes (UTF-8).
    private static let leftDouble: (UInt8, UInt8, UInt8) = (0xE2, 0x80, 0x9C)   // “
    private static let rightDouble: (UInt8, UInt8, UInt8) = (0xE2, 0x80, 0x9D)  // ”
    private static let lowDouble: (UInt8, UInt8, UInt8) = (0xE2, 0x80, 0x9E)    // „
    private static let leftSingle: (UInt8, UInt8, UInt8) = (0xE2, 0x80, 0x98)   // ‘
    private static let rightSingle: (UInt8, UInt8, UInt8) = (0xE2, 0x80, 0x99)  // ’
    private static let dashEn: (UInt8, UInt8, UInt8) = (0xE2, 0x80, 0x93)       // –
    private static let dashEm: (UInt8, UInt8, UInt8) = (0xE2, 0x80, 0x94)       // —
    private static let guillemetOpen: (UInt8, UInt8) = (0xC2, 0xAB)             // «
    private static let guillemetClose: (UInt8, UInt8) = (0xC2, 0xBB)            // »
    private static let twoCommas: (UInt8, UInt8) = (0x2C, 0x2C)                 // ,,
    private static let twoApostrophes: (UInt8, UInt8) = (0x27, 0x27)            // ''

    @inline(__always) func tokenIs(_ i: Int, _ m: (UInt8, UInt8, UInt8)) -> Bool { tokenIs(i, m.0, m.1, m.2) }
    @inline(__always) func tokenIs(_ i: Int, _ m: (UInt8, UInt8)) -> Bool { tokenIs(i, m.0, m.1) }

    /// Marks the tokens inside quotation marks: someone else's words (or the writer's quoted
    /// speech), not the writer's own judgement. Quotes never run past a blank line.
    mutating func markQuotes() {
        let n = arrays.tokenization.tokens.count
        // Written through a raw buffer: no uniqueness check per token.
        var inQuote: [Bool] = []
        swap(&inQuote, &self.arrays.inQuote)
        defer { swap(&inQuote, &self.arrays.inQuote) }
        inQuote.reset(repeating: false, count: n)
        // 0 none, 1 straight double, 2 curly double, 3 single, 4 guillemets, 5 low-9 double,
        // 6 two commas (the newspaper style ,,…'' or ,,…”)
        var open = 0
        inQuote.withUnsafeMutableBufferPointer { inQuote in
        for i in 0..<n {
            if arrays.tokenization.startsParagraph(i) { open = 0 }
            let t = arrays.tokenization.tokens[i]
            let len = t.end - t.start
            guard t.kind == .punctuation || t.kind == .symbol, len <= 3 else {
                inQuote[i] = open != 0
                continue
            }
            let spaceBefore = i == 0 || arrays.tokenization.tokens[i - 1].spaceAfter || arrays.tokenization.lineBreaksBefore[i] > 0
            var opens = false, closes = false
            if len == 1 && text[t.start] == 0x22 {
                if open == 1 { closes = true } else if open == 0 { opens = true; open = 1 }
            } else if len == 1 && text[t.start] == 0x27 {
                if open == 3 && !spaceBefore { closes = true } else if open == 0 && spaceBefore && !t.spaceAfter { opens = true; open = 3 }
            } else if tokenIs(i, Self.leftDouble) {
                if open == 0 { opens = true; open = 2 } else if open == 5 { closes = true }
            } else if tokenIs(i, Self.rightDouble) {
                if open == 2 || open == 5 || open == 6 { closes = true } else if open == 0 && spaceBefore && !t.spaceAfter { opens = true; open = 2 }
            } else if tokenIs(i, Self.lowDouble) {
                if open == 0 { opens = true; open = 5 }
            } else if tokenIs(i, Self.leftSingle) {
                if open == 0 { opens = true; open = 3 }
            } else if tokenIs(i, Self.rightSingle) {
                if open == 3 { closes = true } else if open == 0 && spaceBefore && !t.spaceAfter { opens = true; open = 3 }
            } else if tokenIs(i, Self.twoCommas) {
                if open == 0 { opens = true; open = 6 }
            } else if tokenIs(i, Self.twoApostrophes) {
                if open == 6 || open == 3 { closes = true }
            } else if tokenIs(i, Self.guillemetOpen) {
                if open == 0 { opens = true; open = 4 }
            } else if tokenIs(i, Self.guillemetClose) {
                if open == 4 { closes = true }
            }
            inQuote[i] = open != 0 || opens || closes
            if closes { open = 0 }
        }
        }
    }

    /// Is this token a punctuation mark that ends a clause (comma, colon, dash, bracket, quote)?
    func isClausePunctuation(_ i: Int) -> Bool { NoteRun.isClausePunctuation(arrays.tokenization.tokens[i], text) }

    static func isClausePunctuation(_ t: Token, _ text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard t.kind == .punctuation else { return false }
        let len = t.end - t.start
        if len == 1 {
            switch text[t.start] {
            case UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "("), UInt8(ascii: ")"),
                 UInt8(ascii: "-"), 0x22, UInt8(ascii: "?"), UInt8(ascii: "!"), UInt8(ascii: "."):
                return true
            default: return false
            }
        }
        // – — “ ”
        guard len == 3, text[t.start] == 0xE2, text[t.start + 1] == 0x80 else { return false }
        let c = text[t.start + 2]
        return c == 0x93 || c == 0x94 || c == 0x9C || c == 0x9D
    }

    /// Does the sentence name someone: a capitalised word that does not start the sentence?
    func hasName(_ range: Range<Int>) -> Bool {
        guard let first = firstWord(range) else { return false }
        for t in range where t > first && arrays.tokenization.tokens[t].kind == .word && !arrays.inQuote[t] {
            let b = text[arrays.tokenization.tokens[t].start]
            if b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z") { return true }
        }
        return false
    }

    /// Are two tokens the same word, ignoring case? (Static: a rule calls it inside its loop
    /// over buffers without copying the run.)
    static func sameWord(_ x: Token, _ y: Token, in text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard x.end - x.start == y.end - y.start else { return false }
        for k in 0..<(x.end - x.start) {
            let p = text[x.start + k], q = text[y.start + k]
            if p != q && (p | 0x20) != (q | 0x20) { return false }
        }
        return true
    }

    func hasColon(_ range: Range<Int>) -> Bool {
        range.contains { arrays.tokenization.tokens[$0].end - arrays.tokenization.tokens[$0].start == 1 && text[arrays.tokenization.tokens[$0].start] == UInt8(ascii: ":") }
    }

    func isQuestionMark(_ i: Int) -> Bool {
        let t = arrays.tokenization.tokens[i]
        return t.end - t.start == 1 && text[t.start] == UInt8(ascii: "?")
    }

    /// Splits sentences into clauses and records, per clause, its negators, whether it is
    /// hypothetical and which persons it mentions.
    mutating func markClauses(scratch: inout AnalysisWorkspace.Scratch) {
        let n = arrays.tokenization.tokens.count
        var boundary: [Bool] = [], hypothetical: [Bool] = [], person: [UInt8] = [], coveredByFollowing: [Bool] = []
        swap(&boundary, &scratch.boundary)
        swap(&hypothetical, &scratch.hypothetical)
        swap(&person, &scratch.person)
        swap(&coveredByFollowing, &scratch.covered)
        defer {
            swap(&boundary, &scratch.boundary)
            swap(&hypothetical, &scratch.hypothetical)
            swap(&person, &scratch.person)
            swap(&coveredByFollowing, &scratch.covered)
        }
        boundary.reset(repeating: false, count: n)
        arrays.negator.reset(repeating: false, count: n)
        hypothetical.reset(repeating: false, count: n)
        person.reset(repeating: 0, count: n)
        coveredByFollowing.reset(repeating: false, count: n)
        let roles = analyzer.roles
        // The per-token flags are written through buffers (no uniqueness check per write).
        boundary.withUnsafeMutableBufferPointer { boundary in
        hypothetical.withUnsafeMutableBufferPointer { hypothetical in
        person.withUnsafeMutableBufferPointer { person in
        coveredByFollowing.withUnsafeMutableBufferPointer { coveredByFollowing in
        for m in arrays.matches {
            let role = roles[Int(m.entry)]
            let f = Int(m.first)
            switch role.category {
            case .grens: boundary[f] = true
            case .ontkenning where role.sub == .following:
                if !arrays.inQuote[f] {
                    arrays.followingNegators.append(m.first)
                    for t in f...Int(m.last) { coveredByFollowing[t] = true }
                }
            case .hypothetisch: hypothetical[f] = true
            case .persoon where !arrays.inQuote[f]:
                switch role.sub {
                case .ik: person[f] |= 1
                case .wij: person[f] |= 2
                case .jij: person[f] |= 4
                case .ander: person[f] |= 8
                default: break
                }
            default: break
            }
        }
        }}}}
        coveredByFollowing.withUnsafeBufferPointer { coveredByFollowing in
        arrays.negator.withUnsafeMutableBufferPointer { negator in
        for m in arrays.matches {
            let role = roles[Int(m.entry)]
            if role.category == .ontkenning && role.sub == .clause && m.first == m.last && !coveredByFollowing[Int(m.first)] {
                negator[Int(m.first)] = true
            }
        }
        }}
        arrays.clauseOf.reset(repeating: 0, count: n)
        arrays.clauseRanges.removeAll(keepingCapacity: true)
        arrays.clauseNegators.removeAll(keepingCapacity: true)
        arrays.clauseHypothetical.removeAll(keepingCapacity: true)
        arrays.clausePersons.removeAll(keepingCapacity: true)
        // One pass per sentence cuts the clauses and sums what each holds; the per-token arrays
        // are read and written through raw buffers (no uniqueness check per token).
        // Nothing of `self` is touched inside the closures (a method call there copied the run per token).
        var clauseOf: [Int32] = [], clauseRanges: [Range<Int>] = [], clauseNegators: [Int32] = []
        var clausePersons: [UInt8] = [], clauseHypothetical: [Bool] = []
        swap(&clauseOf, &self.arrays.clauseOf)
        swap(&clauseRanges, &self.arrays.clauseRanges)
        swap(&clauseNegators, &self.arrays.clauseNegators)
        swap(&clausePersons, &self.arrays.clausePersons)
        swap(&clauseHypothetical, &self.arrays.clauseHypothetical)
        defer {
            swap(&clauseOf, &self.arrays.clauseOf)
            swap(&clauseRanges, &self.arrays.clauseRanges)
            swap(&clauseNegators, &self.arrays.clauseNegators)
            swap(&clausePersons, &self.arrays.clausePersons)
            swap(&clauseHypothetical, &self.arrays.clauseHypothetical)
        }
        let negator = self.arrays.negator, text = self.text
        // The sentences' token ranges are the tokenizer's (`run` made one sentence record per span).
        clauseOf.withUnsafeMutableBufferPointer { clauseOf in
        arrays.tokenization.sentences.withUnsafeBufferPointer { spans in
        arrays.tokenization.tokens.withUnsafeBufferPointer { tokens in
        boundary.withUnsafeBufferPointer { boundary in
        negator.withUnsafeBufferPointer { negator in
        person.withUnsafeBufferPointer { person in
        hypothetical.withUnsafeBufferPointer { hypothetical in
        for span in spans {
            let tokenRange = span.tokens
            var start = tokenRange.lowerBound
            var negators: Int32 = 0
            var persons: UInt8 = 0
            var clauseIsHypothetical = false
            // A supposed case ("stel dat …", "als … zou") holds to the end of its sentence.
            var supposed = false
            for i in tokenRange {
                if i > start && (boundary[i] || NoteRun.isClausePunctuation(tokens[i], text)) {
                    clauseRanges.append(start..<i)
                    clauseNegators.append(negators)
                    clausePersons.append(persons)
                    clauseHypothetical.append(clauseIsHypothetical)
                    negators = 0
                    persons = 0
                    clauseIsHypothetical = false
                    start = i
                }
                clauseOf[i] = Int32(clauseRanges.count)
                if negator[i] { negators += 1 }
                persons |= person[i]
                if hypothetical[i] { supposed = true }
                if supposed { clauseIsHypothetical = true }
            }
            if start < tokenRange.upperBound {
                clauseRanges.append(start..<tokenRange.upperBound)
                clauseNegators.append(negators)
                clausePersons.append(persons)
                clauseHypothetical.append(clauseIsHypothetical)
            }
        }
        }}}}}}}
    }

    /// Is the match negated: an odd number of negators in its clause (outside the match
    /// itself), plus the negations that run on from earlier in the sentence?
    func isNegated(_ m: LexiconMatch, sentence: Int) -> Bool {
        let f = Int(m.first), l = Int(m.last)
        let c = Int(arrays.clauseOf[f])
        var count = 0
        if arrays.clauseNegators[c] > 0 {
            // After the match a negator is near its verb ("ik schaam me niet", "dat lukte me gewoon
            // niet"); further on it belongs to the next verb ("ik schaam me tegenover de collega's en
            // durf morgen niet te gaan").
            for t in arrays.clauseRanges[c] where arrays.negator[t] && (t < f || (t > l && t <= l + analyzer.weights.negationReach)) { count += 1 }
        }
        let start = arrays.sentences[sentence].tokens.lowerBound
        for t in arrays.followingNegators where Int(t) < f && Int(t) >= start { count += 1 }
        return count % 2 == 1
    }

    /// The first word token of a sentence (after bullets, quotes and numbering).
    func firstWord(_ s: Range<Int>) -> Int? { NoteRun.firstWord(s, in: arrays.tokenization.tokens) }

    /// As `firstWord(_:)`, given the tokens: what `makeCues` calls, where a call of the method
    /// copied the whole run first.
    static func firstWord(_ s: Range<Int>, in tokens: [Token]) -> Int? {
        s.first { tokens[$0].kind == .word || tokens[$0].kind == .abbreviation }
    }

    // MARK: Cues

    mutating func makeCues() {
        // Every token is read once: through buffers, without a bounds check per token.
        let text = self.text
        arrays.tokenization.tokens.withUnsafeBufferPointer { tokens in
        arrays.inQuote.withUnsafeBufferPointer { inQuote in
        for s in arrays.sentences.indices {
            var question = false
            var quote = false
            var time = false
            for i in arrays.sentences[s].tokens {
                if inQuote[i] { quote = true; continue }
                let t = tokens[i]
                if t.end - t.start == 1 && text[t.start] == UInt8(ascii: "?") { question = true }
                if t.kind == .time || t.kind == .date { time = true }
            }
            arrays.sentences[s].isQuestion = question
            arrays.sentences[s].hasQuote = quote
            arrays.sentences[s].hasTime = time
        }
        }
        }
        // The cues are appended to a local array (the run's handed back at the end), and of the
        // (large) sentence record only the fields read are: no copy of either per match.
        var cues: [Cue] = []
        swap(&cues, &arrays.cues)
        defer { swap(&cues, &arrays.cues) }
        let roles = analyzer.roles
        for (k, m) in arrays.matches.enumerated() {
            let role = roles[Int(m.entry)]
            switch role.category {
            case .grens, .ontkenning, .hypothetisch: continue
            default: break
            }
            let s = Int(arrays.matchSentence[k])
            let f = Int(m.first)
            if arrays.inQuote[f] && !role.flags.insideQuotes { continue }
            let isQuestion = arrays.sentences[s].isQuestion
            if role.flags.questionOnly && !isQuestion { continue }
            if role.flags.statementOnly && isQuestion { continue }
            if role.flags.sentenceStart && NoteRun.firstWord(arrays.sentences[s].tokens, in: arrays.tokenization.tokens) != f { continue }
            var cue = Cue(entry: Int32(m.entry), first: m.first, last: m.last, sentence: Int32(s),
                          category: role.category, pole: role.pole,
                          dimension: role.dimension, phase: role.phase, sub: role.sub, weight: role.weight,
                          negated: false)
            if role.flags.negation != .keep && isNegated(m, sentence: s) {
                if role.flags.negation == .cancel { continue }
                cue.pole = cue.pole?.opposite
                cue.negated = true
            }
            // A judgement or absolute word in a supposed case is not the writer's verdict.
            if cue.pole == .piekeren && cue.category != .spijt && arrays.clauseHypothetical[Int(arrays.clauseOf[f])] {
                cue.weight *= weights.hypotheticalFactor
            }
            if role.flags.needsLink { arrays.linkCues = true }
            if role.flags.readsWhole { arrays.wholeCues = true }
            cues.append(cue)
        }
    }

    /// Overlapping cues that answer the same question keep only the longest: "niet altijd"
    /// (nuance) wins over "altijd" (absolute), "ik had ook kunnen" over "ik had".
    mutating func resolveOverlaps(scratch: inout AnalysisWorkspace.Scratch) {
        @inline(__always) func group(_ c: Cue) -> Int {
            if let d = c.dimension, c.pole != nil { return Int(d.hashValueStable) }
            if c.category == .fase { return 100 + Int(c.phase) }
            return 200 + c.category.index
        }
        // The groups as bits (5 dimensions, phases 0…5, then the categories), so the tokens a
        // group has claimed are one mask per token of the sentence. That they fit in 64 bits is
        // checked when the analyser is made (`overlapGroupCount`).
        @inline(__always) func groupBit(_ c: Cue) -> UInt64 {
            let g = group(c)
            let index = g < 100 ? g : g < 200 ? 5 + (g - 100) : 11 + (g - 200)
            return 1 << UInt64(index)
        }
        indexCues()
        var keep: [Bool] = [], claimed: [UInt64] = [], order: [Int] = []
        swap(&keep, &scratch.keep)
        swap(&claimed, &scratch.claimed)
        swap(&order, &scratch.order)
        defer {
            swap(&keep, &scratch.keep)
            swap(&claimed, &scratch.claimed)
            swap(&order, &scratch.order)
        }
        keep.reset(repeating: true, count: arrays.cues.count)
        // Each sentence's cues heaviest first, then longest, then in order: a total order, so any
        // sort gives the same sequence. One array of all indices, each sentence's part sorted in
        // place (few cues a sentence: moved in one by one, without the library sort's set-up).
        order.removeAll(keepingCapacity: true)
        order.append(contentsOf: arrays.cues.indices)
        arrays.cues.withUnsafeBufferPointer { all in
            func before(_ x: Int, _ y: Int) -> Bool {
                let a = all[x], b = all[y]
                if a.weight != b.weight { return a.weight > b.weight }
                if a.length != b.length { return a.length > b.length }
                return x < y
            }
            order.withUnsafeMutableBufferPointer { order in
                for range in arrays.cueRange where range.count > 1 {
                    var part = UnsafeMutableBufferPointer(rebasing: order[range])
                    if !part.insertionSort(from: 1, by: before) { part.sort(by: before) }
                }
            }
        }
        for range in arrays.cueRange where !range.isEmpty {
            // An entry of weight 0 is a stop pattern: what it overlaps in its group does not
            // count ("het piekeren", talked about, is no brooding). It goes itself as well.
            for b in range where arrays.cues[b].weight == 0 {
                keep[b] = false
                for i in range where i != b && arrays.cues[i].weight > 0 && group(arrays.cues[i]) == group(arrays.cues[b]) && arrays.cues[i].overlaps(arrays.cues[b]) {
                    keep[i] = false
                }
            }
            // Tokens claimed per group, so the check costs the cue's length, not the number
            // of cues kept so far (a long run-on sentence was quadratic).
            var base = Int(arrays.cues[range.lowerBound].first), end = base
            for i in range { base = min(base, Int(arrays.cues[i].first)); end = max(end, Int(arrays.cues[i].last)) }
            let span = end - base + 1
            if claimed.count < span { claimed = Array(repeating: 0, count: Swift.max(span, 2 * claimed.count)) }
            // Read and written through buffers: a check and a mark per token of every cue.
            arrays.cues.withUnsafeBufferPointer { cues in
            order.withUnsafeBufferPointer { order in
            keep.withUnsafeMutableBufferPointer { keep in
            claimed.withUnsafeMutableBufferPointer { claimed in
                for t in 0..<span { claimed[t] = 0 }
                for i in order[range] where keep[i] {
                    let c = cues[i]
                    let bit = groupBit(c)
                    for t in Int(c.first)...Int(c.last) where claimed[t - base] & bit != 0 {
                        keep[i] = false
                        break
                    }
                    if keep[i] {
                        for t in Int(c.first)...Int(c.last) { claimed[t - base] |= bit }
                    }
                }
            }}}}
        }
        // Regret is not an alternative and not an intention: a phase cue inside or beside
        // a "had ik maar" in the same clause goes.
        for range in arrays.cueRange where range.contains(where: { keep[$0] && arrays.cues[$0].category == .spijt }) {
            for i in range where keep[i] && arrays.cues[i].category == .fase {
            for r in range where keep[r] && arrays.cues[r].category == .spijt {
                let sameClause = arrays.clauseOf[Int(arrays.cues[r].first)] == arrays.clauseOf[Int(arrays.cues[i].first)]
                if arrays.cues[r].overlaps(arrays.cues[i]) || (sameClause && arrays.cues[i].phase == 4) { keep[i] = false; break }
            }
            }
        }
        // Compacted in place, through buffers: the kept cues in their order.
        var kept = 0
        keep.withUnsafeBufferPointer { keep in
            arrays.cues.withUnsafeMutableBufferPointer { cues in
                for i in cues.indices where keep[i] {
                    cues[kept] = cues[i]
                    kept += 1
                }
            }
        }
        arrays.cues.removeLast(arrays.cues.count - kept)
        indexCues(inOrder: true)
    }

    /// The overlap groups `resolveOverlaps` tells apart: 5 dimensions, phases 0…5 and every
    /// category. Each is a bit of a 64-bit mask, as is each category in `held`: `Analyzer` refuses
    /// to start when they outgrow it, so no analysis can run with a mask too small.
    static let overlapGroupCount = Dimension.allCases.count + 6 + Category.other.index + 1

    /// Orders the cues by sentence and position and records each sentence's range. `inOrder`:
    /// the caller kept them in order (it only removed cues, or merged new ones in), so not even
    /// the look for one out of place is needed.
    mutating func indexCues(inOrder: Bool = false) {
        let precedes = NoteRun.precedes
        // After a removal the cues are still in order: a look costs less than a sort, and the
        // (stable) sort would leave them as they are.
        // (Both passes read through buffers: the rules re-index several times per note.)
        let firstOutOfOrder = inOrder ? 0 : arrays.cues.withUnsafeBufferPointer { cues in
            cues.indices.dropFirst().first { precedes(cues[$0], cues[$0 - 1]) } ?? 0
        }
        if firstOutOfOrder > 0 {
            // Mostly a few cues out of place: moved in one by one (stable, as the sort is).
            let sorted = arrays.cues.withUnsafeMutableBufferPointer { $0.insertionSort(from: firstOutOfOrder, by: precedes) }
            if !sorted { arrays.cues.sort(by: precedes) }
        }
        arrays.cueRange.reset(repeating: 0..<0, count: arrays.sentences.count)
        arrays.held.reset(repeating: 0, count: arrays.sentences.count)
        var inNote: UInt64 = 0
        arrays.cues.withUnsafeBufferPointer { cues in
        arrays.held.withUnsafeMutableBufferPointer { held in
            arrays.cueRange.withUnsafeMutableBufferPointer { ranges in
                var i = 0
                for s in ranges.indices {
                    let start = i
                    var categories: UInt64 = 0
                    while i < cues.count && cues[i].sentence == Int32(s) {
                        categories |= NoteRun.bit(cues[i].category)
                        if cues[i].category == .fase { categories |= NoteRun.phaseBit(cues[i].phase) }
                        i += 1
                    }
                    ranges[s] = start..<i
                    held[s] = categories
                    inNote |= categories
                }
            }
        }
        }
        arrays.heldInNote = inNote
    }

    /// The order `indexCues` sorts the cues in: by sentence, by position (longer first), then by
    /// category and entry.
    static func precedes(_ a: Cue, _ b: Cue) -> Bool {
        if a.sentence != b.sentence { return a.sentence < b.sentence }
        if a.first != b.first { return a.first < b.first }
        if a.last != b.last { return a.last > b.last }
        if a.category != b.category { return a.category.index < b.category.index }
        return a.entry < b.entry
    }

    // MARK: Sentence roles

    /// Tallies each sentence (persons, tense, telling, hedges, links), decides the writer's voice,
    /// runs the rules (`RuleRegistry`) and sums what the verdict reads per sentence.
    mutating func applySentenceRoles() {
        tallySentences()
        findVoice()
        applyRules()
        tallyPhasesAndPoles()
    }

    /// Who is in each sentence, and what kind of sentence it is.
    mutating func tallySentences() {
        // The clauses that hold regret; most notes hold none (then no set is built).
        var regretClauses: Set<Int32> = []
        if noteHolds(anyOf: NoteRun.bit(.spijt)) {
            for cue in arrays.cues where cue.category == .spijt { regretClauses.insert(arrays.clauseOf[Int(cue.first)]) }
        }
        // The sentence records are written through a buffer: a uniqueness check per cue otherwise.
        arrays.sentences.withUnsafeMutableBufferPointer { sentences in
        for cue in arrays.cues {
            let s = Int(cue.sentence)
            switch cue.category {
            case .persoon:
                switch cue.sub {
                case .ik: sentences[s].ik += 1
                case .wij: sentences[s].wij += 1
                case .jij: sentences[s].jij += 1
                case .ander: sentences[s].ander += 1
                default: break
                }
            case .verhaal:
                // A counterfactual ("had ik maar anders gereageerd") tells nothing that happened.
                if !regretClauses.isEmpty && regretClauses.contains(arrays.clauseOf[Int(cue.first)]) { break }
                if cue.sub == .verleden || cue.sub == .spreken { sentences[s].past += cue.weight }
                // A feeling now ("ik ben moe") is no account; a feeling then is.
                if cue.sub != .gevoel { sentences[s].narrative += cue.weight } else { sentences[s].feeling += cue.weight }
            case .waarneming: sentences[s].narrative += cue.weight
            case .eerder: sentences[s].earlierWeight += cue.weight
            case .toekomst: sentences[s].futureWeight += cue.weight
            case .voorbehoud: sentences[s].hedge += cue.weight
            case .verband: sentences[s].link += cue.weight
            case .doel: sentences[s].purpose += cue.weight
            case .spijt: sentences[s].spijt = true
            default: break
            }
        }
        }
    }

    /// The writer's own voice: ik or wij outside quotes. A generic "je" counts only when it
    /// carries the note (reflection in the second person, `voice.generic_you_min` times or more),
    /// not as the odd "je" of a report.
    mutating func findVoice() {
        // Summed by index: a reduce copies each (large) sentence record into its closure.
        var jij = 0, own = 0
        for s in arrays.sentences.indices {
            jij += arrays.sentences[s].jij
            own += arrays.sentences[s].ik + arrays.sentences[s].wij + (arrays.sentences[s].isQuestion && !arrays.sentences[s].hasQuote ? 1 : 0)
        }
        // A question of the writer's own (outside quotes) is the writer's voice as well: "Waarom
        // wilde hij er niet uit?" in a note about a client, written without "ik".
        voice = own + (jij >= weights.genericYouMinimum ? jij : 0)
    }

    /// Runs the rules in the order of `RuleRegistry.all`. A run of rules that propose reads the
    /// cues as the rules before it left them: their proposals are added together after the run,
    /// so they do not see each other's cues.
    mutating func applyRules() {
        var proposing = false
        for rule in weights.rules {
            if rule.proposes {
                proposing = true
            } else if proposing {
                acceptProposed()
                proposing = false
            }
            rule.apply(to: &self)
        }
        if proposing { acceptProposed() }
    }

    /// Does sentence `s` hold a cue of this category (as `indexCues` found)? Most sentences hold
    /// no phase cue, and then a rule skips the scans for one.
    func holds(_ s: Int, _ category: Category) -> Bool {
        arrays.held[s] & NoteRun.bit(category) != 0
    }

    /// Does sentence `s` hold a cue of any of the categories in `mask` (`bit(_:)` ored)?
    func holds(_ s: Int, anyOf mask: UInt64) -> Bool {
        arrays.held[s] & mask != 0
    }

    /// Does the note hold a cue of any of the categories (or phases) in `mask`?
    func noteHolds(anyOf mask: UInt64) -> Bool {
        arrays.heldInNote & mask != 0
    }

    /// Does sentence `s` hold a phase cue of this phase (as `indexCues` found)?
    func holds(_ s: Int, phase: Int8) -> Bool {
        arrays.held[s] & NoteRun.phaseBit(phase) != 0
    }

    /// A category's bit in `held`.
    static func bit(_ category: Category) -> UInt64 { 1 << UInt64(category.index) }

    /// A phase's bit in `held`: the top six bits, above the categories (`Analyzer` checks that the
    /// categories and overlap groups fit in 64 bits, which leaves these free). A phase outside
    /// 0…5 has none.
    static func phaseBit(_ phase: Int8) -> UInt64 {
        phase >= 0 && phase <= 5 ? 1 << UInt64(58 + Int(phase)) : 0
    }

    /// Adds the cues the proposing rules proposed. The cues are in order (`indexCues`) and the
    /// proposals few: merged into them from the back, in place (sorted in one by one, each moved
    /// past every cue after it), with the same result as the stable sort of the cues followed by
    /// the proposals.
    mutating func acceptProposed() {
        guard !arrays.proposed.isEmpty else { return }
        let precedes = NoteRun.precedes
        let n = arrays.cues.count
        arrays.proposed.withUnsafeMutableBufferPointer { proposed in
            if !proposed.insertionSort(from: 1, by: precedes) { proposed.sort(by: precedes) }
        }
        arrays.cues += arrays.proposed
        arrays.proposed.withUnsafeBufferPointer { proposed in
            arrays.cues.withUnsafeMutableBufferPointer { cues in
                var i = n - 1, j = proposed.count - 1, k = cues.count - 1
                // A proposal goes before a cue only when it sorts strictly before it: ties keep the cue first.
                while j >= 0 {
                    if i >= 0 && precedes(proposed[j], cues[i]) {
                        cues[k] = cues[i]
                        i -= 1
                    } else {
                        cues[k] = proposed[j]
                        j -= 1
                    }
                    k -= 1
                }
            }
        }
        arrays.proposed.removeAll(keepingCapacity: true)
        indexCues(inOrder: true)
    }

    /// Proposes a cue on the span of `anchor` in sentence `s` (added after the run of proposing rules).
    mutating func propose(on anchor: Cue, sentence s: Int, category: Category, pole: Pole? = nil, dimension: Dimension? = nil,
                          phase: Int8 = 0, weight: Double) {
        arrays.proposed.append(Cue(entry: -1, first: anchor.first, last: anchor.last, sentence: Int32(s), category: category,
                            pole: pole, dimension: dimension, phase: phase, sub: .none, weight: weight, negated: false))
    }

    /// Sums what the verdict reads per sentence: the weight per phase and per pole.
    mutating func tallyPhasesAndPoles() {
        // Phase cues below `phase.weak_below` ("nu", "sinds") only support a phase that a real cue
        // in the same sentence opened.
        // Sentence by sentence, through the index (the rules left every cue in it): only those
        // with a phase cue, and the weak weights summed in place of an array per note.
        let weakBelow = weights.phaseWeakBelow
        for s in arrays.sentences.indices where holds(s, .fase) {
            var weak = PhaseWeights(repeating: 0)
            for i in arrays.cueRange[s] where arrays.cues[i].category == .fase {
                let cue = arrays.cues[i]
                if cue.weight < weakBelow { weak[Int(cue.phase)] += cue.weight } else { arrays.sentences[s].phase[Int(cue.phase)] += cue.weight }
            }
            for p in 1...5 where arrays.sentences[s].phase[p] > 0 { arrays.sentences[s].phase[p] += weak[p] }
        }
        for cue in arrays.cues {
            let s = Int(cue.sentence)
            if let pole = cue.pole, cue.dimension != nil {
                if pole == .piekeren { arrays.sentences[s].piekeren += cue.weight } else { arrays.sentences[s].reflecteren += cue.weight }
            }
        }
    }

    // MARK: Why-questions

    mutating func findWhyQuestions() {
        // Only a sentence with a why cue can hold a why-question (most hold none).
        for s in arrays.sentences.indices where holds(s, .waarom) {
            let info = arrays.sentences[s]
            let inS = arrays.cueRange[s]
            let blocked = inS.filter { arrays.cues[$0].category == .waarom && arrays.cues[$0].sub == .geen }
            func isBlocked(_ i: Int) -> Bool { blocked.contains { arrays.cues[$0].overlaps(arrays.cues[i]) } }
            var opener: Int? = nil
            var indirect = false
            for i in inS where arrays.cues[i].category == .waarom && !isBlocked(i) {
                if arrays.cues[i].sub == .indirect { opener = i; indirect = true; break }
                if arrays.cues[i].sub == .direct && info.isQuestion && opener == nil { opener = i }
            }
            // "Ik weet niet waarom" is a statement: reported as a marker, not a question.
            if let u = inS.first(where: { arrays.cues[$0].category == .waarom && arrays.cues[$0].sub == .uitspraak }), !indirect {
                if opener == nil || !info.isQuestion { _ = u; continue }
            }
            guard let open = opener else { continue }
            // Brooding why: self-blame, absolutes, inability, comparison, about the writer.
            var brood = 0.0
            var inquire = info.hedge + info.purpose
            for i in inS {
                let c = arrays.cues[i]
                guard let pole = c.pole, c.dimension != nil || c.category == .perspectiefname else {
                    if c.category == .aanname { inquire += c.weight }
                    continue
                }
                if pole == .piekeren { brood += c.weight } else { inquire += c.weight }
            }
            // About the writer, a little brooding tips it; about others or the team, brooding
            // must outweigh the open, inquiring cues ("waarom … eigenlijk", the client's need).
            let aboutSelf = info.ik > 0 && info.wij == 0
            // A why about one's own failing that repeats ("Waarom cijferde ik mezelf weer weg?") broods,
            // even when the note goes on to answer it (Corpus/ANNOTATION.md §9.4).
            let repeatsOwnFailing = aboutSelf && inS.contains { arrays.cues[$0].pole == .piekeren && (arrays.cues[$0].category == .herhaling || arrays.cues[$0].category == .absoluut) }
            let w = weights
            let piekerend = brood >= w.whyBrooding || (aboutSelf && brood >= w.whySelfBrooding && brood > inquire * w.whySelfInquiryFactor)
                || (brood >= w.whyOutweighing && brood > inquire) || repeatsOwnFailing
            arrays.whys.append(FoundWhy(sentence: s, indirect: indirect, kind: piekerend ? .piekerend : .onderzoekend,
                                 purposeLinked: info.purpose >= w.whyPurposeMinimum, cue: open))
            // Asking why, openly, is the start of looking at how it hangs together (phase 3).
            if !piekerend {
                let c = arrays.cues[open]
                arrays.cues.append(Cue(entry: -1, first: c.first, last: c.last, sentence: Int32(s), category: .fase, pole: nil, dimension: nil, phase: 3, sub: .none, weight: w.whyInsight, negated: false))
                arrays.sentences[s].phase[3] += w.whyInsight
            }
        }
    }

    // MARK: Output

    func string(_ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: text[range]), as: UTF8.self)
    }
}

extension Dimension {
    /// A small stable number per dimension (Swift's hashValue changes per run).
    var hashValueStable: UInt8 {
        switch self {
        case .perspectief: 0
        case .focus: 1
        case .houding: 2
        case .benadering: 3
        case .oorzaken: 4
        }
    }
}

