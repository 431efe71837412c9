import DiepgangCore
import Foundation
import DiepgangNotes

// MARK: JSON

extension Analysis {
    /// The keys this analysis writes itself; a passed-through field with one of these names is
    /// written as `input_<name>` so no key appears twice.
    public static let reservedKeys: Set<String> = [
        "id", "team", "author", "date", "words", "mode", "confidence", "alternatives", "depth", "dimensions", "phases", "why_questions",
        "markers", "sentences", "rates", "weights", "tool_version", "lexicon_version",
    ]

    /// Writes the analysis as one JSON object (`docs/OUTPUT.md`). Deterministic bytes: the same note
    /// and lexicons give the same output on every run and thread.
    public func writeJSON(into w: inout JSONWriter, language: Language = .nl) {
        writeJSON(into: &w, language: language, sentences: !sentences.isEmpty)
    }

    /// As `writeJSON(into:language:)`, choosing whether the per-sentence detail is written.
    public func writeJSON(into w: inout JSONWriter, language: Language, sentences includeSentences: Bool) {
        // Built as bytes in one go (the same bytes JSONWriter would write) and handed over whole:
        // writing the analysis is a large part of a batch run.
        var o: [UInt8] = []
        appendJSON(to: &o, language: language, sentences: includeSentences)
        w.raw(o)
    }

    /// The same bytes as `writeJSON`, appended straight to `o` (no writer, no copy): the batch path.
    public func appendJSON(to out: inout [UInt8], language: Language, sentences includeSentences: Bool) {
        // Built in raw memory sized for a typical note, then handed over in one copy.
        var o = JSONBytes(capacity: 2048 + markers.count * 120 + (includeSentences ? sentences.count * 240 : 0))
        o.member("{\"id\":", id)
        o.key("team"); o.optional(team)
        o.key("author"); o.optional(author)
        o.key("date"); o.optional(date)
        for f in extra {
            o.append(UInt8(ascii: ","))
            o.appendString(Analysis.reservedKeys.contains(f.name) ? "input_" + f.name : f.name)
            o.append(UInt8(ascii: ":"))
            o.append(f.json)
        }
        o.key("words"); o.appendInt(words)
        o.key("mode"); o.appendString(mode.rawValue)
        o.append(",\"confidence\":{\"mode\":"); o.number(confidence.mode, 3)
        o.append(",\"depth\":"); o.number(confidence.depth, 3)
        o.append("},\"alternatives\":[")
        o.elements(alternatives) { o, m in o.appendString(m.rawValue) }
        o.append(UInt8(ascii: "]"))
        o.key("depth")
        o.member("{\"level\":", depth.level)
        o.member(",\"label\":", depth.label.rawValue)
        o.append(",\"reasons\":[")
        o.elements(depth.reasons) { o, r in
            o.appendString(r(language))
        }
        o.append("]}")
        o.key("dimensions")
        o.append(UInt8(ascii: "["))
        o.elements(dimensions) { o, d in
            o.member("{\"name\":", d.name.rawValue)
            o.member(",\"piekeren\":", d.piekeren)
            o.member(",\"reflecteren\":", d.reflecteren)
            o.append(",\"balance\":")
            o.number(d.balance, 3)
            o.append(UInt8(ascii: "}"))
        }
        o.append(UInt8(ascii: "]"))
        o.key("phases")
        o.append("{\"present\":[")
        o.elements(phases.present) { o, p in
            o.appendInt(p.rawValue)
        }
        o.append("],\"missing\":[")
        o.elements(phases.missing) { o, p in
            o.appendInt(p.rawValue)
        }
        o.append("],\"suggestions\":[")
        o.elements(phases.suggestions) { o, s in
            o.member("{\"phase\":", s.phase.rawValue)
            o.member(",\"question\":", s.question(language))
            o.append(UInt8(ascii: "}"))
        }
        o.append("]}")
        o.key("why_questions")
        o.append(UInt8(ascii: "["))
        o.elements(whyQuestions) { o, q in
            o.member("{\"sentence\":", q.sentence)
            o.member(",\"text\":", q.text)
            o.member(",\"kind\":", q.kind.rawValue)
            o.append(q.purposeLinked ? ",\"purpose_linked\":true" : ",\"purpose_linked\":false")
            o.append(q.indirect ? ",\"indirect\":true" : ",\"indirect\":false")
            o.member(",\"start\":", q.start)
            o.member(",\"end\":", q.end)
            o.append(UInt8(ascii: "}"))
        }
        o.append(UInt8(ascii: "]"))
        o.key("markers")
        o.append(UInt8(ascii: "["))
        o.elements(markers) { o, m in
            o.member("{\"category\":", m.category)
            o.append(",\"pole\":")
            if let p = m.pole { o.appendString(p.rawValue) } else { o.append("null") }
            if let label = m.label {
                o.member(",\"label\":", label)
            }
            if let d = m.dimension {
                o.member(",\"dimension\":", d.rawValue)
            }
            if m.negated { o.append(",\"negated\":true") }
            o.member(",\"sentence\":", m.sentence)
            o.member(",\"start\":", m.start)
            o.member(",\"end\":", m.end)
            o.member(",\"text\":", m.text)
            o.append(UInt8(ascii: "}"))
        }
        o.append(UInt8(ascii: "]"))
        if includeSentences {
            o.key("sentences")
            o.append(UInt8(ascii: "["))
            o.elements(sentences) { o, s in
                o.member("{\"index\":", s.index)
                o.member(",\"start\":", s.start)
                o.member(",\"end\":", s.end)
                o.member(",\"text\":", s.text)
                o.append(",\"phases\":[")
                for (k, p) in s.phases.enumerated() {
                    if k > 0 { o.append(UInt8(ascii: ",")) }
                    o.appendInt(p.rawValue)
                }
                o.append(s.isQuestion ? "],\"question\":true}" : "],\"question\":false}")
            }
            o.append(UInt8(ascii: "]"))
        }
        o.key("rates")
        // Per 1,000 words, and named so (docs/OUTPUT.md).
        o.append("{\"piekeren_per_1000_words\":"); o.number(rates.piekeren, 2)
        o.append(",\"reflecteren_per_1000_words\":"); o.number(rates.reflecteren, 2)
        o.append(",\"markers_per_1000_words\":"); o.number(rates.markers, 2)
        o.append(",\"why_questions_per_1000_words\":"); o.number(rates.whyQuestions, 2)
        o.append(UInt8(ascii: "}"))
        o.key("weights")
        o.append("{\"piekeren\":"); o.number(weights.piekeren, 2)
        o.append(",\"reflecteren\":"); o.number(weights.reflecteren, 2)
        o.append(",\"threshold\":"); o.number(weights.threshold, 2)
        o.append(UInt8(ascii: "}"))
        o.key("tool_version"); o.appendString(toolVersion)
        o.key("lexicon_version"); o.appendString(lexiconVersion)
        o.append(UInt8(ascii: "}"))
        o.withBytes { out.append(contentsOf: $0) }
    }
}

/// The JSON of one analysis under construction, in raw memory: appending a piece is a capacity
/// check and a copy, without the uniqueness check and generic path of each `Array.append`
/// (writing the output was a sixth of a batch run). The bytes are exactly `JSONWriter`'s: the
/// same escaping and the same number format.
struct JSONBytes: ~Copyable {
    private var base: UnsafeMutablePointer<UInt8>
    private var count = 0
    private var capacity: Int

    init(capacity: Int) {
        self.capacity = max(capacity, 64)
        base = .allocate(capacity: self.capacity)
    }

    deinit { base.deallocate() }

    func withBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        body(UnsafeBufferPointer(start: base, count: count))
    }

    /// Makes room for `n` more bytes.
    @inline(__always)
    private mutating func reserve(_ n: Int) {
        if count + n > capacity { grow(to: count + n) }
    }

    private mutating func grow(to needed: Int) {
        var size = capacity * 2
        while size < needed { size *= 2 }
        let bigger = UnsafeMutablePointer<UInt8>.allocate(capacity: size)
        bigger.initialize(from: base, count: count)
        base.deallocate()
        base = bigger
        capacity = size
    }

    @inline(__always)
    mutating func append(_ byte: UInt8) {
        reserve(1)
        base[count] = byte
        count += 1
    }

    @inline(__always)
    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress, bytes.count > 0 else { return }
        reserve(bytes.count)
        (base + count).initialize(from: source, count: bytes.count)
        count += bytes.count
    }

    mutating func append(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { append($0) }
    }

    @inline(__always)
    mutating func append(_ literal: StaticString) {
        if literal.hasPointerRepresentation {
            append(UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount))
        } else {
            appendScalar(literal.unicodeScalar)
        }
    }

    private mutating func appendScalar(_ scalar: Unicode.Scalar) {
        for b in String(scalar).utf8 { append(b) }
    }

    /// `,"name":`
    /// The items, comma-separated (the brackets are the caller's).
    mutating func elements<T>(_ items: [T], _ write: (inout JSONBytes, T) -> Void) {
        for (i, item) in items.enumerated() {
            if i > 0 { append(UInt8(ascii: ",")) }
            write(&self, item)
        }
    }

    /// A member's key (with its separator, as a literal) and its value.
    mutating func member(_ key: StaticString, _ value: Int) {
        append(key)
        appendInt(value)
    }

    mutating func member(_ key: StaticString, _ value: String) {
        append(key)
        appendString(value)
    }

    mutating func key(_ name: StaticString) {
        append(",\"")
        append(name)
        append("\":")
    }

    mutating func optional(_ value: String?) {
        if let value { appendString(value) } else { append("null") }
    }

    /// As `JSONWriter.double`: rounded to `digits` decimals; NaN and infinity become null.
    mutating func number(_ value: Double, _ digits: Int) {
        if value.isFinite { appendFormatted(value, digits: digits) } else { append("null") }
    }

    /// As `JSONWriter.appendInt`.
    @inline(__always)
    mutating func appendInt(_ value: Int) {
        if value >= 0 && value < 10 {
            append(UInt8(ascii: "0") + UInt8(value))
        } else if value < 0 {
            appendNegative(value)
        } else {
            appendDigits(value)
        }
    }

    private mutating func appendNegative(_ value: Int) {
        for b in String(value).utf8 { append(b) }
    }

    /// A non-negative integer in decimal, written from the last digit backwards.
    private mutating func appendDigits(_ value: Int) {
        var length = 1
        var rest = value
        while rest >= 10 { rest /= 10; length += 1 }
        reserve(length)
        var v = value
        var i = count + length - 1
        repeat {
            base[i] = UInt8(ascii: "0") + UInt8(v % 10)
            v /= 10
            i -= 1
        } while v > 0
        count += length
    }

    /// As `JSONWriter.appendFormatted` (the same digits, the same fallback).
    private mutating func appendFormatted(_ value: Double, digits: Int) {
        guard digits >= 0 && digits <= 6 && value.isFinite && abs(value) < 1e9 else {
            for b in JSONWriter.format(value, digits: digits).utf8 { append(b) }
            return
        }
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        var n = Int((value * scale).rounded())
        if n == 0 { append(UInt8(ascii: "0")); return }
        if n < 0 { append(UInt8(ascii: "-")); n = -n }
        var p = 1
        for _ in 0..<digits { p *= 10 }
        appendDigits(n / p)
        var frac = n % p
        guard frac != 0 else { return }
        var shown = digits
        while frac % 10 == 0 { frac /= 10; shown -= 1 }
        append(UInt8(ascii: "."))
        var div = 1
        for _ in 1..<max(shown, 1) { div *= 10 }
        while div > 0 { append(UInt8(ascii: "0") + UInt8(frac / div % 10)); div /= 10 }
    }

    /// A string as a quoted JSON string (as `JSONWriter.appendQuoted`).
    mutating func appendString(_ value: String) {
        // Native and small strings lend their bytes directly; others are made contiguous first.
        let done: Void? = value.utf8.withContiguousStorageIfAvailable { appendQuoted($0) }
        if done == nil {
            var copy = value
            copy.withUTF8 { appendQuoted($0) }
        }
    }

    private mutating func appendQuoted(_ buffer: UnsafeBufferPointer<UInt8>) {
        reserve(buffer.count + 2)
        append(UInt8(ascii: "\""))
        // Runs without a byte to escape are found sixteen bytes a step and copied whole.
        var run = 0
        let n = buffer.count
        while run < n {
            let stop = buffer.firstJSONEscape(from: run, to: n)
            if run < stop { append(UnsafeBufferPointer(rebasing: buffer[run..<stop])) }
            guard stop < n else { break }
            appendEscaped(buffer[stop])
            run = stop + 1
        }
        append(UInt8(ascii: "\""))
    }

    private static let hex: [UInt8] = Array("0123456789abcdef".utf8)

    private mutating func appendEscaped(_ b: UInt8) {
        switch b {
        case UInt8(ascii: "\""): append(UInt8(ascii: "\\")); append(b)
        case UInt8(ascii: "\\"): append(UInt8(ascii: "\\")); append(b)
        case 0x0A: append(UInt8(ascii: "\\")); append(UInt8(ascii: "n"))
        case 0x0D: append(UInt8(ascii: "\\")); append(UInt8(ascii: "r"))
        case 0x09: append(UInt8(ascii: "\\")); append(UInt8(ascii: "t"))
        case 0..<0x20, 0x7F:
            append("\\u00")
            append(JSONBytes.hex[Int(b >> 4)])
            append(JSONBytes.hex[Int(b & 0xF)])
        default: append(b)
        }
    }
}

// MARK: CSV

extension Analysis {
    /// The CSV columns, one row per note (no per-marker detail: use JSON for that); after them
    /// come the note's extra input columns, then a user's LIWC categories (docs/OUTPUT.md).
    public static let csvColumns: [String] = {
        var c = ["id", "team", "author", "date", "words", "mode", "confidence_mode", "alternatives", "depth", "confidence_depth", "depth_label"]
        for d in Dimension.allCases { c += ["\(d.rawValue)_piekeren", "\(d.rawValue)_reflecteren", "\(d.rawValue)_balance"] }
        c += SpiralPhase.allCases.map { "phase_\($0.rawValue)" }
        c += ["why_questions", "why_onderzoekend", "why_piekerend", "why_purpose_linked",
              "markers", "piekeren_per_1000_words", "reflecteren_per_1000_words", "why_questions_per_1000_words",
              "tool_version", "lexicon_version"]
        return c
    }()

    /// The column name of an extra input field: prefixed with `input_` when it would clash.
    public static func csvColumn(forInput name: String) -> String {
        csvColumns.contains(name) || reservedKeys.contains(name) ? "input_" + name : name
    }

    /// The header line: the fixed columns, the extra input columns (`inputColumns`, the names of
    /// the first note's extra fields), then `extra` (a user's LIWC categories).
    public static func writeCSVHeader(into bytes: inout [UInt8], inputColumns: [String] = [], extra: [String] = [],
                                      style: CSVStyle = .standard) {
        bytes += style.preamble
        style.appendRow(csvColumns + inputColumns.map(csvColumn(forInput:)) + extra, into: &bytes)
    }

    /// One row in the order of `csvColumns`, then the note's extra fields named in `inputColumns`
    /// (empty where this note lacks one), then the `extra` fields (LIWC percentages).
    public func writeCSVRow(into bytes: inout [UInt8], inputColumns: [String] = [], extra: [String] = [],
                            style: CSVStyle = .standard) {
        func dec(_ v: Double, _ digits: Int) -> String { style.decimal(JSONWriter.format(v, digits: digits)) }
        var fields: [String] = [id, team ?? "", author ?? "", date ?? "", String(words), mode.rawValue,
                                dec(confidence.mode, 3), alternatives.map(\.rawValue).joined(separator: " "),
                                String(depth.level), dec(confidence.depth, 3), depth.label.rawValue]
        for d in dimensions {
            fields += [String(d.piekeren), String(d.reflecteren), dec(d.balance, 3)]
        }
        let present = Set(phases.present)
        fields += SpiralPhase.allCases.map { present.contains($0) ? "1" : "0" }
        fields += [String(whyQuestions.count),
                   String(whyQuestions.filter { $0.kind == .onderzoekend }.count),
                   String(whyQuestions.filter { $0.kind == .piekerend }.count),
                   String(whyQuestions.filter(\.purposeLinked).count),
                   String(markers.count),
                   dec(rates.piekeren, 2), dec(rates.reflecteren, 2), dec(rates.whyQuestions, 2), toolVersion, lexiconVersion]
        for name in inputColumns {
            fields.append(self.extra.first { $0.name == name }.map { Analysis.cellText(json: $0.json) } ?? "")
        }
        fields += extra.map(style.decimal)
        style.appendRow(fields, into: &bytes)
    }

    /// A passed-through value as a cell: a JSON string unquoted, anything else as its JSON text.
    static func cellText(json: [UInt8]) -> String {
        guard json.count >= 2, json.first == UInt8(ascii: "\""), json.last == UInt8(ascii: "\"") else {
            return String(decoding: json, as: UTF8.self)
        }
        if !json.contains(UInt8(ascii: "\\")) { return String(decoding: json[1..<(json.count - 1)], as: UTF8.self) }
        return (try? JSONSerialization.jsonObject(with: Data(json), options: .fragmentsAllowed)) as? String
            ?? String(decoding: json, as: UTF8.self)
    }
}

// MARK: Text for a coach

extension Analysis {
    /// A readable report for a coach at a terminal: the verdict first, then the sentences with
    /// their markers, the missing phases with their questions, and the why-questions.
    /// `color`: ANSI colours (only when writing to a terminal).
    public func renderText(language: Language = .nl, color: Bool = false) -> String {
        let en = language == .en
        func paint(_ s: String, _ code: String) -> String { color ? "\u{1B}[\(code)m\(s)\u{1B}[0m" : s }
        var out = ""
        var title = id.isEmpty ? (en ? "note" : "verslag") : id
        let meta = [team, author, date].compactMap { $0 }.filter { !$0.isEmpty }
        if !meta.isEmpty { title += " (" + meta.joined(separator: ", ") + ")" }
        out += paint("── \(title) ──", "1") + "\n"
        var modeText = paint(mode.label(language), mode == .piekeren ? "1;31" : mode == .reflecteren ? "1;32" : "1;33")
        if mode == .onzeker && !alternatives.isEmpty {
            let readings = alternatives.map { $0.label(language) }.joined(separator: en ? " or " : " of ")
            modeText += (en ? ", perhaps " : ", misschien ") + readings
        }
        let sure = fmt(confidence.mode, digits: 2, dutch: !en)
        modeText += en ? " (confidence \(sure))" : " (zekerheid \(sure))"
        out += (en ? "Verdict: " : "Oordeel: ") + modeText + (en ? " · depth " : " · diepgang ")
            + "\(depth.level) (\(depth.label.name(language)))"
            + " · " + Wording.count(words, nl: ("woord", "woorden"), en: ("word", "words"), language) + "\n"
        for r in depth.reasons { out += "  – " + r(language) + "\n" }
        out += en ? "Dimensions (brooding / reflecting):\n" : "Dimensies (piekeren / reflecteren):\n"
        for d in dimensions {
            let name = d.name.name(language).padding(toLength: 12, withPad: " ", startingAt: 0)
            out += "  \(name) \(d.piekeren) / \(d.reflecteren)   " + (en ? "balance " : "balans ") + fmt(d.balance, digits: 2, dutch: !en) + "\n"
        }
        // The verdict weighs all evidence (why-questions and phases too), not only the markers
        // counted above; its figures are these weights, so they are shown here as well.
        out += (en ? "  weight of all evidence: " : "  gewicht van al het bewijs: ")
            + "\(fmt(weights.piekeren, dutch: !en)) / \(fmt(weights.reflecteren, dutch: !en))"
            + (en ? " (clear from \(fmt(weights.threshold, dutch: false)))\n" : " (duidelijk vanaf \(fmt(weights.threshold, dutch: true)))\n")
        let present = phases.present.map { String($0.rawValue) }.joined(separator: ", ")
        out += (en ? "Spiral phases present: " : "Fasen van de spiraal aanwezig: ") + (present.isEmpty ? "–" : present) + "\n"

        if !sentences.isEmpty {
            out += "\n" + (en ? "Sentences" : "Zinnen") + ":\n"
            for s in sentences {
                let inSentence = markers.filter { $0.start >= s.start && $0.end <= s.end }
                out += "  [\(s.index + 1)] " + highlight(s, inSentence, paint) + "\n"
                for m in inSentence {
                    var tag = MarkerCategoryName.name(m.category, language)
                    if let p = m.pole { tag += " (\(p.name(language)))" }
                    if let l = m.label { tag += m.category == "fase" ? " \(l)" : " (\(l))" }
                    // A phase cue too weak to open its phase in this sentence: the coach should
                    // see that it did not decide anything on its own.
                    if m.category == "fase", let l = m.label, let p = Int(l).flatMap(SpiralPhase.init(rawValue:)), !s.phases.contains(p) {
                        tag += phases.present.contains(p) ? (en ? " (weak, adds up with other sentences)" : " (zwak, telt op met andere zinnen)")
                                                          : (en ? " (weak, phase not present)" : " (zwak, fase niet aanwezig)")
                    }
                    if m.negated { tag += en ? ", negated" : ", ontkend" }
                    out += "      · \(tag): \(m.text)\n"
                }
            }
        }
        if !phases.suggestions.isEmpty {
            out += "\n" + (en ? "Missing phases and the question that opens them" : "Ontbrekende fasen en de vraag die ze opent") + ":\n"
            for s in phases.suggestions {
                out += "  \(s.phase.rawValue) \(s.phase.name(language)): " + paint(s.question(language), "36") + "\n"
            }
        }
        out += "\n" + (en ? "Why-questions" : "Waarom-vragen") + ":"
        if whyQuestions.isEmpty {
            out += en ? " none\n" : " geen\n"
        } else {
            out += "\n"
            for q in whyQuestions {
                var tag = q.kind.name(language)
                if q.purposeLinked { tag += en ? ", tied to the purpose" : ", verbonden met de bedoeling" }
                if q.indirect { tag += en ? ", indirect" : ", indirect" }
                out += "  " + paint(q.text, q.kind == .piekerend ? "31" : "32") + "  (\(tag))\n"
            }
        }
        return out
    }

    /// The sentence with its markers marked: coloured on a terminal, in brackets otherwise.
    private func highlight(_ s: SentenceAnalysis, _ markers: [Marker], _ paint: (String, String) -> String) -> String {
        let scalars = Array(s.text.unicodeScalars)
        var spans: [(Int, Int, String)] = []
        var taken = [Bool](repeating: false, count: scalars.count)
        // Non-overlapping spans, longest first.
        for m in markers.sorted(by: { ($0.end - $0.start) > ($1.end - $1.start) }) {
            let a = m.start - s.start, b = m.end - s.start
            // Taken scalars, not a scan of all spans so far: quadratic on a long run-on sentence.
            guard a >= 0, b <= scalars.count, a <= b, !taken[a..<b].contains(true) else { continue }
            for k in a..<b { taken[k] = true }
            let code = m.pole == .piekeren ? "31" : m.pole == .reflecteren ? "32" : m.category == "waarom" ? "33" : "36"
            spans.append((a, b, code))
        }
        spans.sort { $0.0 < $1.0 }
        var out = ""
        var i = 0
        for (a, b, code) in spans {
            out += String(String.UnicodeScalarView(scalars[i..<a]))
            let piece = String(String.UnicodeScalarView(scalars[a..<b]))
            let marked = paint(piece, code)
            out += marked == piece ? "[" + piece + "]" : marked
            i = b
        }
        out += String(String.UnicodeScalarView(scalars[i...]))
        return out.replacingOccurrences(of: "\n", with: " ")
    }
}
