import DiepgangCore
import DiepgangResources
import DiepgangTokenizer

/// The engine of the linguistic layer: reads a tokenised note with the tables of
/// `LanguageData` and fills a `LanguageAnnotation` (see the module's doc comment in Language.swift).
public struct LanguageAnnotator: Sendable {
    public let data: LanguageData

    public init(data: LanguageData) { self.data = data }

    private static let standardData: LanguageData = {
        do {
            return try LanguageData(folder: .embedded("Lexicons", including: { $0.hasPrefix(LanguageData.folderPath) }))
        } catch {
            // The embedded data is checked by the tests; reaching this is a build defect.
            fatalError("the built-in language data is invalid: \(error)")
        }
    }()

    /// The annotator with the data built into the program (`Lexicons/language/`).
    public static func standard() -> LanguageAnnotator { LanguageAnnotator(data: standardData) }

    /// The annotator with the data of a lexicon folder (`DIR/language/…`).
    public static func load(from folder: ResourceFolder) throws -> LanguageAnnotator {
        LanguageAnnotator(data: try LanguageData(folder: folder))
    }

    /// Tokenises nothing: annotates the tokens of `tokenization` over `text` into `a` (emptied, capacity kept).
    public func annotate(_ text: UnsafeBufferPointer<UInt8>, _ tokenization: Tokenization, into a: inout LanguageAnnotation) {
        let n = tokenization.tokens.count
        a.data = data
        // The lexer's four arrays are sized at once and written in place (`append(lemma:…)`):
        // four appends per token cost some 180 instructions.
        a.lemma.reset(repeating: -1, count: n)
        a.upos.reset(repeating: .x, count: n)
        a.verbForm.reset(repeating: .none, count: n)
        a.readingOf.reset(repeating: -1, count: n)
        a.lexed = 0
        a.localBytes.removeAll(keepingCapacity: true)
        a.localOffsets.removeAll(keepingCapacity: true)
        a.localOffsets.append(0)
        a.clauses.removeAll(keepingCapacity: true)
        // Folded word (up to 2 × longestWord bytes), then 8 × longestWord bytes of tail hashes.
        if a.scratch.count < 12 * Lexer.longestWord { a.scratch = [UInt8](repeating: 0, count: 12 * Lexer.longestWord) }
        // (A fill, not an append per token: some 4 000 instructions a note less.)
        a.clauseOf.reset(repeating: -1, count: n)
        a.voice.reset(repeating: .own, count: n)
        a.partner.reset(repeating: -1, count: n)
        let lexer = Lexer(data: data, text: text)
        for span in tokenization.sentences {
            var atStart = true
            for t in span.tokens {
                lexer.read(t, tokenization.tokens[t], atStart: atStart, into: &a)
                let u = a.upos[a.lexed - 1]
                if u != .punct && u != .sym { atStart = false } else if Lexer.opensSpeech(text, tokenization.tokens[t]) { atStart = true }
            }
        }
        // Tokens outside every sentence (none from the tokenizer; kept safe for hand-made input).
        while a.lexed < n { lexer.read(a.lexed, tokenization.tokens[a.lexed], atStart: false, into: &a) }
        let context = ContextRules(data: data, text: text)
        for span in tokenization.sentences { context.apply(span.tokens, tokenization.tokens, &a) }
        var clauses = ClauseReader(data: data, text: text)
        for (s, span) in tokenization.sentences.enumerated() { clauses.read(sentence: s, span.tokens, tokenization, &a) }
        var voices = VoiceReader(data: data, text: text)
        voices.read(tokenization, &a)
    }
}

extension LanguageAnnotation {
    /// Adds a lemma made for this note and returns its id.
    mutating func addLocal(_ bytes: UnsafeBufferPointer<UInt8>, base: Int) -> Int32 {
        localBytes.append(contentsOf: bytes)
        localOffsets.append(Int32(localBytes.count))
        return Int32(base + localOffsets.count - 2)
    }

    mutating func addLocal(head: UnsafeBufferPointer<UInt8>, tail: UnsafeBufferPointer<UInt8>, base: Int) -> Int32 {
        localBytes.append(contentsOf: head)
        localBytes.append(contentsOf: tail)
        localOffsets.append(Int32(localBytes.count))
        return Int32(base + localOffsets.count - 2)
    }
}

/// Byte helpers shared by the passes.
enum Bytes {
    @inline(__always)
    static func isUpper(_ text: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        let b = text[i]
        if b >= 0x41 && b <= 0x5A { return true }
        if b == 0xC3, i + 1 < text.count { let c = text[i + 1]; return c >= 0x80 && c <= 0x9E && c != 0x97 }
        return false
    }

    /// Is the token exactly these bytes?
    @inline(__always)
    static func equals(_ text: UnsafeBufferPointer<UInt8>, _ t: Token, _ bytes: StaticString) -> Bool {
        let n = bytes.utf8CodeUnitCount
        guard t.end - t.start == n else { return false }
        let p = bytes.utf8Start
        for k in 0..<n where text[t.start + k] != p[k] { return false }
        return true
    }
}

/// The first pass: a reading per token (lemma, word class, verb form), without context.
struct Lexer {
    static let longestWord = 64
    static let minHead = 2, minTail = 4, minStem = 3
    let data: LanguageData
    let text: UnsafeBufferPointer<UInt8>
    // The tables, taken out of the shared data once per note: no reference counting per token.
    let hand: FormTable
    let table: FormTable
    let readings: [Reading]
    let rules: SuffixRules

    init(data: LanguageData, text: UnsafeBufferPointer<UInt8>) {
        self.data = data
        self.text = text
        hand = data.handForms
        table = data.tableForms
        readings = data.readings
        rules = data.rules
    }

    /// "STA", "GGZ": two or more capitals and nothing else, a name even where a sentence starts.
    static func isAcronym(_ text: UnsafeBufferPointer<UInt8>, _ t: Token) -> Bool {
        guard t.end - t.start >= 2 else { return false }
        for i in t.start..<t.end where text[i] < 0x41 || text[i] > 0x5A { return false }
        return true
    }

    /// Quotes, colons and dashes after which a capital is the start of speech, not a name.
    static func opensSpeech(_ text: UnsafeBufferPointer<UInt8>, _ t: Token) -> Bool {
        let len = t.end - t.start
        if len == 1 {
            let b = text[t.start]
            return b == 0x22 || b == 0x27 || b == UInt8(ascii: ":") || b == UInt8(ascii: "(") || b == UInt8(ascii: "-")
        }
        return Bytes.equals(text, t, ",,") || Bytes.equals(text, t, "“") || Bytes.equals(text, t, "„") || Bytes.equals(text, t, "‘")
            || Bytes.equals(text, t, "«") || Bytes.equals(text, t, "–") || Bytes.equals(text, t, "—") || Bytes.equals(text, t, "''")
    }

    /// Lower case (ASCII and Latin-1 capitals) with curly apostrophes straightened; returns the length.
    @inline(__always)
    static func lower(_ text: UnsafeBufferPointer<UInt8>, _ r: Range<Int>, into out: UnsafeMutableBufferPointer<UInt8>) -> Int {
        var i = r.lowerBound, n = 0
        while i < r.upperBound {
            let b = text[i]
            if b >= 0x41 && b <= 0x5A {
                out[n] = b | 0x20; n += 1; i += 1
            } else if b == 0xC3, i + 1 < r.upperBound {
                let c = text[i + 1]
                out[n] = b; out[n + 1] = (c >= 0x80 && c <= 0x9E && c != 0x97) ? c + 0x20 : c
                n += 2; i += 2
            } else if b == 0xE2, i + 2 < r.upperBound, text[i + 1] == 0x80, text[i + 2] == 0x98 || text[i + 2] == 0x99 {
                out[n] = 0x27; n += 1; i += 3
            } else {
                out[n] = b; n += 1; i += 1
            }
        }
        return n
    }

    func read(_ t: Int, _ token: Token, atStart: Bool, into a: inout LanguageAnnotation) {
        let base = data.lemmaCount
        switch token.kind {
        case .punctuation, .symbol, .emoji, .url, .email, .number, .time, .date:
            let wordClass: WordClass = token.kind == .punctuation ? .punct : (token.kind == .number || token.kind == .time || token.kind == .date) ? .num
                : token.kind == .symbol || token.kind == .emoji ? .sym : .x
            let id = a.addLocal(UnsafeBufferPointer(rebasing: text[token.start..<token.end]), base: base)
            a.append(lemma: id, wordClass, .none, -1)
            return
        case .word, .abbreviation:
            break
        }
        let len = token.end - token.start
        if len > Lexer.longestWord {
            let id = a.addLocal(UnsafeBufferPointer(rebasing: text[token.start..<token.end]), base: base)
            a.append(lemma: id, .x, .none, -1)
            return
        }
        var scratch: [UInt8] = []
        swap(&scratch, &a.scratch)
        defer { swap(&scratch, &a.scratch) }
        scratch.withUnsafeMutableBufferPointer { buf in
            let n = Lexer.lower(text, token.start..<token.end, into: buf)
            let word = UnsafeBufferPointer(rebasing: buf[0..<n])
            let capital = Bytes.isUpper(text, token.start)
            // One hash for both tables (they hash alike); the filter skips most failed probes.
            let h = FormTable.hash(word)
            var r = hand.mayContain(hash: h) ? hand.find(word, hash: h) : -1
            if r >= 0 { r = hand.values[Int(r)] } else {
                r = table.mayContain(hash: h) ? table.find(word, hash: h) : -1
                if r >= 0 { r = table.values[Int(r)] }
            }
            if r >= 0 {
                let reading = readings[Int(r)]
                // A capitalised open-class word inside a sentence is a name ("De Wit", "Noor").
                if capital && (!atStart || Lexer.isAcronym(text, token)) && reading.wordClass != .adj && reading.mask & (WordClass.noun.bit | WordClass.adj.bit | WordClass.verb.bit) != 0
                    && reading.mask & ~(WordClass.noun.bit | WordClass.adj.bit | WordClass.verb.bit) == 0 {
                    let id = a.addLocal(UnsafeBufferPointer(rebasing: text[token.start..<token.end]), base: base)
                    a.append(lemma: id, .propn, .none, -1)
                    return
                }
                if reading.wordClass == .adj, let verb = participleVerb(word, &a) {
                    // "gemengde", "uitgeput", "verrassende": a participle used as an adjective
                    // keeps its verb's lemma (as in UD Dutch), so "=mengen" finds it.
                    a.append(lemma: verb, .verb, .participle, r)
                    return
                }
                let form = reading.verbForm != .none ? reading.verbForm
                    : reading.wordClass == .verb ? Lexer.verbForm(word, lemma: reading.lemma, data) : .none
                a.append(lemma: reading.lemma, reading.wordClass, form, r)
                return
            }
            if capital && !atStart {
                let id = a.addLocal(UnsafeBufferPointer(rebasing: text[token.start..<token.end]), base: base)
                a.append(lemma: id, .propn, .none, -1)
                return
            }
            // "vlammende", "grijnzende": a present participle, before a compound look-up could
            // cut it into a head and a verb's past ("vlam|mende").
            if n >= 7 && Lexer.endsLikePresentParticiple(word), let verb = presentParticipleVerb(word, &a) {
                a.append(lemma: verb, .verb, .participle, -1)
                return
            }
            // Unknown: the longest known tail (a compound), then the suffix rules, then the word.
            if n >= Lexer.minHead + Lexer.minTail {
                // The tails' hashes in one backward pass, kept behind the word in the scratch buffer.
                let hashes = UnsafeMutableRawBufferPointer(rebasing: UnsafeMutableRawBufferPointer(buf)[(2 * Lexer.longestWord)...])
                    .bindMemory(to: UInt64.self)
                FormTable.tailHashes(word, into: hashes)
                for k in Lexer.minHead...(n - Lexer.minTail) where word[k] & 0xC0 != 0x80 && table.mayContain(hash: hashes[k]) {
                    let tail = UnsafeBufferPointer(rebasing: word[k..<n])
                    let f = table.find(tail, hash: hashes[k])
                    guard f >= 0 else { continue }
                    let reading = readings[Int(table.values[Int(f)])]
                    // "pijn|stillend", "ophef|makende": a participle after its compound's head.
                    if reading.wordClass == .adj, let verb = participleVerb(word, &a) {
                        a.append(lemma: verb, .verb, a.withLemmaBytes(verb) { Lexer.verbForm(word, lemmaBytes: $0) }, -1)
                        return
                    }
                    // "ge" before a verb's form is the participle's prefix, not part of the head:
                    // "gemotiveerde", "gespecialiseerde" (ge|specialis|eerde → specialis|eren).
                    // Not in a known head before a present form: "gelijk|maakt", "gering|schattende".
                    let verb = reading.wordClass == .verb
                    let present = verb && k > 2 && table.find(UnsafeBufferPointer(rebasing: word[0..<k])) >= 0
                        && (Lexer.endsLikePresentParticiple(word) || data.withLemma(Int(reading.lemma)) { Lexer.verbForm(tail, lemmaBytes: $0) } == .present)
                    let ge = verb && !present && word[0] == UInt8(ascii: "g") && word[1] == UInt8(ascii: "e") ? 2 : 0
                    // …and after a particle: "aan|ge|legde" → aan|leggen, "mee|ge|sprongen" → mee|springen.
                    var headEnd = k
                    if verb && k - 2 > ge && word[k - 2] == UInt8(ascii: "g") && word[k - 1] == UInt8(ascii: "e")
                        && data.particles.contains(UnsafeBufferPointer(rebasing: word[ge..<(k - 2)])) { headEnd = k - 2 }
                    var id: Int32
                    if !capital && (ge..<headEnd).contains(where: { word[$0] == UInt8(ascii: "-") }) {
                        // "rabo-renners", "half-begrepen": UD Dutch joins the parts of a hyphenated
                        // compound in its lemma (rabo_renner); a one-letter part keeps its hyphen
                        // ("e-mails"), and so do names ("West-Vlaanderen").
                        var head: [UInt8] = []
                        var part = 0
                        for i in ge..<headEnd {
                            if word[i] == UInt8(ascii: "-") && part >= 2 { part = 0; continue }
                            head.append(word[i]); part = word[i] == UInt8(ascii: "-") ? 0 : part + 1
                        }
                        id = head.withUnsafeBufferPointer { h in data.withLemma(Int(reading.lemma)) { a.addLocal(head: h, tail: $0, base: base) } }
                    } else if ge == 2 && headEnd > 4 && word[2] == 0xC3 && (word[3] == 0xAB || word[3] == 0xAF) {
                        // "geïnitieerde": the diaeresis only marked the syllable after ge-; an i
                        // before the -eren it keeps apart takes one ("initi|ëren").
                        var head = [word[3] == 0xAB ? UInt8(ascii: "e") : UInt8(ascii: "i")] + Array(word[4..<headEnd])
                        id = data.withLemma(Int(reading.lemma)) { l in
                            var tail = Array(l)
                            if head.last == UInt8(ascii: "i") && tail.count >= 3 && tail[0] == UInt8(ascii: "e") && tail[1] == UInt8(ascii: "r") {
                                tail.replaceSubrange(0..<1, with: [0xC3, 0xAB])
                            }
                            head += tail
                            return head.withUnsafeBufferPointer { a.addLocal($0, base: base) }
                        }
                    } else {
                        id = data.withLemma(Int(reading.lemma)) { a.addLocal(head: UnsafeBufferPointer(rebasing: word[ge..<headEnd]), tail: $0, base: base) }
                    }
                    let form: VerbForm = reading.wordClass == .verb ? a.withLemmaBytes(id) { Lexer.verbForm(word, lemmaBytes: $0) } : .none
                    a.append(lemma: id, reading.wordClass, form, -1)
                    return
                }
            }
            // Unknown participles ("gedegradeerd", "verdedigend", "geëmotioneerd", also opening
            // a sentence): the verb they come from.
            if n >= 7, Lexer.endsLikeParticiple(word), let verb = participleVerb(word, &a) {
                // "bereidde" is found through its participle, but is a past: the form says which.
                a.append(lemma: verb, .verb, a.withLemmaBytes(verb) { Lexer.verbForm(word, lemmaBytes: $0) }, -1)
                return
            }
            // "teruggaf", "opkwam": a particle before a verb's past.
            if let verb = particleBeforeForm(word, &a) {
                a.append(lemma: verb.lemma, .verb, verb.form, -1)
                return
            }
            if capital {
                let id = a.addLocal(UnsafeBufferPointer(rebasing: text[token.start..<token.end]), base: base)
                a.append(lemma: id, .propn, .none, -1)
                return
            }
            if let (k, cut) = rules.first(word, minStem: Lexer.minStem) {
                let rule = rules.rule(k)
                // A participle's ge- is no part of the verb: "gespecialiseerde" → specialiseren.
                let from = rule.wordClass == .verb && n - cut >= Lexer.minStem + 2
                    && word[0] == UInt8(ascii: "g") && word[1] == UInt8(ascii: "e") ? 2 : 0
                let id = rules.withReplacement(k) {
                    a.addLocal(head: UnsafeBufferPointer(rebasing: word[from..<(n - cut)]), tail: $0, base: base)
                }
                let form: VerbForm = rule.wordClass == .verb ? a.withLemmaBytes(id) { Lexer.verbForm(word, lemmaBytes: $0) } : .none
                a.append(lemma: id, rule.wordClass, form, -1)
                return
            }
            let id = a.addLocal(word, base: base)
            a.append(lemma: id, .noun, .none, -1)
        }
    }

    /// The infinitive of a present participle the table does not list: "vlammende" (vlammen a
    /// verb of the table), "grijnzende" (grijnzend an adjective of the table). Not a past
    /// participle of a verb in -enen ("gerekend", "berekende"), nor an adjective of
    /// adjectives.txt after a head ("welbekende").
    func presentParticipleVerb(_ word: UnsafeBufferPointer<UInt8>, _ a: inout LanguageAnnotation) -> Int32? {
        var m = word.count
        if word[m - 1] == UInt8(ascii: "e") { m -= 1 }
        let w = UnsafeBufferPointer(rebasing: word[0..<m])
        let inf = UnsafeBufferPointer(rebasing: w[0..<(m - 1)])
        // ge- is a past participle's ("gerekende"), unless the whole is an infinitive the
        // tables list: "geleidende", "geruststellende".
        if w[0] == UInt8(ascii: "g") && w[1] == UInt8(ascii: "e") && infinitiveReading(inf) != .infinitive { return nil }
        if w.contains(UInt8(ascii: "-")) { return nil }
        for k in 0..<(m - 4) where data.adjectives.contains(UnsafeBufferPointer(rebasing: w[k...])) { return nil }
        switch infinitiveReading(inf) {
        case .infinitive: return stemLemma(inf, &a)
        case .otherForm where Lexer.infinitiveOfItsOwn(inf, data):
            // "slepende", "zagende": the form is also a strong verb's past plural (slepen of
            // slijpen, zagen of zien), but a present participle is built on an infinitive.
            return stemLemma(inf, &a)
        case .unknown:
            guard tableClass(w) == .adj, m + 2 <= Lexer.longestWord else { return nil }
            // "uitgerekend", "welbekende": a tail that is another form of a verb ("reken",
            // "beken") makes it a past participle.
            var k = 1
            while k + 4 <= inf.count {
                if inf[k] & 0xC0 != 0x80 && infinitiveReading(UnsafeBufferPointer(rebasing: inf[k...])) == .otherForm { return nil }
                k += 1
            }
            var longer = [UInt8](repeating: 0, count: m + 1)
            for k in 0..<(m - 1) { longer[k] = inf[k] }
            longer[m - 1] = UInt8(ascii: "e"); longer[m] = UInt8(ascii: "n")
            let enen = longer.withUnsafeBufferPointer { infinitiveReading($0) }
            return enen == .unknown || enen == .nonVerb ? stemLemma(inf, &a) : nil
        default: return nil
        }
    }

    /// Is `inf`, which the tables read as another form of a verb, also an infinitive of its own?
    /// It ends in -en and is not the stem of a verb in -enen or -nnen ("reken" of rekenen,
    /// "beken" of bekennen), whose past participle in -end(e) looks like a present one.
    static func infinitiveOfItsOwn(_ inf: UnsafeBufferPointer<UInt8>, _ data: LanguageData) -> Bool {
        let n = inf.count
        guard n >= 5, inf[n - 2] == UInt8(ascii: "e"), inf[n - 1] == UInt8(ascii: "n") else { return false }
        let index = data.readingIndex(inf)
        guard index >= 0 else { return false }
        let r = data.readings[Int(index)]
        let lemma = r.wordClass.isVerbal ? r.lemma : r.altLemma
        guard lemma >= 0 else { return false }
        return data.withLemma(Int(lemma)) { l in
            // The lemma is the form plus -en or a doubled last letter plus -en: a stem.
            guard l.count == n + 2 || l.count == n + 3, (0..<n).allSatisfy({ l[$0] == inf[$0] }) else { return true }
            return false
        }
    }

    /// "teruggaf", "opkwam" (not listed): a particle joined to a past of a verb of the hand
    /// tables, when the two make a separable verb (not a stem: "aanval", "afval" are nouns).
    func particleBeforeForm(_ w: UnsafeBufferPointer<UInt8>, _ a: inout LanguageAnnotation) -> (lemma: Int32, form: VerbForm)? {
        let n = w.count
        var k = 2
        while k <= 7 && k + 2 <= n {
            if data.particles.contains(UnsafeBufferPointer(rebasing: w[0..<k])) {
                let f = data.handForms.find(UnsafeBufferPointer(rebasing: w[k...]))
                if f >= 0 {
                    let r = data.readings[Int(data.handForms.values[Int(f)])]
                    if r.wordClass.isVerbal && r.verbForm == .past {
                        let joined: Int32? = data.withLemma(Int(r.lemma)) { l in
                            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: k + l.count) { buf in
                                for i in 0..<k { buf[i] = w[i] }
                                for i in 0..<l.count { buf[k + i] = l[i] }
                                let v = UnsafeBufferPointer(buf)
                                guard data.separable.contains(v) else { return nil }
                                let id = data.lemmas.find(v)
                                return id >= 0 ? id : a.addLocal(v, base: data.lemmaCount)
                            }
                        }
                        if let joined { return (joined, r.verbForm) }
                    }
                }
            }
            k += 1
        }
        return nil
    }

    /// -ende or -end after a consonant: the shape of a present participle.
    static func endsLikePresentParticiple(_ w: UnsafeBufferPointer<UInt8>) -> Bool {
        var n = w.count
        if w[n - 1] == UInt8(ascii: "e") { n -= 1 }
        return n >= 5 && w[n - 1] == UInt8(ascii: "d") && w[n - 2] == UInt8(ascii: "n") && w[n - 3] == UInt8(ascii: "e") && !isVowel(w[n - 4])
    }

    @inline(__always)
    static func isVowel(_ b: UInt8) -> Bool {
        b == UInt8(ascii: "a") || b == UInt8(ascii: "e") || b == UInt8(ascii: "i") || b == UInt8(ascii: "o") || b == UInt8(ascii: "u") || b == UInt8(ascii: "y")
    }

    /// The default word class the derived table gives a form, or nil.
    func tableClass(_ w: UnsafeBufferPointer<UInt8>) -> WordClass? {
        let f = data.tableForms.find(w)
        return f >= 0 ? data.readings[Int(data.tableForms.values[Int(f)])].wordClass : nil
    }

    /// -d, -t, -de, -te, -den, -ten, -end(e), or ge…en(e): the shapes of participles.
    static func endsLikeParticiple(_ w: UnsafeBufferPointer<UInt8>) -> Bool {
        var n = w.count
        if w[n - 1] == UInt8(ascii: "n") && w[n - 2] == UInt8(ascii: "e") { n -= 2 } else if w[n - 1] == UInt8(ascii: "e") { n -= 1 }
        let last = w[n - 1]
        if last == UInt8(ascii: "d") || last == UInt8(ascii: "t") { return true }
        return last == UInt8(ascii: "n") && w[n - 2] == UInt8(ascii: "e") && w[0] == UInt8(ascii: "g") && w[1] == UInt8(ascii: "e")
    }

    /// The verb lemma of an adjective that is a participle: "gemengde" → mengen (through the
    /// participle "gemengd"), "verrassende" → verrassen; nil for other adjectives.
    func participleVerb(_ w: UnsafeBufferPointer<UInt8>, _ a: inout LanguageAnnotation) -> Int32? {
        var n = w.count
        guard n >= 6 else { return nil }
        // "de uitgenodigden", "een gehangene": a participle used as a noun.
        if w[n - 1] == UInt8(ascii: "n") && w[n - 2] == UInt8(ascii: "e") && (w[n - 3] == UInt8(ascii: "d") || w[n - 3] == UInt8(ascii: "t")) { n -= 2 }
        let w = UnsafeBufferPointer(rebasing: w[0..<n])
        var m = n
        if w[m - 1] == UInt8(ascii: "e") { m -= 1 }
        // "verschillend", "bekend", "geliefd": participles that became adjectives stay adjectives.
        if data.adjectives.contains(UnsafeBufferPointer(rebasing: w[0..<m])) { return nil }
        // "onverwacht", "ongekende": UD Dutch reads on- before a participle as part of the verb.
        if m >= 8 && w[0] == UInt8(ascii: "o") && w[1] == UInt8(ascii: "n") && !data.adjectives.contains(UnsafeBufferPointer(rebasing: w[2..<m])) {
            if let verb = participleVerb(UnsafeBufferPointer(rebasing: w[2..<m]), &a) {
                let lemma = [UInt8(ascii: "o"), UInt8(ascii: "n")] + a.withLemmaBytes(verb) { Array($0) }
                return lemma.withUnsafeBufferPointer { a.addLocal($0, base: data.lemmaCount) }
            }
        }
        let last = w[m - 1]
        // A present participle is its infinitive plus d: "verrassend", "vrijstaand"; a past
        // participle of a verb in -enen or -ienen looks alike ("verdiend", "uitgerekend").
        if m >= 5 && last == UInt8(ascii: "d") && w[m - 2] == UInt8(ascii: "n")
            && (w[m - 3] == UInt8(ascii: "e") || (w[m - 3] == UInt8(ascii: "a") && w[m - 4] == UInt8(ascii: "a"))) {
            let inf = UnsafeBufferPointer(rebasing: w[0..<(m - 1)])
            switch infinitiveReading(inf) {
            case .infinitive: return stemLemma(inf, &a)
            case .otherForm: break
            case .nonVerb:
                // "ochtend": "ochten" is no verb.
                return nil
            case .unknown:
                // "aanvallend", "pijnstillend": the table leaves out infinitives its compound
                // look-up reads ("aan|vallen"); so does a stem with a prefix of verbs ("ver|dedigend").
                if verbByTail(inf) || data.verbPrefixes.inseparableLength(inf) > 0 { return stemLemma(inf, &a) }
                // "ophefmakend", "overweldigend": an adjective in -end of the table.
                if let verb = presentParticipleVerb(UnsafeBufferPointer(rebasing: w[0..<m]), &a) { return verb }
            }
        }
        guard last == UInt8(ascii: "d") || last == UInt8(ascii: "t") || last == UInt8(ascii: "n") else { return nil }
        let stem = UnsafeBufferPointer(rebasing: w[0..<m])
        let r = data.readingIndex(stem)
        guard r >= 0 else { return regularParticiple(stem, &a) }
        let reading = data.readings[Int(r)]
        let verbal = reading.wordClass == .verb || reading.alt == .verb
        guard verbal else { return regularParticiple(stem, &a) }
        let lemma = reading.wordClass == .verb ? reading.lemma : reading.altLemma
        let isParticiple = reading.verbForm == .participle
            || data.withLemma(Int(lemma)) { Lexer.verbForm(stem, lemmaBytes: $0) } == .participle
        return isParticiple ? lemma : nil
    }

    /// A regular participle the table does not list: ge-STEM-d/t, after a particle or not
    /// ("getraind" → trainen, "uitgeput" → uitputten, "gekwalificeerd" → kwalificeren), when
    /// the infinitive made from it is a verb the data knows.
    func regularParticiple(_ w: UnsafeBufferPointer<UInt8>, _ a: inout LanguageAnnotation) -> Int32? {
        let n = w.count
        guard n >= 6 else { return nil }
        var g = -1
        var k = 0
        while k + 2 < n - 2 {
            if w[k] == UInt8(ascii: "g") && w[k + 1] == UInt8(ascii: "e") {
                let head = UnsafeBufferPointer(rebasing: w[0..<k])
                if k == 0 || data.particles.contains(head) { g = k; break }
            }
            k += 1
        }
        // "bemaskerd", "verergerd": be-, ver-, ont-, her- and er- verbs take no ge-.
        var stemStart = g + 2
        if g < 0 {
            guard data.verbPrefixes.inseparableLength(w) > 0 else {
                // "uit|verkoren", "onder|ontwikkeld": a particle before a prefixed participle.
                var k = 2
                while k <= 7 && k + 6 <= n {
                    let rest = UnsafeBufferPointer(rebasing: w[k...])
                    if data.particles.contains(UnsafeBufferPointer(rebasing: w[0..<k])) && data.verbPrefixes.inseparableLength(rest) > 0,
                       let lemma = regularParticiple(rest, &a) {
                        return a.withLemmaBytes(lemma) { l in
                            let tail = Array(l)
                            return tail.withUnsafeBufferPointer { a.addLocal(head: UnsafeBufferPointer(rebasing: w[0..<k]), tail: $0, base: data.lemmaCount) }
                        }
                    }
                    k += 1
                }
                return nil
            }
            stemStart = 0
            // "ontdaan", "verkoren": the prefix before a strong participle without its ge-.
            let p = data.verbPrefixes.inseparableLength(w)
            if p > 0 && n - p >= 3 && n - p + 2 <= Lexer.longestWord {
                let withGe = [UInt8(ascii: "g"), UInt8(ascii: "e")] + Array(w[p...])
                if let lemma = withGe.withUnsafeBufferPointer({ knownParticiple($0) }) {
                    return data.withLemma(Int(lemma)) { a.addLocal(head: UnsafeBufferPointer(rebasing: w[0..<p]), tail: $0, base: data.lemmaCount) }
                }
            }
        }
        let headEnd = max(g, 0)
        if g > 0, let lemma = knownParticiple(UnsafeBufferPointer(rebasing: w[g...])) {
            // "uit|gewerkt", "voor|geschreven": the participle without its particle is a known
            // form of a verb (strong ones included); the particle goes before that verb's lemma.
            return data.withLemma(Int(lemma)) { a.addLocal(head: UnsafeBufferPointer(rebasing: w[0..<g]), tail: $0, base: data.lemmaCount) }
        }
        guard w[n - 1] == UInt8(ascii: "d") || w[n - 1] == UInt8(ascii: "t") else { return nil }
        var stem = Array(w[stemStart..<(n - 1)])
        // "geëmotioneerd", "geïnitieerd": the diaeresis only marks the new syllable after ge-.
        if g >= 0 && stem.count >= 3 && stem[0] == 0xC3 && (stem[1] == 0xAB || stem[1] == 0xAF) {
            stem.replaceSubrange(0..<2, with: [stem[1] == 0xAB ? UInt8(ascii: "e") : UInt8(ascii: "i")])
        }
        guard stem.count >= 2 else { return nil }
        // "gestart", "geschrapt": after a short a, i, o or u in a closed syllable the infinitive
        // is never stem + en (that would be "gestaard"): starten, schrappen, not staren, schrapen.
        func isVowel(_ b: UInt8) -> Bool { b == 0x61 || b == 0x65 || b == 0x69 || b == 0x6F || b == 0x75 }
        let c = stem.count
        let short = c >= 3 && !isVowel(stem[c - 1]) && isVowel(stem[c - 2]) && stem[c - 2] != 0x65 && !isVowel(stem[c - 3])
        var candidates: [[UInt8]] = short ? [stem + [stem[c - 1], 0x65, 0x6E]] : [stem + [0x65, 0x6E], stem + [stem[c - 1], 0x65, 0x6E]]
        if stem.count >= 3, stem[stem.count - 2] == stem[stem.count - 3] {
            candidates.append(Array(stem[..<(stem.count - 2)]) + [stem[stem.count - 1], 0x65, 0x6E])
        }
        let last = stem[stem.count - 1]
        // "geput" → putten, "gebaad" → baden: the final t or d is the stem's own.
        let whole = stem + [w[n - 1]]
        candidates.append(whole + [whole[whole.count - 1], 0x65, 0x6E])
        candidates.append(whole + [0x65, 0x6E])
        if last == UInt8(ascii: "f") || last == UInt8(ascii: "s") {
            let voiced: UInt8 = last == UInt8(ascii: "f") ? UInt8(ascii: "v") : UInt8(ascii: "z")
            var base = Array(stem.dropLast())
            if base.count >= 2, base[base.count - 1] == base[base.count - 2] { base.removeLast() }
            candidates.append(base + [voiced, 0x65, 0x6E])
        }
        for c in candidates {
            let known: Bool = c.withUnsafeBufferPointer { inf in
                // An infinitive, not any verb form ("initieerden" is a past of initiëren).
                var f = data.handForms.find(inf)
                if f >= 0 { let r = data.readings[Int(data.handForms.values[Int(f)])]; return r.wordClass.isVerbal && r.verbForm == .infinitive }
                f = data.tableForms.find(inf)
                if f >= 0 {
                    let r = data.readings[Int(data.tableForms.values[Int(f)])]
                    guard r.wordClass == .verb || r.alt == .verb else { return false }
                    return data.withLemma(Int(r.wordClass == .verb ? r.lemma : r.altLemma)) { $0.elementsEqual(inf) }
                }
                // Left out of the table (the suffix rules read it) but the lemma of other forms.
                return data.lemmas.find(inf) >= 0 || data.separable.contains(inf)
            }
            if known {
                return c.withUnsafeBufferPointer { a.addLocal(head: UnsafeBufferPointer(rebasing: w[0..<headEnd]), tail: $0, base: data.lemmaCount) }
            }
        }
        // Not listed: a verb whose last part the table knows ("ont|wikkelen"), or one in -eren
        // ("gedegradeerd" → degraderen; "geïnitieerd" → initiëren).
        for c in candidates where c.withUnsafeBufferPointer({ verbByTail($0, tails: false) }) {
            var lemma = c
            let m = lemma.count
            if m >= 6 && lemma[m - 5] == UInt8(ascii: "i") && lemma[m - 4] == UInt8(ascii: "e") && lemma[m - 3] == UInt8(ascii: "r")
                && stem.count >= 4 && stem[stem.count - 2] == UInt8(ascii: "e") && stem[stem.count - 3] == UInt8(ascii: "e") && stem[stem.count - 4] == UInt8(ascii: "i") {
                lemma.replaceSubrange((m - 4)..<(m - 3), with: [0xC3, 0xAB])
            }
            return lemma.withUnsafeBufferPointer { a.addLocal(head: UnsafeBufferPointer(rebasing: w[0..<headEnd]), tail: $0, base: data.lemmaCount) }
        }
        return nil
    }

    enum InfinitiveReading { case infinitive, otherForm, nonVerb, unknown }

    /// How the tables read a possible infinitive: as one ("verrassen"; "grieven", plural and
    /// infinitive), as another form of a verb ("verdien" of verdienen), as no verb, or not at all.
    func infinitiveReading(_ x: UnsafeBufferPointer<UInt8>) -> InfinitiveReading {
        var f = data.handForms.find(x)
        if f >= 0 {
            let r = data.readings[Int(data.handForms.values[Int(f)])]
            if !r.wordClass.isVerbal { return .nonVerb }
            return r.verbForm == .infinitive ? .infinitive : .otherForm
        }
        f = data.tableForms.find(x)
        guard f >= 0 else { return .unknown }
        let r = data.readings[Int(data.tableForms.values[Int(f)])]
        if r.mask & WordClass.verb.bit == 0 { return .nonVerb }
        if r.wordClass != .verb { return .infinitive }
        return data.withLemma(Int(r.lemma), { $0.elementsEqual(x) }) ? .infinitive : .otherForm
    }

    func stemLemma(_ stem: UnsafeBufferPointer<UInt8>, _ a: inout LanguageAnnotation) -> Int32 {
        let known = data.lemmas.find(stem)
        return known >= 0 ? known : a.addLocal(stem, base: data.lemmaCount)
    }

    /// Is `inf` an infinitive whose last part (four bytes or more) is a verb the table lists
    /// ("pijn|stillen", "ontstekings|remmen"), or a verb in -eren ("degraderen")?
    func verbByTail(_ inf: UnsafeBufferPointer<UInt8>, tails: Bool = true) -> Bool {
        let n = inf.count
        guard n >= 6, inf[n - 2] == UInt8(ascii: "e") || inf[n - 2] == UInt8(ascii: "a"), inf[n - 1] == UInt8(ascii: "n") else { return false }
        if data.separable.contains(inf) { return true }
        var k = 0
        while tails && k + 4 <= n {
            if k == 0 || inf[k] & 0xC0 != 0x80 {
                let tail = UnsafeBufferPointer(rebasing: inf[k...])
                var f = data.handForms.find(tail)
                if f >= 0 {
                    let r = data.readings[Int(data.handForms.values[Int(f)])]
                    if r.wordClass.isVerbal && r.verbForm == .infinitive { return true }
                } else {
                    f = data.tableForms.find(tail)
                    if f >= 0 {
                        let r = data.readings[Int(data.tableForms.values[Int(f)])]
                        if (r.wordClass == .verb || r.alt == .verb) && data.withLemma(Int(r.wordClass == .verb ? r.lemma : r.altLemma), { $0.elementsEqual(tail) }) { return true }
                    }
                }
            }
            k += 1
        }
        return n >= 8 && inf[n - 4] == UInt8(ascii: "e") && inf[n - 3] == UInt8(ascii: "r") && inf[n - 5] != UInt8(ascii: "e")
    }

    /// The verb lemma of a participle the tables list ("gewerkt", "geschreven"), or nil.
    func knownParticiple(_ p: UnsafeBufferPointer<UInt8>) -> Int32? {
        var r: Int32 = -1
        let f = data.handForms.find(p)
        if f >= 0 { r = data.handForms.values[Int(f)] } else {
            let t = data.tableForms.find(p)
            if t >= 0 { r = data.tableForms.values[Int(t)] }
        }
        guard r >= 0 else { return nil }
        let reading = data.readings[Int(r)]
        if reading.verbForm == .participle { return reading.lemma }
        guard reading.wordClass == .verb || reading.alt == .verb else { return nil }
        let lemma = reading.wordClass == .verb ? reading.lemma : reading.altLemma
        guard lemma >= 0, data.withLemma(Int(lemma), { Lexer.verbForm(p, lemmaBytes: $0) }) == .participle else { return nil }
        return lemma
    }

    static func verbForm(_ word: UnsafeBufferPointer<UInt8>, lemma: Int32, _ data: LanguageData) -> VerbForm {
        data.withLemma(Int(lemma)) { verbForm(word, lemmaBytes: $0) }
    }

    /// How a regular verb form reads beside its lemma: "werken" infinitive, "gewerkt" and
    /// "nagedacht" participles, "werkte(n)" past, "werk(t)" present.
    static func verbForm(_ w: UnsafeBufferPointer<UInt8>, lemmaBytes l: UnsafeBufferPointer<UInt8>) -> VerbForm {
        let n = w.count
        if n == l.count && (0..<n).allSatisfy({ w[$0] == l[$0] }) { return .infinitive }
        // ge- at the start, or after a part the lemma shares (a particle: "na|ge|dacht").
        var shared = 0
        while shared < n && shared < l.count && w[shared] == l[shared] { shared += 1 }
        for start in [0, shared] where start + 2 < n && w[start] == UInt8(ascii: "g") && w[start + 1] == UInt8(ascii: "e") {
            if !(start + 2 <= l.count - 2 && l[start] == UInt8(ascii: "g") && l[start + 1] == UInt8(ascii: "e")) { return .participle }
        }
        let last = w[n - 1]
        // "volgend", "volgende": the lemma plus d or de is the present participle, not a past.
        if (n == l.count + 1 || n == l.count + 2) && l.count >= 3 && l[l.count - 1] == UInt8(ascii: "n") && w[l.count] == UInt8(ascii: "d")
            && (n == l.count + 1 || w[n - 1] == UInt8(ascii: "e")) && (0..<l.count).allSatisfy({ w[$0] == l[$0] }) { return .participle }
        if n >= 2 && w[n - 1] == UInt8(ascii: "e") && (w[n - 2] == UInt8(ascii: "t") || w[n - 2] == UInt8(ascii: "d")) { return .past }
        if n >= 3 && last == UInt8(ascii: "n") && w[n - 2] == UInt8(ascii: "e") && (w[n - 3] == UInt8(ascii: "t") || w[n - 3] == UInt8(ascii: "d"))
            && !(l.count >= 3 && l[l.count - 3] == w[n - 3]) { return .past }
        // be-/ver-/ont-/her-/er- verbs: a final d is a participle ("verteld", "betaald").
        if last == UInt8(ascii: "d") && !(l.count >= 3 && l[l.count - 3] == UInt8(ascii: "d")) { return .participle }
        return .present
    }
}

extension LanguageAnnotation {
    @inline(__always)
    /// The reading of the next token: written into the slots `annotate` made (appended only
    /// past them, for sentences that cover more than the tokens of hand-made input).
    mutating func append(lemma id: Int32, _ wordClass: WordClass, _ form: VerbForm, _ reading: Int32) {
        let k = lexed
        if k < lemma.count {
            lemma[k] = id
            upos[k] = wordClass
            verbForm[k] = form
            readingOf[k] = reading
        } else {
            lemma.append(id)
            upos.append(wordClass)
            verbForm.append(form)
            readingOf.append(reading)
        }
        lexed = k + 1
    }
}

extension LanguageData {
    /// The verb a regular form belongs to, by its shape: a past (-de, -te, -den, -ten), a
    /// present (-t) or a bare stem, whose infinitive (stem + -en, with a doubled consonant, a
    /// long vowel written once, or f/s voiced to v/z: "zet" → zetten, "maak" → maken, "leef"
    /// → leven) is a verb's lemma in the tables. Works on a lower-cased form; no allocation.
    func regularVerb(_ w: UnsafeBufferPointer<UInt8>, bareStem: Bool = true) -> (lemma: Int32, form: VerbForm)? {
        let n = w.count
        guard n >= 3, n + 3 <= Lexer.longestWord else { return nil }
        func ends(_ s: StaticString) -> Bool {
            let k = s.utf8CodeUnitCount
            guard n > k else { return false }
            for i in 0..<k where w[n - k + i] != s.utf8Start[i] { return false }
            return true
        }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: Lexer.longestWord + 4) { buf -> (Int32, VerbForm)? in
            func known(_ count: Int) -> Int32? {
                let id = lemmas.find(UnsafeBufferPointer(rebasing: buf[0..<count]))
                return isVerbLemma(id) ? id : nil
            }
            func infinitive(stemEnd s: Int) -> Int32? {
                guard s >= 2 else { return nil }
                for i in 0..<s { buf[i] = w[i] }
                let last = w[s - 1]
                buf[s] = UInt8(ascii: "e"); buf[s + 1] = UInt8(ascii: "n")
                if let id = known(s + 2) { return id }
                if !Lexer.isVowel(last) {
                    buf[s] = last; buf[s + 1] = UInt8(ascii: "e"); buf[s + 2] = UInt8(ascii: "n")
                    if let id = known(s + 3) { return id }
                }
                var m = s
                // "maak" → mak|en, "leef" → lev|en: a doubled vowel before the last consonant.
                if s >= 3 && Lexer.isVowel(w[s - 2]) && w[s - 2] == w[s - 3] && !Lexer.isVowel(last) {
                    m = s - 1
                    buf[m - 1] = last
                }
                let voiced: UInt8 = last == UInt8(ascii: "f") ? UInt8(ascii: "v") : last == UInt8(ascii: "s") ? UInt8(ascii: "z") : last
                if m == s && voiced == last { return nil }
                buf[m - 1] = voiced; buf[m] = UInt8(ascii: "e"); buf[m + 1] = UInt8(ascii: "n")
                if let id = known(m + 2) { return id }
                if voiced != last {
                    buf[m - 1] = last
                    if let id = known(m + 2) { return id }
                }
                return nil
            }
            if n >= 6 && (ends("den") || ends("ten")), let id = infinitive(stemEnd: n - 3) { return (id, .past) }
            if n >= 5 && (ends("de") || ends("te")), let id = infinitive(stemEnd: n - 2) { return (id, .past) }
            if n >= 4 && ends("t"), let id = infinitive(stemEnd: n - 1) { return (id, .present) }
            if bareStem, let id = infinitive(stemEnd: n) { return (id, .present) }
            return nil
        }
    }
}
