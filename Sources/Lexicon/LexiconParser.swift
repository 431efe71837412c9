import DiepgangCore

/// Reads the line-oriented lexicon format described in Lexicons/README.md:
///
///     # comments; the comment block at the top describes the family
///     @dimension focus
///     had ik … maar | spijt | piekeren | 2 | neg:cancel | counterfactual regret
///
/// Fields are separated by `|`: pattern, category, label, weight (default 1), flags, note.
public enum LexiconParser {
    /// Default number of tokens a `…` may skip.
    public static let defaultGap = 4
    public static let maxGap = 12
    /// Bounds on one pattern, so that a user's lexicon cannot make matching slow: the bundled
    /// patterns have at most 8 words and 3 gaps.
    public static let maxElements = 12
    public static let maxGaps = 4
    /// A prefix must be at least this many bytes long, so `ge*` cannot swallow half the language.
    public static let minPrefixLength = 3

    /// Parses one file. Returns the entries that are valid and every problem found.
    ///
    /// Works on the UTF-8 bytes: every separator of the format is ASCII, so lines and fields are
    /// byte ranges, and a String is made only for what an entry keeps (start-up reads ~3,000 lines).
    public static func parse(path: String, bytes: [UInt8]) -> (file: LexiconFile, issues: [LexiconIssue]) {
        let family = familyName(path)
        guard String(validating: bytes, as: UTF8.self) != nil else {
            let issue = LexiconIssue(file: path, line: firstInvalidLine(bytes), reason: Localized(nl: "geen geldige UTF-8", en: "not valid UTF-8"))
            return (LexiconFile(family: family, path: path, description: "", entries: []), [issue])
        }
        var state = FileState(path: path, family: family)
        bytes.withUnsafeBufferPointer { buffer in
            let text = ByteText(buffer)
            var start = 0
            while true {
                var end = start
                while end < buffer.count && buffer[end] != 0x0A { end += 1 }
                state.lineNumber += 1
                // A line feed ends the line; a carriage return before it (Windows files) is no content.
                var line = start..<end
                if !line.isEmpty && buffer[line.upperBound - 1] == 0x0D { line = line.lowerBound..<(line.upperBound - 1) }
                state.parseLine(text, line)
                if end == buffer.count { break }
                start = end + 1
            }
        }
        let file = LexiconFile(family: family, path: path, description: state.description.joined(separator: " ").trimmingSpaces,
                               entries: state.entries)
        if state.entries.isEmpty && state.issues.isEmpty {
            state.issues.append(LexiconIssue(file: path, line: max(1, state.lineNumber), reason: Localized(nl: "bestand bevat geen regels", en: "file holds no entries")))
        }
        return (file, state.issues)
    }

    /// What `parse` collects while it walks the lines of one file.
    private struct FileState {
        let path: String
        let family: String
        var issues: [LexiconIssue] = []
        var description: [String] = []
        var inHeader = true
        var fileDimension: String? = nil
        var entries: [LexiconEntry] = []
        /// Folded pattern, category and label of each entry → its line (to report duplicates).
        var seen: [EntryKey: Int] = [:]
        var lineNumber = 0

        init(path: String, family: String) {
            self.path = path
            self.family = family
        }

        mutating func issue(_ nl: String, _ en: String) {
            issues.append(LexiconIssue(file: path, line: lineNumber, reason: Localized(nl: nl, en: en)))
        }

        mutating func parseLine(_ text: ByteText, _ line: Range<Int>) {
            let trimmed = text.trimmed(line)
            if trimmed.isEmpty { inHeader = inHeader && description.isEmpty; return }
            let first = text[trimmed.lowerBound]
            if first == UInt8(ascii: "#") {
                if inHeader { description.append(text.string(text.trimmed(trimmed.dropFirst()))) }
                return
            }
            inHeader = false
            if first == UInt8(ascii: "@") {
                directive(text.string(trimmed))
                return
            }
            let fields = text.split(line, separator: UInt8(ascii: "|")).map { text.trimmed($0) }
            guard fields.count >= 3 else {
                issue("te weinig velden: verwacht 'patroon | categorie | label [| gewicht | vlaggen | toelichting]'",
                      "too few fields: expected 'pattern | category | label [| weight | flags | note]'")
                return
            }
            guard fields.count <= 6 else {
                issue("te veel velden (\(fields.count)); een '|' in de toelichting is niet toegestaan",
                      "too many fields (\(fields.count)); a '|' inside the note is not allowed")
                return
            }
            let category = text.string(fields[1])
            let label = fields[2].isEmpty ? "-" : text.string(fields[2])
            guard !category.isEmpty, text.isCategoryName(fields[1]) else {
                issue("ongeldige categorie '\(category)'", "invalid category '\(category)'")
                return
            }
            if let allowed = LexiconSchema.labels[category], let allowed, !allowed.contains(label) {
                issue("label '\(label)' past niet bij categorie '\(category)'; kies uit: \(allowed.joined(separator: ", "))",
                      "label '\(label)' does not fit category '\(category)'; choose from: \(allowed.joined(separator: ", "))")
                return
            }
            var weight = 1.0
            if fields.count > 3, !fields[3].isEmpty {
                let written = text.string(fields[3])
                guard let w = Double(written), w.isFinite, w >= 0, w <= 10 else {
                    issue("gewicht '\(written)' is geen getal tussen 0 en 10",
                          "weight '\(written)' is not a number between 0 and 10")
                    return
                }
                weight = w
            }
            var flags = EntryFlags()
            var dimension: String? = LexiconSchema.dimension(of: category) ?? fileDimension
            var flagError = false
            if fields.count > 4 {
                for range in text.words(fields[4], separators: UInt8(ascii: ","), UInt8(ascii: " ")) {
                    let flag = text.string(range)
                    switch flag {
                    case "neg:flip": flags.negation = .flip
                    case "neg:cancel": flags.negation = .cancel
                    case "neg:keep": flags.negation = .keep
                    case "quote": flags.insideQuotes = true
                    case "question": flags.questionOnly = true
                    case "statement": flags.statementOnly = true
                    case "start": flags.sentenceStart = true
                    case "link": flags.needsLink = true
                    case "whole": flags.readsWhole = true
                    case "wish": flags.isWish = true
                    case "dim:-": dimension = nil
                    default:
                        if flag.hasPrefix("dim:"), LexiconSchema.dimensions.contains(String(flag.dropFirst(4))) {
                            dimension = String(flag.dropFirst(4))
                        } else {
                            issue("onbekende vlag '\(flag)' (bekend: neg:flip, neg:cancel, neg:keep, quote, question, statement, start, link, whole, wish, dim:DIMENSIE)",
                                  "unknown flag '\(flag)' (known: neg:flip, neg:cancel, neg:keep, quote, question, statement, start, link, whole, wish, dim:DIMENSION)")
                            flagError = true
                        }
                    }
                }
            }
            if flagError { return }
            if flags.questionOnly && flags.statementOnly {
                issue("vlaggen 'question' en 'statement' sluiten elkaar uit", "flags 'question' and 'statement' exclude each other")
                return
            }
            let elements: [PatternElement]
            switch LexiconParser.parsePattern(text, fields[0]) {
            case .success(let e): elements = e
            case .failure(let reason):
                issues.append(LexiconIssue(file: path, line: lineNumber, reason: reason.localized))
                return
            }
            // Two lines with the same folded pattern (words joined by one space), category and
            // label are one entry twice.
            var key: [UInt8] = []
            key.reserveCapacity(fields[0].count + category.utf8.count + label.utf8.count + 2)
            for (n, word) in text.words(fields[0], separators: UInt8(ascii: " ")).enumerated() {
                if n > 0 { key.append(UInt8(ascii: " ")) }
                Folding.fold(text.buffer, word, into: &key)
            }
            key.append(UInt8(ascii: "|"))
            key += category.utf8
            key.append(UInt8(ascii: "|"))
            key += label.utf8
            let seenKey = EntryKey(key)
            if let first = seen[seenKey] {
                issue("dubbel: dezelfde regel staat al op regel \(first)", "duplicate: the same entry is already on line \(first)")
                return
            }
            seen[seenKey] = lineNumber
            entries.append(LexiconEntry(pattern: text.string(fields[0]), elements: elements, category: category, label: label,
                                        weight: weight, flags: flags, dimension: dimension,
                                        note: fields.count > 5 ? text.string(fields[5]) : "", family: family,
                                        location: LexiconLocation(file: path, line: lineNumber)))
        }

        /// A line starting with `@` (rare: one per file at most).
        mutating func directive(_ trimmed: String) {
            let parts = trimmed.dropFirst().split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
            switch parts.first {
            case "dimension":
                guard parts.count == 2, LexiconSchema.dimensions.contains(parts[1]) else {
                    issue("@dimension verwacht één van: \(LexiconSchema.dimensions.joined(separator: ", "))",
                          "@dimension expects one of: \(LexiconSchema.dimensions.joined(separator: ", "))")
                    return
                }
                fileDimension = parts[1]
            default:
                issue("onbekende aanwijzing '\(trimmed)'; alleen @dimension bestaat",
                      "unknown directive '\(trimmed)'; only @dimension exists")
            }
        }
    }

    /// The bytes that make two lines the same entry, hashed once (FNV-1a): hashing them as a
    /// byte array or a String (with Unicode normalisation) was a tenth of the parse.
    private struct EntryKey: Hashable {
        let bytes: [UInt8]
        let fnv: UInt64

        init(_ bytes: [UInt8]) {
            self.bytes = bytes
            fnv = Folding.hash(bytes)
        }

        func hash(into hasher: inout Hasher) { hasher.combine(fnv) }

        static func == (a: EntryKey, b: EntryKey) -> Bool { a.fnv == b.fnv && a.bytes == b.bytes }
    }

    /// Why a pattern could not be read.
    public struct PatternError: Error, Sendable {
        public var localized: Localized
    }

    /// Parses the pattern column: words separated by spaces; `a/b` alternatives; `woord*` a prefix;
    /// `=lemma` any form of a lemma (`=blijven`: bleef, blijft, gebleven);
    /// `[woord]` optional; `…` or `...` a gap of up to 4 tokens, `…2` of up to 2.
    public static func parsePattern(_ text: String) -> Result<[PatternElement], PatternError> {
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBufferPointer { parsePattern(ByteText($0), 0..<$0.count) }
    }

    /// `parsePattern` on a byte range of a lexicon file.
    static func parsePattern(_ text: ByteText, _ range: Range<Int>) -> Result<[PatternElement], PatternError> {
        func fail(_ nl: String, _ en: String) -> Result<[PatternElement], PatternError> {
            let pattern = text.string(range)
            return .failure(PatternError(localized: Localized(nl: "patroon '\(pattern)': \(nl)", en: "pattern '\(pattern)': \(en)")))
        }
        let parts = text.words(range, separators: UInt8(ascii: " "), UInt8(ascii: "\t"))
        guard !parts.isEmpty else { return fail("leeg", "empty") }
        let ellipsis: [UInt8] = [0xE2, 0x80, 0xA6] // …
        let dots: [UInt8] = [0x2E, 0x2E, 0x2E]     // ...
        var elements: [PatternElement] = []
        var pendingGap: Int? = nil
        for part in parts {
            if text.hasPrefix(part, ellipsis) || text.hasPrefix(part, dots) {
                let written = text.string(part)
                let digits = text.string(part.dropFirst(3))
                var n = defaultGap
                if !digits.isEmpty {
                    guard let d = Int(digits), d >= 1, d <= maxGap else {
                        return fail("gat '\(written)' verwacht een getal van 1 tot \(maxGap)", "gap '\(written)' expects a number from 1 to \(maxGap)")
                    }
                    n = d
                }
                guard !elements.isEmpty else { return fail("begint met een gat", "starts with a gap") }
                guard pendingGap == nil else { return fail("twee gaten achter elkaar", "two gaps in a row") }
                pendingGap = n
                continue
            }
            var body = part
            var optional = false
            let opens = text[part.lowerBound] == UInt8(ascii: "["), closes = text[part.upperBound - 1] == UInt8(ascii: "]")
            if opens || closes {
                guard opens, closes, part.count > 2 else {
                    let written = text.string(part)
                    return fail("haakjes van '\(written)' kloppen niet", "brackets of '\(written)' do not match")
                }
                body = body.dropFirst().dropLast()
                optional = true
            }
            var alternatives: [PatternElement.Alternative] = []
            for alt in text.split(body, separator: UInt8(ascii: "/")) {
                guard !alt.isEmpty else {
                    let written = text.string(part)
                    return fail("leeg alternatief in '\(written)'", "empty alternative in '\(written)'")
                }
                var word = alt
                let isLemma = text[alt.lowerBound] == UInt8(ascii: "=")
                if isLemma { word = word.dropFirst() }
                guard !word.isEmpty else {
                    let written = text.string(alt)
                    return fail("'=' zonder lemma in '\(written)'", "'=' without a lemma in '\(written)'")
                }
                let isPrefix = text[alt.upperBound - 1] == UInt8(ascii: "*")
                if isPrefix { word = word.dropLast() }
                if isLemma && isPrefix {
                    let written = text.string(alt)
                    return fail("een lemma ('=') kan geen voorvoegsel ('*') zijn: '\(written)'", "a lemma ('=') cannot be a prefix ('*'): '\(written)'")
                }
                guard !text.contains(word, UInt8(ascii: "=")) else {
                    let written = text.string(alt)
                    return fail("'=' mag alleen vooraan een woord staan ('\(written)')", "'=' may only start a word ('\(written)')")
                }
                guard !text.contains(word, UInt8(ascii: "*")) else {
                    let written = text.string(alt)
                    return fail("'*' mag alleen aan het eind van een woord staan ('\(written)')", "'*' may only end a word ('\(written)')")
                }
                guard !text.contains(word, UInt8(ascii: "[")) && !text.contains(word, UInt8(ascii: "]")) else {
                    let written = text.string(alt)
                    return fail("haakjes midden in '\(written)'", "brackets inside '\(written)'")
                }
                var folded: [UInt8] = []
                folded.reserveCapacity(word.count)
                Folding.fold(text.buffer, word, into: &folded)
                if isPrefix && folded.count < minPrefixLength {
                    let written = text.string(alt)
                    return fail("voorvoegsel '\(written)' is korter dan \(minPrefixLength) letters", "prefix '\(written)' is shorter than \(minPrefixLength) letters")
                }
                alternatives.append(.init(bytes: folded, isPrefix: isPrefix, isLemma: isLemma))
            }
            // One kind per element: lemmas (`=zeggen/=vertellen`) or written words, not both.
            if alternatives.contains(where: { $0.isLemma }) && alternatives.contains(where: { !$0.isLemma }) {
                let written = text.string(part)
                return fail("'\(written)' mengt lemma's ('=') en woorden; schrijf ze als aparte regels",
                            "'\(written)' mixes lemmas ('=') and words; write them as separate entries")
            }
            elements.append(PatternElement(alternatives: alternatives, isOptional: optional, gapBefore: pendingGap ?? 0))
            pendingGap = nil
        }
        if pendingGap != nil { return fail("eindigt met een gat", "ends with a gap") }
        if elements.count > maxElements {
            return fail("\(elements.count) woorden; een patroon mag er hoogstens \(maxElements) hebben",
                        "\(elements.count) words; a pattern may have at most \(maxElements)")
        }
        let gaps = elements.filter { $0.gapBefore > 0 }.count
        if gaps > maxGaps {
            return fail("\(gaps) gaten; een patroon mag er hoogstens \(maxGaps) hebben", "\(gaps) gaps; a pattern may have at most \(maxGaps)")
        }
        guard let first = elements.first, !first.isOptional else {
            return fail("het eerste woord mag niet optioneel zijn", "the first word may not be optional")
        }
        if elements.last!.isOptional { return fail("het laatste woord mag niet optioneel zijn", "the last word may not be optional") }
        return .success(elements)
    }

    static func familyName(_ path: String) -> String {
        var name = Substring(path)
        if let slash = name.lastIndex(of: "/") { name = name[name.index(after: slash)...] }
        if let dot = name.lastIndex(of: ".") { name = name[..<dot] }
        return String(name)
    }

    static func firstInvalidLine(_ bytes: [UInt8]) -> Int {
        var line = 1
        var start = 0
        for (i, b) in bytes.enumerated() where b == 0x0A {
            if String(validating: bytes[start..<i], as: UTF8.self) == nil { return line }
            line += 1
            start = i + 1
        }
        return line
    }
}

extension PatternElement: CustomStringConvertible {
    public var description: String {
        let alts = alternatives.map { ($0.isLemma ? "=" : "") + String(decoding: $0.bytes, as: UTF8.self) + ($0.isPrefix ? "*" : "") }.joined(separator: "/")
        let gap = gapBefore > 0 ? "…\(gapBefore) " : ""
        return gap + (isOptional ? "[\(alts)]" : alts)
    }
}

extension StringProtocol {
    var trimmingSpaces: String {
        var s = Substring(self)
        while let f = s.first, f == " " || f == "\t" || f == "\r" || f == "\u{FEFF}" { s = s.dropFirst() }
        while let l = s.last, l == " " || l == "\t" || l == "\r" { s = s.dropLast() }
        return String(s)
    }
}

/// The UTF-8 bytes of a lexicon file, read through byte ranges (valid for one `parse`).
struct ByteText {
    let buffer: UnsafeBufferPointer<UInt8>

    init(_ buffer: UnsafeBufferPointer<UInt8>) { self.buffer = buffer }

    subscript(i: Int) -> UInt8 { buffer[i] }

    func string(_ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: buffer[range]), as: UTF8.self)
    }

    /// Without leading spaces, tabs, carriage returns and byte order mark, and trailing spaces,
    /// tabs and carriage returns (as `trimmingSpaces`).
    func trimmed(_ range: Range<Int>) -> Range<Int> {
        var lo = range.lowerBound, hi = range.upperBound
        while lo < hi {
            let b = buffer[lo]
            if b == 0x20 || b == 0x09 || b == 0x0D { lo += 1; continue }
            if b == 0xEF, hi - lo >= 3, buffer[lo + 1] == 0xBB, buffer[lo + 2] == 0xBF { lo += 3; continue }
            break
        }
        while hi > lo, buffer[hi - 1] == 0x20 || buffer[hi - 1] == 0x09 || buffer[hi - 1] == 0x0D { hi -= 1 }
        return lo..<hi
    }

    /// The pieces between separators, empty ones included.
    func split(_ range: Range<Int>, separator: UInt8) -> [Range<Int>] {
        var pieces: [Range<Int>] = []
        pieces.reserveCapacity(8)
        var start = range.lowerBound
        for i in range where buffer[i] == separator {
            pieces.append(start..<i)
            start = i + 1
        }
        pieces.append(start..<range.upperBound)
        return pieces
    }

    /// The non-empty pieces between any of the separators.
    func words(_ range: Range<Int>, separators a: UInt8, _ b: UInt8? = nil) -> [Range<Int>] {
        var pieces: [Range<Int>] = []
        pieces.reserveCapacity(8)
        var start = range.lowerBound
        for i in range where buffer[i] == a || buffer[i] == b {
            if i > start { pieces.append(start..<i) }
            start = i + 1
        }
        if range.upperBound > start { pieces.append(start..<range.upperBound) }
        return pieces
    }

    func hasPrefix(_ range: Range<Int>, _ prefix: [UInt8]) -> Bool {
        range.count >= prefix.count && prefix.indices.allSatisfy { buffer[range.lowerBound + $0] == prefix[$0] }
    }

    func contains(_ range: Range<Int>, _ byte: UInt8) -> Bool {
        range.contains { buffer[$0] == byte }
    }

    /// Letters and `_` only. ASCII is checked byte by byte; anything else by its Characters.
    func isCategoryName(_ range: Range<Int>) -> Bool {
        var ascii = true
        for i in range {
            let b = buffer[i]
            if b >= 0x80 { ascii = false; break }
            let lower = b | 0x20
            if !(lower >= 0x61 && lower <= 0x7A) && b != UInt8(ascii: "_") { return false }
        }
        return ascii || string(range).allSatisfy { $0.isLetter || $0 == "_" }
    }
}
