import DiepgangCore
import DiepgangResources

/// How one form reads: its default word class and lemma, and a second reading context rules may
/// choose ("vroeg": the past of vragen, or the adjective).
struct Reading: Sendable {
    // The 4-byte fields first, the 1-byte ones after them: 16 bytes a reading, not 24 (some
    // 165 000 readings are built at every start).
    var lemma: Int32
    var altLemma: Int32 = -1
    /// Every class the form may have (bits of `WordClass.rawValue`).
    var mask: UInt32
    var wordClass: WordClass
    var alt: WordClass? = nil
    var verbForm: VerbForm = .none

    init(lemma: Int32, wordClass: WordClass, mask: UInt32, verbForm: VerbForm = .none) {
        self.lemma = lemma
        self.wordClass = wordClass
        self.mask = mask
        self.verbForm = verbForm
    }
}

/// What `voice.tsv` says a lemma does.
enum VoiceWord: Int32 {
    case zeggen = 1, vragen, volgens, opener
}

/// The data of `Lexicons/language/`, loaded and indexed once: see the files' own headers for
/// their format. Shared by every annotation (a reference, immutable after loading).
public final class LanguageData: Sendable {
    static let folderPath = "language/"
    static let fileNames = ["lemmas.tsv", "verbs.tsv", "closed-classes.tsv", "particles.txt", "separable-verbs.txt",
                            "persons.tsv", "voice.tsv", "suffix-rules.tsv"]
    /// Files a lexicon folder made before them may lack.
    static let optionalFileNames = ["r-pronouns.txt", "adjectives.txt", "verb-prefixes.tsv", "strong-verbs.tsv", "possessives.txt",
                                     "infinitive-verbs.txt", "circumpositions.tsv"]

    /// Interned lemma strings; a lemma id below `lemmaCount` indexes this table.
    let lemmas: FormTable
    let readings: [Reading]
    /// Hand-written forms (verbs, closed classes) → reading; read before the derived table.
    let handForms: FormTable
    /// The derived lemma table → reading; also the tails of compounds.
    let tableForms: FormTable
    let particles: FormTable
    let separable: FormTable
    /// er, daar, hier, waar: words that strand a preposition (r-pronouns.txt).
    let rPronouns: FormTable
    /// mijn, zijn, hun …: pronouns that stand before a noun (possessives.txt).
    let possessives: FormTable
    /// gaan, blijven, laten …: verbs besides the auxiliaries that take a bare infinitive (infinitive-verbs.txt).
    let infinitiveVerbs: FormTable
    /// "om heen", "tegen aan": a preposition and its postposition, joined by a space (circumpositions.tsv).
    let circumpositions: FormTable
    /// Participles that became adjectives ("verschillend", "geliefd"): they keep their own lemma.
    let adjectives: FormTable
    /// Set in a `persons` value for a form that is never a subject.
    static let objectFlag: Int32 = 0x100
    /// Lemma → SubjectClass raw value (| objectFlag).
    let persons: FormTable
    /// Lemma or word → VoiceWord raw value.
    let voiceWords: FormTable
    let rules: SuffixRules
    /// be-, ver-, over-, ge- …: the prefixes a verb can carry (verb-prefixes.tsv).
    let verbPrefixes: VerbPrefixes
    /// Lemma ids the clause analysis asks about.
    let ids: KnownLemmas
    /// Per lemma id: is it the lemma of some verb reading ("blazen", the lemma of "blies")?
    let verbLemmas: [Bool]

    var lemmaCount: Int { lemmas.count }

    func withLemma<R>(_ id: Int, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R { lemmas.withKey(id, body) }

    /// Loads the files under `language/` of a lexicon folder. Throws a `DiepgangError` (exit 65)
    /// naming file, line and reason for the first problem of each file.
    public init(folder: ResourceFolder) throws {
        var loader = Loader()
        for name in LanguageData.fileNames + LanguageData.optionalFileNames {
            let path = LanguageData.folderPath + name
            guard let file = folder.file(path) else {
                if LanguageData.optionalFileNames.contains(name) { continue }
                throw DiepgangError(.dataError, nl: "\(folder.origin)/\(path): bestand ontbreekt (de taallaag heeft het nodig)",
                                    en: "\(folder.origin)/\(path): file missing (the language layer needs it)")
            }
            guard UTF8Check.isValid(file.bytes) else {
                throw DiepgangError(.dataError, nl: "\(path): geen geldige UTF-8", en: "\(path): not valid UTF-8")
            }
            try loader.read(path: path, name: name, bytes: file.bytes)
        }
        loader.addTableReadings()
        lemmas = loader.lemmas
        readings = loader.readings
        handForms = loader.handForms
        tableForms = loader.tableForms
        particles = loader.particles
        separable = loader.separable
        rPronouns = loader.rPronouns
        possessives = loader.possessives
        infinitiveVerbs = loader.infinitiveVerbs
        circumpositions = loader.circumpositions
        adjectives = loader.adjectives
        persons = loader.persons
        voiceWords = loader.voiceWords
        rules = SuffixRules(loader.suffixRules)
        verbPrefixes = loader.verbPrefixes
        ids = KnownLemmas(loader.lemmas)
        var verbs = [Bool](repeating: false, count: loader.lemmas.count)
        for r in loader.readings {
            if r.wordClass.isVerbal && r.lemma >= 0 { verbs[Int(r.lemma)] = true }
            if r.alt?.isVerbal == true && r.altLemma >= 0 { verbs[Int(r.altLemma)] = true }
        }
        // The verb of a separable verb is a verb even where the table's classes say otherwise
        // ("voeren" of uitvoeren, invoeren).
        // (The tables are taken out of the loader first: captured in the closure, the loader was
        // copied for each of the 8 000 verbs.)
        let separable = loader.separable, particles = loader.particles, lemmaTable = loader.lemmas
        for i in 0..<separable.count {
            separable.withKey(i) { v in
                var k = 2
                while k <= 7 && k + 4 <= v.count {
                    if particles.contains(UnsafeBufferPointer(rebasing: v[0..<k])) {
                        let id = lemmaTable.find(UnsafeBufferPointer(rebasing: v[k...]))
                        if id >= 0 { verbs[Int(id)] = true }
                    }
                    k += 1
                }
            }
        }
        verbLemmas = verbs
    }

    /// Is `id` (a lemma id, or a lemma made for one note: never) a verb's lemma?
    func isVerbLemma(_ id: Int32) -> Bool { id >= 0 && Int(id) < verbLemmas.count && verbLemmas[Int(id)] }

    /// Every file of the language data, for the lexicon fingerprint.
    public static func files(_ folder: ResourceFolder) -> [ResourceFile] {
        folder.files.filter { $0.path.hasPrefix(folderPath) && (fileNames + optionalFileNames).contains(String($0.path.dropFirst(folderPath.count))) }
    }
}

/// The lemma ids of the verbs and words the clause analysis looks for.
struct KnownLemmas: Sendable {
    let zijn, hebben, worden, zullen, gaan, kunnen, moeten, willen, mogen, te, om, die, dat, wat, volgens, het, de, een, dit: Int32

    init(_ lemmas: FormTable) {
        func id(_ s: String) -> Int32 { lemmas.find(Array(s.utf8)) }
        zijn = id("zijn"); hebben = id("hebben"); worden = id("worden"); zullen = id("zullen"); gaan = id("gaan")
        kunnen = id("kunnen"); moeten = id("moeten"); willen = id("willen"); mogen = id("mogen"); te = id("te"); om = id("om")
        die = id("die"); dat = id("dat"); wat = id("wat"); volgens = id("volgens"); het = id("het"); de = id("de"); een = id("een"); dit = id("dit")
    }
}

/// Reads the files into tables.
/// (Internal, not private: the tests check the present forms it derives.)
struct Loader {
    var lemmas = FormTable(capacity: 100_000)
    var readings: [Reading] = []
    var handForms = FormTable(capacity: 2_000)
    var tableForms = FormTable(capacity: 160_000, keepsKeys: false)
    var particles = FormTable(capacity: 64)
    var separable = FormTable(capacity: 8_000)
    var rPronouns = FormTable(capacity: 16)
    var possessives = FormTable(capacity: 16)
    var infinitiveVerbs = FormTable(capacity: 16)
    var circumpositions = FormTable(capacity: 32)
    var adjectives = FormTable(capacity: 256)
    var persons = FormTable(capacity: 256)
    var voiceWords = FormTable(capacity: 64)
    var suffixRules: [(suffix: [UInt8], replacement: [UInt8], wordClass: WordClass)] = []
    var verbPrefixes = VerbPrefixes()

    func fail(_ path: String, _ line: Int, _ nl: String, _ en: String) -> DiepgangError {
        DiepgangError(.dataError, nl: "\(path):\(line): \(nl)", en: "\(path):\(line): \(en)")
    }

    mutating func intern(_ bytes: [UInt8]) -> Int32 { lemmas.insert(bytes, value: 0).index }

    /// Lines without comments and blank lines, with their numbers, as byte ranges.
    func lines(_ bytes: [UInt8]) -> [(Int, ArraySlice<UInt8>)] {
        var out: [(Int, ArraySlice<UInt8>)] = []
        var start = 0, number = 0
        while start < bytes.count {
            var end = start
            while end < bytes.count && bytes[end] != 0x0A { end += 1 }
            number += 1
            var line = bytes[start..<end]
            if line.last == 0x0D { line = line.dropLast() }
            if !line.isEmpty && line.first != UInt8(ascii: "#") { out.append((number, line)) }
            start = end + 1
        }
        return out
    }

    /// `a | b | c` fields, trimmed.
    func fields(_ line: ArraySlice<UInt8>) -> [[UInt8]] {
        line.split(separator: UInt8(ascii: "|"), omittingEmptySubsequences: false).map { field in
            var f = field
            while let b = f.first, b == 0x20 || b == 0x09 { f = f.dropFirst() }
            while let b = f.last, b == 0x20 || b == 0x09 { f = f.dropLast() }
            return Array(f)
        }
    }

    /// Is `form` the -en plural of `lemma` ("tekenen" of "teken", "stappen" of "stap")?
    static func isNounPlural(_ form: UnsafeBufferPointer<UInt8>, of lemma: UnsafeBufferPointer<UInt8>) -> Bool {
        let f = form.count, l = lemma.count
        guard f > l, l >= 1, form[f - 2] == UInt8(ascii: "e"), form[f - 1] == UInt8(ascii: "n") else { return false }
        func headIs(_ count: Int, _ body: (Int) -> UInt8) -> Bool {
            for k in 0..<count where form[k] != body(k) { return false }
            return true
        }
        let last = lemma[l - 1]
        if f == l + 2 && headIs(l, { lemma[$0] }) { return true }
        // f and s are voiced before -en: "grieven" of "grief", "huizen" of "huis".
        let voiced: UInt8 = last == UInt8(ascii: "f") ? UInt8(ascii: "v") : last == UInt8(ascii: "s") ? UInt8(ascii: "z") : 0
        if voiced != 0 && f == l + 2 && headIs(l - 1, { lemma[$0] }) && form[l - 1] == voiced { return true }
        if voiced != 0, l >= 3, lemma[l - 2] == lemma[l - 3], f == l + 1, headIs(l - 2, { lemma[$0] }), form[l - 2] == voiced { return true }
        if f == l + 3 && headIs(l, { lemma[$0] }) && form[l] == last { return true }
        // -n after a final e: "ronden" of "ronde" (and the verb "afronden").
        if f == l + 1 && last == UInt8(ascii: "e") && headIs(l, { lemma[$0] }) { return true }
        // A long vowel written once before the -en: "vormen" of "vorm" is above; "sturen" of "stuur".
        if l >= 3, lemma[l - 2] == lemma[l - 3], f == l + 1 {
            return headIs(l - 2, { lemma[$0] }) && form[l - 2] == last
        }
        return false
    }

    static func wordClass(letter: UInt8) -> WordClass? {
        switch letter {
        case UInt8(ascii: "N"): .noun
        case UInt8(ascii: "V"): .verb
        case UInt8(ascii: "A"): .adj
        case UInt8(ascii: "P"): .adp
        case UInt8(ascii: "D"): .det
        default: nil
        }
    }

    mutating func read(path: String, name: String, bytes: [UInt8]) throws {
        switch name {
        case "lemmas.tsv": try readLemmas(path, bytes)
        case "verbs.tsv": try readVerbs(path, bytes)
        case "closed-classes.tsv": try readClosed(path, bytes)
        case "particles.txt", "separable-verbs.txt", "r-pronouns.txt", "adjectives.txt", "possessives.txt", "infinitive-verbs.txt":
            // One word a line (8 000 lines for the separable verbs): read on borrowed bytes.
            bytes.withUnsafeBufferPointer { all in
                var start = 0
                while start < all.count {
                    var end = start
                    while end < all.count && all[end] != 0x0A { end += 1 }
                    var a = start, b = end
                    while a < b && (all[a] == 0x20 || all[a] == 0x09) { a += 1 }
                    while b > a && (all[b - 1] == 0x20 || all[b - 1] == 0x09 || all[b - 1] == 0x0D) { b -= 1 }
                    if b > a && all[a] != UInt8(ascii: "#") {
                        let word = UnsafeBufferPointer(rebasing: all[a..<b])
                        switch name {
                        case "particles.txt": particles.insert(word, value: 0)
                        case "separable-verbs.txt": separable.insert(word, value: 0)
                        case "adjectives.txt": adjectives.insert(word, value: 0)
                        case "possessives.txt": possessives.insert(word, value: 0)
                        case "infinitive-verbs.txt": infinitiveVerbs.insert(word, value: 0)
                        default: rPronouns.insert(word, value: 0)
                        }
                    }
                    start = end + 1
                }
            }
        case "verb-prefixes.tsv":
            for (n, line) in lines(bytes) {
                let f = fields(line)
                guard f.count == 2, !f[0].isEmpty, let kind = VerbPrefixes.Kind(rawValue: String(decoding: f[1], as: UTF8.self)) else {
                    throw fail(path, n, "verwacht 'voorvoegsel | inseparable/either/participle'", "expected 'prefix | inseparable/either/participle'")
                }
                verbPrefixes.add(f[0], kind)
            }
        case "strong-verbs.tsv": try readStrongVerbs(path, bytes)
        case "circumpositions.tsv":
            for (n, line) in lines(bytes) {
                let f = fields(line)
                guard f.count == 2, !f[0].isEmpty, !f[1].isEmpty else {
                    throw fail(path, n, "verwacht 'voorzetsel | achterzetsel'", "expected 'preposition | postposition'")
                }
                circumpositions.insert(f[0] + [0x20] + f[1], value: 0)
            }
        case "persons.tsv":
            for (n, line) in lines(bytes) {
                let f = fields(line)
                guard f.count == 2 || (f.count == 3 && f[2] == Array("object".utf8)), !f[0].isEmpty,
                      let c = SubjectClass(name: String(decoding: f[1], as: UTF8.self)), c != .none, c != .zaak else {
                    throw fail(path, n, "verwacht 'woord | ik/wij/jij/ander/instelling [| object]'", "expected 'word | ik/wij/jij/ander/instelling [| object]'")
                }
                persons.insert(f[0], value: Int32(c.rawValue) | (f.count == 3 ? LanguageData.objectFlag : 0))
            }
        case "voice.tsv":
            for (n, line) in lines(bytes) {
                let f = fields(line)
                let kinds: [String: VoiceWord] = ["zeggen": .zeggen, "vragen": .vragen, "volgens": .volgens, "opener": .opener]
                guard f.count == 2, !f[0].isEmpty, let k = kinds[String(decoding: f[1], as: UTF8.self)] else {
                    throw fail(path, n, "verwacht 'woord | zeggen/vragen/volgens/opener'", "expected 'word | zeggen/vragen/volgens/opener'")
                }
                voiceWords.insert(f[0], value: k.rawValue)
            }
        case "suffix-rules.tsv":
            for (n, line) in lines(bytes) {
                let f = fields(line)
                guard f.count == 3, !f[0].isEmpty, let c = WordClass(tag: String(decoding: f[2], as: UTF8.self)) else {
                    throw fail(path, n, "verwacht 'achtervoegsel | vervanging | woordsoort'", "expected 'suffix | replacement | word class'")
                }
                suffixRules.append((f[0], f[1], c))
            }
        default: break
        }
    }

    /// `form<TAB>edit<TAB>classes` (see make_lemmas.py). The table has some 150 000 lines and is
    /// read at every start: the loop works on borrowed bytes and a fixed scratch buffer, with no
    /// allocation per line (the tables grow amortised). Each byte is looked at once; a lemma that
    /// is the form itself or written out (`=LEMMA`) is not copied, and the form is hashed once
    /// for both tables it may go into.
    mutating func readLemmas(_ path: String, _ bytes: [UInt8]) throws {
        var scratch = [UInt8](repeating: 0, count: 1024)
        // About 16 bytes a line; the strong verbs add some readings later.
        readings.reserveCapacity(readings.count + bytes.count / 14 + 20_000)
        try bytes.withUnsafeBufferPointer { all in
            try scratch.withUnsafeMutableBufferPointer { buf in
                var start = 0, number = 0
                let count = all.count
                while start < count {
                    // Form up to the first tab, edit up to the second, classes up to the line's end.
                    let tab1 = Loader.tabOrNewline(all, from: start)
                    var tab2 = tab1
                    if tab1 < count && all[tab1] == 0x09 {
                        tab2 = tab1 + 1
                        while tab2 < count && all[tab2] != 0x09 && all[tab2] != 0x0A { tab2 += 1 }
                    }
                    var end = tab2
                    while end < count && all[end] != 0x0A { end += 1 }
                    number += 1
                    defer { start = end + 1 }
                    var stop = end
                    if stop > start && all[stop - 1] == 0x0D { stop -= 1 }
                    if stop == start || all[start] == UInt8(ascii: "#") { continue }
                    // (A tab at tab2 lies before a final CR, so tab2 < end means tab2 < stop.)
                    guard tab1 > start, tab2 < end else {
                        throw fail(path, number, "verwacht 'vorm<TAB>bewerking<TAB>woordsoorten'", "expected 'form<TAB>edit<TAB>classes'")
                    }
                    let form = UnsafeBufferPointer(rebasing: all[start..<tab1])
                    let edit = UnsafeBufferPointer(rebasing: all[(tab1 + 1)..<tab2])
                    let formHash = FormTable.hash(form)
                    let lemma: UnsafeBufferPointer<UInt8>
                    if edit.isEmpty && form.count <= buf.count {
                        lemma = form
                    } else if !edit.isEmpty && edit[0] == UInt8(ascii: "=") && edit.count - 1 <= buf.count {
                        lemma = UnsafeBufferPointer(rebasing: edit[1...])
                    } else if let n = LemmaEdit.apply(form, edit, into: buf) {
                        lemma = UnsafeBufferPointer(rebasing: buf[0..<n])
                    } else {
                        throw fail(path, number, "ongeldige bewerking", "invalid edit")
                    }
                    var first: WordClass? = nil, second: WordClass? = nil, mask: UInt32 = 0
                    for k in (tab2 + 1)..<stop {
                        guard let c = Loader.wordClass(letter: all[k]) else { throw fail(path, number, "onbekende woordsoort", "unknown word class") }
                        if first == nil { first = c } else if second == nil { second = c }
                        mask |= c.bit
                    }
                    guard var first else { throw fail(path, number, "woordsoort ontbreekt", "word class missing") }
                    let nounAndVerb = WordClass.noun.bit | WordClass.verb.bit
                    let plural = mask & nounAndVerb == nounAndVerb && Loader.isNounPlural(form, of: lemma)
                    // A Dutch infinitive ends in -n: a verb reading whose lemma does not ("meestal",
                    // "beste" → goed, "adembenemend") is a slip of the source's word classes.
                    // (Not beside a determiner or adposition reading: "der", "ervoor" keep theirs.)
                    let closed = WordClass.det.bit | WordClass.adp.bit
                    if mask & WordClass.verb.bit != 0 && mask & closed == 0 && !plural && lemma.last != UInt8(ascii: "n") {
                        if first == .verb { first = second ?? .noun; second = nil } else { second = nil }
                        mask = first.bit | (second?.bit ?? 0)
                    }
                    let id = (edit.isEmpty ? lemmas.insert(form, hash: formHash, value: 0) : lemmas.insert(lemma, value: 0)).index
                    var reading = Reading(lemma: id, wordClass: first, mask: first.bit)
                    if let second { reading.alt = second; reading.altLemma = id; reading.mask |= second.bit }
                    // "tekenen": the plural of teken, and a verb whose lemma is the form itself.
                    if plural {
                        let infinitive = lemmas.insert(form, hash: formHash, value: 0).index
                        if first == .verb { reading.lemma = infinitive } else { reading.altLemma = infinitive }
                    }
                    let (_, inserted) = tableForms.insert(form, hash: formHash, value: Int32(readings.count))
                    // A repeated form: the first line counts (two different forms with the same
                    // 64-bit hash: odds of about 1 in 10^9 for the whole table).
                    if inserted { readings.append(reading) }
                }
            }
        }
    }

    /// `lemma | class | present | past | participle`.
    mutating func readVerbs(_ path: String, _ bytes: [UInt8]) throws {
        for (n, line) in lines(bytes) {
            let f = fields(line)
            guard f.count == 5, !f[0].isEmpty, let c = WordClass(tag: String(decoding: f[1], as: UTF8.self)), c.isVerbal else {
                throw fail(path, n, "verwacht 'lemma | VERB/AUX | tegenwoordig | verleden | deelwoord'",
                           "expected 'lemma | VERB/AUX | present | past | participle'")
            }
            let id = intern(f[0])
            let columns: [(Int, VerbForm)] = [(2, .present), (3, .past), (4, .participle)]
            var forms: [([UInt8], VerbForm)] = [(f[0], .infinitive)]
            for (k, form) in columns {
                for w in f[k].split(separator: 0x20) { forms.append((Array(w), form)) }
            }
            for (form, verbForm) in forms {
                let (index, inserted) = handForms.insert(form, value: Int32(readings.count))
                if inserted {
                    readings.append(Reading(lemma: id, wordClass: c, mask: c.bit, verbForm: verbForm))
                } else if readings[Int(handForms.values[Int(index)])].lemma == id, verbForm == .infinitive || verbForm == .present {
                    // "zijn": the infinitive is also the present plural; keep the present reading.
                    continue
                }
            }
        }
    }

    /// The first tab or newline at or after `from` (or the end): eight bytes a step, as the
    /// forms of the lemma table (2.3 MB) average ten bytes.
    @inline(__always)
    static func tabOrNewline(_ all: UnsafeBufferPointer<UInt8>, from: Int) -> Int {
        var i = from
        let raw = UnsafeRawPointer(all.baseAddress!)
        while i + 8 <= all.count {
            let w = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            // A zero byte in w ^ 0x09… or w ^ 0x0A… is a tab or newline; the lowest flag is exact.
            let t = w ^ 0x0909_0909_0909_0909, n = w ^ 0x0A0A_0A0A_0A0A_0A0A
            let flags = ((t &- 0x0101_0101_0101_0101) & ~t | (n &- 0x0101_0101_0101_0101) & ~n) & 0x8080_8080_8080_8080
            if flags != 0 { return i + flags.trailingZeroBitCount >> 3 }
            i += 8
        }
        while i < all.count && all[i] != 0x09 && all[i] != 0x0A { i += 1 }
        return i
    }

    /// `infinitive | past singular | past plural | participle`, with the present, the prefixed
    /// and the separable compounds derived by rule (see the file's header). Read after the
    /// lemma table, the particles and the separable verbs.
    mutating func readStrongVerbs(_ path: String, _ bytes: [UInt8]) throws {
        let prefixes = verbPrefixes.verbal
        var particleList: [[UInt8]] = []
        for i in 0..<particles.count { particleList.append(particles.withKey(i) { Array($0) }) }
        // Head and form are joined in one buffer: some 20,000 look-ups at every start, no
        // allocation for each.
        var key = [UInt8](repeating: 0, count: 256)
        func join(_ head: [UInt8], _ tail: [UInt8], dropFront: Int = 0) -> Int {
            let n = head.count + tail.count - dropFront
            guard n <= key.count else { return 0 }
            for k in 0..<head.count { key[k] = head[k] }
            for k in dropFront..<tail.count { key[head.count + k - dropFront] = tail[k] }
            return n
        }
        for (n, line) in lines(bytes) {
            let f = fields(line)
            guard f.count == 4, !f[0].isEmpty, !f[3].isEmpty else {
                throw fail(path, n, "verwacht 'infinitief | verleden enkelvoud | verleden meervoud | deelwoord'",
                           "expected 'infinitive | past singular | past plural | participle'")
            }
            let inf = f[0]
            let past = (f[1] + [0x20] + f[2]).split(separator: 0x20).map(Array.init)
            let participles = f[3].split(separator: 0x20).map(Array.init)
            let present = Loader.presentForms(inf)
            func add(_ head: [UInt8], dropGe: Bool) {
                let m = join(head, inf)
                let id = key.withUnsafeBufferPointer { lemmas.insert(UnsafeBufferPointer(rebasing: $0[0..<m]), value: 0).index }
                addStrongForm(key, m, id, .infinitive)
                // A joined present or past of a compound the table reads as another verb keeps
                // that reading ("invoer": invoeren, not a past of invaren).
                // (The form is joined before the buffer is passed on.)
                for p in present { let k = join(head, p); addStrongForm(key, k, id, .present, keepVerb: !head.isEmpty) }
                for p in past { let k = join(head, p); addStrongForm(key, k, id, .past, keepVerb: !head.isEmpty) }
                for p in participles {
                    let ge = dropGe && p.count > 4 && p[0] == UInt8(ascii: "g") && p[1] == UInt8(ascii: "e")
                    let k = join(head, p, dropFront: ge ? 2 : 0)
                    addStrongForm(key, k, id, .participle)
                }
            }
            add([], dropGe: false)
            let prefixed = inf.starts(with: [UInt8(ascii: "b"), UInt8(ascii: "e")]) || inf.starts(with: [UInt8(ascii: "v"), UInt8(ascii: "e"), UInt8(ascii: "r")])
            // A prefix or particle joined to the infinitive hashes on from the infinitive's hash:
            // the tables' filters rule out most of the 20 000 pairs before anything is joined.
            let infHash = inf.withUnsafeBufferPointer { FormTable.hash($0) }
            for p in prefixes where !prefixed {
                let h = p.withUnsafeBufferPointer { FormTable.hash($0, before: infHash) }
                guard lemmas.mayContain(hash: h) else { continue }
                let m = join(p, inf)
                if key.withUnsafeBufferPointer({ lemmas.find(UnsafeBufferPointer(rebasing: $0[0..<m]), hash: h) }) >= 0 { add(p, dropGe: true) }
            }
            for q in particleList {
                let h = q.withUnsafeBufferPointer { FormTable.hash($0, before: infHash) }
                guard separable.mayContain(hash: h) else { continue }
                let m = join(q, inf)
                if key.withUnsafeBufferPointer({ separable.find(UnsafeBufferPointer(rebasing: $0[0..<m]), hash: h) }) >= 0 { add(q, dropGe: false) }
            }
        }
    }

    /// Is `form` the verb of a listed separable verb (a particle before it: "uit|voeren")?
    func isSeparablesVerb(_ form: UnsafeBufferPointer<UInt8>) -> Bool {
        guard form.count >= 4, form.count + 8 <= 128 else { return false }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: form.count + 8) { buf in
            for i in 0..<particles.count {
                let found: Bool = particles.withKey(i) { p in
                    for k in 0..<p.count { buf[k] = p[k] }
                    for k in 0..<form.count { buf[p.count + k] = form[k] }
                    return separable.contains(UnsafeBufferPointer(rebasing: buf[0..<(p.count + form.count)]))
                }
                if found { return true }
            }
            return false
        }
    }

    /// "lopen" → loop, loopt; "zitten" → zit; "schrijven" → schrijf(t); "gaan" → ga, gaat.
    static func presentForms(_ inf: [UInt8]) -> [[UInt8]] {
        let n = inf.count
        guard n >= 4, inf[n - 1] == UInt8(ascii: "n") else { return [] }
        func isVowel(_ b: UInt8) -> Bool { b == 0x61 || b == 0x65 || b == 0x69 || b == 0x6F || b == 0x75 }
        if inf[n - 2] != UInt8(ascii: "e") || isVowel(inf[n - 3]) {
            let short = Array(inf.dropLast(inf[n - 2] == UInt8(ascii: "a") && inf[n - 3] == UInt8(ascii: "a") ? 2 : 1))
            return [short, Array(inf.dropLast()) + [UInt8(ascii: "t")]]   // ga, gaat; zie, ziet
        }
        var stem = Array(inf.dropLast(2))
        let m = stem.count
        if m >= 2 && stem[m - 1] == stem[m - 2] && !isVowel(stem[m - 1]) {
            stem.removeLast()                    // zitten → zit
        } else if m >= 3 && !isVowel(stem[m - 1]) && isVowel(stem[m - 2]) && !isVowel(stem[m - 3]) {
            stem.insert(stem[m - 2], at: m - 1)  // lopen → loop
        }
        if stem.last == UInt8(ascii: "v") { stem[stem.count - 1] = UInt8(ascii: "f") }
        if stem.last == UInt8(ascii: "z") { stem[stem.count - 1] = UInt8(ascii: "s") }
        var out = [stem]
        if stem.last != UInt8(ascii: "t") { out.append(stem + [UInt8(ascii: "t")]) }
        return out
    }

    /// One derived form: its lemma replaces the table's when the table reads the form as a verb
    /// first; a participle the table lacks is added (so compounds find it as their tail).
    mutating func addStrongForm(_ buffer: [UInt8], _ count: Int, _ lemma: Int32, _ verbForm: VerbForm, keepVerb: Bool = false) {
        guard count > 0 else { return }
        buffer.withUnsafeBufferPointer { addStrongForm(UnsafeBufferPointer(rebasing: $0[0..<count]), lemma, verbForm, keepVerb: keepVerb) }
    }

    mutating func addStrongForm(_ form: UnsafeBufferPointer<UInt8>, _ lemma: Int32, _ verbForm: VerbForm, keepVerb: Bool = false) {
        let f = tableForms.find(form)
        if f >= 0 {
            let old = readings[Int(tableForms.values[Int(f)])]
            // (So is a past that is also a noun: "dreven", "goot", "streek" — drijven, gieten, strijken.)
            // (Not a past that is the verb of a separable verb: "voeren" is no past of varen first.)
            if old.wordClass != .verb && old.alt == nil
                && (verbForm == .infinitive || (verbForm == .past && !isSeparablesVerb(form))) {
                // "schuiven", "blazen", "treden": the plural of a noun and this verb's
                // infinitive; the context rules choose.
                var r = old
                r.alt = .verb; r.altLemma = lemma; r.mask |= WordClass.verb.bit
                tableForms.setValue(f, Int32(readings.count))
                readings.append(r)
                return
            }
            guard old.wordClass == .verb, !keepVerb else { return }
            // A form that is its own lemma in the table is another verb's infinitive or a word of
            // its own ("voeren", "verwonden", "aangezien"), not this verb's past or participle.
            if verbForm != .infinitive && lemmas.withKey(Int(old.lemma), { $0.elementsEqual(form) }) { return }
            var r = Reading(lemma: lemma, wordClass: .verb, mask: old.mask | WordClass.verb.bit, verbForm: verbForm)
            if let alt = old.alt, alt != .verb { r.alt = alt; r.altLemma = old.altLemma }
            tableForms.setValue(f, Int32(readings.count))
            readings.append(r)
        } else if verbForm == .participle {
            // Only participles are new keys: a stem, a past or a joined present the table does
            // not list is often a noun its fallback reads ("ding" in "opleiding", "maal",
            // "aanval", "invoer"), and would become every compound's tail.
            let (_, inserted) = tableForms.insert(form, value: Int32(readings.count))
            if inserted { readings.append(Reading(lemma: lemma, wordClass: .verb, mask: WordClass.verb.bit, verbForm: verbForm)) }
        }
    }

    /// A hand-written form that the derived table reads in another class gets that reading as
    /// its alternative ("vroeg": vragen, or the adjective; "laat": laten, or the adjective).
    mutating func addTableReadings() {
        for i in 0..<handForms.count {
            let r = Int(handForms.values[i])
            guard readings[r].alt == nil else { continue }
            let f = handForms.withKey(i) { tableForms.find($0) }
            guard f >= 0 else {
                // "vraag", "loop", "val": a verb's stem is often a noun as well.
                let endsT = handForms.withKey(i) { $0.last == UInt8(ascii: "t") }
                if readings[r].verbForm == .present && !endsT {
                    readings[r].alt = .noun
                    readings[r].altLemma = lemmas.insert(handForms.withKey(i) { Array($0) }, value: 0).index
                    readings[r].mask |= WordClass.noun.bit
                }
                continue
            }
            let table = readings[Int(tableForms.values[Int(f)])]
            // A participle the hand table lists is no noun: "gevoeld" is voelen, not the table's
            // second reading (the verb gevoelen, or its noun).
            let participle = readings[r].verbForm == .participle
            // A pronoun is a determiner only as a possessive (possessives.txt: "hun", "haar"); the
            // table's determiner reading of "ze" is a slip of its source.
            let pronounOnly = readings[r].wordClass == .pron && !handForms.withKey(i) { possessives.contains($0) }
            for c in [table.wordClass] + (table.alt.map { [$0] } ?? []) where readings[r].mask & c.bit == 0 && !c.isVerbal && !(participle && c == .noun)
                && !(pronounOnly && c == .det) {
                readings[r].alt = c
                readings[r].altLemma = table.lemma
                readings[r].mask |= c.bit
                break
            }
        }
    }

    /// `form | class | lemma`; a second line for a form adds the alternative reading.
    mutating func readClosed(_ path: String, _ bytes: [UInt8]) throws {
        for (n, line) in lines(bytes) {
            let f = fields(line)
            guard f.count == 2 || f.count == 3, !f[0].isEmpty, let c = WordClass(tag: String(decoding: f[1], as: UTF8.self)) else {
                throw fail(path, n, "verwacht 'vorm | woordsoort [| lemma]'", "expected 'form | class [| lemma]'")
            }
            let id = intern(f.count == 3 && !f[2].isEmpty ? f[2] : f[0])
            let (index, inserted) = handForms.insert(f[0], value: Int32(readings.count))
            if inserted {
                readings.append(Reading(lemma: id, wordClass: c, mask: c.bit))
                continue
            }
            let r = Int(handForms.values[Int(index)])
            if readings[r].alt == nil && readings[r].wordClass != c {
                readings[r].alt = c
                readings[r].altLemma = id
            }
            readings[r].mask |= c.bit
        }
    }
}

/// The lemma edits of lemmas.tsv: empty (the form itself), `=LEMMA`, or `[F.]B[APPEND]`.
enum LemmaEdit {
    static func apply(_ form: [UInt8], _ edit: ArraySlice<UInt8>) -> [UInt8]? {
        var out = [UInt8](repeating: 0, count: form.count + edit.count)
        let n: Int? = form.withUnsafeBufferPointer { f in
            Array(edit).withUnsafeBufferPointer { e in out.withUnsafeMutableBufferPointer { apply(f, e, into: $0) } }
        }
        guard let n else { return nil }
        return Array(out[0..<n])
    }

    /// The lemma of `form` under `edit`, written into `out`; its length, or nil for a bad edit
    /// (or one that does not fit).
    static func apply(_ form: UnsafeBufferPointer<UInt8>, _ edit: UnsafeBufferPointer<UInt8>, into out: UnsafeMutableBufferPointer<UInt8>) -> Int? {
        if edit.isEmpty {
            guard form.count <= out.count else { return nil }
            for k in 0..<form.count { out[k] = form[k] }
            return form.count
        }
        if edit[0] == UInt8(ascii: "=") {
            guard edit.count - 1 <= out.count else { return nil }
            for k in 1..<edit.count { out[k - 1] = edit[k] }
            return edit.count - 1
        }
        var i = 0
        func number() -> Int? {
            var v = 0, digits = 0
            while i < edit.count, edit[i] >= 0x30, edit[i] <= 0x39 { v = v * 10 + Int(edit[i] - 0x30); i += 1; digits += 1 }
            return digits > 0 ? v : nil
        }
        guard var back = number() else { return nil }
        var front = 0
        if i < edit.count, edit[i] == UInt8(ascii: ".") {
            i += 1
            front = back
            guard let b = number() else { return nil }
            back = b
        }
        guard front + back <= form.count else { return nil }
        let kept = form.count - back - front
        guard kept + (edit.count - i) <= out.count else { return nil }
        // (Copied as blocks: 115 000 lines of the lemma table take this way at every start.)
        if kept > 0 { UnsafeMutableRawPointer(out.baseAddress!).copyMemory(from: form.baseAddress! + front, byteCount: kept) }
        let tail = edit.count - i
        if tail > 0 { UnsafeMutableRawPointer(out.baseAddress! + kept).copyMemory(from: edit.baseAddress! + i, byteCount: tail) }
        return kept + tail
    }
}

/// The suffix rules in flat arrays, tried in file order without any reference counting.
struct SuffixRules: Sendable {
    private var bytes: [UInt8] = []
    /// Rule k: suffix bytes[suffixStart[k]..<replacementStart[k]], replacement up to suffixStart[k + 1].
    private var suffixStart: [Int32] = []
    private var replacementStart: [Int32] = []
    private var classes: [WordClass] = []
    /// The rules that can end a word in byte b, in file order: byLast[byLastStart[b]..<byLastStart[b + 1]]
    /// (an empty suffix ends every word). A word is tried against a few rules, not all 60.
    private var byLast: [Int32] = []
    private var byLastStart: [Int32] = []

    init(_ rules: [(suffix: [UInt8], replacement: [UInt8], wordClass: WordClass)]) {
        for r in rules {
            suffixStart.append(Int32(bytes.count))
            bytes += r.suffix
            replacementStart.append(Int32(bytes.count))
            bytes += r.replacement
            classes.append(r.wordClass)
        }
        suffixStart.append(Int32(bytes.count))
        for b in 0..<256 {
            byLastStart.append(Int32(byLast.count))
            for (k, r) in rules.enumerated() where r.suffix.last.map({ Int($0) == b }) ?? true { byLast.append(Int32(k)) }
        }
        byLastStart.append(Int32(byLast.count))
    }

    func rule(_ k: Int) -> (wordClass: WordClass, Void) { (classes[k], ()) }

    /// The first rule whose suffix ends `word` with at least `minStem` bytes before it: its index
    /// and the suffix length.
    func first(_ word: UnsafeBufferPointer<UInt8>, minStem: Int) -> (Int, Int)? {
        let n = word.count
        let last = n > 0 ? Int(word[n - 1]) : 0
        return bytes.withUnsafeBufferPointer { b in
            suffixStart.withUnsafeBufferPointer { s in
                replacementStart.withUnsafeBufferPointer { r in
                    // (An empty word: only the rules with an empty suffix can match; they are in
                    // every list, and a suffix ending in byte 0 cannot match it either.)
                    for j in Int(byLastStart[last])..<Int(byLastStart[last + 1]) {
                        let k = Int(byLast[j])
                        let start = Int(s[k]), len = Int(r[k]) - start
                        guard n - len >= minStem else { continue }
                        var same = true
                        var i = 0
                        while i < len { if word[n - len + i] != b[start + i] { same = false; break }; i += 1 }
                        if same { return (k, len) }
                    }
                    return nil
                }
            }
        }
    }

    func withReplacement<R>(_ k: Int, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        bytes.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[Int(replacementStart[k])..<Int(suffixStart[k + 1])])) }
    }
}

extension LanguageData {
    /// The reading of a form: the hand tables first (they correct the derived one), then the
    /// derived table; -1 when neither lists it.
    func readingIndex(_ form: UnsafeBufferPointer<UInt8>) -> Int32 {
        let f = handForms.find(form)
        if f >= 0 { return handForms.values[Int(f)] }
        let g = tableForms.find(form)
        return g >= 0 ? tableForms.values[Int(g)] : -1
    }
}
