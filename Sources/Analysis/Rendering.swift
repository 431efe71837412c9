import DiepgangCore
import Foundation
import DiepgangNotes

// MARK: JSON

extension Analysis {
    /// The keys this analysis writes itself; a passed-through field with one of these names is
    /// written as `input_<name>` so no key appears twice.
    public static let reservedKeys: Set<String> = [
        "id", "team", "author", "date", "words", "mode", "depth", "dimensions", "phases", "why_questions",
        "markers", "sentences", "rates", "weights", "tool_version", "lexicon_version",
    ]

    /// Writes the analysis as one JSON object (DESIGN.md §5). Deterministic bytes: the same note
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
    public func appendJSON(to o: inout [UInt8], language: Language, sentences includeSentences: Bool) {
        o.reserveCapacity(o.count + 2048 + markers.count * 120)
        func key(_ k: StaticString) {
            FastJSON.append(",\"", &o)
            FastJSON.append(k, &o)
            FastJSON.append("\":", &o)
        }
        func optional(_ v: String?) { if let v { FastJSON.appendString(v, &o) } else { FastJSON.append("null", &o) } }
        func number(_ x: Double, _ digits: Int) {
            if x.isFinite { JSONWriter.appendFormatted(x, digits: digits, into: &o) } else { FastJSON.append("null", &o) }
        }
        FastJSON.append("{\"id\":", &o)
        FastJSON.appendString(id, &o)
        key("team"); optional(team)
        key("author"); optional(author)
        key("date"); optional(date)
        for f in extra {
            o.append(UInt8(ascii: ","))
            FastJSON.appendString(Analysis.reservedKeys.contains(f.name) ? "input_" + f.name : f.name, &o)
            o.append(UInt8(ascii: ":"))
            o.append(contentsOf: f.json)
        }
        key("words"); FastJSON.appendInt(words, &o)
        key("mode"); FastJSON.appendString(mode.rawValue, &o)
        key("depth")
        FastJSON.append("{\"level\":", &o)
        FastJSON.appendInt(depth.level, &o)
        FastJSON.append(",\"label\":", &o)
        FastJSON.appendString(depth.label.rawValue, &o)
        FastJSON.append(",\"reasons\":[", &o)
        for (i, r) in depth.reasons.enumerated() {
            if i > 0 { o.append(UInt8(ascii: ",")) }
            FastJSON.appendString(r(language), &o)
        }
        FastJSON.append("]}", &o)
        key("dimensions")
        o.append(UInt8(ascii: "["))
        for (i, d) in dimensions.enumerated() {
            if i > 0 { o.append(UInt8(ascii: ",")) }
            FastJSON.append("{\"name\":", &o)
            FastJSON.appendString(d.name.rawValue, &o)
            FastJSON.append(",\"piekeren\":", &o)
            FastJSON.appendInt(d.piekeren, &o)
            FastJSON.append(",\"reflecteren\":", &o)
            FastJSON.appendInt(d.reflecteren, &o)
            FastJSON.append(",\"balance\":", &o)
            number(d.balance, 3)
            o.append(UInt8(ascii: "}"))
        }
        o.append(UInt8(ascii: "]"))
        key("phases")
        FastJSON.append("{\"present\":[", &o)
        for (i, p) in phases.present.enumerated() {
            if i > 0 { o.append(UInt8(ascii: ",")) }
            FastJSON.appendInt(p.rawValue, &o)
        }
        FastJSON.append("],\"missing\":[", &o)
        for (i, p) in phases.missing.enumerated() {
            if i > 0 { o.append(UInt8(ascii: ",")) }
            FastJSON.appendInt(p.rawValue, &o)
        }
        FastJSON.append("],\"suggestions\":[", &o)
        for (i, s) in phases.suggestions.enumerated() {
            if i > 0 { o.append(UInt8(ascii: ",")) }
            FastJSON.append("{\"phase\":", &o)
            FastJSON.appendInt(s.phase.rawValue, &o)
            FastJSON.append(",\"question\":", &o)
            FastJSON.appendString(s.question(language), &o)
            o.append(UInt8(ascii: "}"))
        }
        FastJSON.append("]}", &o)
        key("why_questions")
        o.append(UInt8(ascii: "["))
        for (i, q) in whyQuestions.enumerated() {
            if i > 0 { o.append(UInt8(ascii: ",")) }
            FastJSON.append("{\"sentence\":", &o)
            FastJSON.appendInt(q.sentence, &o)
            FastJSON.append(",\"text\":", &o)
            FastJSON.appendString(q.text, &o)
            FastJSON.append(",\"kind\":", &o)
            FastJSON.appendString(q.kind.rawValue, &o)
            FastJSON.append(q.purposeLinked ? ",\"purpose_linked\":true" : ",\"purpose_linked\":false", &o)
            FastJSON.append(q.indirect ? ",\"indirect\":true" : ",\"indirect\":false", &o)
            FastJSON.append(",\"start\":", &o)
            FastJSON.appendInt(q.start, &o)
            FastJSON.append(",\"end\":", &o)
            FastJSON.appendInt(q.end, &o)
            o.append(UInt8(ascii: "}"))
        }
        o.append(UInt8(ascii: "]"))
        key("markers")
        o.append(UInt8(ascii: "["))
        for (i, m) in markers.enumerated() {
            if i > 0 { o.append(UInt8(ascii: ",")) }
            FastJSON.append("{\"category\":", &o)
            FastJSON.appendString(m.category, &o)
            FastJSON.append(",\"pole\":", &o)
            if let p = m.pole { FastJSON.appendString(p.rawValue, &o) } else { FastJSON.append("null", &o) }
            if let label = m.label {
                FastJSON.append(",\"label\":", &o)
                FastJSON.appendString(label, &o)
            }
            if let d = m.dimension {
                FastJSON.append(",\"dimension\":", &o)
                FastJSON.appendString(d.rawValue, &o)
            }
            if m.negated { FastJSON.append(",\"negated\":true", &o) }
            FastJSON.append(",\"sentence\":", &o)
            FastJSON.appendInt(m.sentence, &o)
            FastJSON.append(",\"start\":", &o)
            FastJSON.appendInt(m.start, &o)
            FastJSON.append(",\"end\":", &o)
            FastJSON.appendInt(m.end, &o)
            FastJSON.append(",\"text\":", &o)
            FastJSON.appendString(m.text, &o)
            o.append(UInt8(ascii: "}"))
        }
        o.append(UInt8(ascii: "]"))
        if includeSentences {
            key("sentences")
            o.append(UInt8(ascii: "["))
            for (i, s) in sentences.enumerated() {
                if i > 0 { o.append(UInt8(ascii: ",")) }
                FastJSON.append("{\"index\":", &o)
                FastJSON.appendInt(s.index, &o)
                FastJSON.append(",\"start\":", &o)
                FastJSON.appendInt(s.start, &o)
                FastJSON.append(",\"end\":", &o)
                FastJSON.appendInt(s.end, &o)
                FastJSON.append(",\"text\":", &o)
                FastJSON.appendString(s.text, &o)
                FastJSON.append(",\"phases\":[", &o)
                for (k, p) in s.phases.enumerated() {
                    if k > 0 { o.append(UInt8(ascii: ",")) }
                    FastJSON.appendInt(p.rawValue, &o)
                }
                FastJSON.append(s.isQuestion ? "],\"question\":true}" : "],\"question\":false}", &o)
            }
            o.append(UInt8(ascii: "]"))
        }
        key("rates")
        FastJSON.append("{\"piekeren\":", &o); number(rates.piekeren, 2)
        FastJSON.append(",\"reflecteren\":", &o); number(rates.reflecteren, 2)
        FastJSON.append(",\"markers\":", &o); number(rates.markers, 2)
        FastJSON.append(",\"why_questions\":", &o); number(rates.whyQuestions, 2)
        o.append(UInt8(ascii: "}"))
        key("weights")
        FastJSON.append("{\"piekeren\":", &o); number(weights.piekeren, 2)
        FastJSON.append(",\"reflecteren\":", &o); number(weights.reflecteren, 2)
        FastJSON.append(",\"threshold\":", &o); number(weights.threshold, 2)
        o.append(UInt8(ascii: "}"))
        key("tool_version"); FastJSON.appendString(toolVersion, &o)
        key("lexicon_version"); FastJSON.appendString(lexiconVersion, &o)
        o.append(UInt8(ascii: "}"))
    }
}

/// Byte-level JSON pieces for the parts of the output written most often (markers), appended
/// straight to the output; escaping and numbers are `JSONWriter`'s, so the bytes are the same.
enum FastJSON {
    @inline(__always)
    static func append(_ literal: StaticString, _ out: inout [UInt8]) {
        literal.withUTF8Buffer { out.append(contentsOf: $0) }
    }

    @inline(__always)
    static func appendInt(_ value: Int, _ out: inout [UInt8]) {
        JSONWriter.appendInt(value, into: &out)
    }

    @inline(__always)
    static func appendString(_ value: String, _ out: inout [UInt8]) {
        JSONWriter.appendQuoted(value, into: &out)
    }
}

// MARK: CSV

extension Analysis {
    /// The CSV columns, one row per note (no per-marker detail: use JSON for that).
    public static let csvColumns: [String] = {
        var c = ["id", "team", "author", "date", "words", "mode", "depth", "depth_label"]
        for d in Dimension.allCases { c += ["\(d.rawValue)_piekeren", "\(d.rawValue)_reflecteren", "\(d.rawValue)_balance"] }
        c += ["phases_present", "phases_missing", "why_questions", "why_onderzoekend", "why_piekerend", "why_purpose_linked",
              "markers", "rate_piekeren", "rate_reflecteren", "rate_why_questions", "tool_version", "lexicon_version"]
        return c
    }()

    /// The header line, with a line feed.
    public static func writeCSVHeader(into bytes: inout [UInt8]) {
        bytes.append(contentsOf: csvColumns.joined(separator: ",").utf8)
        bytes.append(0x0A)
    }

    /// One row, with a line feed, in the order of `csvColumns`.
    public func writeCSVRow(into bytes: inout [UInt8]) {
        var fields: [String] = [id, team ?? "", author ?? "", date ?? "", String(words), mode.rawValue,
                                String(depth.level), depth.label.rawValue]
        for d in dimensions {
            fields += [String(d.piekeren), String(d.reflecteren), JSONWriter.format(d.balance, digits: 3)]
        }
        fields += [phases.present.map { String($0.rawValue) }.joined(separator: " "),
                   phases.missing.map { String($0.rawValue) }.joined(separator: " "),
                   String(whyQuestions.count),
                   String(whyQuestions.filter { $0.kind == .onderzoekend }.count),
                   String(whyQuestions.filter { $0.kind == .piekerend }.count),
                   String(whyQuestions.filter(\.purposeLinked).count),
                   String(markers.count),
                   JSONWriter.format(rates.piekeren, digits: 2), JSONWriter.format(rates.reflecteren, digits: 2),
                   JSONWriter.format(rates.whyQuestions, digits: 2), toolVersion, lexiconVersion]
        for (i, f) in fields.enumerated() {
            if i > 0 { bytes.append(UInt8(ascii: ",")) }
            Analysis.appendCSVField(f, into: &bytes)
        }
        bytes.append(0x0A)
    }

    static func appendCSVField(_ field: String, into bytes: inout [UInt8]) {
        let needsQuotes = field.utf8.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D || $0 == UInt8(ascii: ";") }
        guard needsQuotes else { bytes.append(contentsOf: field.utf8); return }
        bytes.append(UInt8(ascii: "\""))
        for b in field.utf8 {
            if b == UInt8(ascii: "\"") { bytes.append(b) }
            bytes.append(b)
        }
        bytes.append(UInt8(ascii: "\""))
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
        let modeText = paint(mode.label(language), mode == .piekeren ? "1;31" : mode == .reflecteren ? "1;32" : "1;33")
        out += (en ? "Verdict: " : "Oordeel: ") + modeText + (en ? " · depth " : " · diepgang ")
            + "\(depth.level) (\(depth.label.rawValue.replacingOccurrences(of: "_", with: " ")))"
            + (en ? " · \(words) words\n" : " · \(words) woorden\n")
        for r in depth.reasons { out += "  – " + r(language) + "\n" }
        out += en ? "Dimensions (brooding / reflecting):\n" : "Dimensies (piekeren / reflecteren):\n"
        for d in dimensions {
            let name = d.name.rawValue.padding(toLength: 12, withPad: " ", startingAt: 0)
            out += "  \(name) \(d.piekeren) / \(d.reflecteren)   " + (en ? "balance " : "balans ") + fmt(d.balance, digits: 2, dutch: !en) + "\n"
        }
        let present = phases.present.map { String($0.rawValue) }.joined(separator: ", ")
        out += (en ? "Spiral phases present: " : "Fasen van de spiraal aanwezig: ") + (present.isEmpty ? "–" : present) + "\n"

        if !sentences.isEmpty {
            out += "\n" + (en ? "Sentences" : "Zinnen") + ":\n"
            for s in sentences {
                let inSentence = markers.filter { $0.start >= s.start && $0.end <= s.end }
                out += "  [\(s.index + 1)] " + highlight(s, inSentence, paint) + "\n"
                for m in inSentence {
                    var tag = m.category
                    if let p = m.pole { tag += " (\(p.rawValue))" }
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
                var tag = q.kind.rawValue
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
