import DiepgangTokenizer

/// The third pass: cuts each sentence into clauses (at punctuation, subordinating conjunctions,
/// relative pronouns, and "en/maar/want/of" between two finite verbs) and reads each clause's
/// finite verb, subject, tense and modality; links separable verbs to their particle.
struct ClauseReader {
    let data: LanguageData
    let text: UnsafeBufferPointer<UInt8>

    /// Punctuation that ends a clause: , ; : ( ) ? ! . … dashes and every quotation mark.
    func cuts(_ token: Token) -> Bool {
        guard token.kind == .punctuation else { return false }
        if token.end - token.start == 1 {
            switch text[token.start] {
            case UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "?"),
                 UInt8(ascii: "!"), UInt8(ascii: "."), UInt8(ascii: "-"), 0x22, 0x27: return true
            default: return false
            }
        }
        return Lexer.opensSpeech(text, token) || Bytes.equals(text, token, "”") || Bytes.equals(text, token, "’")
            || Bytes.equals(text, token, "»") || Bytes.equals(text, token, "…")
    }

    mutating func read(sentence s: Int, _ range: Range<Int>, _ tokenization: Tokenization, _ a: inout LanguageAnnotation) {
        let tokens = tokenization.tokens
        var question = false
        for t in range.suffix(3) where tokens[t].end - tokens[t].start == 1 && text[tokens[t].start] == UInt8(ascii: "?") { question = true }
        var start = range.lowerBound
        var hasVerb = false, hasWord = false
        let first = a.clauses.count
        func verbAhead(_ from: Int) -> Bool {
            var t = from
            while t < range.upperBound && !cuts(tokens[t]) {
                if a.upos[t].isVerbal { return true }
                t += 1
            }
            return false
        }
        func close(_ end: Int) {
            if end > start {
                let c = Int32(a.clauses.count)
                a.clauses.append(ClauseFacts(tokens: start..<end, sentence: Int32(s)))
                for t in start..<end { a.clauseOf[t] = c }
            }
            start = end
            hasVerb = false
            hasWord = false
        }
        let ids = data.ids
        for t in range {
            let u = a.upos[t]
            if hasWord {
                if u == .sconj { close(t) }
                else if u == .cconj && hasVerb && verbAhead(t + 1) { close(t) }
                // "hij vroeg waarom …", "ik zag wat er gebeurde": a question word after a verb.
                else if hasVerb && u != .sconj && u != .det && isQuestionWord(t, a) { close(t) }
                else if u == .pron && t > range.lowerBound && a.upos[t - 1] == .noun && hasVerb
                            && (a.lemma[t] == ids.die || a.lemma[t] == ids.dat) { close(t) }
            }
            if u.isVerbal { hasVerb = true }
            if u != .punct { hasWord = true }
            // An opening quote at the start of a clause belongs to the words after it.
            if hasWord && cuts(tokens[t]) { close(t + 1) }
        }
        close(range.upperBound)
        for c in first..<a.clauses.count {
            a.clauses[c].isQuestion = question
            findVerb(c, tokens, &a)
            facts(c, tokens, &a)
        }
        // "deinsde , zoals zo vaak , terug voor …", "sloot het evenement als negende af": a
        // comma, "zoals" or "als" cuts off a stretch without a verb of its own; a particle there
        // still belongs to the finite verb before it.
        for c in first..<a.clauses.count {
            let f = Int(a.clauses[c].finiteVerb)
            guard f >= 0, a.partner[f] < 0 else { continue }
            var end = a.clauses[c].tokens.upperBound
            var d = c + 1
            // (A stretch with only a participle has no verb of its own either: ", omgekeerd ,".)
            while d < a.clauses.count && !a.clauses[d].tokens.contains(where: { a.upos[$0].isVerbal && a.verbForm[$0] != .participle }) {
                end = a.clauses[d].tokens.upperBound
                d += 1
            }
            if end > a.clauses[c].tokens.upperBound { linkParticle(f, a.clauses[c].tokens.lowerBound..<end, tokens, &a) }
        }
    }

    private func isWord(_ u: WordClass) -> Bool { u != .punct && u != .sym }

    /// -de, -te, -den, -ten.
    private func endsLikePast(_ token: Token) -> Bool {
        var e = token.end
        if e - token.start >= 5 && text[e - 1] == UInt8(ascii: "n") { e -= 1 }
        return e - token.start >= 4 && text[e - 1] == UInt8(ascii: "e") && (text[e - 2] == UInt8(ascii: "d") || text[e - 2] == UInt8(ascii: "t"))
    }

    /// "Ze blazen het kaf weg", "Hij voerde een show op": a clause without any verb has its
    /// finite verb in a word read as a noun or adjective that may also be a verb; the first
    /// such word right after its subject (a pronoun, noun or name) is taken as that verb.
    private func findVerb(_ c: Int, _ tokens: [Token], _ a: inout LanguageAnnotation) {
        let r = a.clauses[c].tokens
        guard r.count >= 3, !r.contains(where: { a.upos[$0].isVerbal }) else { return }
        for t in (r.lowerBound + 1)..<r.upperBound where a.upos[t] == .noun || a.upos[t] == .adj {
            let prev = a.upos[t - 1]
            guard prev == .noun || prev == .propn || (prev == .pron && personClass(t - 1, a) != nil) else { continue }
            // "het tropische oudwoud": an adjective before a noun is attributive, except right
            // after a personal subject ("Hij loste starter … af").
            if a.upos[t] == .adj && t + 1 < r.upperBound && a.upos[t + 1] == .noun
                && !(prev == .pron && personClass(t - 1, a) != .zaak) { continue }
            var lemma: Int32 = -1
            let rd = a.readingOf[t]
            if rd >= 0 {
                let reading = data.readings[Int(rd)]
                if reading.wordClass == .verb { lemma = reading.lemma }
                else if reading.alt == .verb { lemma = reading.altLemma >= 0 ? reading.altLemma : reading.lemma }
            }
            // (A lemma of the tables that is a verb's counts for a past's shape only: "vormde".)
            if lemma < 0 && data.isVerbLemma(a.lemma[t]) && endsLikePast(tokens[t]) { lemma = a.lemma[t] }
            // …or a regular past by its shape ("matte" → matten).
            if lemma < 0 && endsLikePast(tokens[t]) {
                let token = tokens[t]
                if token.end - token.start <= Lexer.longestWord {
                    var s: [UInt8] = []
                    swap(&s, &a.scratch)
                    lemma = s.withUnsafeMutableBufferPointer { buf in
                        let n = Lexer.lower(text, token.start..<token.end, into: buf)
                        return data.regularVerb(UnsafeBufferPointer(rebasing: buf[0..<n]))?.lemma ?? -1
                    }
                    swap(&s, &a.scratch)
                }
            }
            guard lemma >= 0 else { continue }
            let form = a.withLemmaBytes(lemma) { l in Lexer.verbForm(UnsafeBufferPointer(rebasing: text[tokens[t].start..<tokens[t].end]), lemmaBytes: l) }
            // An infinitive's form in second place is the present plural ("Ze blazen").
            a.verbForm[t] = form == .infinitive ? .present : form
            guard form != .participle else { continue }
            a.upos[t] = .verb
            a.lemma[t] = lemma
            return
        }
    }

    /// waarom, hoe, wat, wie, wanneer, waar, welke (the openers of voice.tsv other than dat/of).
    private func isQuestionWord(_ t: Int, _ a: LanguageAnnotation) -> Bool {
        a.withLemmaBytes(a.lemma[t]) { l in
            l.count >= 3 && data.voiceWords.value(l) == VoiceWord.opener.rawValue
        }
    }

    /// Finite verb, tense, modality, separable particle and subject of clause `c`.
    private func facts(_ c: Int, _ tokens: [Token], _ a: inout LanguageAnnotation) {
        let r = a.clauses[c].tokens
        let ids = data.ids
        guard let firstWord = r.first(where: { isWord(a.upos[$0]) }) else { return }
        a.clauses[c].isSubordinate = a.upos[firstWord] == .sconj
            || (a.upos[firstWord] == .pron && (a.lemma[firstWord] == ids.die || a.lemma[firstWord] == ids.dat) && firstWord > 0 && a.upos[firstWord - 1] != .punct)
        // A present form after a perfect auxiliary is a participle without ge- ("heb verteld");
        // not one in -t without a prefix that takes no ge- ("… gehouden worden hangt af van").
        var sawAux = false
        for t in r where a.upos[t].isVerbal {
            let l = a.lemma[t]
            if sawAux && a.verbForm[t] == .present && (text[tokens[t].end - 1] != UInt8(ascii: "t") || mayLackGe(tokens[t])) { a.verbForm[t] = .participle }
            if l == ids.hebben || l == ids.zijn || l == ids.worden { sawAux = true }
        }
        var finite = -1
        // "het verwachte succes", "een bepaalde tijd": a form between a determiner or adjective
        // and a noun is a participle used as an adjective, never the finite verb.
        for t in r where a.upos[t].isVerbal && (a.verbForm[t] == .present || a.verbForm[t] == .past) && !prenominal(t, r, a) { finite = t; break }
        // (Participles used as adjectives before it do not count: "werkende cellen … geven".)
        if finite < 0, let t = r.first(where: { a.upos[$0].isVerbal && a.verbForm[$0] != .participle }), a.verbForm[t] == .infinitive,
           (t > r.lowerBound && (a.upos[t - 1] == .pron || a.upos[t - 1] == .noun || a.upos[t - 1] == .propn)) || opensMainClause(t, r, a) {
            // "we gaan", "de collega's hebben": the infinitive's form is also the present plural;
            // so it is first in a clause after "en" or a comma, or before its subject ("… en
            // doen ze af", "laten we … los").
            finite = t
            a.verbForm[t] = .present
        }
        var participle = false, infinitive = false
        var modality: Modality = []
        for t in r where a.upos[t].isVerbal && t != finite {
            if a.verbForm[t] == .participle { participle = true }
            if a.verbForm[t] == .infinitive { infinitive = true }
        }
        for t in r where a.upos[t].isVerbal {
            let l = a.lemma[t]
            if l == ids.kunnen { modality.insert(.kunnen) }
            if l == ids.moeten { modality.insert(.moeten) }
            if l == ids.willen { modality.insert(.willen) }
            if l == ids.mogen { modality.insert(.mogen) }
            // An auxiliary helps only with a participle or an infinitive beside it.
            if l == ids.hebben || l == ids.worden { a.upos[t] = participle && a.verbForm[t] != .participle ? .aux : .verb }
            else if l == ids.kunnen || l == ids.moeten || l == ids.willen || l == ids.mogen || l == ids.zullen {
                a.upos[t] = infinitive && a.verbForm[t] != .infinitive ? .aux : .verb
            }
        }
        if finite >= 0 {
            a.clauses[c].finiteVerb = Int32(finite)
            let l = a.lemma[finite]
            let past = a.verbForm[finite] == .past
            var tense: Tense = past ? .past : .present
            if l == ids.zullen {
                if past { modality.insert(.conditional) } else { tense = .future }
            } else if (l == ids.hebben || l == ids.zijn) && participle {
                tense = past ? .pluperfect : .perfect
            } else if l == ids.gaan && infinitive && !past {
                tense = .future
            }
            a.clauses[c].tense = tense
        }
        a.clauses[c].modality = modality
        // "na te denken": a particle, te and an infinitive (before the finite verb's particle).
        // "om om te kijken": the second "om" is the particle.
        for t in r where t + 2 < r.upperBound && a.upos[t + 2].isVerbal && a.lemma[t + 1] == ids.te && a.upos[t + 1] == .adp
            && (a.lemma[t] != ids.om || (t > r.lowerBound && a.lemma[t - 1] == ids.om)) {
            // "af te kunnen snijden": the particle belongs to the last verb of the cluster.
            var v = t + 2
            while v + 1 < r.upperBound && a.upos[v + 1].isVerbal && isHelping(v, a) { v += 1 }
            link(verb: v, particle: t, strong: false, &a)
        }
        if finite >= 0 { linkParticle(finite, r, tokens, &a) }
        // "waarop dieren gehouden worden hangt af van …": a second finite verb takes its own particle.
        for t in r where t != finite && a.upos[t] == .verb && a.partner[t] < 0 && (a.verbForm[t] == .present || a.verbForm[t] == .past)
            && !prenominal(t, r, a) { linkParticle(t, r, tokens, &a) }
        // "over me heen kwamen", "bekend had gemaakt", "af te kunnen snijden": in a clause that
        // ends in its verbs, the particle stands right before the verb cluster.
        for t in r where a.upos[t] == .verb && a.partner[t] < 0 {
            // The finite verb of a main clause stands second, its particle after it: a word
            // before it is the first phrase ("het pleidooi vóór heeft de tijd niet mee").
            // (Not after "en", "of" going on a subordinate clause: "dat … en dan bekend staat".)
            if t == finite && !a.clauses[c].isSubordinate && !(a.upos[firstWord] == .cconj && c > 0 && a.clauses[c - 1].isSubordinate) { continue }
            var p = t - 1
            while p >= r.lowerBound && (a.upos[p].isVerbal || (a.lemma[p] == ids.te && a.upos[p] == .adp)) { p -= 1 }
            guard p >= r.lowerBound else { continue }
            // "om te groeien": om before te opens the infinitive; "waar korrels aan groeien",
            // "daar … mee verdienen": after an r-pronoun the word is its stranded preposition.
            if p + 1 < t && a.lemma[p] == ids.om { continue }
            if strandedBefore(p, r, a) { continue }
            // "door trekkende boeren", "voor oplopende spanningen": a preposition before an
            // inflected participle that stands before its noun governs that noun.
            if p == t - 1 && a.upos[p] == .adp && t + 1 < r.upperBound && (a.upos[t + 1] == .noun || a.upos[t + 1] == .adj)
                && text[tokens[t].end - 1] == UInt8(ascii: "e") { continue }
            link(verb: t, particle: p, strong: false, &a)
        }
        findSubject(c, finite: finite, firstWord: firstWord, &a)
    }

    /// "Ik dacht er lang over na": a particle that ends the clause (or stands before its
    /// infinitives, or before a reported question) makes the finite verb's lemma.
    private func linkParticle(_ verb: Int, _ r: Range<Int>, _ tokens: [Token], _ a: inout LanguageAnnotation) {
        guard a.upos[verb] == .verb else { return }
        // hebben, kunnen, zijn …: their particle verbs ("omhebben") are rare, their prepositions not.
        if a.readingOf[verb] >= 0 && data.readings[Int(a.readingOf[verb])].wordClass == .aux { return }
        // From the clause's end back: a particle that is the last word, or that stands before a
        // prepositional phrase or a question word ("sloot de vergadering af met …", "vraag me af
        // waarom"), never one with its own object ("ik keek naar de cliënt").
        var last = r.upperBound - 1
        while last > verb && !isWord(a.upos[last]) { last -= 1 }
        // "levert veel vis op die in dat land …": a relative clause after a particle is not part
        // of the verb's clause; the particle ends it.
        var rel = verb + 2
        while rel < last {
            if a.upos[rel] == .pron && (a.lemma[rel] == data.ids.die || a.lemma[rel] == data.ids.dat)
                && a.withLemmaBytes(a.lemma[rel - 1], { data.particles.contains($0) }) { last = rel - 1; break }
            rel += 1
        }
        var k = last
        // "om … te eten", "om eens na te denken": a word before a te-infinitive later in the
        // clause belongs to that infinitive, never to the finite verb.
        // Without "om" only the word right before "te" is the infinitive's own ("spoorde haar
        // aan op te stappen").
        var teInfinitive = verb, blockedFrom = verb
        var t = verb + 1
        while t + 1 < r.upperBound {
            if a.lemma[t] == data.ids.te && a.upos[t] == .adp && a.upos[t + 1].isVerbal { teInfinitive = t; break }
            t += 1
        }
        if teInfinitive > verb {
            blockedFrom = teInfinitive - 1
            var o = verb + 1
            while o < teInfinitive {
                if a.lemma[o] == data.ids.om { blockedFrom = o; break }
                o += 1
            }
        }
        // The end of the sentence or a comma after the last word: not a quote or a bracket that
        // may cut a phrase off ("verschenen in "De Standaard"").
        let closes = last + 1 >= r.upperBound || endsPhrase(tokens[last + 1])
        // "doet denken aan …": the finite verb's particle stands before the infinitives of its
        // clause; a word after one belongs to the phrase that follows.
        // (Not an infinitive used as a noun, after an article, preposition, adjective or
        // possessive: "bootst het zuigen van een kalf na", "vindt deze manier van fokken plaats".)
        var infinitive = verb + 1
        while infinitive <= last && !(a.upos[infinitive] == .verb && a.verbForm[infinitive] == .infinitive && verbal(before: infinitive, a)) { infinitive += 1 }
        while k > verb {
            if k > infinitive { k -= 1; continue }
            if k <= teInfinitive && k >= blockedFrom { k = blockedFrom - 1; continue }
            let next: WordClass? = k < last ? a.upos[k + 1] : nil
            // (An adverb may stand between a preposition and its noun phrase: "kwam neer op nog
            // één rondje", "op bijna alle punten".)
            let free = next == nil || next == .adp || (next == .adv && !(k + 2 <= last && startsNounPhrase(a.upos[k + 2])))
                || next == .sconj || next == .punct
                || a.withLemmaBytes(a.lemma[k + 1]) { data.voiceWords.value($0) } == VoiceWord.opener.rawValue
            if free && !stranded(verb, k, a) && link(verb: verb, particle: k, strong: next == nil && closes, &a) { return }
            k -= 1
        }
    }

    /// Is the word before `t` one after which an infinitive is a verb, not a noun?
    private func verbal(before t: Int, _ a: LanguageAnnotation) -> Bool {
        let u = a.upos[t - 1]
        return !(u == .det || u == .adp || u == .adj || u == .num || u == .noun || u == .propn || a.lemma[t - 1] == data.ids.het
                 || (u == .verb && a.verbForm[t - 1] == .participle)
                 || (u == .pron && a.withLemmaBytes(a.lemma[t - 1]) { data.possessives.contains($0) }))
    }

    private func startsNounPhrase(_ u: WordClass) -> Bool {
        u == .det || u == .num || u == .noun || u == .propn || u == .adj
    }

    /// Can this form be a participle without ge-: an unstressed prefix ("verwerkt", "bezet",
    /// "gebruikt", "overschat"), also after a particle ("voorbereid")? Not "hangt" after "worden".
    private func mayLackGe(_ token: Token) -> Bool {
        let w = UnsafeBufferPointer(rebasing: text[token.start..<token.end])
        if data.verbPrefixes.startsUnstressed(w, from: 0) { return true }
        var k = 2
        while k + 5 <= w.count && k <= 7 {
            if data.particles.contains(UnsafeBufferPointer(rebasing: w[0..<k])) && data.verbPrefixes.startsUnstressed(w, from: k) { return true }
            k += 1
        }
        return false
    }

    /// A verb first in its clause (after "en", "maar" or punctuation) or right before a
    /// subject pronoun: the place of a finite verb.
    private func opensMainClause(_ t: Int, _ r: Range<Int>, _ a: LanguageAnnotation) -> Bool {
        var first = r.lowerBound
        while first < t && (a.upos[first] == .punct || a.upos[first] == .cconj) { first += 1 }
        if first == t && t > r.lowerBound { return true }
        guard t + 1 < r.upperBound, a.upos[t + 1] == .pron, let c = personClass(t + 1, a) else { return false }
        return c != .zaak
    }

    /// A helping verb (kunnen, willen, … as the tables class them) before another verb.
    private func isHelping(_ v: Int, _ a: LanguageAnnotation) -> Bool {
        let r = a.readingOf[v]
        return r >= 0 && data.readings[Int(r)].wordClass == .aux
    }

    private func prenominal(_ t: Int, _ r: Range<Int>, _ a: LanguageAnnotation) -> Bool {
        guard t > r.lowerBound, t + 1 < r.upperBound else { return false }
        let before = a.upos[t - 1], after = a.upos[t + 1]
        return (before == .det || before == .adj || a.lemma[t - 1] == data.ids.het) && (after == .noun || after == .adj)
    }

    /// . ! ? , ; — punctuation after which a clause is surely over.
    private func endsPhrase(_ token: Token) -> Bool {
        guard token.kind == .punctuation, token.end - token.start == 1 else { return false }
        let b = text[token.start]
        return b == UInt8(ascii: ".") || b == UInt8(ascii: "!") || b == UInt8(ascii: "?") || b == UInt8(ascii: ",") || b == UInt8(ascii: ";")
    }

    /// "ik reken er op", "ze wezen er niet op": an r-pronoun between the verb and the candidate,
    /// with no preposition after it, leaves the candidate as its stranded preposition.
    private func stranded(_ verb: Int, _ particle: Int, _ a: LanguageAnnotation) -> Bool {
        var t = particle - 1
        while t > verb {
            if a.upos[t] == .adp { return false }
            if a.withLemmaBytes(a.lemma[t], { data.rPronouns.contains($0) }) { return true }
            t -= 1
        }
        return false
    }

    /// An r-pronoun earlier in the clause with no preposition between it and `particle`.
    private func strandedBefore(_ particle: Int, _ r: Range<Int>, _ a: LanguageAnnotation) -> Bool {
        var t = particle - 1
        while t >= r.lowerBound {
            if a.upos[t] == .adp { return false }
            if a.withLemmaBytes(a.lemma[t], { data.rPronouns.contains($0) }) { return true }
            t -= 1
        }
        return false
    }

    /// "om het gebouw heen", "tegen de muur aan": the word ends a noun phrase that its
    /// preposition opens (circumpositions.tsv), so it is no particle.
    private func closesCircumposition(_ particle: Int, _ a: LanguageAnnotation) -> Bool {
        // One noun phrase back: its words, and at most one determiner, which opens it.
        var k = particle - 1
        while k >= 0 && (a.upos[k] == .adj || a.upos[k] == .noun || a.upos[k] == .propn || a.upos[k] == .pron || a.upos[k] == .num) { k -= 1 }
        if k >= 0 && a.upos[k] == .det { k -= 1 }
        guard k >= 0, k < particle - 1, a.upos[k] == .adp else { return false }
        return a.withLemmaBytes(a.lemma[k]) { p in
            a.withLemmaBytes(a.lemma[particle]) { q in
                withUnsafeTemporaryAllocation(of: UInt8.self, capacity: p.count + 1 + q.count) { buf in
                    for i in 0..<p.count { buf[i] = p[i] }
                    buf[p.count] = 0x20
                    for i in 0..<q.count { buf[p.count + 1 + i] = q[i] }
                    return data.circumpositions.contains(UnsafeBufferPointer(buf))
                }
            }
        }
    }

    /// Is `word` a verb the data knows (a lemma of the tables, or a listed separable verb)?
    private func isKnownVerb(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        if data.separable.contains(word) { return true }
        let f = data.tableForms.find(word)
        if f >= 0 {
            let r = data.readings[Int(data.tableForms.values[Int(f)])]
            return r.wordClass == .verb || r.alt == .verb
        }
        return false
    }

    /// Links a particle to its verb when together they make a separable verb: one listed in
    /// separable-verbs.txt or known to the tables, or, for an adverbial particle that ends the
    /// clause (`strong`: "schonk nog een glas in"), any verb (UD reads every such particle as
    /// part of the verb's lemma).
    @discardableResult
    private func link(verb: Int, particle: Int, strong: Bool, _ a: inout LanguageAnnotation) -> Bool {
        guard a.partner[verb] < 0, a.partner[particle] < 0 else { return false }
        let isParticle = a.withLemmaBytes(a.lemma[particle]) { data.particles.contains($0) }
        guard isParticle, !closesCircumposition(particle, a) else { return false }
        var combined: [UInt8] = []
        swap(&combined, &a.scratch)
        defer { swap(&combined, &a.scratch) }
        let n = a.withLemmaBytes(a.lemma[particle]) { p in
            a.withLemmaBytes(a.lemma[verb]) { v -> Int in
                guard p.count + v.count <= combined.count else { return 0 }
                // A verb that already carries this particle ("opmerken") takes no second one.
                if v.count > p.count && (0..<p.count).allSatisfy({ v[$0] == p[$0] }) { return 0 }
                for k in 0..<p.count { combined[k] = p[k] }
                for k in 0..<v.count { combined[p.count + k] = v[k] }
                return p.count + v.count
            }
        }
        guard n > 0 else { return false }
        let id: Int32? = combined.withUnsafeBufferPointer { buf in
            let word = UnsafeBufferPointer(rebasing: buf[0..<n])
            let adverbial = a.upos[particle] == .adp || a.upos[particle] == .adv
            guard isKnownVerb(word) || (strong && adverbial) else { return nil }
            let known = data.lemmas.find(word)
            return known >= 0 ? known : a.addLocal(word, base: data.lemmaCount)
        }
        guard let id else { return false }
        a.lemma[verb] = id
        a.partner[verb] = Int32(particle)
        a.partner[particle] = Int32(verb)
        return true
    }

    /// The person class of a token's lemma: a listed person, pronoun or institution (also as the
    /// tail of a compound: "thuiszorgorganisatie"), a name, or a thing. Nil: not a subject word.
    func personClass(_ t: Int, _ a: LanguageAnnotation, objectToo: Bool = false) -> SubjectClass? {
        let u = a.upos[t]
        if u == .propn { return .ander }
        guard u == .pron || u == .noun else { return nil }
        let v: Int32 = a.withLemmaBytes(a.lemma[t]) { l in
            if u == .pron { return data.persons.value(l) }
            var k = 0
            while l.count - k >= 3 {
                if k == 0 || l[k] & 0xC0 != 0x80 {
                    let v = data.persons.value(UnsafeBufferPointer(rebasing: l[k...]))
                    if v >= 0 && v & LanguageData.objectFlag == 0 { return v }
                }
                k += 1
            }
            return -1
        }
        if v >= 0 {
            if v & LanguageData.objectFlag != 0 && !objectToo { return nil }
            return SubjectClass(rawValue: UInt8(v & 0xFF)) ?? .zaak
        }
        if u == .pron {
            let l = a.lemma[t]
            let ids = data.ids
            return l == ids.dat || l == ids.die || l == ids.wat || a.lemmaString(l) == "het" ? .zaak : nil
        }
        return .zaak
    }

    private func findSubject(_ c: Int, finite f: Int, firstWord: Int, _ a: inout LanguageAnnotation) {
        let r = a.clauses[c].tokens
        var subject = -1
        if f >= 0 {
            if a.clauses[c].isSubordinate {
                for t in (firstWord + 1)..<f where personClass(t, a) != nil { subject = t; break }
                // The head of a noun phrase is its last noun: "de moeder van de cliënt" → moeder.
                if subject >= 0 && a.upos[subject] != .pron {
                    var t = subject
                    while t + 1 < f && (a.upos[t + 1] == .noun || a.upos[t + 1] == .propn) { t += 1 }
                    subject = t
                }
            } else if f > r.lowerBound, personClass(f - 1, a) != nil {
                subject = f - 1
            } else if f + 1 < r.upperBound, a.upos[f + 1] == .pron, personClass(f + 1, a) != nil {
                subject = f + 1
            } else {
                var t = f + 1
                while t < r.upperBound {
                    if (a.upos[t] == .noun || a.upos[t] == .propn) && t > r.lowerBound && (a.upos[t - 1] == .det || a.upos[t - 1] == .pron || a.upos[t - 1] == .adj || a.upos[t] == .propn) {
                        subject = t
                        break
                    }
                    t += 1
                }
                if subject < 0 {
                    for t in r.lowerBound..<f where personClass(t, a) != nil { subject = t }
                }
            }
        }
        guard subject >= 0, let subjectClass = personClass(subject, a) else { return }
        a.clauses[c].subject = Int32(subject)
        a.clauses[c].subjectClass = subjectClass
    }
}
