/// Capitalised words that name a thing, not a person: fixed expressions and place names of several
/// words ("jan en alleman", "Den Bosch"), words after a determiner ("de Kruidvat"), inside an English
/// title ("Signs of Safety"), after a preposition that takes institutions ("via Nextdoor"), joined
/// to another thing ("de Belastingdienst en Vattenfall") or part of a longer name ("Zorggroep
/// Noorderboog"). All the words are data (Lexicons/privacy/*.txt).
extension Scan {
    /// Marks the words of fixed expressions with a name in them ("jan en alleman", "pietje
    /// precies"): no person is meant there.
    func markIdioms(_ marked: inout [Bool]) {
        var w = 0
        while w < words.count {
            // Two lookups reject almost every word; single-word idioms ("sinterklaas") are in notNames too.
            guard w + 1 < words.count, lex.idiomFirstWords.contains(p, words[w].start..<words[w].end),
                  lex.idiomSecondWords.contains(p, words[w + 1].start..<words[w + 1].end) else { w += 1; continue }
            var matched = 0
            for idiom in lex.nameIdioms where w + idiom.count <= words.count && idiom.count > matched {
                var ok = true
                for (j, part) in idiom.enumerated() {
                    if !wordEquals(words[w + j], part) || (j > 0 && !onlySpaces(words[w + j - 1].end, words[w + j].start, max: 1)) { ok = false; break }
                }
                if ok { matched = idiom.count }
            }
            for k in w..<(w + matched) { marked[k] = true }
            w += max(matched, 1)
        }
    }

    /// A capitalised ordinary word or a known thing right before w on the same line, so w is part of
    /// the name of a thing: "Zorggroep Noorderboog", "Oost Gelre", "Kinder- en Jeugdpsychiatrie".
    func insideThingName(_ w: Int) -> Bool {
        guard w > 0 else { return false }
        let prev = words[w - 1]
        // "Kinder- en Jeugdpsychiatrie": a word cut off with a hyphen before "en".
        if w >= 2 && isJoiner(prev) && words[w - 2].end < n && p[words[w - 2].end] == 0x2D { return true }
        guard onlySpaces(prev.end, words[w].start, max: 1), prev.capitalised, !prev.sentenceStart, !listedName(w - 1) else { return false }
        let r = range(w - 1)
        return lex.commonWords.contains(p, r) || lex.notNames.contains(p, r) || lex.places.contains(p, r)
    }

    /// Right after a determiner: "de Kruidvat", "een Noor" are things, "de Vries" (a listed
    /// surname after "de", "den", "der") is a person.
    func thingAfterDeterminer(_ w: Int) -> Bool {
        guard w > 0, onlySpaces(words[w - 1].end, words[w].start, max: 1) else { return false }
        let prev = words[w - 1]
        guard lex.determiners.contains(p, prev.start..<prev.end) else { return false }
        if lex.surnamePrefixes.contains(p, prev.start..<prev.end) && lex.surnames.contains(p, range(w)) { return false }
        return true
    }

    /// Joined to another capitalised word by an English title word: "Signs of Safety", "Friends
    /// and Family" (but not the Dutch "of" in "ik twijfel of Sharon het begreep").
    func besideTitleGlue(_ w: Int) -> Bool {
        // "Henk of Monique": the Dutch "of" between names.
        if listedName(w) { return false }
        if adjacent(w), adjacent(w + 1), !words[w + 1].capitalised, words[w + 2].capitalised,
           lex.titleGlueWords.contains(p, words[w + 1].start..<words[w + 1].end) { return true }
        if w >= 2, adjacent(w - 2), adjacent(w - 1), !words[w - 1].capitalised, words[w - 2].capitalised,
           lex.titleGlueWords.contains(p, words[w - 1].start..<words[w - 1].end) { return true }
        return false
    }

    /// Right after a preposition that takes institutions and places more than people ("via Nextdoor").
    func thingPrepositionBefore(_ w: Int) -> Bool {
        guard w > 0, onlySpaces(words[w - 1].end, words[w].start, max: 1), !words[w - 1].capitalised else { return false }
        return lex.thingPrepositions.contains(p, words[w - 1].start..<words[w - 1].end)
    }

    /// Joined by "en" to a capitalised word that is no name: "de Belastingdienst en Vattenfall".
    func coordinatedWithThing(_ w: Int) -> Bool {
        guard w >= 2, isJoiner(words[w - 1]), onlySpaces(words[w - 1].end, words[w].start, max: 1),
              onlySpaces(words[w - 2].end, words[w - 1].start, max: 1), words[w - 2].capitalised else { return false }
        return !listedName(w - 2) && (lex.notNames.contains(p, range(w - 2)) || lex.commonWords.contains(p, range(w - 2)) || lex.places.contains(p, range(w - 2)))
    }

    /// After "<noun> van" where the noun names a thing after a person: "de ziekte van Alzheimer",
    /// "het syndroom van Down".
    func eponymAfter(_ w: Int) -> Bool {
        guard w >= 2, onlySpaces(words[w - 1].end, words[w].start, max: 1), onlySpaces(words[w - 2].end, words[w - 1].start, max: 1),
              lex.ofWords.contains(p, words[w - 1].start..<words[w - 1].end) else { return false }
        return lex.eponymHeads.contains(p, words[w - 2].start..<words[w - 2].end)
    }
}
