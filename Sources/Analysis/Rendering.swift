import DiepgangCore
import Foundation
import DiepgangNotes

// MARK: JSON

/// A marker's pole and dimension members, key and quoted name, as bytes made once from the
/// vocabulary's names (which need no escaping): a dozen markers per note each quoted and
/// scanned two short strings for escapes.
private enum MarkerPieces {
    static let poles: [[UInt8]] = Pole.allCases.map { Array(",\"pole\":\"\($0.rawValue)\"".utf8) }
    static let dimensions: [[UInt8]] = Dimension.allCases.map { Array(",\"dimension\":\"\($0.rawValue)\"".utf8) }
}

extension Analysis {
    /// The keys this analysis writes itself; a passed-through field with one of these names is
    /// written as `input_<name>` so no key appears twice.
    public static let reservedKeys: Set<String> = [
        "id", "team", "author", "date", "words", "mode", "confidence", "alternatives", "depth", "dimensions", "phases", "why_questions",
        "markers", "sentences", "rates", "weights", "tool_version", "lexicon_version",
    ]

    /// Writes the analysis as one JSON object (`docs/OUTPUT.md`). Deterministic bytes: the same note
    /// and lexicons give the same output on every run and thread.
    public func writeJSON(into w: ByteWriter, language: Language = .nl) {
        writeJSON(into: w, language: language, sentences: !sentences.isEmpty)
    }

    /// As `writeJSON(into:language:)`, choosing whether the per-sentence detail is written, as
    /// a value of the writer's structured layer (commas placed).
    public func writeJSON(into w: ByteWriter, language: Language, sentences includeSentences: Bool) {
        let one = ByteWriter(capacity: 2048)
        appendJSON(to: one, language: language, sentences: includeSentences)
        one.withBytes { w.raw($0) }
    }

    /// The analysis as one JSON object appended straight to `o`, byte by byte in its fixed
    /// layout: writing the analysis is a large part of a batch run.
    public func appendJSON(to o: ByteWriter, language: Language, sentences includeSentences: Bool) {
        o.reserve(2048 + markers.count * 120 + (includeSentences ? sentences.count * 240 : 0))
        o.member("{\"id\":", id)
        o.appendKey("team"); o.appendOptional(team)
        o.appendKey("author"); o.appendOptional(author)
        o.appendKey("date"); o.appendOptional(date)
        for f in extra {
            o.append(UInt8(ascii: ","))
            o.appendString(Analysis.reservedKeys.contains(f.name) ? "input_" + f.name : f.name)
            o.append(UInt8(ascii: ":"))
            o.append(f.json)
        }
        o.appendKey("words"); o.appendInt(words)
        o.appendKey("mode"); o.appendString(mode.rawValue)
        o.append(",\"confidence\":{\"mode\":"); o.appendNumber(confidence.mode, 3)
        o.append(",\"depth\":"); o.appendNumber(confidence.depth, 3)
        o.append("},\"alternatives\":[")
        o.elements(alternatives) { o, m in o.appendString(m.rawValue) }
        o.append(UInt8(ascii: "]"))
        o.appendKey("depth")
        o.member("{\"level\":", depth.level)
        o.member(",\"label\":", depth.label.rawValue)
        o.append(",\"reasons\":[")
        o.elements(depth.reasons) { o, r in
            o.appendString(r(language))
        }
        o.append("]}")
        o.appendKey("dimensions")
        o.append(UInt8(ascii: "["))
        o.elements(dimensions) { o, d in
            o.member("{\"name\":", d.name.rawValue)
            o.member(",\"piekeren\":", d.piekeren)
            o.member(",\"reflecteren\":", d.reflecteren)
            o.append(",\"balance\":")
            o.appendNumber(d.balance, 3)
            o.append(UInt8(ascii: "}"))
        }
        o.append(UInt8(ascii: "]"))
        o.appendKey("phases")
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
        o.appendKey("why_questions")
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
        o.appendKey("markers")
        o.append(UInt8(ascii: "["))
        // Read in place, not copied per element (a copy retains and releases its three strings).
        let poles = MarkerPieces.poles, dimensions = MarkerPieces.dimensions
        markers.withUnsafeBufferPointer { all in
            for i in all.indices {
                if i > 0 { o.append(UInt8(ascii: ",")) }
                o.member("{\"category\":", all[i].category)
                if let p = all[i].pole { o.append(poles[p.index]) } else { o.append(",\"pole\":null") }
                if let label = all[i].label {
                    o.member(",\"label\":", label)
                }
                if let d = all[i].dimension { o.append(dimensions[d.index]) }
                if all[i].negated { o.append(",\"negated\":true") }
                o.member(",\"sentence\":", all[i].sentence)
                o.member(",\"start\":", all[i].start)
                o.member(",\"end\":", all[i].end)
                o.member(",\"text\":", all[i].text)
                o.append(UInt8(ascii: "}"))
            }
        }
        o.append(UInt8(ascii: "]"))
        if includeSentences {
            o.appendKey("sentences")
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
        o.appendKey("rates")
        // Per 1,000 words, and named so (docs/OUTPUT.md).
        o.append("{\"piekeren_per_1000_words\":"); o.appendNumber(rates.piekeren, 2)
        o.append(",\"reflecteren_per_1000_words\":"); o.appendNumber(rates.reflecteren, 2)
        o.append(",\"markers_per_1000_words\":"); o.appendNumber(rates.markers, 2)
        o.append(",\"why_questions_per_1000_words\":"); o.appendNumber(rates.whyQuestions, 2)
        o.append(UInt8(ascii: "}"))
        o.appendKey("weights")
        o.append("{\"piekeren\":"); o.appendNumber(weights.piekeren, 2)
        o.append(",\"reflecteren\":"); o.appendNumber(weights.reflecteren, 2)
        o.append(",\"threshold\":"); o.appendNumber(weights.threshold, 2)
        o.append(UInt8(ascii: "}"))
        o.appendKey("tool_version"); o.appendString(toolVersion)
        o.appendKey("lexicon_version"); o.appendString(lexiconVersion)
        o.append(UInt8(ascii: "}"))
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
        func dec(_ v: Double, _ digits: Int) -> String { style.decimal(ByteWriter.format(v, digits: digits)) }
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
