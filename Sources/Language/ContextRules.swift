import DiepgangTokenizer

/// The second pass: a form with two readings gets the one its neighbours fit ("het gesprek":
/// a determiner; "ik werk": a verb; "dat" after a verb opens a clause).
struct ContextRules {
    let data: LanguageData
    let text: UnsafeBufferPointer<UInt8>

    private static let nominal: UInt32 = WordClass.noun.bit | WordClass.adj.bit | WordClass.num.bit | WordClass.propn.bit

    func apply(_ range: Range<Int>, _ tokens: [Token], _ a: inout LanguageAnnotation) {
        for t in range {
            if a.upos[t] == .noun && t > range.lowerBound && a.upos[t - 1] == .pron { verbAfterSubject(t, tokens, &a) }
            else if (a.upos[t] == .adj || a.upos[t] == .num) && t > range.lowerBound && a.upos[t - 1] == .pron { verbAfterSubject(t, tokens, &a, byShapeOnly: true) }
            // (A verb found before its subject keeps that reading: no context rule below undoes it.)
            // ("Ruimde zij …?": a capitalised first word too, which the lexer took for a name.)
            if (a.upos[t] == .noun || a.upos[t] == .adj || a.upos[t] == .num || (a.upos[t] == .propn && t == range.lowerBound))
                && t + 1 < range.upperBound && a.upos[t + 1] == .pron && verbBeforeSubject(t, tokens, &a) { continue }
            if a.upos[t] == .propn && t > range.lowerBound && t + 1 < range.upperBound && a.upos[t + 1] == .noun { placeAdjective(t, tokens, &a) }
            // (The next word may still be read as a verb: "de ontwikkelde landen", "de uitgenodigde
            // gasten"; its own rule below then sees the participle before it.)
            if a.upos[t] == .noun && t > range.lowerBound && t + 1 < range.upperBound && hasNounReading(t + 1, a)
                && (a.upos[t - 1] == .det || a.upos[t - 1] == .adj) && text[tokens[t].end - 1] == UInt8(ascii: "e") {
                participleBeforeNoun(t, tokens, &a)
            }
            if a.upos[t] == .verb && t > range.lowerBound && a.upos[t - 1] == .det { nounAfterArticle(t, range, tokens, &a) }
            if a.upos[t] == .verb && t > range.lowerBound && a.upos[t - 1] == .adp && !isTe(t - 1, tokens) { nounAfterPreposition(t, tokens, &a) }
            let r = a.readingOf[t]
            if a.upos[t] == .noun && endsInEn(tokens[t]) && (r < 0 || data.readings[Int(r)].mask & WordClass.verb.bit == 0) {
                let prev: WordClass? = t > range.lowerBound ? a.upos[t - 1] : nil
                let next: WordClass? = t + 1 < range.upperBound ? a.upos[t + 1] : nil
                if nounOrVerb(t, range, tokens, a, prev: prev, next: next, choice: .noun, strict: true) == .verb {
                    let v = verbOfNounForm(t, tokens, &a)
                    if v >= 0 {
                        a.upos[t] = .verb
                        a.lemma[t] = v
                        a.verbForm[t] = .infinitive
                    }
                }
            }
            guard r >= 0 else { continue }
            let reading = data.readings[Int(r)]
            guard let alt = reading.alt else { continue }
            let mask = reading.mask
            let prev: WordClass? = t > range.lowerBound ? a.upos[t - 1] : nil
            let next: WordClass? = t + 1 < range.upperBound ? a.upos[t + 1] : nil
            let nextNominal = next.map { $0.bit & ContextRules.nominal != 0 } ?? false
            let prevVerbal = prev?.isVerbal ?? false
            var choice = reading.wordClass
            if mask & WordClass.sconj.bit != 0 && mask & WordClass.det.bit != 0 {
                // dat: a determiner before a noun, a relative pronoun after one or before a verb,
                // otherwise a conjunction.
                if nextNominal { choice = .det }
                else if prev == .noun || next?.isVerbal == true || prev == nil { choice = .pron }
                else { choice = .sconj }
            } else if mask & WordClass.det.bit != 0 && mask & WordClass.pron.bit != 0 {
                choice = nextNominal ? .det : .pron
            } else if mask & WordClass.aux.bit != 0 && mask & WordClass.pron.bit != 0 {
                choice = nextNominal ? .pron : .aux
            } else if mask & WordClass.cconj.bit != 0 && mask & WordClass.sconj.bit != 0 {
                choice = prevVerbal || prev == .adv ? .sconj : .cconj
            } else if mask & WordClass.cconj.bit != 0 && mask & WordClass.adv.bit != 0 {
                choice = prevVerbal || prev == .pron || prev == .adv ? .adv : .cconj
            } else if mask & WordClass.sconj.bit != 0 && mask & WordClass.adv.bit != 0 {
                // toen/dan/wanneer: an adverb when a verb follows at once ("toen ging ik").
                if next?.isVerbal == true { choice = .adv }
                else if prev == .adj || prev == .adv { choice = .sconj }
                else { choice = reading.wordClass }
            } else if mask & WordClass.noun.bit != 0 && mask & WordClass.verb.bit != 0 {
                choice = nounOrVerb(t, range, tokens, a, prev: prev, next: next, choice: choice)
            } else if mask & WordClass.adj.bit != 0 && mask & WordClass.verb.bit != 0 {
                // (Not before a subject pronoun: "Daarna gaf hij …" is inverted, "gaf" the verb.)
                if (prev == .det || prev == .adv || next == .noun) && !(next == .pron && isSubject(t + 1, a)) { choice = .adj }
            } else if mask & WordClass.noun.bit != 0 && mask & WordClass.adj.bit != 0 {
                if next == .noun { choice = .adj } else if prev == .det && next != .noun { choice = prev == .det && t + 1 < range.upperBound && a.upos[t + 1] == .punct ? .noun : choice }
            }
            if choice != reading.wordClass && mask & choice.bit != 0 {
                a.upos[t] = choice
                if choice == alt && reading.altLemma >= 0 { a.lemma[t] = reading.altLemma }
                if choice == .verb && a.verbForm[t] == .none {
                    a.verbForm[t] = data.withLemma(Int(a.lemma[t])) { lemma in
                        var s: [UInt8] = []
                        swap(&s, &a.scratch)
                        defer { swap(&s, &a.scratch) }
                        return s.withUnsafeMutableBufferPointer { buf in
                            let n = Lexer.lower(text, tokens[t].start..<tokens[t].end, into: buf)
                            return Lexer.verbForm(UnsafeBufferPointer(rebasing: buf[0..<n]), lemmaBytes: lemma)
                        }
                    }
                }
            }
        }
    }

    /// A form both a plural noun and a verb ("tekenen", "vragen"): which its neighbours fit.
    private func nounOrVerb(_ t: Int, _ range: Range<Int>, _ tokens: [Token], _ a: LanguageAnnotation,
                            prev: WordClass?, next: WordClass?, choice initial: WordClass, strict: Bool = false) -> WordClass {
        var choice = initial
        // (A participle before it is an adjective's place, surely when inflected: "gemengde
        // bedrijven", "gematigde streken".)
        let attributive = t > range.lowerBound && a.verbForm[t - 1] == .participle
            && (strict || text[tokens[t - 1].end - 1] == UInt8(ascii: "e"))
        let prevVerbal = (prev?.isVerbal ?? false) && !attributive
        // (A possessive before it is a noun's place: "zijn brieven".)
        let prevSubject = prev == .pron && !a.withLemmaBytes(a.lemma[t - 1]) { data.possessives.contains($0) }
        let en = endsInEn(tokens[t])
        // "het tekenen", "bij het opbouwen": a plural noun takes "de", so an -en form after
        // "het" is the infinitive used as a noun (UD keeps the verb's lemma).
        if en && prev == .det && a.lemma[t - 1] == data.ids.het { choice = .verb }
        // "moeten dat overwegen", "wil dit horen": "dat" and "dit" go with a singular noun, so
        // an -en form after them that is a plural as a noun is the infinitive.
        else if en && prev == .det && (a.lemma[t - 1] == data.ids.dat || a.lemma[t - 1] == data.ids.dit) && nounIsPlural(t, tokens, a) { choice = .verb }
        // "zijn werk", "mijn plannen": after a pronoun that is only a possessive (not also an
        // object or subject, as haar, ons, je) comes a noun.
        else if prev == .pron && a.withLemmaBytes(a.lemma[t - 1], { data.possessives.contains($0) && data.persons.value($0) < 0 }) { choice = .noun }
        // "… wilde het toch proberen.", "zou later trouwen op …": an -en form that ends the
        // clause, or stands before a preposition, after a helping verb or "te" (not after
        // a preposition: "had het in handen").
        // …or before a word that opens a reported clause ("kan me goed voorstellen hoe …").
        // (An adjective without an ending is an adverb there, "zou later trouwen op …", unless a
        // verb follows: "worden er 8 miljard kippen gehouden".)
        else if en && prev != .det && !(prev == .adj && (inflected(tokens[t - 1]) || next?.isVerbal == true)) && prev != .num
                    && !(prev == .adp && !isTe(t - 1, tokens))
                    && (next == nil || next == .punct || next == .adp || next?.isVerbal == true || opensClause(t + 1, range, a))
                    && helperBefore(t, range, tokens, a) { choice = .verb }
        // "Elk jaar schuiven de gewassen op", "…, blazen het kaf weg": a plural noun is seldom
        // followed at once by an article (only as an indirect object, which takes its own
        // article or possessive), so an -en form there, not after a noun's own determiner,
        // adjective, numeral or preposition, is the finite verb before its subject or object.
        else if en && prev != .det && prev != .adj && prev != .num && !(prev == .adp && !isTe(t - 1, tokens))
                    && !(prev == .pron && !prevSubject) && t + 1 < range.upperBound && isArticle(t + 1, a) { choice = .verb }
        // ("In 1969 bleef …": a year after its preposition ends that phrase; no noun follows it.)
        else if let p = prev, p == .det || p == .adj || (p == .num && !yearAfterPreposition(t - 1, range, tokens, a))
                    || (p == .adp && !isTe(t - 1, tokens)) || attributive { choice = .noun }
        else if prev == .adp && isTe(t - 1, tokens) { choice = .verb }
        // "… en stellen dat …": a plural noun takes "die" as its relative pronoun, so an -en
        // form before "dat" is the verb that opens a reported clause.
        else if let n = next, n == .sconj || n == .pron, a.lemma[t + 1] == data.ids.dat { choice = .verb }
        // (A form the tables give no verb reading needs a helping verb here too: "op zijn
        // voorstellen", "afgevallen vruchten" are nouns; "kan zich voorstellen" is a verb.)
        else if (prevSubject || prevVerbal) && (!strict || helperBefore(t, range, tokens, a)) { choice = .verb }
        // "de cijfers tonen …": Dutch writes compounds as one word, so a noun after a noun
        // is rare; an -en form there is the plural finite verb.
        // (Also for a form the tables read only as a noun, when it is a verb's lemma: verbOfNounForm
        // checks that after: "de teams verschillen sterk".)
        else if (prev == .noun || prev == .propn) && endsInEn(tokens[t]) { choice = .verb }
        else if endsInEn(tokens[t]) && (next == nil || next == .punct || next?.isVerbal == true) && helperBefore(t, range, tokens, a) {
            // "… kan ik het beter anders aanpakken.": an -en form at the clause's end
            // after a helping verb or "te" is its infinitive.
            choice = .verb
        }
        return choice
    }

    /// "af te blazen", "kan zich voorstellen": an -en form the tables read only as a noun (or
    /// not at all: a compound, a suffix rule) whose form is a verb's lemma (or a listed
    /// separable verb) is that verb where the neighbours fit a verb. Returns its lemma id.
    private func verbOfNounForm(_ t: Int, _ tokens: [Token], _ a: inout LanguageAnnotation) -> Int32 {
        let token = tokens[t]
        guard token.end - token.start <= Lexer.longestWord else { return -1 }
        var s: [UInt8] = []
        swap(&s, &a.scratch)
        defer { swap(&s, &a.scratch) }
        return s.withUnsafeMutableBufferPointer { buf -> Int32 in
            let n = Lexer.lower(text, token.start..<token.end, into: buf)
            let w = UnsafeBufferPointer(rebasing: buf[0..<n])
            let id = data.lemmas.find(w)
            if data.isVerbLemma(id) { return id }
            return data.separable.contains(w) ? (id >= 0 ? id : a.addLocal(w, base: data.lemmaCount)) : -1
        }
    }

    /// "ik werk", "hij belt": a form read as a noun right after a subject pronoun is the verb's
    /// present when its stem plus -en is a verb the data knows ("werk" → werken).
    private func verbAfterSubject(_ t: Int, _ tokens: [Token], _ a: inout LanguageAnnotation, byShapeOnly: Bool = false) {
        let subject = a.withLemmaBytes(a.lemma[t - 1]) { data.persons.value($0) }
        guard subject >= 0, subject & LanguageData.objectFlag == 0 else { return }
        // A clause has one finite verb: not after an inverted one ("won ze ruim een week …"),
        // nor before one ("voordat ze melk kan produceren").
        if t >= 2 && a.upos[t - 2].isVerbal && (a.verbForm[t - 2] == .present || a.verbForm[t - 2] == .past) { return }
        // (Later in the clause too, before a comma, conjunction or relative pronoun: "waar ze
        // echt tegenaan loopt".)
        var k = t + 1
        while k < a.upos.count && a.upos[k] != .punct && a.upos[k] != .sconj && a.upos[k] != .cconj
                && !(a.upos[k] == .pron && (a.lemma[k] == data.ids.die || a.lemma[k] == data.ids.dat || a.lemma[k] == data.ids.wat)) {
            if a.upos[k].isVerbal && (a.verbForm[k] == .present || a.verbForm[k] == .past) { return }
            k += 1
        }
        let token = tokens[t]
        let n = token.end - token.start
        guard n >= 2, n + 3 <= Lexer.longestWord else { return }
        // "Ik vier het", "hij loste": a numeral or adjective whose shape is a regular verb form.
        // (An adjective only with an ending: "ik lang heb" is no form of "langen".)
        if byShapeOnly {
            let ending = text[token.end - 1] == UInt8(ascii: "t") || text[token.end - 1] == UInt8(ascii: "e") || text[token.end - 1] == UInt8(ascii: "n")
            guard a.upos[t] == .num || ending else { return }
            if let (lemma, form) = regularVerb(token, &a) { a.upos[t] = .verb; a.lemma[t] = lemma; a.verbForm[t] = form }
            return
        }
        // (A bare stem is left to the look-up below: "ik werk" → werken, not "jij goed" → goeden.)
        if let (lemma, form) = regularVerb(token, &a, bareStem: false) {
            a.upos[t] = .verb; a.lemma[t] = lemma; a.verbForm[t] = form
            return
        }
        // "hij voerde": a past whose lemma the table has (as a verb's, or as the form's stem
        // plus -en: "voerde" → voeren).
        if text[token.end - 1] == UInt8(ascii: "e") && (data.isVerbLemma(a.lemma[t]) || isPastOf(token, a.lemma[t], a)) {
            a.upos[t] = .verb
            a.verbForm[t] = .past
            return
        }
        // "wij verschillen", "ze fietsen": an -en form is the plural present, its lemma the form
        // itself when that is a verb the data knows (never the form plus another -en).
        if endsInEn(token) {
            // (A form the table lists keeps its reading: "hij beiden".)
            guard a.readingOf[t] < 0 else { return }
            let v = verbOfNounForm(t, tokens, &a)
            if v >= 0 { a.upos[t] = .verb; a.lemma[t] = v; a.verbForm[t] = .present }
            return
        }
        var s: [UInt8] = []
        swap(&s, &a.scratch)
        defer { swap(&s, &a.scratch) }
        let found: Int32 = s.withUnsafeMutableBufferPointer { buf in
            let m = Lexer.lower(text, token.start..<token.end, into: buf)
            // A final t of the third person is not part of the stem: "werkt" → werk.
            var length = m
            while true {
                buf[length] = UInt8(ascii: "e"); buf[length + 1] = UInt8(ascii: "n")
                let inf = UnsafeBufferPointer(rebasing: buf[0..<(length + 2)])
                let f = data.tableForms.find(inf)
                if f >= 0 {
                    let r = data.readings[Int(data.tableForms.values[Int(f)])]
                    if r.wordClass == .verb { return r.lemma }
                    if r.alt == .verb { return r.altLemma >= 0 ? r.altLemma : r.lemma }
                    return -1
                }
                // Not in the table: an infinitive the table leaves to the suffix rules (never
                // after a final e: "voerde" is no stem; never for a form the table reads as
                // something else: "trouwens", "kennis").
                if buf[m - 1] == UInt8(ascii: "e") || a.readingOf[t] >= 0 { return -1 }
                if length == m && buf[m - 1] != UInt8(ascii: "t") || length < m {
                    return a.addLocal(UnsafeBufferPointer(rebasing: buf[0..<(length + 2)]), base: data.lemmaCount)
                }
                length = m - 1
            }
        }
        guard found >= 0 else { return }
        a.upos[t] = .verb
        a.lemma[t] = found
        a.verbForm[t] = .present
    }

    /// "…, bekende hij", "drukte je …": a form read as a noun, adjective or numeral right before a
    /// subject pronoun is the inverted finite verb when its shape is a regular verb form.
    @discardableResult
    private func verbBeforeSubject(_ t: Int, _ tokens: [Token], _ a: inout LanguageAnnotation) -> Bool {
        // (Not "je", "het" or "haar": they are also possessives, articles or objects.)
        let subject = a.withLemmaBytes(a.lemma[t + 1]) { l -> Int32 in
            l.count == 2 && l[0] == UInt8(ascii: "j") && l[1] == UInt8(ascii: "e") ? -1 : data.persons.value(l)
        }
        guard subject >= 0, subject & LanguageData.objectFlag == 0 else { return false }
        // A form the tables also read as a verb ("dreven", "goot", "gaf"): that verb.
        let r = a.readingOf[t]
        if r >= 0, data.readings[Int(r)].alt == .verb || data.readings[Int(r)].wordClass == .verb {
            let reading = data.readings[Int(r)]
            let lemma = reading.wordClass == .verb ? reading.lemma : reading.altLemma >= 0 ? reading.altLemma : reading.lemma
            a.upos[t] = .verb
            a.lemma[t] = lemma
            a.verbForm[t] = data.withLemma(Int(lemma)) { l in
                Lexer.verbForm(UnsafeBufferPointer(rebasing: text[tokens[t].start..<tokens[t].end]), lemmaBytes: l)
            }
            if a.verbForm[t] == .infinitive { a.verbForm[t] = .present }
            return true
        }
        if let (lemma, form) = regularVerb(tokens[t], &a) {
            a.upos[t] = .verb
            a.lemma[t] = lemma
            a.verbForm[t] = form
            return true
        }
        return false
    }

    /// "de afgeleide weekbladen", "in de ontwikkelde landen": a form read as a noun between an
    /// article and a noun, with an inflected participle's shape, is that participle (UD Dutch
    /// gives it its verb's lemma).
    private func participleBeforeNoun(_ t: Int, _ tokens: [Token], _ a: inout LanguageAnnotation) {
        let token = tokens[t]
        let n = token.end - token.start
        guard n >= 7, n <= Lexer.longestWord else { return }
        var s: [UInt8] = []
        swap(&s, &a.scratch)
        defer { swap(&s, &a.scratch) }
        let verb: Int32? = s.withUnsafeMutableBufferPointer { buf in
            let word = UnsafeBufferPointer(rebasing: buf[0..<Lexer.lower(text, token.start..<token.end, into: buf)])
            guard Lexer.endsLikeParticiple(word) else { return nil }
            return Lexer(data: data, text: text).participleVerb(word, &a)
        }
        guard let verb else { return }
        a.upos[t] = .verb
        a.lemma[t] = verb
        a.verbForm[t] = .participle
    }

    /// A subject pronoun (persons.tsv, not an object form, not "je", which may be a possessive).
    private func isSubject(_ t: Int, _ a: LanguageAnnotation) -> Bool {
        let v = a.withLemmaBytes(a.lemma[t]) { l -> Int32 in
            l.count == 2 && l[0] == UInt8(ascii: "j") && l[1] == UInt8(ascii: "e") ? -1 : data.persons.value(l)
        }
        return v >= 0 && v & LanguageData.objectFlag == 0
    }

    /// "de Britse bond", "Belgische renners": a capitalised word in -se or -sche before a noun is an
    /// adjective of a country or place, not a name; its lemma is lower case without the -e
    /// ("brits", "belgisch"), as in UD Dutch.
    private func placeAdjective(_ t: Int, _ tokens: [Token], _ a: inout LanguageAnnotation) {
        let token = tokens[t]
        let n = token.end - token.start
        guard n >= 5, n <= Lexer.longestWord, text[token.end - 1] == UInt8(ascii: "e") else { return }
        let before = text[token.end - 2]
        let se = before == UInt8(ascii: "s") || (before == UInt8(ascii: "h") && text[token.end - 3] == UInt8(ascii: "c") && text[token.end - 4] == UInt8(ascii: "s"))
        guard se else { return }
        var s: [UInt8] = []
        swap(&s, &a.scratch)
        defer { swap(&s, &a.scratch) }
        a.lemma[t] = s.withUnsafeMutableBufferPointer { buf in
            let m = Lexer.lower(text, token.start..<token.end, into: buf) - 1
            let stem = UnsafeBufferPointer(rebasing: buf[0..<m])
            let known = data.lemmas.find(stem)
            return known >= 0 ? known : a.addLocal(stem, base: data.lemmaCount)
        }
        a.upos[t] = .adj
    }

    /// `LanguageData.regularVerb` of a token, lower-cased in the scratch buffer.
    private func regularVerb(_ token: Token, _ a: inout LanguageAnnotation, bareStem: Bool = true) -> (lemma: Int32, form: VerbForm)? {
        guard token.end - token.start <= Lexer.longestWord else { return nil }
        var s: [UInt8] = []
        swap(&s, &a.scratch)
        defer { swap(&s, &a.scratch) }
        return s.withUnsafeMutableBufferPointer { buf in
            let n = Lexer.lower(text, token.start..<token.end, into: buf)
            return data.regularVerb(UnsafeBufferPointer(rebasing: buf[0..<n]), bareStem: bareStem)
        }
    }

    /// Is the form the lemma's stem plus -de or -te ("voerde", "fietste" beside voeren, fietsen)?
    private func isPastOf(_ token: Token, _ lemma: Int32, _ a: LanguageAnnotation) -> Bool {
        let n = token.end - token.start
        guard n >= 5, text[token.end - 2] == UInt8(ascii: "d") || text[token.end - 2] == UInt8(ascii: "t") else { return false }
        return a.withLemmaBytes(lemma) { l in
            let m = l.count
            guard m == n, l[m - 2] == UInt8(ascii: "e"), l[m - 1] == UInt8(ascii: "n") else { return false }
            for k in 0..<(n - 2) where l[k] != (text[token.start + k] | (k == 0 ? 0x20 : 0)) { return false }
            return true
        }
    }

    /// "De bliksem sloeg in", "de bond schrijft": a finite verb form after an article and
    /// before a verb or the clause's end is a noun (its own form the lemma).
    private func nounAfterArticle(_ t: Int, _ range: Range<Int>, _ tokens: [Token], _ a: inout LanguageAnnotation) {
        guard a.verbForm[t] == .present || a.verbForm[t] == .past else { return }
        let next: WordClass? = t + 1 < range.upperBound ? a.upos[t + 1] : nil
        // "de boer over …": a bare stem after an article is a noun wherever it stands.
        let stem = a.verbForm[t] == .present && isBareStem(tokens[t])
        guard stem || next == nil || next == .punct || next?.isVerbal == true else { return }
        let r = a.readingOf[t]
        if r >= 0, data.readings[Int(r)].alt == .noun, data.readings[Int(r)].altLemma >= 0 {
            a.lemma[t] = data.readings[Int(r)].altLemma
        } else {
            var s: [UInt8] = []
            swap(&s, &a.scratch)
            defer { swap(&s, &a.scratch) }
            a.lemma[t] = s.withUnsafeMutableBufferPointer { buf in
                let n = Lexer.lower(text, tokens[t].start..<tokens[t].end, into: buf)
                return a.addLocal(UnsafeBufferPointer(rebasing: buf[0..<n]), base: data.lemmaCount)
            }
        }
        a.upos[t] = .noun
        a.verbForm[t] = .none
    }

    /// "op peil", "met zorg": a verb's bare stem right after a preposition is a noun, unless
    /// the two make a separable verb ("dat ze op staat", "als hij mee doet").
    private func nounAfterPreposition(_ t: Int, _ tokens: [Token], _ a: inout LanguageAnnotation) {
        guard a.verbForm[t] == .present else { return }
        // "waar ik niet aan denk": after an r-pronoun the preposition is stranded, the verb stays.
        var k = t - 2
        while k >= 0 && a.upos[k] != .punct && a.upos[k] != .adp {
            if a.withLemmaBytes(a.lemma[k], { data.rPronouns.contains($0) }) { return }
            k -= 1
        }
        let token = tokens[t], before = tokens[t - 1]
        guard token.end - token.start >= 2, isBareStem(token),
              before.end - before.start + token.end - token.start + 4 <= Lexer.longestWord else { return }
        var s: [UInt8] = []
        swap(&s, &a.scratch)
        defer { swap(&s, &a.scratch) }
        let verbal: Bool = s.withUnsafeMutableBufferPointer { buf in
            let p = Lexer.lower(text, before.start..<before.end, into: buf)
            return a.withLemmaBytes(a.lemma[t]) { l in
                guard p + l.count <= buf.count else { return true }
                for k in 0..<l.count { buf[p + k] = l[k] }
                return data.separable.contains(UnsafeBufferPointer(rebasing: buf[0..<(p + l.count)]))
            }
        }
        guard !verbal else { return }
        let r = a.readingOf[t]
        if r >= 0, data.readings[Int(r)].alt == .noun, data.readings[Int(r)].altLemma >= 0 {
            a.lemma[t] = data.readings[Int(r)].altLemma
        } else {
            a.lemma[t] = s.withUnsafeMutableBufferPointer { buf in
                let n = Lexer.lower(text, token.start..<token.end, into: buf)
                return a.addLocal(UnsafeBufferPointer(rebasing: buf[0..<n]), base: data.lemmaCount)
            }
        }
        a.upos[t] = .noun
        a.verbForm[t] = .none
    }

    /// A form that can only be a verb's bare stem, not a participle, infinitive or past ("peil",
    /// "boer"; not "verkregen", "gebruikt", "ondervraagde").
    private func isBareStem(_ t: Token) -> Bool {
        let b = text[t.end - 1]
        return b != UInt8(ascii: "t") && b != UInt8(ascii: "d") && b != UInt8(ascii: "n") && b != UInt8(ascii: "e")
    }

    private func endsInEn(_ t: Token) -> Bool {
        t.end - t.start > 3 && text[t.end - 1] == UInt8(ascii: "n") && text[t.end - 2] == UInt8(ascii: "e")
    }

    /// hoe, wat, waarom, of, dat … (the openers of voice.tsv).
    private func opensClause(_ t: Int, _ range: Range<Int>, _ a: LanguageAnnotation) -> Bool {
        guard t < range.upperBound, a.upos[t] != .det else { return false }
        return a.withLemmaBytes(a.lemma[t]) { data.voiceWords.value($0) } == VoiceWord.opener.rawValue
    }

    /// An auxiliary, a modal, a verb of infinitive-verbs.txt or "te" earlier in the clause (back to
    /// the last comma or conjunction).
    private func helperBefore(_ t: Int, _ range: Range<Int>, _ tokens: [Token], _ a: LanguageAnnotation) -> Bool {
        var k = t - 1
        while k >= range.lowerBound {
            let u = a.upos[k]
            if u == .punct || u == .sconj || u == .cconj { return false }
            if u == .aux || isTe(k, tokens) { return true }
            if u == .verb, a.readingOf[k] >= 0, data.readings[Int(a.readingOf[k])].wordClass == .aux { return true }
            if u == .verb && a.withLemmaBytes(a.lemma[k], { data.infinitiveVerbs.contains($0) }) { return true }
            k -= 1
        }
        return false
    }

    private func isTe(_ t: Int, _ tokens: [Token]) -> Bool { Bytes.equals(text, tokens[t], "te") }

    /// "in 1969", "tot 2000": a year in four digits right after a preposition.
    private func yearAfterPreposition(_ t: Int, _ range: Range<Int>, _ tokens: [Token], _ a: LanguageAnnotation) -> Bool {
        let token = tokens[t]
        guard t > range.lowerBound, a.upos[t - 1] == .adp, token.end - token.start == 4 else { return false }
        let first = text[token.start]
        guard first == UInt8(ascii: "1") || first == UInt8(ascii: "2") else { return false }
        return (token.start..<token.end).allSatisfy { text[$0] >= UInt8(ascii: "0") && text[$0] <= UInt8(ascii: "9") }
    }

    /// Is the noun reading of this -en form a plural (its lemma another word: vormen → vorm)?
    private func nounIsPlural(_ t: Int, _ tokens: [Token], _ a: LanguageAnnotation) -> Bool {
        let r = a.readingOf[t]
        var lemma = a.lemma[t]
        if r >= 0 {
            let reading = data.readings[Int(r)]
            if reading.wordClass == .noun { lemma = reading.lemma } else if reading.alt == .noun && reading.altLemma >= 0 { lemma = reading.altLemma }
            else { return false }
        }
        let token = tokens[t]
        // Compared with ASCII capitals lowered only: a UTF-8 byte of "é" must stay as it is.
        return a.withLemmaBytes(lemma) { l in
            guard l.count == token.end - token.start else { return true }
            for k in 0..<l.count {
                let b = text[token.start + k]
                if l[k] != (b >= 0x41 && b <= 0x5A ? b | 0x20 : b) { return true }
            }
            return false
        }
    }

    /// Read as a noun, or a form the tables also read as one ("landen", "gasten").
    private func hasNounReading(_ t: Int, _ a: LanguageAnnotation) -> Bool {
        if a.upos[t] == .noun { return true }
        let r = a.readingOf[t]
        return r >= 0 && data.readings[Int(r)].mask & WordClass.noun.bit != 0
    }

    /// de, het, een (as article, pronoun or numeral alike).
    private func isArticle(_ t: Int, _ a: LanguageAnnotation) -> Bool {
        let l = a.lemma[t]
        return l == data.ids.de || l == data.ids.het || l == data.ids.een
    }

    /// An adjective with its ending, as before a noun: "grote" (-e), "houten" (-en); not "later", "goed".
    private func inflected(_ t: Token) -> Bool { text[t.end - 1] == UInt8(ascii: "e") || text[t.end - 1] == UInt8(ascii: "n") }
}
