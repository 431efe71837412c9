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
    /// A prefix must be at least this many bytes long, so `ge*` cannot swallow half the language.
    public static let minPrefixLength = 3

    /// Parses one file. Returns the entries that are valid and every problem found.
    public static func parse(path: String, bytes: [UInt8]) -> (file: LexiconFile, issues: [LexiconIssue]) {
        var issues: [LexiconIssue] = []
        let family = familyName(path)
        var description: [String] = []
        var inHeader = true
        var fileDimension: String? = nil
        var entries: [LexiconEntry] = []
        var seen: [String: Int] = [:]

        func issue(_ line: Int, _ nl: String, _ en: String) {
            issues.append(LexiconIssue(file: path, line: line, reason: Localized(nl: nl, en: en)))
        }

        guard let text = String(validating: bytes, as: UTF8.self) else {
            let line = firstInvalidLine(bytes)
            issue(line, "geen geldige UTF-8", "not valid UTF-8")
            return (LexiconFile(family: family, path: path, description: "", entries: []), issues)
        }

        var lineNumber = 0
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            var line = Substring(rawLine)
            if line.hasSuffix("\r") { line = line.dropLast() }
            let trimmed = line.trimmingSpaces
            if trimmed.isEmpty { inHeader = inHeader && description.isEmpty; continue }
            if trimmed.hasPrefix("#") {
                if inHeader { description.append(String(trimmed.dropFirst()).trimmingSpaces) }
                continue
            }
            inHeader = false
            if trimmed.hasPrefix("@") {
                let parts = trimmed.dropFirst().split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
                switch parts.first {
                case "dimension":
                    guard parts.count == 2, LexiconSchema.dimensions.contains(parts[1]) else {
                        issue(lineNumber, "@dimension verwacht één van: \(LexiconSchema.dimensions.joined(separator: ", "))",
                              "@dimension expects one of: \(LexiconSchema.dimensions.joined(separator: ", "))")
                        continue
                    }
                    fileDimension = parts[1]
                default:
                    issue(lineNumber, "onbekende aanwijzing '\(trimmed)'; alleen @dimension bestaat",
                          "unknown directive '\(trimmed)'; only @dimension exists")
                }
                continue
            }
            let fields = line.split(separator: "|", omittingEmptySubsequences: false).map { String($0.trimmingSpaces) }
            guard fields.count >= 3 else {
                issue(lineNumber, "te weinig velden: verwacht 'patroon | categorie | label [| gewicht | vlaggen | toelichting]'",
                      "too few fields: expected 'pattern | category | label [| weight | flags | note]'")
                continue
            }
            guard fields.count <= 6 else {
                issue(lineNumber, "te veel velden (\(fields.count)); een '|' in de toelichting is niet toegestaan",
                      "too many fields (\(fields.count)); a '|' inside the note is not allowed")
                continue
            }
            let category = fields[1]
            let label = fields[2].isEmpty ? "-" : fields[2]
            guard !category.isEmpty, category.allSatisfy({ $0.isLetter || $0 == "_" }) else {
                issue(lineNumber, "ongeldige categorie '\(category)'", "invalid category '\(category)'")
                continue
            }
            if let allowed = LexiconSchema.labels[category], let allowed, !allowed.contains(label) {
                issue(lineNumber, "label '\(label)' past niet bij categorie '\(category)'; kies uit: \(allowed.joined(separator: ", "))",
                      "label '\(label)' does not fit category '\(category)'; choose from: \(allowed.joined(separator: ", "))")
                continue
            }
            var weight = 1.0
            if fields.count > 3, !fields[3].isEmpty {
                guard let w = Double(fields[3]), w.isFinite, w >= 0, w <= 10 else {
                    issue(lineNumber, "gewicht '\(fields[3])' is geen getal tussen 0 en 10",
                          "weight '\(fields[3])' is not a number between 0 and 10")
                    continue
                }
                weight = w
            }
            var flags = EntryFlags()
            var dimension: String? = LexiconSchema.dimensions.contains(category) ? category : fileDimension
            var flagError = false
            if fields.count > 4 {
                for flag in fields[4].split(whereSeparator: { $0 == "," || $0 == " " }).map(String.init) {
                    switch flag {
                    case "neg:flip": flags.negation = .flip
                    case "neg:cancel": flags.negation = .cancel
                    case "neg:keep": flags.negation = .keep
                    case "quote": flags.insideQuotes = true
                    case "question": flags.questionOnly = true
                    case "statement": flags.statementOnly = true
                    case "start": flags.sentenceStart = true
                    case "dim:-": dimension = nil
                    default:
                        if flag.hasPrefix("dim:"), LexiconSchema.dimensions.contains(String(flag.dropFirst(4))) {
                            dimension = String(flag.dropFirst(4))
                        } else {
                            issue(lineNumber, "onbekende vlag '\(flag)' (bekend: neg:flip, neg:cancel, neg:keep, quote, question, statement, start, dim:DIMENSIE)",
                                  "unknown flag '\(flag)' (known: neg:flip, neg:cancel, neg:keep, quote, question, statement, start, dim:DIMENSION)")
                            flagError = true
                        }
                    }
                }
            }
            if flagError { continue }
            if flags.questionOnly && flags.statementOnly {
                issue(lineNumber, "vlaggen 'question' en 'statement' sluiten elkaar uit", "flags 'question' and 'statement' exclude each other")
                continue
            }
            let elements: [PatternElement]
            switch parsePattern(fields[0]) {
            case .success(let e): elements = e
            case .failure(let reason):
                issues.append(LexiconIssue(file: path, line: lineNumber, reason: reason.localized))
                continue
            }
            // Two lines with the same folded pattern, category and label are one entry twice.
            let key = String(decoding: Folding.fold(fields[0].split(separator: " ").joined(separator: " ")), as: UTF8.self) + "|" + category + "|" + label
            if let first = seen[key] {
                issue(lineNumber, "dubbel: dezelfde regel staat al op regel \(first)", "duplicate: the same entry is already on line \(first)")
                continue
            }
            seen[key] = lineNumber
            entries.append(LexiconEntry(pattern: fields[0], elements: elements, category: category, label: label,
                                        weight: weight, flags: flags, dimension: dimension,
                                        note: fields.count > 5 ? fields[5] : "", family: family,
                                        location: LexiconLocation(file: path, line: lineNumber)))
        }
        let file = LexiconFile(family: family, path: path, description: description.joined(separator: " ").trimmingSpaces,
                               entries: entries)
        if entries.isEmpty && issues.isEmpty {
            issues.append(LexiconIssue(file: path, line: max(1, lineNumber), reason: Localized(nl: "bestand bevat geen regels", en: "file holds no entries")))
        }
        return (file, issues)
    }

    /// Why a pattern could not be read.
    public struct PatternError: Error, Sendable {
        public var localized: Localized
    }

    /// Parses the pattern column: words separated by spaces; `a/b` alternatives; `woord*` a prefix;
    /// `[woord]` optional; `…` or `...` a gap of up to 4 tokens, `…2` of up to 2.
    public static func parsePattern(_ text: String) -> Result<[PatternElement], PatternError> {
        func fail(_ nl: String, _ en: String) -> Result<[PatternElement], PatternError> {
            .failure(PatternError(localized: Localized(nl: "patroon '\(text)': \(nl)", en: "pattern '\(text)': \(en)")))
        }
        let parts = text.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        guard !parts.isEmpty else { return fail("leeg", "empty") }
        var elements: [PatternElement] = []
        var pendingGap: Int? = nil
        for part in parts {
            if part.hasPrefix("…") || part.hasPrefix("...") {
                let digits = part.hasPrefix("…") ? String(part.dropFirst()) : String(part.dropFirst(3))
                var n = defaultGap
                if !digits.isEmpty {
                    guard let d = Int(digits), d >= 1, d <= maxGap else {
                        return fail("gat '\(part)' verwacht een getal van 1 tot \(maxGap)", "gap '\(part)' expects a number from 1 to \(maxGap)")
                    }
                    n = d
                }
                guard !elements.isEmpty else { return fail("begint met een gat", "starts with a gap") }
                guard pendingGap == nil else { return fail("twee gaten achter elkaar", "two gaps in a row") }
                pendingGap = n
                continue
            }
            var body = Substring(part)
            var optional = false
            if body.hasPrefix("[") || body.hasSuffix("]") {
                guard body.hasPrefix("["), body.hasSuffix("]"), body.count > 2 else {
                    return fail("haakjes van '\(part)' kloppen niet", "brackets of '\(part)' do not match")
                }
                body = body.dropFirst().dropLast()
                optional = true
            }
            var alternatives: [PatternElement.Alternative] = []
            for alt in body.split(separator: "/", omittingEmptySubsequences: false) {
                guard !alt.isEmpty else { return fail("leeg alternatief in '\(part)'", "empty alternative in '\(part)'") }
                var word = String(alt)
                var isPrefix = false
                if word.hasSuffix("*") {
                    word.removeLast()
                    isPrefix = true
                }
                guard !word.utf8.contains(UInt8(ascii: "*")) else {
                    return fail("'*' mag alleen aan het eind van een woord staan ('\(alt)')", "'*' may only end a word ('\(alt)')")
                }
                guard !word.utf8.contains(UInt8(ascii: "[")) && !word.utf8.contains(UInt8(ascii: "]")) else {
                    return fail("haakjes midden in '\(alt)'", "brackets inside '\(alt)'")
                }
                let folded = Folding.fold(word)
                if isPrefix && folded.count < minPrefixLength {
                    return fail("voorvoegsel '\(alt)' is korter dan \(minPrefixLength) letters", "prefix '\(alt)' is shorter than \(minPrefixLength) letters")
                }
                alternatives.append(.init(bytes: folded, isPrefix: isPrefix))
            }
            elements.append(PatternElement(alternatives: alternatives, isOptional: optional, gapBefore: pendingGap ?? 0))
            pendingGap = nil
        }
        if pendingGap != nil { return fail("eindigt met een gat", "ends with a gap") }
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
        let alts = alternatives.map { String(decoding: $0.bytes, as: UTF8.self) + ($0.isPrefix ? "*" : "") }.joined(separator: "/")
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
