/// Context that makes a word a name whatever its spelling: a relation word before it ("zijn
/// moeder Fatima"), a verb of speech or action after it ("Roos zei"), a word that takes a person
/// before a lower-case listed name ("ik sprak met ayoub"). A capital after a full stop is no
/// evidence by itself. All the words are data (Lexicons/privacy/*.txt).
extension Scan {
    /// The word's bytes, without a possessive "'s".
    @inline(__always) func range(_ w: Int) -> Range<Int> { stem(words[w]) }

    /// In a name list: first names (hand-written, derived, ambiguous) or surnames.
    func listedName(_ w: Int) -> Bool {
        lex.names.contains(p, range(w))
    }

    /// A listed name that is also an ordinary word ("Roos", "Wil", "Mees"): a name only with context.
    func ambiguousName(_ w: Int) -> Bool {
        let r = range(w)
        return lex.ambiguousFirstNames.contains(p, r) || lex.commonWords.contains(p, r)
    }

    /// Words w and w+1 are separated by spaces only (one line, no punctuation).
    @inline(__always) func adjacent(_ w: Int) -> Bool {
        w + 1 < words.count && onlySpaces(words[w].end, words[w + 1].start, max: 2)
    }

    /// A verb of speech or action (or "zich") right after word w: "Roos zei", "yusuf zich".
    func personVerbAfter(_ w: Int) -> Bool {
        guard adjacent(w) else { return false }
        let next = words[w + 1]
        return !next.capitalised && lex.nameAfter.contains(p, next.start..<next.end)
    }

    /// "Sietske en Jildou": "en" and a capitalised name-like word after w.
    func conjoinedNameAfter(_ w: Int) -> Bool {
        guard adjacent(w), w + 2 < words.count, wordEquals(words[w + 1], Self.en), adjacent(w + 1) else { return false }
        let other = words[w + 2]
        guard other.capitalised, !other.allCaps else { return false }
        let r = stem(other)
        return lex.firstNames.contains(p, r) || unknownCapitalised(r)
    }
    static let en: [UInt8] = Array("en".utf8)

    /// The word before w (same line, spaces only, or a comma for an apposition) is a relation word.
    func relationBefore(_ w: Int) -> Bool {
        guard w > 0 else { return false }
        let prev = words[w - 1]
        var gap = prev.end
        if gap < n && p[gap] == 0x2C { gap += 1 }
        guard onlySpaces(gap, words[w].start, max: 2) else { return false }
        return lex.relationWords.contains(p, prev.start..<prev.end) || lex.titleWords.contains(p, prev.start..<prev.end)
    }

    /// A word that takes a person right before w ("met", "volgens", "sprak").
    func personWordBefore(_ w: Int) -> Bool {
        guard w > 0, onlySpaces(words[w - 1].end, words[w].start, max: 2) else { return false }
        return lex.nameBefore.contains(p, words[w - 1].start..<words[w - 1].end)
    }

    /// A lower-case name: a listed name that is not an ordinary word, with context on either
    /// side ("zijn broer murat", "volgens naima", "femke zei"). Returns the last word.
    func lowerCaseName(at w: Int) -> Int? {
        let word = words[w]
        // The name list first: one lookup rejects almost every lower-case word.
        guard !word.capitalised, word.end - word.start >= 3, listedName(w), !ambiguousName(w),
              personWordBefore(w) || relationBefore(w) || personVerbAfter(w) else { return nil }
        let r = range(w)
        if lex.notNames.contains(p, r) || lex.particles.contains(p, r) { return nil }
        // A lower-case surname after it: "sanne de jong", "khadija amrani".
        var last = w
        var k = w + 1
        while k < words.count && k - w < 4 && onlySpaces(words[k - 1].end, words[k].start, max: 1) {
            let next = words[k]
            if next.capitalised { break }
            if lex.particles.contains(p, next.start..<next.end) { k += 1; continue }
            if listedName(k) && !ambiguousName(k) { last = k; k += 1; continue }
            break
        }
        return last
    }

    /// After a relation word: a capitalised word, even an ordinary one ("collega Roos"), and its
    /// surname. Returns the last word.
    func nameAfterRelation(at w: Int) -> Int? {
        let word = words[w]
        guard word.capitalised, !word.allCaps, word.end - word.start >= 2, !word.sentenceStart, relationBefore(w) else { return nil }
        let r = range(w)
        if lex.notNames.contains(p, r) || lex.titleWords.contains(p, r) || lex.relationWords.contains(p, r) { return nil }
        // An ordinary word needs the name lists or a verb after it ("moeder Zorg" is no name); a
        // word that only looks like a compound ("dokter Wijngaarde") is a surname here.
        if !listedName(w) && lex.commonWords.contains(p, r) && !personVerbAfter(w) { return nil }
        if !listedName(w) && !lex.commonWords.contains(p, r) && !unknownCapitalised(r) && !closedCompound(r) { return nil }
        var last = w
        var k = w + 1
        while k < words.count && k - w < 5 && onlySpaces(words[k - 1].end, words[k].start, max: 1) {
            let next = words[k]
            if next.capitalised && !next.allCaps && !lex.notNames.contains(p, stem(next)) && !lex.titleWords.contains(p, stem(next)) {
                last = k; k += 1; continue
            }
            if !next.capitalised && lex.particles.contains(p, next.start..<next.end) { k += 1; continue }
            break
        }
        return last
    }
}
