/// Context that makes a word a name whatever its spelling: a relation word before it ("zijn
/// moeder Fatima"), a verb of speech or action after it ("Roos zei"), a word that takes a person
/// before a lower-case listed name ("ik sprak met ayoub"). A capital after a full stop is no
/// evidence by itself. All the words are data (Lexicons/privacy/*.txt).
extension Scan {
    /// The word's bytes, without a possessive "'s".
    @inline(__always) func range(_ w: Int) -> Range<Int> { stem(words[w]) }

    /// In a name list: first names (hand-written, derived, ambiguous) or surnames.
    func listedName(_ w: Int) -> Bool {
        lex.names.contains(p, range(w)) || possessiveBeforeRelation(w)
    }

    /// "Noors moeder", "Jorts vader": a listed name with a possessive s, a relation word after it.
    func possessiveBeforeRelation(_ w: Int) -> Bool {
        let r = range(w)
        guard r.count > 3, p[r.upperBound - 1] | 0x20 == 0x73, adjacent(w), !words[w + 1].capitalised,
              lex.relationWords.contains(p, words[w + 1].start..<words[w + 1].end) else { return false }
        let bare = r.lowerBound..<(r.upperBound - 1)
        // A listed name, or a capitalised word that is no ordinary one ("Gülsüms dochter").
        return lex.names.contains(p, bare) || (words[w].capitalised && !lex.commonWords.contains(p, bare) && !lex.commonWords.contains(p, r)
                                                && !lex.notNames.contains(p, bare) && !lex.places.contains(p, bare))
    }

    /// A listed name that is also an ordinary word ("Roos", "Wil", "Mees"): a name only with context.
    func ambiguousName(_ w: Int) -> Bool {
        let r = range(w)
        return (lex.ambiguousFirstNames.contains(p, r) || lex.commonWords.contains(p, r) || lex.mostlyWords.contains(p, r))
            && !lex.mostlyNames.contains(p, r) && !possessiveBeforeRelation(w)
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

    /// "Sietske en Jildou", "Sem, Noor en Bram": "en" or a comma, then a capitalised name-like word.
    func conjoinedNameAfter(_ w: Int) -> Bool {
        if adjacent(w), w + 2 < words.count, isJoiner(words[w + 1]), adjacent(w + 1) {
            let other = words[w + 2]
            guard other.capitalised, !other.allCaps else { return false }
            let r = stem(other)
            return lex.firstNames.contains(p, r) || unknownCapitalised(r)
        }
        // After a comma only a listed first name: a list of unknown terms is no list of people.
        if w + 1 < words.count, words[w].end < n, p[words[w].end] == 0x2C, onlySpaces(words[w].end + 1, words[w + 1].start, max: 1) {
            let other = words[w + 1]
            return other.capitalised && !other.allCaps && lex.names.contains(p, stem(other))
        }
        return false
    }
    /// "en" (name_joiners.txt).
    @inline(__always) func isJoiner(_ word: Word) -> Bool { lex.nameJoiners.contains(p, word.start..<word.end) }

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

    /// A lower-case name, with the confidence of its evidence; returns the last word and the
    /// confidence. A listed name that is not an ordinary word counts anywhere when it is long
    /// enough, else with context ("volgens tim"); a listed name that is also a word needs a relation
    /// word before it and a clause end after it ("zijn zus roos."), a strong verb at the start of a
    /// sentence ("roos wil niet meer") or another name joined to it ("mees en ruben"); a word on no
    /// list at all, not an ordinary word nor a compound of two, needs a relation word before it
    /// ("collega jorrit"): drug names, English and misspelt words are lower-case unknowns too.
    func lowerCaseName(at w: Int) -> (last: Int, confidence: Double)? {
        let word = words[w]
        guard !word.capitalised, word.end - word.start >= 3 else { return nil }
        let r = range(w)
        if lex.closedClassWords.contains(p, r) { return nil }  // "haar", "die"
        var confidence = 0.75
        // The name list first: one lookup rejects almost every lower-case word.
        if listedName(w) {
            if lex.places.contains(p, r) { return nil }
            if ambiguousName(w) {
                // "zijn broer bas.", "collega roos, die" but not "de cliënt wil daar niet heen" or
                // "naar haar moeder mag," (a verb of a person is no name here).
                // At the start of a sentence a strong verb after it will do: "roos wil niet meer".
                let afterRelation = relationBefore(w) && !lex.nameAfter.contains(p, r) && (clauseEndsAfter(w) || conjoinedNameAfter(w))
                guard afterRelation || (word.sentenceStart && !lex.nameAfter.contains(p, r) && strongVerbAfter(w))
                        || joinedToLowerCaseName(w) else { return nil }
            } else {
                // Without context only a longer name ("ayoub", not "tim" or "lot").
                if !(personWordBefore(w) || personSlotBefore(w) || relationBefore(w) || personVerbAfter(w)) {
                    guard r.count >= 4 else { return nil }
                    confidence = 0.6
                }
            }
        } else {
            // The context first (cheap and rare), then the word lists.
            guard r.count >= 4, relationBefore(w), onlySpaces(words[w - 1].end, word.start, max: 2),
                  !lex.commonWords.contains(p, r), !lex.notNames.contains(p, r), !lex.places.contains(p, r),
                  !closedCompound(r), unknownCapitalised(r), !endsWithAny(r, lex.diminutiveEndings) else { return nil }
            confidence = 0.6
        }
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
        return (last, confidence)
    }

    /// The first word of the tussenvoegsels right before a surname at w ("de Vries", "van den
    /// Berg", "in 't Veld"), so the whole surname is one finding; w itself when there are none.
    func surnamePrefixStart(before w: Int, notBefore covered: Int) -> Int {
        var k = w
        while k - 1 >= covered && onlySpaces(words[k - 1].end, words[k].start, max: 1)
                && lex.surnamePrefixes.contains(p, words[k - 1].start..<words[k - 1].end) {
            k -= 1
        }
        // A lone "van" is as often the preposition before a person ("moeder van Gert-Jan").
        if k == w - 1 && lex.nameBefore.contains(p, words[k].start..<words[k].end) { return w }
        // "in 't Veld", "op 't Hof": a particle before "'t" (the word starts with an apostrophe).
        let apostropheT = k < w && (p[words[k].start] == 0x27 || p[words[k].start] == 0xE2)
        if apostropheT && k - 1 >= covered && onlySpaces(words[k - 1].end, words[k].start, max: 1)
            && lex.particles.contains(p, words[k - 1].start..<words[k - 1].end) { return k - 1 }
        return k
    }

    /// A capitalised tussenvoegsel in mid-sentence that is no determiner ("Van der Meer", "Ter
    /// Horst", not "De Linde", the name of a ward), lower-case particles, then a capitalised word:
    /// returns that word.
    func capitalisedPrefixSurname(_ w: Int) -> Int? {
        let word = words[w]
        guard word.capitalised, !word.allCaps, !word.sentenceStart,
              lex.surnamePrefixes.contains(p, word.start..<word.end), !lex.determiners.contains(p, word.start..<word.end) else { return nil }
        var k = w + 1
        while k < words.count && k - w <= 3 && onlySpaces(words[k - 1].end, words[k].start, max: 1) {
            let next = words[k]
            if !next.capitalised && lex.particles.contains(p, next.start..<next.end) { k += 1; continue }
            return next.capitalised && !next.allCaps && !lex.places.contains(p, stem(next)) ? k : nil
        }
        return nil
    }

    /// The first of the initials right before word w ("R. Doornbos", "J.W. Kuipers"): capital
    /// letters each followed by a dot; w itself when there are none.
    func initialsStart(before w: Int, notBefore covered: Int) -> Int {
        var k = w
        while k - 1 >= covered {
            let prev = words[k - 1]
            guard prev.end - prev.start == 1, prev.capitalised, prev.end < n, p[prev.end] == 0x2E else { break }
            // "R. Doornbos" (a space) or "J.W." (the next initial right after the dot).
            guard prev.end + 1 == words[k].start || onlySpaces(prev.end + 1, words[k].start, max: 1) else { break }
            k -= 1
        }
        return k
    }

    /// A verb of a person right after w that is more than a copula or auxiliary ("Roos zei", not
    /// "Winter is").
    func strongVerbAfter(_ w: Int) -> Bool {
        personVerbAfter(w) && !lex.weakVerbsAfter.contains(p, words[w + 1].start..<words[w + 1].end)
    }

    /// A lower-case word of five letters or more with a weak past-tense ending right after w
    /// ("Roos zette …").
    func pastTenseAfter(_ w: Int) -> Bool {
        guard adjacent(w), !words[w + 1].capitalised else { return false }
        let r = words[w + 1].start..<words[w + 1].end
        return r.count >= 5 && !lex.closedClassWords.contains(p, r) && endsWithAny(r, lex.pastTenseEndings)
    }

    /// An age in brackets right after w: "Storm (7)", "Jade (15 jaar)".
    func ageAfter(_ w: Int) -> Bool {
        var i = words[w].end
        if i < n && p[i] == 0x20 { i += 1 }
        guard i < n, p[i] == 0x28 else { return false }
        i += 1
        let digits = i
        while i < n && isDigit(i) && i - digits < 4 { i += 1 }
        guard i > digits, i - digits <= 3 else { return false }
        if i < n && p[i] == 0x20 {
            var e = i + 1
            while e < n && isASCIILetter(e) { e += 1 }
            if e > i + 1 && lex.ageWords.contains(p, (i + 1)..<e) { i = e }
        }
        return i < n && p[i] == 0x29
    }

    /// A title or a role in brackets right after w: "Schipper (de heer)", "Zwaan (mevrouw)",
    /// "Noor (psycholoog)".
    func titleInBracketsAfter(_ w: Int) -> Bool {
        var i = words[w].end
        if i < n && p[i] == 0x20 { i += 1 }
        guard i < n, p[i] == 0x28, w + 1 < words.count, words[w + 1].start == i + 1 else { return false }
        let length = titleLength(at: w + 1)
            ?? (lex.relationWords.contains(p, words[w + 1].start..<words[w + 1].end) ? 1 : nil)
        guard let parts = length, w + parts < words.count else { return false }
        let end = words[w + parts].end
        return end < n && (p[end] == 0x29 || (p[end] == 0x2E && end + 1 < n && p[end + 1] == 0x29))
    }

    /// "Jet van de thuiszorg belde", "Hiltsje uit Grou sprak": an affiliation word, a few words,
    /// then a verb of a person (a strong one when `strong`).
    func affiliationThenVerb(_ w: Int, strong: Bool = true) -> Bool {
        guard adjacent(w), lex.affiliationWords.contains(p, words[w + 1].start..<words[w + 1].end) else { return false }
        var k = w + 2
        while k < words.count && k - w <= 7 && onlySpaces(words[k - 1].end, words[k].start, max: 2) {
            if k - 1 > w + 1 && (strong ? strongVerbAfter(k - 1) : personVerbAfter(k - 1)) { return true }
            k += 1
        }
        return false
    }

    /// The word before w closes a message ("Groetjes, sil", "mvg Anouk").
    func signoffBefore(_ w: Int) -> Bool {
        guard w > 0 else { return false }
        var gap = words[w - 1].end
        if gap < n && p[gap] == 0x2C { gap += 1 }
        var i = gap
        while i < words[w].start && (p[i] == 0x20 || p[i] == 0x0A || p[i] == 0x0D) { i += 1 }
        guard i == words[w].start, words[w].start - gap <= 3 else { return false }
        return lex.signoffWords.contains(p, words[w - 1].start..<words[w - 1].end)
    }

    /// A listed name that is also a word may follow a title in lower case ("mw. kok") unless it
    /// is a verb of a person or a function word ("mevrouw wil", "meneer is").
    func plainAfterTitle(_ w: Int) -> Bool {
        let r = words[w].start..<words[w].end
        return !lex.nameAfter.contains(p, r) && !lex.closedClassWords.contains(p, r)
    }

    /// "mees en ruben", "ruben en mees": joined by "en" to a lower-case listed name that is no word.
    func joinedToLowerCaseName(_ w: Int) -> Bool {
        func plainLowerName(_ k: Int) -> Bool {
            k >= 0 && k < words.count && !words[k].capitalised && lex.names.contains(p, range(k)) && !ambiguousName(k)
        }
        if adjacent(w), w + 2 < words.count, isJoiner(words[w + 1]), adjacent(w + 1), plainLowerName(w + 2) { return true }
        if w >= 2, adjacent(w - 2), adjacent(w - 1), isJoiner(words[w - 1]), plainLowerName(w - 2) { return true }
        return false
    }

    /// Punctuation or the end of the text right after word w ("mijn zus roos.", "collega bas, die").
    func clauseEndsAfter(_ w: Int) -> Bool {
        var i = words[w].end
        while i < n && p[i] == 0x20 { i += 1 }
        return i == n || p[i] == 0x2E || p[i] == 0x2C || p[i] == 0x21 || p[i] == 0x3F || p[i] == 0x3A || p[i] == 0x3B || p[i] == 0x0A
    }

    /// A word right before w that takes a person ("met", "volgens", "vroeg"; see person_slot_before.txt).
    func personSlotBefore(_ w: Int) -> Bool {
        guard w > 0, onlySpaces(words[w - 1].end, words[w].start, max: 2) else { return false }
        return lex.personSlotBefore.contains(p, words[w - 1].start..<words[w - 1].end)
    }

    /// A capitalised ordinary word, on no name list, that stands where a person goes: not at the
    /// start of a sentence, not beside another capitalised word (the name of a thing: "Veilig
    /// Thuis"), not a place, relation word or title, with a person slot before it or a verb of a
    /// person after it ("met Linde", "heb Vink gevraagd", "zag ik Wolf alleen").
    func capitalisedWordInPersonSlot(_ w: Int) -> Bool {
        let word = words[w]
        guard !word.sentenceStart, word.end - word.start >= 3 else { return false }
        let r = range(w)
        // After "'s" ("'s Middags zat hij") the capital starts the sentence.
        if w > 0 && words[w - 1].end - words[w - 1].start == 1 { return false }
        // (likelyName, the one caller, has already turned away not-names, titles and relation words.)
        guard lex.commonWords.contains(p, r), !lex.places.contains(p, r), !lex.closedClassWords.contains(p, r),
              !lex.particles.contains(p, r) else { return false }
        if w > 0 && words[w - 1].capitalised && !words[w - 1].sentenceStart && onlySpaces(words[w - 1].end, word.start, max: 1) { return false }
        if adjacent(w) && words[w + 1].capitalised { return false }
        // "Centrum voor Jeugd en Gezin": joined by "en" to a capitalised ordinary word.
        if w >= 2 && isJoiner(words[w - 1]) && words[w - 2].capitalised && !listedName(w - 2)
            && onlySpaces(words[w - 2].end, words[w - 1].start, max: 1) { return false }
        // "Hoofd van de Afdeling": particles and a capital after it make it the name of a thing.
        var k = w + 1
        while k < words.count && onlySpaces(words[k - 1].end, words[k].start, max: 1) && lex.particles.contains(p, words[k].start..<words[k].end) { k += 1 }
        if k > w + 1 && k < words.count && words[k].capitalised { return false }
        return personSlotBefore(w) || personVerbAfter(w)
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
