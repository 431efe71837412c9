import DiepgangTokenizer

/// The fourth pass: whose words each token is. Quotation marks of every Dutch style, a quote
/// that opens a paragraph and runs to its end, a line led by a dash; reported speech after a
/// reporting verb ("ze zei dat …", "hij vroeg waarom …", ", zei ze."), after "volgens X"; and
/// who speaks, and whether someone else asks a question.
struct VoiceReader {
    let data: LanguageData
    let text: UnsafeBufferPointer<UInt8>

    /// Quote styles, by their opening mark.
    private enum Style: UInt8 {
        case none, straightDouble, curlyDouble, single, guillemets, lowDouble, commas, dashLine
    }

    mutating func read(_ tokenization: Tokenization, _ a: inout LanguageAnnotation) {
        markQuotes(tokenization, &a)
        for c in a.clauses.indices {
            guard let w = a.clauses[c].tokens.first(where: { a.upos[$0] != .punct }) ?? a.clauses[c].tokens.first else { continue }
            if a.voice[w] == .quoted { a.clauses[c].voice = .quoted }
        }
        attributeQuotes(tokenization, &a)
        reportedSpeech(tokenization, &a)
    }

    // MARK: Quotes

    /// Marks the tokens inside quotation marks (the marks included). Quotes never run past a
    /// blank line; one left open runs to the end of its paragraph ("a quote that opens a
    /// paragraph"). Covers “…” „…” ,,…'' "…" '…' ‘…’ «…» and a line that opens with – or —.
    private func markQuotes(_ tokenization: Tokenization, _ a: inout LanguageAnnotation) {
        let n = tokenization.tokens.count
        var open = Style.none
        for i in 0..<n {
            if tokenization.startsParagraph(i) { open = .none }
            let lineStart = i == 0 || tokenization.lineBreaksBefore[i] > 0
            if open == .dashLine && lineStart { open = .none }
            let t = tokenization.tokens[i]
            let len = t.end - t.start
            guard t.kind == .punctuation || t.kind == .symbol, len <= 3 else {
                if open != .none { a.voice[i] = .quoted }
                continue
            }
            let spaceBefore = i == 0 || tokenization.tokens[i - 1].spaceAfter || tokenization.lineBreaksBefore[i] > 0
            var opens = false, closes = false
            func eq(_ s: StaticString) -> Bool { Bytes.equals(text, t, s) }
            if len == 1 && text[t.start] == 0x22 {
                if open == .straightDouble || open == .commas { closes = true } else if open == .none { opens = true; open = .straightDouble }
            } else if len == 1 && text[t.start] == 0x27 {
                if open == .single && !spaceBefore { closes = true }
                else if open == .none && spaceBefore && !t.spaceAfter { opens = true; open = .single }
            } else if eq(",,") {
                if open == .none { opens = true; open = .commas }
            } else if eq("''") {
                if open == .commas || open == .straightDouble { closes = true }
                else if open == .none && spaceBefore && !t.spaceAfter { opens = true; open = .commas }
            } else if eq("“") {
                if open == .none { opens = true; open = .curlyDouble } else if open == .lowDouble || open == .commas { closes = true }
            } else if eq("”") {
                if open == .curlyDouble || open == .lowDouble || open == .commas { closes = true }
                else if open == .none && spaceBefore && !t.spaceAfter { opens = true; open = .curlyDouble }
            } else if eq("„") {
                if open == .none { opens = true; open = .lowDouble }
            } else if eq("‘") {
                if open == .none { opens = true; open = .single }
            } else if eq("’") {
                if open == .single { closes = true } else if open == .none && spaceBefore && !t.spaceAfter { opens = true; open = .single }
            } else if eq("«") {
                if open == .none { opens = true; open = .guillemets }
            } else if eq("»") {
                if open == .guillemets { closes = true }
            } else if (eq("–") || eq("—")) && lineStart && open == .none && i + 1 < n && tokenization.tokens[i + 1].kind == .word
                        && tokenization.lineBreaksBefore[i + 1] == 0 {
                // A line of dialogue: "– Ga maar zitten, zei hij."
                opens = true
                open = .dashLine
            }
            if open != .none || opens || closes { a.voice[i] = .quoted }
            if closes { open = .none }
        }
    }

    // MARK: Speakers

    /// Is this clause a reporting clause ("zei mevrouw De Wit", "Hij vroeg:"), and of which kind?
    private func reportingKind(_ c: Int, _ a: LanguageAnnotation) -> VoiceWord? {
        let f = Int(a.clauses[c].finiteVerb)
        guard f >= 0 else { return nil }
        let v = a.withLemmaBytes(a.lemma[f]) { data.voiceWords.value($0) }
        guard v == VoiceWord.zeggen.rawValue || v == VoiceWord.vragen.rawValue else { return nil }
        return VoiceWord(rawValue: v)
    }

    /// A quote's speaker: the subject of a reporting clause right after it in the sentence
    /// (",,…,'' zei mevrouw De Wit") or right before it ("Hij zei: ,,…''"). A quoted question is
    /// a question put by someone else unless the writer asked it.
    private func attributeQuotes(_ tokenization: Tokenization, _ a: inout LanguageAnnotation) {
        var c = 0
        let count = a.clauses.count
        while c < count {
            guard a.clauses[c].voice == .quoted else { c += 1; continue }
            var end = c
            while end + 1 < count && a.clauses[end + 1].voice == .quoted && a.clauses[end + 1].sentence <= a.clauses[c].sentence + 1 { end += 1 }
            var speaker = SubjectClass.none
            var asked = false
            if end + 1 < count, a.clauses[end + 1].voice == .own, reportingKind(end + 1, a) != nil,
               a.clauses[end + 1].sentence == a.clauses[end].sentence || firstIsLower(end + 1, tokenization, a) {
                speaker = a.clauses[end + 1].subjectClass
                asked = reportingKind(end + 1, a) == .vragen
            } else if c > 0, a.clauses[c - 1].voice == .own, reportingKind(c - 1, a) != nil {
                speaker = a.clauses[c - 1].subjectClass
            }
            for k in c...end {
                a.clauses[k].speaker = speaker
                let question = a.clauses[k].isQuestion || hasQuestionMark(a.clauses[k].tokens, tokenization) || asked
                a.clauses[k].questionByOther = question && speaker != .ik && speaker != .wij
            }
            c = end + 1
        }
    }

    private func firstIsLower(_ c: Int, _ tokenization: Tokenization, _ a: LanguageAnnotation) -> Bool {
        guard let w = a.clauses[c].tokens.first(where: { a.upos[$0] != .punct }) else { return false }
        return !Bytes.isUpper(text, tokenization.tokens[w].start)
    }

    private func hasQuestionMark(_ r: Range<Int>, _ tokenization: Tokenization) -> Bool {
        r.contains { tokenization.tokens[$0].end - tokenization.tokens[$0].start == 1 && text[tokenization.tokens[$0].start] == UInt8(ascii: "?") }
    }

    // MARK: Reported speech

    private func reportedSpeech(_ tokenization: Tokenization, _ a: inout LanguageAnnotation) {
        let count = a.clauses.count
        for c in 0..<count where a.clauses[c].voice == .own {
            let sentence = a.clauses[c].sentence
            let r = a.clauses[c].tokens
            // "volgens haar moet ik …": the rest of the sentence is hers.
            for t in r where a.lemma[t] == data.ids.volgens && a.voice[t] == .own {
                var head = t + 1
                while head < r.upperBound && a.upos[head] != .pron && a.upos[head] != .noun && a.upos[head] != .propn { head += 1 }
                guard head < r.upperBound, let who = ClauseReader(data: data, text: text).personClass(head, a, objectToo: true), who != .zaak else { continue }
                while head + 1 < r.upperBound && (a.upos[head + 1] == .noun || a.upos[head + 1] == .propn) { head += 1 }
                if who == .ik || who == .wij { continue }
                mark(from: head + 1, clause: c, speaker: who, asked: false, &a)
            }
            guard let kind = reportingKind(c, a) else { continue }
            let speaker = a.clauses[c].subjectClass
            let f = Int(a.clauses[c].finiteVerb)
            // The writer's own present opinion is the writer's voice: "ik vind dat …".
            if (speaker == .ik || speaker == .wij) && a.clauses[c].tense == .present { continue }
            // "ze zei dat ik …", "hij vroeg waarom …", "mijn begeleider vond dat …", "ze zei:"
            var opener = -1
            var t = f + 1
            while t < r.upperBound {
                if isOpener(t, a, tokenization) { opener = t; break }
                t += 1
            }
            if opener < 0, c + 1 < count, a.clauses[c + 1].sentence == sentence, a.clauses[c + 1].voice == .own,
               let w = a.clauses[c + 1].tokens.first(where: { a.upos[$0] != .punct }), isOpener(w, a, tokenization) {
                opener = w
            }
            if opener < 0, let last = r.last, Bytes.equals(text, tokenization.tokens[last], ":"), c + 1 < count,
               a.clauses[c + 1].sentence == sentence, a.clauses[c + 1].voice == .own {
                opener = a.clauses[c + 1].tokens.lowerBound
            }
            if opener >= 0 {
                mark(from: opener, clause: c, speaker: speaker, asked: kind == .vragen, &a)
                continue
            }
            // ", zei ze." after the words: the reporting verb opens its clause, its subject follows.
            if f == r.lowerBound || (f == r.lowerBound + 1 && a.upos[r.lowerBound] == .punct), c > 0,
               a.clauses[c - 1].sentence == sentence, a.clauses[c].subject > Int32(f) {
                var k = c - 1
                while k >= 0 && a.clauses[k].sentence == sentence {
                    if a.clauses[k].voice == .own {
                        for t in a.clauses[k].tokens where a.voice[t] == .own { a.voice[t] = .reported }
                        a.clauses[k].voice = .reported
                        a.clauses[k].speaker = speaker
                        a.clauses[k].questionByOther = kind == .vragen && speaker != .ik && speaker != .wij
                    }
                    k -= 1
                }
            }
        }
    }

    /// A word that opens a reported clause: a conjunction (dat, of), a question word, a colon.
    private func isOpener(_ t: Int, _ a: LanguageAnnotation, _ tokenization: Tokenization) -> Bool {
        if Bytes.equals(text, tokenization.tokens[t], ":") { return false }
        let v = a.withLemmaBytes(a.lemma[t]) { data.voiceWords.value($0) }
        guard v == VoiceWord.opener.rawValue else { return false }
        let u = a.upos[t]
        // "dat" and "of" only as conjunctions; question words in any class.
        if a.lemma[t] == data.ids.dat || a.withLemmaBytes(a.lemma[t], { $0.count == 2 && $0[0] == UInt8(ascii: "o") && $0[1] == UInt8(ascii: "f") }) {
            return u == .sconj
        }
        return true
    }

    /// Marks the writer's own tokens from `start` to the end of the sentence as reported.
    private func mark(from start: Int, clause c: Int, speaker: SubjectClass, asked: Bool, _ a: inout LanguageAnnotation) {
        let sentence = a.clauses[c].sentence
        var k = c
        while k < a.clauses.count && a.clauses[k].sentence == sentence {
            let r = a.clauses[k].tokens
            var any = false
            for t in r where t >= start && a.voice[t] == .own { a.voice[t] = .reported; any = true }
            if any && (k > c || r.lowerBound >= start) {
                a.clauses[k].voice = .reported
                a.clauses[k].speaker = speaker
                a.clauses[k].questionByOther = asked && speaker != .ik && speaker != .wij
            }
            k += 1
        }
    }
}
