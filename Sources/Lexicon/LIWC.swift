import DiepgangCore
import DiepgangTokenizer
import Foundation

/// A dictionary in the LIWC `.dic` format: a category table between two `%` lines, then one entry
/// per line — a word, a prefix (`begrijp*`) or several words — followed by category numbers.
/// Researchers bring their own (e.g. a licensed Dutch LIWC translation) with `--dic FILE`; results
/// are reported per category as LIWC does: percent of the words of the text.
public struct LIWCDictionary: Sendable {
    public struct Category: Sendable, Hashable {
        public var number: Int
        public var name: String
    }

    /// An entry: folded words; the last may be a prefix.
    struct Entry: Sendable {
        var words: [[UInt8]]
        var lastIsPrefix: Bool
        var categories: [Int]   // indices into `categories`
    }

    public let name: String
    public let categories: [Category]
    private let exact: [[UInt8]: [Int]]           // single word → category indices
    private let prefixes: [[UInt8]: [Int]]        // prefix → category indices
    private let longestPrefix: Int
    private let phrases: [[UInt8]: [Entry]]       // first word → multi-word entries, longest first

    /// Parses a `.dic` file; problems are reported with file, line and reason.
    public init(bytes: [UInt8], name: String) throws {
        self.name = name
        let lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false)
        var numberToIndex: [Int: Int] = [:]
        var categories: [Category] = []
        var section = 0   // 0 before the first %, 1 in the category table, 2 in the entries
        var exact: [[UInt8]: [Int]] = [:]
        var prefixes: [[UInt8]: [Int]] = [:]
        var phrases: [[UInt8]: [Entry]] = [:]
        var longestPrefix = 0
        func fail(_ line: Int, _ nl: String, _ en: String) -> LexiconIssue {
            LexiconIssue(file: name, line: line, reason: Localized(nl: nl, en: en))
        }
        for (i, raw) in lines.enumerated() {
            let lineNumber = i + 1
            var line = String(decoding: raw, as: UTF8.self)
            if lineNumber == 1, line.hasPrefix("\u{FEFF}") { line.removeFirst() }
            let trimmed = line.trimmingCharacters(in: .whitespacesAndNewlines)
            if trimmed.isEmpty { continue }
            if trimmed == "%" {
                section += 1
                if section > 2 { throw fail(lineNumber, "een derde '%'-regel", "a third '%' line") }
                continue
            }
            switch section {
            case 0:
                throw fail(lineNumber, "een LIWC-woordenboek begint met een regel '%'", "a LIWC dictionary starts with a line '%'")
            case 1:
                let fields = trimmed.split(whereSeparator: { $0 == "\t" || $0 == " " }).map(String.init)
                guard fields.count >= 2, let number = Int(fields[0]) else {
                    throw fail(lineNumber, "categorie verwacht als 'nummer<tab>naam'", "expected a category as 'number<tab>name'")
                }
                guard numberToIndex[number] == nil else {
                    throw fail(lineNumber, "categorienummer \(number) komt twee keer voor", "category number \(number) appears twice")
                }
                numberToIndex[number] = categories.count
                categories.append(Category(number: number, name: fields[1...].joined(separator: " ")))
            default:
                // The pattern is everything before the trailing category numbers (tab- or space-separated).
                var fields = trimmed.split(whereSeparator: { $0 == "\t" || $0 == " " }).map(String.init)
                var numbers: [Int] = []
                while let last = fields.last, let n = LIWCDictionary.categoryNumber(last) {
                    numbers.insert(contentsOf: n, at: 0)
                    fields.removeLast()
                }
                guard !fields.isEmpty, !numbers.isEmpty else {
                    throw fail(lineNumber, "woord gevolgd door categorienummers verwacht", "expected a word followed by category numbers")
                }
                var indices: [Int] = []
                for n in numbers {
                    guard let index = numberToIndex[n] else {
                        throw fail(lineNumber, "categorie \(n) staat niet in de tabel bovenaan", "category \(n) is not in the table at the top")
                    }
                    if !indices.contains(index) { indices.append(index) }
                }
                var words = fields.map { Folding.fold($0) }
                let isPrefix = words[words.count - 1].last == UInt8(ascii: "*")
                if isPrefix { words[words.count - 1].removeLast() }
                guard !words.contains(where: \.isEmpty) else {
                    throw fail(lineNumber, "leeg woord of alleen '*'", "empty word or a bare '*'")
                }
                if words.count > 1 {
                    phrases[words[0], default: []].append(Entry(words: words, lastIsPrefix: isPrefix, categories: indices))
                } else if isPrefix {
                    prefixes[words[0], default: []].append(contentsOf: indices)
                    longestPrefix = max(longestPrefix, words[0].count)
                } else {
                    exact[words[0], default: []].append(contentsOf: indices)
                }
            }
        }
        guard section == 2 else {
            throw fail(max(1, lines.count), "de categorietabel wordt niet afgesloten met '%'", "the category table is not closed with '%'")
        }
        self.categories = categories
        self.exact = exact
        self.prefixes = prefixes
        self.longestPrefix = longestPrefix
        self.phrases = phrases.mapValues { $0.sorted { $0.words.count > $1.words.count } }
    }

    /// "12" → [12]; LIWC2007's conditional form "(02 134)125/464" → the default category 464.
    private static func categoryNumber(_ field: String) -> [Int]? {
        if let n = Int(field) { return [n] }
        if field.hasPrefix("("), let close = field.lastIndex(of: ")") {
            let rest = field[field.index(after: close)...]
            let choice = rest.split(separator: "/").last.map(String.init) ?? ""
            return Int(choice).map { [$0] }
        }
        if field.hasSuffix(")"), field.allSatisfy({ $0.isNumber || $0 == ")" }) { return nil }
        return nil
    }

    /// Per category, the share of the text's words (in percent) that it matched, and the word count.
    /// Each word counts at most once per category; multi-word entries take precedence.
    public func score(_ text: UnsafeBufferPointer<UInt8>, tokens: UnsafeBufferPointer<Token>) -> LIWCScores {
        var hits = [Int](repeating: 0, count: categories.count)
        var words: [[UInt8]] = []
        words.reserveCapacity(tokens.count)
        for t in tokens where t.kind == .word || t.kind == .abbreviation || t.kind == .number {
            var folded: [UInt8] = []
            Folding.fold(text, t.start..<t.end, into: &folded)
            words.append(folded)
        }
        var counted = [Set<Int>](repeating: [], count: words.count)
        for (i, word) in words.enumerated() {
            for entry in phrases[word] ?? [] where i + entry.words.count <= words.count {
                var ok = true
                for k in 1..<entry.words.count {
                    let w = words[i + k], p = entry.words[k]
                    let last = k == entry.words.count - 1
                    if last && entry.lastIsPrefix ? !w.starts(with: p) : w != p { ok = false; break }
                }
                if ok {
                    for k in 0..<entry.words.count { counted[i + k].formUnion(entry.categories) }
                }
            }
            counted[i].formUnion(exact[word] ?? [])
            var n = min(word.count, longestPrefix)
            while n > 0 {
                if let cats = prefixes[Array(word[0..<n])] { counted[i].formUnion(cats) }
                n -= 1
            }
        }
        for set in counted { for c in set { hits[c] += 1 } }
        let total = words.count
        return LIWCScores(wordCount: total, percentages: categories.indices.map {
            (categories[$0].name, total == 0 ? 0 : Double(hits[$0]) / Double(total) * 100)
        })
    }

    /// Writes our own lexicon as a `.dic`, one category per category/label pair (e.g. `focus_piekeren`,
    /// `fase_3`). LIWC knows no gaps or optional words: optional words are expanded, entries with a
    /// gap (`had … moeten`) cannot be expressed and are counted in `skipped`.
    public static func export(_ lexicons: LexiconSet) -> (text: String, skipped: Int) {
        var names: [String] = []
        var index: [String: Int] = [:]
        var lines: [String: Set<Int>] = [:]
        var order: [String] = []
        var skipped = 0
        for entry in lexicons.entries {
            let name = entry.label == "-" ? entry.category : "\(entry.category)_\(entry.label)"
            if index[name] == nil { index[name] = names.count + 1; names.append(name) }
            // A gap or a lemma element (`=blijven`) has no LIWC form.
            guard !entry.elements.dropFirst().contains(where: { $0.gapBefore > 0 }), !entry.usesLemmas else { skipped += 1; continue }
            var variants: [[String]] = [[]]
            for element in entry.elements {
                let forms = element.alternatives.map { String(decoding: $0.bytes, as: UTF8.self) + ($0.isPrefix ? "*" : "") }
                var next: [[String]] = []
                for v in variants {
                    if element.isOptional { next.append(v) }
                    for f in forms { next.append(v + [f]) }
                }
                variants = next
            }
            for v in variants where !v.isEmpty {
                // LIWC puts `*` only at the end of an entry.
                if v.dropLast().contains(where: { $0.hasSuffix("*") }) { skipped += 1; continue }
                let pattern = v.joined(separator: " ")
                if lines[pattern] == nil { order.append(pattern) }
                lines[pattern, default: []].insert(index[name]!)
            }
        }
        var out = "%\n"
        for (i, name) in names.enumerated() { out += "\(i + 1)\t\(name)\n" }
        out += "%\n"
        for pattern in order.sorted() {
            out += pattern + "\t" + lines[pattern]!.sorted().map(String.init).joined(separator: "\t") + "\n"
        }
        return (out, skipped)
    }
}

/// LIWC-style results: percent of words per category.
public struct LIWCScores: Sendable {
    public var wordCount: Int
    public var percentages: [(category: String, percent: Double)]

    /// `"liwc": {"wc": 120, "categories": {"posemo": 2.5, …}}`
    public func writeJSON(into w: ByteWriter) {
        w.beginObject()
        w.field("wc", wordCount)
        w.key("categories")
        w.beginObject()
        for (name, percent) in percentages { w.field(name, percent, digits: 2) }
        w.endObject()
        w.endObject()
    }
}

extension LIWCDictionary {
    /// Reads a user's `.dic` file.
    public static func load(path: String) throws -> LIWCDictionary {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw DiepgangError(.noInput, nl: "kan het LIWC-woordenboek \(path) niet lezen", en: "cannot read the LIWC dictionary \(path)")
        }
        do {
            return try LIWCDictionary(bytes: [UInt8](data), name: path)
        } catch let issue as LexiconIssue {
            throw DiepgangError(.dataError, Localized(nl: issue.message(.nl), en: issue.message(.en)))
        }
    }

    /// Scores a whole text with the given tokenizer.
    public func score(_ text: String, tokenizer: Tokenizer) -> LIWCScores {
        let tokenization = tokenizer.tokenize(text)
        var text = text
        return text.withUTF8 { bytes in
            tokenization.tokens.withUnsafeBufferPointer { score(bytes, tokens: $0) }
        }
    }
}

extension LIWCScores {
    /// The scores as a JSON object, for passing through as an extra field of an analysis.
    public var json: [UInt8] {
        let w = ByteWriter(capacity: 256)
        writeJSON(into: w)
        return w.bytes
    }
}
