import DiepgangCore
import DiepgangResources

/// The word lists of the personal-data check, read from `Lexicons/privacy/` (embedded, or a
/// user's `--lexicons DIR`). Lines are entries; `#` starts a comment. A malformed line is
/// rejected with file, line and reason.
public struct PrivacyLexicons: Sendable {
    /// The lists, shared (a reference: a scan reads them without copying).
    let tables: PrivacyTables
    /// Fingerprint of the files, for reproducible output.
    public var version: String { tables.version }

    static let folder = "privacy/"

    /// The lists built into the program.
    public static func embedded() throws -> PrivacyLexicons {
        try load(from: .embedded("Lexicons"))
    }

    public static func load(from folder: ResourceFolder) throws -> PrivacyLexicons {
        var used: [ResourceFile] = []
        func file(_ name: String) throws -> ResourceFile {
            guard let f = folder.file(Self.folder + name) else {
                throw DiepgangError(.noInput, nl: "lexicon ontbreekt: \(folder.origin)/\(Self.folder)\(name)",
                                    en: "lexicon missing: \(folder.origin)/\(Self.folder)\(name)")
            }
            used.append(f)
            return f
        }
        /// Entries of a list: trimmed lines without comments, with their line numbers.
        func entries(_ f: ResourceFile) -> [(line: Int, text: String)] {
            var out: [(Int, String)] = []
            for (i, raw) in f.text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                let t = raw.trimmingCharacters()
                if t.isEmpty || t.hasPrefix("#") { continue }
                out.append((i + 1, t))
            }
            return out
        }
        func malformed(_ f: ResourceFile, _ line: Int, _ why: Localized) -> DiepgangError {
            DiepgangError(.dataError, nl: "\(folder.origin)/\(Self.folder)\(f.path.dropFirst(Self.folder.count)):\(line): \(why.nl)",
                          en: "\(folder.origin)/\(Self.folder)\(f.path.dropFirst(Self.folder.count)):\(line): \(why.en)")
        }
        /// A list of single words (no spaces).
        func words(_ name: String) throws -> [String] {
            let f = try file(name)
            return try entries(f).map { e in
                if e.text.contains(" ") || e.text.contains("\t") {
                    throw malformed(f, e.line, Localized(nl: "één woord per regel verwacht, niet '\(e.text)'",
                                                         en: "expected one word per line, not '\(e.text)'"))
                }
                return e.text.lowercased()
            }
        }

        let commonFile = try file("common_words.fc")
        var commonTable = WordTable(capacity: commonFile.bytes.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) })
        try frontCoded(commonFile, into: &commonTable, malformed: malformed)
        for w in try words("common_words_extra.txt") {
            var w = w
            w.withUTF8 { commonTable.insert(lowercased: $0) }
        }
        let common = WordSet(commonTable)
        let ambiguous = try words("ambiguous_first_names.txt") + words("names_also_words_derived.txt")
        let first = try words("first_names.txt") + words("first_names_origins.txt") + words("first_names_derived.txt") + ambiguous
        let surnames = try words("surnames.txt") + words("surnames_hand.txt")
        let relations = try words("relation_words.txt")
        let before = try words("name_before.txt")
        let after = try words("name_after.txt")
        let prefixes = try words("surname_prefixes.txt")
        let not = try words("not_names.txt") + words("foreign_words.txt")
        let particles = try words("name_particles.txt")
        let places = try words("place_prepositions.txt")
        let placeNames = try words("places_derived.txt") + words("places_hand.txt")
        let weakVerbs = try words("weak_verbs_after.txt")
        let mostlyWords = try words("mostly_words.txt")
        let determiners = try words("determiners.txt")
        let glue = try words("title_glue_words.txt")
        let ageWords = try words("age_after_name.txt")
        let affiliation = try words("affiliation_words.txt")
        let signoff = try words("signoff_words.txt")
        let pastEndings = try words("past_tense_endings.txt")
        let thingPrepositions = try words("thing_prepositions.txt")
        let eponymHeads = try words("eponym_heads.txt")
        let joiners = try words("name_joiners.txt")
        let ofWords = try words("of_words.txt")
        let slotBefore = try words("person_slot_before.txt")
        // Pronouns, determiners, adverbs…: never a person, even with a capital ("- Hij zei").
        guard let closedFile = folder.file("language/closed-classes.tsv") else {
            throw DiepgangError(.noInput, nl: "lexicon ontbreekt: \(folder.origin)/language/closed-classes.tsv",
                                en: "lexicon missing: \(folder.origin)/language/closed-classes.tsv")
        }
        used.append(closedFile)
        let closed = entries(closedFile).compactMap { e in e.text.split(separator: "|").first.map { $0.trimmingCharacters().lowercased() } }
        let birth = try words("birth_context.txt")
        let bsn = try words("bsn_context.txt")
        let suffixes = try words("street_suffixes.txt")
        let houseSuffixes = try words("house_number_suffixes.txt")
        let endings = try words("not_name_endings.txt")
        let diminutives = try words("diminutive_endings.txt")

        let birthYearFile = try file("birth_year_before.txt")
        var birthYearBefore: Int? = nil
        for e in entries(birthYearFile) {
            guard birthYearBefore == nil, let year = Int(e.text), (1900...2100).contains(year) else {
                throw malformed(birthYearFile, e.line, Localized(nl: "één jaartal (1900–2100) verwacht, niet '\(e.text)'",
                                                                 en: "expected one year (1900–2100), not '\(e.text)'"))
            }
            birthYearBefore = year
        }
        let birthVerbs = try words("birth_verbs.txt")
        let idiomFile = try file("name_idioms.txt")
        let phraseFile = try file("place_phrases.txt")
        let derivedPhraseFile = try file("place_phrases_derived.txt")
        let idioms = (entries(idiomFile) + entries(phraseFile) + entries(derivedPhraseFile)).map { e in e.text.lowercased().split(separator: " ").map { Array($0.utf8) } }
        let mostlyNames = try words("mostly_names.txt")
        let titleFile = try file("titles.txt")
        let titles = entries(titleFile).map { e in e.text.lowercased().split(separator: " ").map { Array($0.utf8) } }

        let monthFile = try file("months.txt")
        var months: [([UInt8], Int)] = []
        for e in entries(monthFile) {
            let parts = e.text.split(separator: " ")
            guard parts.count == 2, let n = Int(parts[1]), (1...12).contains(n) else {
                throw malformed(monthFile, e.line, Localized(nl: "'NAAM NUMMER' verwacht (nummer 1–12)", en: "expected 'NAME NUMBER' (number 1–12)"))
            }
            months.append((Array(parts[0].lowercased().utf8), n))
        }

        let ibanFile = try file("iban_lengths.txt")
        var iban: [UInt16: Int] = [:]
        for e in entries(ibanFile) {
            let parts = e.text.split(separator: " ")
            guard parts.count == 2, let code = Self.letterPair(parts[0]), let n = Int(parts[1]), (12...34).contains(n) else {
                throw malformed(ibanFile, e.line, Localized(nl: "'LANDCODE LENGTE' verwacht, bv. 'NL 18'", en: "expected 'COUNTRY LENGTH', e.g. 'NL 18'"))
            }
            iban[code] = n
        }

        let postFile = try file("postcode_exclusions.txt")
        var never = Set<UInt16>(), afterYear = Set<UInt16>()
        for e in entries(postFile) {
            let parts = e.text.split(separator: " ")
            guard parts.count == 2, let pair = Self.letterPair(parts[1]), parts[0] == "never" || parts[0] == "after-year" else {
                throw malformed(postFile, e.line, Localized(nl: "'never XX' of 'after-year XX' verwacht", en: "expected 'never XX' or 'after-year XX'"))
            }
            if parts[0] == "never" { never.insert(pair) } else { afterYear.insert(pair) }
        }

        // Single-word titles ("mevrouw", "dhr") and the last word of longer ones ("heer"); not "de".
        let titleWords = titles.compactMap { t in t.last.map { String(decoding: $0, as: UTF8.self) } }

        return PrivacyLexicons(tables: PrivacyTables(
            commonWords: common, firstNames: WordSet(first), ambiguousFirstNames: WordSet(ambiguous),
            surnames: WordSet(surnames), names: WordSet(first + surnames), relationWords: WordSet(relations), nameBefore: WordSet(before), nameAfter: WordSet(after), surnamePrefixes: WordSet(prefixes), notNames: WordSet(not), particles: WordSet(particles), placePrepositions: WordSet(places),
            places: WordSet(placeNames), personSlotBefore: WordSet(slotBefore), closedClassWords: WordSet(closed),
            mostlyNames: WordSet(mostlyNames), nameIdioms: idioms,
            idiomFirstWords: WordSet(idioms.compactMap { $0.first.map { String(decoding: $0, as: UTF8.self) } }),
            idiomSecondWords: WordSet(idioms.compactMap { $0.count > 1 ? String(decoding: $0[1], as: UTF8.self) : nil }),
            weakVerbsAfter: WordSet(weakVerbs), mostlyWords: WordSet(mostlyWords), determiners: WordSet(determiners), titleGlueWords: WordSet(glue),
            ageWords: WordSet(ageWords), affiliationWords: WordSet(affiliation),
            signoffWords: WordSet(signoff), thingPrepositions: WordSet(thingPrepositions), eponymHeads: WordSet(eponymHeads),
            nameJoiners: WordSet(joiners), ofWords: WordSet(ofWords),
            pastTenseEndings: pastEndings.map { Array($0.utf8) }.sorted { $0.count > $1.count }, birthYearBefore: birthYearBefore, birthVerbs: WordSet(birthVerbs),
            birthContext: WordSet(birth), bsnContext: WordSet(bsn), titles: titles, titleWords: WordSet(titleWords),
            streetSuffixes: suffixes.map { Array($0.utf8) }.sorted { $0.count > $1.count }, houseNumberSuffixes: WordSet(houseSuffixes),
            notNameEndings: endings.map { Array($0.utf8) }, diminutiveEndings: diminutives.map { Array($0.utf8) },
            months: months, ibanLengths: iban, postcodeNever: never, postcodeAfterYear: afterYear,
            version: fingerprint(used)))
    }

    /// A front-coded word list: each line a shared-prefix length (one of 0-9a-z, counted in
    /// Unicode scalars) and the rest of the word. Decoded on bytes straight into the set: the
    /// list is large and is loaded at every start.
    static func frontCoded(_ f: ResourceFile, into set: inout WordTable, malformed: (ResourceFile, Int, Localized) -> DiepgangError) throws {
        var previous: [UInt8] = []
        previous.reserveCapacity(64)
        var lineNumber = 0
        try f.bytes.withUnsafeBufferPointer { b in
            var i = 0
            while i < b.count {
                var e = i
                while e < b.count && b[e] != 0x0A { e += 1 }
                lineNumber += 1
                var end = e
                if end > i && b[end - 1] == 0x0D { end -= 1 }
                defer { i = e + 1 }
                if end == i || b[i] == 0x23 { continue }  // blank or "#" comment
                let v = b[i]
                let shared: Int
                switch v {
                case 0x30...0x39: shared = Int(v - 0x30)
                case 0x61...0x7A: shared = Int(v - 0x61 + 10)
                default: shared = -1
                }
                // Byte length of the first `shared` scalars of the previous word.
                var bytes = 0
                var scalars = 0
                while scalars < shared && bytes < previous.count {
                    bytes += 1
                    while bytes < previous.count && previous[bytes] & 0xC0 == 0x80 { bytes += 1 }
                    scalars += 1
                }
                guard shared >= 0, scalars == shared else {
                    throw malformed(f, lineNumber, Localized(nl: "lengte van het gedeelde begin ontbreekt of is te groot", en: "shared-prefix length missing or too large"))
                }
                previous.removeSubrange(bytes...)
                previous.append(contentsOf: UnsafeBufferPointer(rebasing: b[(i + 1)..<end]))
                previous.withUnsafeBufferPointer { set.insert(lowercased: $0) }
            }
        }
    }

    /// The same fingerprint as `ResourceFolder.fingerprint` (FNV-1a 64 over sorted paths and
    /// bytes), computed on raw buffers: the word list is large and this runs at every start.
    static func fingerprint(_ files: [ResourceFile]) -> String {
        var h: UInt64 = 0xcbf29ce484222325
        func add(_ p: UnsafeBufferPointer<UInt8>) {
            for b in p { h = (h ^ UInt64(b)) &* 0x100000001b3 }
        }
        for file in files.sorted(by: { $0.path < $1.path }) {
            Array(file.path.utf8).withUnsafeBufferPointer(add)
            [UInt8(0)].withUnsafeBufferPointer(add)
            file.bytes.withUnsafeBufferPointer(add)
            [UInt8(0)].withUnsafeBufferPointer(add)
        }
        let digits = String(h, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }

    /// Two capital ASCII letters packed into a number ("NL").
    static func letterPair<S: StringProtocol>(_ s: S) -> UInt16? {
        let u = Array(s.utf8)
        guard u.count == 2, u.allSatisfy({ $0 >= 0x41 && $0 <= 0x5A }) else { return nil }
        return UInt16(u[0]) << 8 | UInt16(u[1])
    }
}

private extension Substring {
    func trimmingCharacters() -> String {
        var s = self[...]
        while let f = s.first, f == " " || f == "\t" || f == "\r" { s = s.dropFirst() }
        while let l = s.last, l == " " || l == "\t" || l == "\r" { s = s.dropLast() }
        return String(s)
    }
}

/// The parsed lists of `PrivacyLexicons`, immutable once built.
final class PrivacyTables: Sendable {
    let commonWords: WordSet
    let firstNames: WordSet
    let ambiguousFirstNames: WordSet
    /// Surnames (not ordinary words), relation words ("moeder", "collega"), and the words
    /// around a person that make a listed or unknown word a name.
    let surnames: WordSet
    /// First names and surnames in one set: one lookup per word on the hot path.
    let names: WordSet
    let relationWords: WordSet
    let nameBefore: WordSet
    let nameAfter: WordSet
    let surnamePrefixes: WordSet
    let notNames: WordSet
    let particles: WordSet
    let placePrepositions: WordSet
    /// Cities, villages and countries: a capitalised word there is a place unless a name goes before it.
    let places: WordSet
    /// Words right before a person in a clause ("met", "volgens", "vroeg"): after one of these a
    /// capitalised ordinary word ("met Linde") or an unknown lower-case word ("volgens winta") is a person.
    let personSlotBefore: WordSet
    /// Function words of language/closed-classes.tsv (pronouns, determiners, adverbs).
    let closedClassWords: WordSet
    /// Names that word lists also hold but that are almost always a person ("kees", "maarten").
    let mostlyNames: WordSet
    /// Fixed expressions with a name in them ("jan en alleman") and place names of several words
    /// ("den bosch"), as lists of lower-case words: no person is meant.
    let nameIdioms: [[[UInt8]]]
    /// The first words of `nameIdioms`: one lookup per word rejects almost all of them.
    let idiomFirstWords: WordSet
    /// The second words of the idioms of more than one word ("de veluwe": "veluwe").
    let idiomSecondWords: WordSet
    /// Copulas and auxiliaries among the verbs after a person: no evidence after a name that is a word.
    let weakVerbsAfter: WordSet
    /// Names that are words whose ordinary sense is the usual one at a sentence start ("Hoop", "Winter").
    let mostlyWords: WordSet
    /// Determiners: a capitalised word after one is a thing ("de Kruidvat"), but for a surname after "de".
    let determiners: WordSet
    /// English words inside titles ("Signs of Safety"): a capitalised word beside one is no person.
    let titleGlueWords: WordSet
    /// Words after the number of an age in brackets ("Jade (15 jaar)").
    let ageWords: WordSet
    /// Words after a name that say where the person works ("Jet van de thuiszorg belde").
    let affiliationWords: WordSet
    /// Words that close a message before the writer's name ("groetjes", "mvg").
    let signoffWords: WordSet
    /// Prepositions before institutions, firms and places more than before people ("via", "op").
    let thingPrepositions: WordSet
    /// Nouns that name a thing after a person with "van" ("de ziekte van Alzheimer").
    let eponymHeads: WordSet
    /// Words that join two names ("en").
    let nameJoiners: WordSet
    /// The "van" of "is van <date>" and "ziekte van <name>".
    let ofWords: WordSet
    /// Endings of weak past tenses ("zette"): a verb of a person after a name that is a word.
    let pastTenseEndings: [[UInt8]]
    /// A full date before this year is taken for a date of birth without a context word (nil: never).
    let birthYearBefore: Int?
    /// Forms of "zijn" that, with "van", put a date of birth after them ("ze is van 12 mei 2003").
    let birthVerbs: WordSet
    let birthContext: WordSet
    let bsnContext: WordSet
    /// Titles as lists of words ("de heer" → ["de", "heer"]), lower case.
    let titles: [[[UInt8]]]
    let titleWords: WordSet
    let streetSuffixes: [[UInt8]]
    /// Words after a house number that belong to the address ("bis", "hs", "III", "bus").
    let houseNumberSuffixes: WordSet
    let notNameEndings: [[UInt8]]
    /// Diminutive endings: a lower-case unknown word with one is an ordinary word.
    let diminutiveEndings: [[UInt8]]
    let months: [(name: [UInt8], number: Int)]
    let ibanLengths: [UInt16: Int]
    let postcodeNever: Set<UInt16>
    let postcodeAfterYear: Set<UInt16>
    let version: String

    init(commonWords: WordSet, firstNames: WordSet, ambiguousFirstNames: WordSet,
         surnames: WordSet, names: WordSet, relationWords: WordSet, nameBefore: WordSet, nameAfter: WordSet, surnamePrefixes: WordSet, notNames: WordSet, particles: WordSet,
         placePrepositions: WordSet, places: WordSet, personSlotBefore: WordSet, closedClassWords: WordSet, mostlyNames: WordSet, nameIdioms: [[[UInt8]]], idiomFirstWords: WordSet, idiomSecondWords: WordSet, weakVerbsAfter: WordSet, mostlyWords: WordSet, determiners: WordSet, titleGlueWords: WordSet,
         ageWords: WordSet, affiliationWords: WordSet, signoffWords: WordSet, thingPrepositions: WordSet, eponymHeads: WordSet, nameJoiners: WordSet, ofWords: WordSet, pastTenseEndings: [[UInt8]], birthYearBefore: Int?, birthVerbs: WordSet, birthContext: WordSet, bsnContext: WordSet, titles: [[[UInt8]]], titleWords: WordSet,
         streetSuffixes: [[UInt8]], houseNumberSuffixes: WordSet, notNameEndings: [[UInt8]], diminutiveEndings: [[UInt8]], months: [(name: [UInt8], number: Int)], ibanLengths: [UInt16: Int],
         postcodeNever: Set<UInt16>, postcodeAfterYear: Set<UInt16>, version: String) {
        self.commonWords = commonWords; self.firstNames = firstNames; self.ambiguousFirstNames = ambiguousFirstNames
        self.surnames = surnames; self.names = names; self.relationWords = relationWords; self.nameBefore = nameBefore; self.nameAfter = nameAfter; self.surnamePrefixes = surnamePrefixes
        self.notNames = notNames; self.particles = particles; self.placePrepositions = placePrepositions
        self.places = places; self.personSlotBefore = personSlotBefore; self.closedClassWords = closedClassWords
        self.mostlyNames = mostlyNames; self.nameIdioms = nameIdioms; self.idiomFirstWords = idiomFirstWords; self.idiomSecondWords = idiomSecondWords;
        self.weakVerbsAfter = weakVerbsAfter; self.mostlyWords = mostlyWords; self.determiners = determiners; self.titleGlueWords = titleGlueWords
        self.ageWords = ageWords; self.affiliationWords = affiliationWords;
        self.signoffWords = signoffWords; self.thingPrepositions = thingPrepositions; self.eponymHeads = eponymHeads; self.nameJoiners = nameJoiners; self.ofWords = ofWords; self.pastTenseEndings = pastTenseEndings; self.birthYearBefore = birthYearBefore; self.birthVerbs = birthVerbs
        self.birthContext = birthContext; self.bsnContext = bsnContext; self.titles = titles; self.titleWords = titleWords
        self.streetSuffixes = streetSuffixes; self.houseNumberSuffixes = houseNumberSuffixes; self.notNameEndings = notNameEndings; self.diminutiveEndings = diminutiveEndings; self.months = months
        self.ibanLengths = ibanLengths; self.postcodeNever = postcodeNever; self.postcodeAfterYear = postcodeAfterYear
        self.version = version
    }
}
