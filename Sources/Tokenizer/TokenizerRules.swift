import DiepgangCore
import DiepgangResources

/// The data the tokeniser follows, read from `Lexicons/tokenizer/` (see its README.md):
/// abbreviations that keep their full stop, clitics that start with an apostrophe, emoticons.
public struct TokenizerRules: Sendable {
    public struct Abbreviation: Sendable, Hashable {
        /// The form with its full stop(s), as written in the file: "bijv.", "o.a.", "dhr.".
        public var form: String
        /// May end a sentence ("enz.", "etc."): a capital after it starts a new sentence.
        public var canEndSentence: Bool
        /// Part of a name ("Chr.", "Ltd."): at the end of a sentence its full stop becomes the
        /// sentence's own ("… v. Chr" "."), as in the UD treebanks; elsewhere it keeps it.
        public var isNamePart: Bool

        public init(form: String, canEndSentence: Bool = false, isNamePart: Bool = false) {
            self.form = form
            self.canEndSentence = canEndSentence
            self.isNamePart = isNamePart
        }

        static let finalFlag: UInt8 = 1
        static let nameFlag: UInt8 = 2
    }

    public private(set) var abbreviations: [Abbreviation]
    /// Apostrophe forms that are tokens of their own at the start of a word: "'s", "'t", "'n".
    public private(set) var clitics: [String]
    /// Emoticons written with ASCII punctuation: ":)", ":-(", "<3".
    public private(set) var emoticons: [String]
    /// Capitalised words that usually open a sentence ("Maar", "Hij"): after "B." they show
    /// the full stop ends a sentence rather than an initial.
    public private(set) var sentenceStarters: [String]
    /// Words of dates ("juli", "sinds", "heden"): a bracket holding only these and numbers,
    /// "(1 juli 2005)", closes a list item when its line break was lost.
    public private(set) var dateWords: [String]
    /// Lower-case first names and surname particles ("van", "de"), read from the personal-data
    /// check's lists (`privacy/first_names.txt`, `privacy/name_particles.txt`) when the folder has
    /// them: a list of names pasted into one line ("Kris Van Dijck Mark Demesmaeker") is split
    /// before each first name that follows a full name.
    public private(set) var firstNames: [String]
    public private(set) var nameParticles: [String]

    /// The lookup structures the scanner uses, built once.
    let compiled: CompiledTokenizerRules

    public init(abbreviations: [Abbreviation], clitics: [String], emoticons: [String], sentenceStarters: [String] = [], dateWords: [String] = [],
                firstNames: [String] = [], nameParticles: [String] = []) {
        self.abbreviations = abbreviations
        self.clitics = clitics
        self.emoticons = emoticons
        self.sentenceStarters = sentenceStarters
        self.dateWords = dateWords
        self.firstNames = firstNames
        self.nameParticles = nameParticles
        compiled = CompiledTokenizerRules(abbreviations: abbreviations, clitics: clitics, emoticons: emoticons,
                                          sentenceStarters: sentenceStarters, dateWords: dateWords,
                                          firstNames: firstNames, nameParticles: nameParticles)
    }

    /// Length in bytes of a leading apostrophe (' ’ ‘ `), if any.
    static func apostropheLength(_ bytes: [UInt8]) -> Int? {
        if bytes.first == 0x27 || bytes.first == 0x60 { return 1 }
        if bytes.count >= 3 && bytes[0] == 0xE2 && bytes[1] == 0x80 && (bytes[2] == 0x99 || bytes[2] == 0x98) { return 3 }
        return nil
    }

    // MARK: Reading the files

    static let folderPath = "tokenizer/"

    /// Reads the rules from a lexicon folder (the embedded one or a user's `--lexicons DIR`).
    /// A missing or malformed file is an error that names the file, the line and the reason.
    public static func load(from folder: ResourceFolder) throws -> TokenizerRules {
        func file(_ name: String) throws -> (path: String, lines: [(Int, String)]) {
            let path = folderPath + name
            guard let f = folder.file(path) else {
                throw DiepgangError(.noInput, nl: "\(folder.origin): bestand \(path) ontbreekt",
                                    en: "\(folder.origin): file \(path) is missing")
            }
            return (folder.origin + "/" + path, dataLines(f.text))
        }
        func bad(_ path: String, _ line: Int, nl: String, en: String) -> DiepgangError {
            DiepgangError(.dataError, nl: "\(path), regel \(line): \(nl)", en: "\(path), line \(line): \(en)")
        }

        var abbreviations: [Abbreviation] = []
        var seen = Set<String>()
        let abbr = try file("abbreviations.txt")
        for (n, line) in abbr.lines {
            let fields = line.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
            let form = fields[0]
            guard form.hasSuffix("."), form.count >= 2 else {
                throw bad(abbr.path, n, nl: "afkorting '\(form)' moet eindigen op een punt", en: "abbreviation '\(form)' must end with a full stop")
            }
            guard !form.unicodeScalars.contains(where: { TokenizerRules.forbiddenInForm($0) }) else {
                throw bad(abbr.path, n, nl: "afkorting '\(form)' bevat een leesteken dat geen deel van een woord kan zijn",
                          en: "abbreviation '\(form)' contains punctuation that cannot be part of a word")
            }
            var canEnd = false
            var name = false
            for flag in fields.dropFirst() {
                switch flag {
                case "final": canEnd = true
                case "name": name = true
                default:
                    throw bad(abbr.path, n, nl: "onbekende vlag '\(flag)' (kies 'final' of 'name')", en: "unknown flag '\(flag)' (choose 'final' or 'name')")
                }
            }
            guard seen.insert(form).inserted else {
                throw bad(abbr.path, n, nl: "afkorting '\(form)' staat er twee keer in", en: "abbreviation '\(form)' is listed twice")
            }
            abbreviations.append(Abbreviation(form: form, canEndSentence: canEnd, isNamePart: name))
        }

        var clitics: [String] = []
        let cl = try file("clitics.txt")
        for (n, line) in cl.lines {
            guard !line.contains(" ") && !line.contains("\t") else {
                throw bad(cl.path, n, nl: "één vorm per regel, zonder spaties", en: "one form per line, without spaces")
            }
            guard let a = apostropheLength(Array(line.utf8)), line.utf8.count > a else {
                throw bad(cl.path, n, nl: "'\(line)' moet beginnen met een apostrof en daarna letters hebben",
                          en: "'\(line)' must start with an apostrophe followed by letters")
            }
            guard line.unicodeScalars.dropFirst().allSatisfy({ $0.properties.isAlphabetic }) else {
                throw bad(cl.path, n, nl: "na de apostrof mogen alleen letters staan in '\(line)'", en: "only letters may follow the apostrophe in '\(line)'")
            }
            clitics.append(line)
        }

        var emoticons: [String] = []
        let em = try file("emoticons.txt")
        for (n, line) in em.lines {
            guard !line.contains(" ") && !line.contains("\t"), line.unicodeScalars.allSatisfy({ $0.isASCII }), line.utf8.count >= 2 else {
                throw bad(em.path, n, nl: "een emoticon is minstens twee ASCII-tekens zonder spaties", en: "an emoticon is at least two ASCII characters without spaces")
            }
            emoticons.append(line)
        }
        var starters: [String] = []
        var seenStarters = Set<String>()
        let st = try file("sentence_starters.txt")
        for (n, line) in st.lines {
            guard let first = line.unicodeScalars.first, first.properties.isUppercase,
                  line.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic }) else {
                throw bad(st.path, n, nl: "'\(line)' moet één woord met een hoofdletter zijn", en: "'\(line)' must be one capitalised word")
            }
            guard seenStarters.insert(line).inserted else {
                throw bad(st.path, n, nl: "'\(line)' staat er twee keer in", en: "'\(line)' is listed twice")
            }
            starters.append(line)
        }
        var dateWords: [String] = []
        var seenDates = Set<String>()
        let dw = try file("date_words.txt")
        for (n, line) in dw.lines {
            guard line == line.lowercased(), !line.contains(" "), !line.contains("\t") else {
                throw bad(dw.path, n, nl: "'\(line)' moet één woord in kleine letters zijn", en: "'\(line)' must be one lower-case word")
            }
            guard seenDates.insert(line).inserted else {
                throw bad(dw.path, n, nl: "'\(line)' staat er twee keer in", en: "'\(line)' is listed twice")
            }
            dateWords.append(line)
        }
        // Optional, shared with the personal-data check: one lower-case word per line.
        func optionalWords(_ path: String) throws -> [String] {
            guard let f = folder.file(path) else { return [] }
            var words: [String] = []
            for (n, line) in dataLines(f.text) {
                guard !line.contains(" "), !line.contains("\t") else {
                    throw bad(folder.origin + "/" + path, n, nl: "één woord per regel", en: "one word per line")
                }
                words.append(line.lowercased())
            }
            return words
        }
        return TokenizerRules(abbreviations: abbreviations, clitics: clitics, emoticons: emoticons,
                              sentenceStarters: starters, dateWords: dateWords,
                              firstNames: try optionalWords("privacy/first_names.txt"),
                              nameParticles: try optionalWords("privacy/name_particles.txt"))
    }

    /// Characters that end a word before the full stop is ever looked at, so an abbreviation
    /// containing one could never match.
    static func forbiddenInForm(_ s: Unicode.Scalar) -> Bool {
        s.properties.isWhitespace || "\"“”„«»()[]{},;:!?".unicodeScalars.contains(s)
    }

    /// Lines with content: numbered from 1, comments (`#` at the start) and blank lines skipped,
    /// surrounding whitespace and a trailing CR removed.
    static func dataLines(_ text: String) -> [(Int, String)] {
        var out: [(Int, String)] = []
        var number = 0
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            number += 1
            let line = raw.trimmingWhitespace()
            if line.isEmpty || line.hasPrefix("#") { continue }
            out.append((number, String(line)))
        }
        return out
    }
}

extension Substring {
    fileprivate func trimmingWhitespace() -> Substring {
        var s = self
        while let f = s.first, f.isWhitespace { s.removeFirst() }
        while let l = s.last, l.isWhitespace { s.removeLast() }
        return s
    }
}

/// The rules in the form the scanner reads: hash tables over bytes and byte arrays. A class, so
/// the scanner holds one reference instead of copying (and retaining) arrays.
final class CompiledTokenizerRules: @unchecked Sendable {
    let abbreviationTable: ByteSliceTable
    let starterTable: ByteSliceTable
    let dateWordTable: ByteSliceTable
    let firstNameTable: ByteSliceTable
    let particleTable: ByteSliceTable
    /// Clitics without their apostrophe, ASCII-lowercased.
    let cliticBodies: [[UInt8]]
    /// Emoticons grouped by first byte, longest first.
    let emoticonsByFirstByte: [[[UInt8]]]

    init(abbreviations: [TokenizerRules.Abbreviation], clitics: [String], emoticons: [String], sentenceStarters: [String], dateWords: [String],
         firstNames: [String], nameParticles: [String]) {
        abbreviationTable = ByteSliceTable(abbreviations.map { a in
            (Array(a.form.utf8), a.isNamePart ? TokenizerRules.Abbreviation.nameFlag : a.canEndSentence ? TokenizerRules.Abbreviation.finalFlag : 0)
        })
        starterTable = ByteSliceTable(sentenceStarters.map { (Array($0.utf8), 1) })
        dateWordTable = ByteSliceTable(dateWords.map { (Array($0.utf8), 1) })
        firstNameTable = ByteSliceTable(Array(Set(firstNames)).map { (Array($0.utf8), 1) })
        particleTable = ByteSliceTable(Array(Set(nameParticles)).map { (Array($0.utf8), 1) })
        cliticBodies = clitics.map { form in
            var bytes = Array(form.utf8)
            if let apostrophe = TokenizerRules.apostropheLength(bytes) { bytes.removeFirst(apostrophe) }
            return bytes.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
        }
        var groups = [[[UInt8]]](repeating: [], count: 256)
        for e in emoticons {
            let bytes = Array(e.utf8)
            if let first = bytes.first { groups[Int(first)].append(bytes) }
        }
        emoticonsByFirstByte = groups.map { $0.sorted { $0.count > $1.count } }
    }
}

/// An open-addressing hash set of byte strings with a small value each, looked up by a slice
/// of the text without copying it. Immutable once built; its memory is its own.
final class ByteSliceTable: @unchecked Sendable {
    private let storage: UnsafeMutablePointer<UInt8>
    private let offsets: UnsafeMutablePointer<Int32>
    private let lengths: UnsafeMutablePointer<Int32>
    private let values: UnsafeMutablePointer<UInt8>
    private let slots: UnsafeMutablePointer<Int32>
    private let mask: Int
    private let count: Int

    init(_ entries: [([UInt8], UInt8)]) {
        var size = 16
        while size < entries.count * 3 { size <<= 1 }
        mask = size - 1
        count = entries.count
        let total = entries.reduce(0) { $0 + $1.0.count }
        storage = .allocate(capacity: max(total, 1))
        offsets = .allocate(capacity: max(count, 1))
        lengths = .allocate(capacity: max(count, 1))
        values = .allocate(capacity: max(count, 1))
        slots = .allocate(capacity: size)
        slots.initialize(repeating: -1, count: size)
        var at = 0
        for (n, (bytes, value)) in entries.enumerated() {
            storage.advanced(by: at).initialize(from: bytes, count: bytes.count)
            offsets[n] = Int32(at)
            lengths[n] = Int32(bytes.count)
            values[n] = value
            at += bytes.count
            let h = bytes.withUnsafeBufferPointer { $0.isEmpty ? 0 : ByteSliceTable.hash($0.baseAddress!, $0.count, lowerFirst: false) }
            var i = h & mask
            while slots[i] >= 0 { i = (i + 1) & mask }
            slots[i] = Int32(n)
        }
    }

    deinit {
        storage.deallocate()
        offsets.deallocate()
        lengths.deallocate()
        values.deallocate()
        slots.deallocate()
    }

    @inline(__always)
    static func hash(_ p: UnsafePointer<UInt8>, _ count: Int, lowerFirst: Bool) -> Int {
        var h: UInt64 = 0xcbf29ce484222325
        for i in 0..<count {
            var b = p[i]
            if i == 0 && lowerFirst && b >= 0x41 && b <= 0x5A { b |= 0x20 }
            h = (h ^ UInt64(b)) &* 0x100000001b3
        }
        return Int(truncatingIfNeeded: h ^ (h >> 29))
    }

    /// The value stored for the bytes, comparing the first byte lowercased when asked.
    @inline(__always)
    func lookup(_ p: UnsafePointer<UInt8>, _ n: Int, lowerFirst: Bool) -> UInt8? {
        if count == 0 || n == 0 { return nil }
        var i = ByteSliceTable.hash(p, n, lowerFirst: lowerFirst) & mask
        while true {
            let s = Int(slots[i])
            if s < 0 { return nil }
            if Int(lengths[s]) == n {
                let q = storage + Int(offsets[s])
                var equal = true
                for k in 0..<n {
                    var b = p[k]
                    if k == 0 && lowerFirst && b >= 0x41 && b <= 0x5A { b |= 0x20 }
                    if b != q[k] { equal = false; break }
                }
                if equal { return values[s] }
            }
            i = (i + 1) & mask
        }
    }
}
