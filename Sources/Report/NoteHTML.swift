import DiepgangCore
import DiepgangVocabulary
import DiepgangAnalysis

/// One analysed note with the text its marker offsets point into.
public struct NoteView: Sendable {
    public var analysis: Analysis
    public var text: String

    public init(analysis: Analysis, text: String) {
        self.analysis = analysis
        self.text = text
    }
}

/// The note view for a coach: one self-contained HTML page (inline CSS and SVG, no scripts, no
/// network) with, per note, the verdict and its reasons, the text with every marker highlighted
/// and explained, the five-dimension profile, the spiral phases with their coaching questions and
/// the why-questions. Works on keyboard alone: every highlight takes focus and shows its note.
public enum NoteHTML {
    /// The whole page.
    public static func render(_ notes: [NoteView], _ language: Language) -> String {
        var page = NotePage(language: language)
        page.document(notes)
        return page.out
    }

    /// The page's body content (legend, index, notes) for a page that brings its own frame.
    /// `maxSections`: notes shown in full; the overview lists them all.
    public static func body(_ notes: [NoteView], _ language: Language, maxSections: Int = .max) -> String {
        var page = NotePage(language: language)
        page.maxSections = maxSections
        page.content(notes)
        return page.out
    }

    /// The style sheet the body needs.
    public static let css: String = NotePage.css
}

struct NotePage {
    let language: Language
    var out = ""
    var maxSections = Int.max

    init(language: Language) {
        self.language = language
        out.reserveCapacity(32 * 1024)
    }

    func t(_ nl: String, _ en: String) -> String { language == .nl ? nl : en }

    mutating func document(_ notes: [NoteView]) {
        out += "<!DOCTYPE html>\n<html lang=\"\(language.rawValue)\">\n<head>\n<meta charset=\"utf-8\">\n"
        out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        if let v = notes.first?.analysis.toolVersion {
            out += "<meta name=\"generator\" content=\"\(ToolInfo.name) \(esc(v))\">\n"
        }
        let title = notes.count == 1 ? notes[0].analysis.id : ""
        out += "<title>\(t("Diepgang — verslag", "Diepgang — note"))\(title.isEmpty ? "" : " " + esc(title))</title>\n"
        out += "<style>\n\(NotePage.css)</style>\n</head>\n<body>\n<main>\n"
        content(notes)
        out += "</main>\n</body>\n</html>\n"
    }

    mutating func content(_ notes: [NoteView]) {
        out += "<header class=\"top\">\n<p class=\"kicker\">Diepgang · \(t("verslag voor de coach", "note view for the coach"))</p>\n"
        out += "<h1>\(notes.count == 1 ? t("Hoe diep gaat dit verslag?", "How deep does this note go?") : t("Hoe diep gaan deze verslagen?", "How deep do these notes go?"))</h1>\n"
        out += "<p class=\"intro\">" + t(
            "Elke gemarkeerde passage is bewijs voor een oordeel. Ga er met de muis over of tab ernaartoe voor de uitleg. Het oordeel is een hulpmiddel voor het gesprek, geen beoordeling van de schrijver.",
            "Every highlighted passage is evidence for a verdict. Hover over it or tab to it for the explanation. The verdict is an aid for the conversation, not an assessment of the writer.") + "</p>\n"
        out += "</header>\n"
        legend()
        if notes.count > 1 { index(notes) }
        if notes.isEmpty {
            out += "<p class=\"empty\">\(t("Geen verslagen gevonden.", "No notes found."))</p>\n"
        }
        for (i, note) in notes.prefix(maxSections).enumerated() { section(note, number: i + 1) }
        if notes.count > maxSections {
            out += "<p class=\"empty\">" + t("De eerste \(maxSections) verslagen staan hierboven in detail; het overzicht toont alle \(notes.count).",
                                             "The first \(maxSections) notes are shown in detail above; the overview lists all \(notes.count).") + "</p>\n"
        }
    }

    // MARK: Legend and index

    mutating func legend() {
        out += "<section class=\"legend\" aria-labelledby=\"legend-title\">\n<h2 id=\"legend-title\">\(t("Zo lees je de markeringen", "How to read the highlights"))</h2>\n<ul>\n"
        for family in MarkerFamily.allCases {
            let sample = family.tag(phase: family == .fase ? "3" : nil)
            out += "<li><span class=\"hl fam-\(family.key) sample\" data-tag=\"\(esc(sample))\">\(esc(family.name(language)))</span> \(esc(family.legend(language)))</li>\n"
        }
        out += "</ul>\n</section>\n"
    }

    mutating func index(_ notes: [NoteView]) {
        out += "<section class=\"index\" aria-labelledby=\"index-title\">\n<h2 id=\"index-title\">\(t("Overzicht", "Overview")) (\(notes.count))</h2>\n"
        out += "<table class=\"data\">\n<thead><tr><th>#</th><th>\(t("verslag", "note"))</th><th>team</th><th>\(t("datum", "date"))</th>"
        out += "<th>\(t("oordeel", "verdict"))</th><th>\(t("diepgang", "depth"))</th><th class=\"num\">\(t("woorden", "words"))</th><th>\(t("ontbrekende fasen", "missing phases"))</th></tr></thead>\n<tbody>\n"
        for (i, n) in notes.enumerated() {
            let a = n.analysis
            let name = a.id.isEmpty ? t("verslag \(i + 1)", "note \(i + 1)") : a.id
            let link = i < maxSections ? "<a href=\"#note-\(i + 1)\">\(esc(name))</a>" : esc(name)
            out += "<tr><td class=\"num\">\(i + 1)</td><td>\(link)</td>"
            out += "<td>\(esc(a.team ?? "–"))</td><td>\(esc(a.date ?? "–"))</td>"
            var mode = esc(a.mode.label(language))
            if a.mode == .onzeker && !a.alternatives.isEmpty {
                mode += " (" + a.alternatives.map { esc($0.label(language)) }.joined(separator: t(" of ", " or ")) + ")"
            }
            out += "<td><span class=\"mode mode-\(esc(a.mode.rawValue))\">\(mode)</span></td>"
            out += "<td>\(a.depth.level) · \(esc(NoteVocabulary.depthName(a.depth.level)(language)))</td>"
            out += "<td class=\"num\">\(a.words)</td>"
            out += "<td>\(a.phases.missing.isEmpty ? "–" : a.phases.missing.map { String($0.rawValue) }.joined(separator: ", "))</td></tr>\n"
        }
        out += "</tbody>\n</table>\n</section>\n"
    }

    // MARK: One note

    mutating func section(_ note: NoteView, number: Int) {
        let a = note.analysis
        let id = "note-\(number)"
        out += "<section class=\"note\" id=\"\(id)\" aria-labelledby=\"\(id)-title\">\n"
        let name = a.id.isEmpty ? t("verslag \(number)", "note \(number)") : a.id
        out += "<h2 id=\"\(id)-title\">\(esc(name))</h2>\n"
        let meta = [a.team, a.author, a.date].compactMap { $0 }.filter { !$0.isEmpty }
        var facts = meta.map(esc)
        facts.append("\(a.words) \(t("woorden", "words"))")
        out += "<p class=\"facts\">\(facts.joined(separator: " · "))</p>\n"
        verdict(a)
        out += "<div class=\"columns\">\n<div class=\"textcol\">\n<h3>\(t("De tekst", "The text"))</h3>\n"
        noteText(note, id: id)
        out += "</div>\n<div class=\"side\">\n"
        profile(a, id: id)
        out += "</div>\n</div>\n"
        phases(a)
        whyQuestions(a)
        evidence(a, id: id)
        out += "</section>\n"
    }

    mutating func verdict(_ a: Analysis) {
        out += "<div class=\"verdict mode-\(esc(a.mode.rawValue))\">\n"
        out += "<p><span class=\"label\">\(t("Oordeel", "Verdict"))</span> <strong>\(esc(a.mode.label(language)))</strong>"
        if a.mode == .onzeker && !a.alternatives.isEmpty {
            let readings = a.alternatives.map { esc($0.label(language)) }.joined(separator: t(" of ", " or "))
            out += " <span class=\"alternatives\">(\(t("twijfel tussen", "hesitates between")) \(readings))</span>"
        }
        out += " <span class=\"sure\">\(t("zekerheid", "confidence")) \(percent(a.confidence.mode))</span></p>\n"
        out += "<p><span class=\"label\">\(t("Diepgang", "Depth"))</span> <strong>\(a.depth.level) · \(esc(NoteVocabulary.depthName(a.depth.level)(language)))</strong> "
        out += "<span class=\"meter\" role=\"img\" aria-label=\"\(t("niveau \(a.depth.level) van 4", "level \(a.depth.level) of 4"))\">"
        for level in 1...4 { out += "<span class=\"\(level <= a.depth.level ? "on" : "off")\"></span>" }
        out += "</span> <span class=\"sure\">\(t("zekerheid", "confidence")) \(percent(a.confidence.depth))</span></p>\n"
        if !a.depth.reasons.isEmpty {
            out += "<ul class=\"reasons\">\n"
            for r in a.depth.reasons { out += "<li>\(esc(r(language)))</li>\n" }
            out += "</ul>\n"
        }
        out += "</div>\n"
    }

    /// The text with its markers: overlapping markers form one highlight that explains each of them.
    mutating func noteText(_ note: NoteView, id: String) {
        // Scalar offsets → UTF-8 byte offsets, once: the pieces are cut from the bytes.
        let bytes = Array(note.text.utf8)
        var byteAt: [Int] = []
        byteAt.reserveCapacity(bytes.count + 1)
        for (i, b) in bytes.enumerated() where b & 0xC0 != 0x80 { byteAt.append(i) }
        let scalarCount = byteAt.count
        byteAt.append(bytes.count)
        func piece(_ a: Int, _ b: Int) -> String { esc(bytes[byteAt[a]..<byteAt[b]]) }
        let markers = note.analysis.markers
            .filter { $0.start >= 0 && $0.start < $0.end && $0.end <= scalarCount }
            .sorted { $0.start != $1.start ? $0.start < $1.start : $0.end > $1.end }
        var clusters: [(start: Int, end: Int, markers: [Marker])] = []
        for m in markers {
            if let last = clusters.last, m.start < last.end {
                clusters[clusters.count - 1].end = max(last.end, m.end)
                clusters[clusters.count - 1].markers.append(m)
            } else {
                clusters.append((m.start, m.end, [m]))
            }
        }
        out += "<div class=\"notetext\">"
        var i = 0
        for (k, c) in clusters.enumerated() {
            out += piece(i, c.start)
            let families = Set(c.markers.map(MarkerFamily.init))
            let main = families.min()!
            var tags: [String] = []
            for m in c.markers {
                let tag = MarkerFamily(m).tag(phase: m.label)
                if !tags.contains(tag) { tags.append(tag) }
            }
            let tipID = "\(id)-m\(k + 1)"
            let extra = families.count > 1 ? " multi" : ""
            out += "<span class=\"hlwrap\"><span class=\"hl fam-\(main.key)\(extra)\" tabindex=\"0\" aria-describedby=\"\(tipID)\" "
            out += "data-start=\"\(c.start)\" data-end=\"\(c.end)\" data-tag=\"\(esc(tags.joined(separator: "+")))\">"
            out += piece(c.start, c.end)
            out += "</span><span class=\"tip\" role=\"note\" id=\"\(tipID)\">"
            for m in c.markers { out += explanation(m, analysis: note.analysis) }
            out += "</span></span>"
            i = c.end
        }
        out += piece(i, scalarCount)
        out += "</div>\n"
    }

    /// One marker explained: what it is evidence of, which pole, which category and dimension.
    func explanation(_ m: Marker, analysis a: Analysis) -> String {
        let family = MarkerFamily(m)
        var s = "<span class=\"tipline\"><b>“\(esc(m.text))”</b> — "
        switch family {
        case .piekeren, .reflecteren:
            s += t("bewijs voor ", "evidence of ") + "<b>\(esc(family.name(language)))</b>"
        case .waarom:
            s += "<b>\(esc(family.name(language)))</b>"
            if let l = NoteVocabulary.whyLabel(m.label) { s += ", " + esc(l(language)) }
        case .fase:
            if let l = m.label, let n = Int(l), let phase = SpiralPhase(rawValue: n) {
                s += t("fase", "phase") + " <b>\(n) · \(esc(phase.name(language)))</b>"
                if !a.phases.present.contains(phase) { s += t(" (zwak: fase niet aanwezig)", " (weak: phase not present)") }
            } else {
                s += esc(family.name(language))
            }
        case .overig:
            s += "<b>\(esc(NoteVocabulary.category(m.category)(language)))</b>"
        }
        if m.negated { s += t(", ontkend", ", negated") }
        s += "<br>"
        var parts: [String] = []
        if family != .overig { parts.append(t("categorie", "category") + ": " + esc(NoteVocabulary.category(m.category)(language))) }
        if let d = m.dimension {
            let words = Vocabulary.dimension(d)
            parts.append(t("dimensie", "dimension") + ": " + esc(words.name(language)) + " (" + esc(words.piekeren(language)) + " ↔ " + esc(words.reflecteren(language)) + ")")
        }
        parts.append(t("tekens", "characters") + " \(m.start)–\(m.end)")
        s += parts.joined(separator: " · ") + "</span>"
        return s
    }

    /// The five dimensions as paired bars: brooding markers to the left, reflecting to the right,
    /// with the counts and the pole words written out.
    mutating func profile(_ a: Analysis, id: String) {
        out += "<h3>\(t("Profiel per dimensie", "Profile per dimension"))</h3>\n"
        guard a.dimensions.contains(where: { $0.piekeren + $0.reflecteren > 0 }) else {
            out += "<p class=\"none\">\(t("Geen aanwijzingen voor piekeren of reflecteren op de vijf dimensies.", "No cues for brooding or reflecting on the five dimensions."))</p>\n"
            return
        }
        let w = 420.0, rowH = 44.0, top = 22.0
        let h = top + rowH * Double(a.dimensions.count) + 6
        let center = 250.0, half = 140.0
        let maxCount = max(1, a.dimensions.map { max($0.piekeren, $0.reflecteren) }.max() ?? 1)
        let scale = (half - 22) / Double(maxCount)
        let desc = a.dimensions.map { d in
            "\(Vocabulary.dimension(d.name).name(language)): \(Pole.piekeren.name(language)) \(d.piekeren), \(Pole.reflecteren.name(language)) \(d.reflecteren)"
        }.joined(separator: "; ")
        out += "<svg class=\"profile\" viewBox=\"0 0 \(Int(w)) \(Int(h))\" width=\"100%\" role=\"img\" aria-labelledby=\"\(id)-pt \(id)-pd\">\n"
        out += "<title id=\"\(id)-pt\">\(t("Aanwijzingen voor piekeren en reflecteren per dimensie", "Cues for brooding and reflecting per dimension"))</title>\n"
        out += "<desc id=\"\(id)-pd\">\(esc(desc)).</desc>\n"
        out += "<defs><pattern id=\"\(id)-hatch\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">"
        out += "<rect width=\"6\" height=\"6\" fill=\"#f3d3c9\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#a4382a\" stroke-width=\"2\"/></pattern></defs>\n"
        out += "<text x=\"\(f(center - 8))\" y=\"13\" class=\"key pole-p\" text-anchor=\"end\">← \(Pole.piekeren.name(language))</text>\n"
        out += "<text x=\"\(f(center + 8))\" y=\"13\" class=\"key pole-r\" text-anchor=\"start\">\(Pole.reflecteren.name(language)) →</text>\n"
        for (i, d) in a.dimensions.enumerated() {
            let y = top + Double(i) * rowH
            let words = Vocabulary.dimension(d.name)
            out += "<text x=\"4\" y=\"\(f(y + 17))\" class=\"dimname\">\(esc(words.name(language)))</text>\n"
            out += "<text x=\"4\" y=\"\(f(y + 33))\" class=\"axis\">\(esc(words.piekeren(language))) ↔ \(esc(words.reflecteren(language)))</text>\n"
            let barY = y + 8, barH = 20.0
            let pw = Double(d.piekeren) * scale, rw = Double(d.reflecteren) * scale
            if d.piekeren > 0 {
                out += "<rect x=\"\(f(center - pw))\" y=\"\(f(barY))\" width=\"\(f(pw))\" height=\"\(f(barH))\" fill=\"url(#\(id)-hatch)\" stroke=\"#a4382a\"/>\n"
            }
            if d.reflecteren > 0 {
                out += "<rect x=\"\(f(center))\" y=\"\(f(barY))\" width=\"\(f(rw))\" height=\"\(f(barH))\" class=\"bar-r\"/>\n"
            }
            out += "<text x=\"\(f(center - pw - 5))\" y=\"\(f(barY + 15))\" class=\"value\" text-anchor=\"end\">\(d.piekeren)</text>\n"
            out += "<text x=\"\(f(center + rw + 5))\" y=\"\(f(barY + 15))\" class=\"value\" text-anchor=\"start\">\(d.reflecteren)</text>\n"
        }
        out += "<line x1=\"\(f(center))\" y1=\"18\" x2=\"\(f(center))\" y2=\"\(f(h - 2))\" class=\"axisline\"/>\n"
        out += "</svg>\n"
    }

    mutating func phases(_ a: Analysis) {
        out += "<div class=\"phases\">\n<h3>\(t("De reflectiespiraal", "The reflection spiral"))</h3>\n<ol class=\"spiral\">\n"
        for phase in SpiralPhase.allCases {
            let present = a.phases.present.contains(phase)
            out += "<li class=\"\(present ? "present" : "missing")\"><span class=\"mark\" aria-hidden=\"true\">\(present ? "✓" : "○")</span> "
            out += "<span class=\"pname\">\(phase.rawValue) · \(esc(phase.name(language)))</span> "
            out += "<span class=\"pstate\">\(present ? t("aanwezig", "present") : t("ontbreekt", "missing"))</span>"
            if let s = a.phases.suggestions.first(where: { $0.phase == phase }) {
                out += "<p class=\"question\"><span class=\"label\">\(t("Coachvraag", "Coaching question")):</span> \(esc(s.question(language)))</p>"
            }
            out += "</li>\n"
        }
        out += "</ol>\n</div>\n"
    }

    mutating func whyQuestions(_ a: Analysis) {
        out += "<div class=\"why\">\n<h3>\(t("Waarom-vragen", "Why-questions"))</h3>\n"
        if a.whyQuestions.isEmpty {
            out += "<p class=\"none\">\(t("Geen eigen waarom-vraag gevonden.", "No why-question of the writer's own found."))</p>\n</div>\n"
            return
        }
        out += "<ul>\n"
        for q in a.whyQuestions {
            var tags = [NoteVocabulary.whyKind(q.kind)(language)]
            if q.purposeLinked { tags.append(t("verbonden met de bedoeling", "tied to the purpose")) }
            if q.indirect { tags.append(t("indirect", "indirect")) }
            out += "<li class=\"kind-\(q.kind.rawValue)\"><q>\(esc(q.text))</q> <span class=\"kind\">\(esc(tags.joined(separator: ", ")))</span></li>\n"
        }
        out += "</ul>\n</div>\n"
    }

    /// Every marker in a table: what a printed page shows instead of the hover notes.
    mutating func evidence(_ a: Analysis, id: String) {
        guard !a.markers.isEmpty else { return }
        out += "<table class=\"data evidence\">\n<caption>\(t("Alle aanwijzingen", "All cues")) (\(a.markers.count))</caption>\n"
        out += "<thead><tr><th>\(t("woorden", "words"))</th><th>\(t("soort", "kind"))</th><th>\(t("categorie", "category"))</th><th>\(t("dimensie", "dimension"))</th><th class=\"num\">\(t("tekens", "characters"))</th></tr></thead>\n<tbody>\n"
        for m in a.markers {
            let family = MarkerFamily(m)
            var kind = family.name(language)
            if family == .fase, let l = m.label { kind += " \(l)" }
            if m.negated { kind += t(" (ontkend)", " (negated)") }
            out += "<tr><td><span class=\"fam-\(family.key) chip\" data-tag=\"\(esc(family.tag(phase: m.label)))\">\(esc(m.text))</span></td>"
            out += "<td>\(esc(kind))</td><td>\(esc(m.category))</td><td>\(esc(m.dimension.map { Vocabulary.dimension($0).name(language) } ?? "–"))</td>"
            out += "<td class=\"num\">\(m.start)–\(m.end)</td></tr>\n"
        }
        out += "</tbody>\n</table>\n"
    }

    // MARK: Helpers

    func f(_ v: Double) -> String { ByteWriter.format(v, digits: 1) }

    func percent(_ share: Double) -> String { Numbers.percent(share, language) }

    /// HTML-escaped text: on UTF-8 bytes, returning the string itself when nothing needs escaping.
    func esc(_ s: String) -> String {
        s.utf8.contains(where: NotePage.needsEscape) ? esc(s.utf8) : s
    }

    static func needsEscape(_ b: UInt8) -> Bool { b == 0x26 || b == 0x3C || b == 0x3E || b == 0x22 || b == 0x27 }

    func esc<C: Collection>(_ bytes: C) -> String where C.Element == UInt8 {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 32)
        for b in bytes {
            switch b {
            case 0x26: out += [0x26, 0x61, 0x6D, 0x70, 0x3B]             // &amp;
            case 0x3C: out += [0x26, 0x6C, 0x74, 0x3B]                   // &lt;
            case 0x3E: out += [0x26, 0x67, 0x74, 0x3B]                   // &gt;
            case 0x22: out += [0x26, 0x71, 0x75, 0x6F, 0x74, 0x3B]       // &quot;
            case 0x27: out += [0x26, 0x23, 0x33, 0x39, 0x3B]             // &#39;
            default: out.append(b)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    static let css = """
        :root { color-scheme: light; }
        * { box-sizing: border-box; }
        body { margin: 0; background: #f6f4ef; color: #23303d;
          font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Liberation Sans", Arial, sans-serif;
          font-size: 16px; line-height: 1.5; }
        main { max-width: 1040px; margin: 0 auto; padding: 32px 28px 48px; }
        h1 { font-size: 30px; line-height: 1.2; margin: 4px 0 8px; }
        h2 { font-size: 22px; margin: 0 0 6px; }
        h3 { font-size: 14px; margin: 14px 0 6px; color: #4a5763; text-transform: uppercase; letter-spacing: 0.04em; }
        .kicker { margin: 0; color: #2f5d7c; font-weight: 600; letter-spacing: 0.06em; text-transform: uppercase; font-size: 13px; }
        .intro { max-width: 760px; margin: 0 0 20px; }
        section { background: #fff; border-radius: 12px; padding: 20px 24px; margin: 0 0 24px; box-shadow: 0 1px 3px rgba(35,48,61,0.08); }
        .legend h2, .index h2 { font-size: 17px; }
        .legend ul { list-style: none; margin: 0; padding: 0; display: grid; grid-template-columns: 1fr 1fr; gap: 4px 24px; font-size: 14px; }
        .facts { margin: 0 0 10px; color: #4a5763; }
        .verdict { border-radius: 10px; padding: 10px 16px; background: #eef2f5; border-left: 6px solid #5b6f80; }
        .verdict p { margin: 2px 0; font-size: 18px; }
        .verdict .label { display: inline-block; min-width: 6.5em; font-size: 14px; color: #4a5763; text-transform: uppercase; letter-spacing: 0.04em; }
        .verdict.mode-piekeren { background: #fbece7; border-left-color: #a4382a; }
        .verdict.mode-reflecteren { background: #e6f3ed; border-left-color: #1d6b53; }
        .verdict.mode-gemengd { background: #f3f1e4; border-left-color: #7a6a1e; }
        .verdict.mode-onzeker { background: #f1edf6; border-left-color: #5e4b8b; border-left-style: dashed; }
        .verdict .sure, .verdict .alternatives { font-size: 14px; color: #4a5763; margin-left: 6px; }
        .reasons { margin: 6px 0 2px; padding-left: 20px; font-size: 15px; }
        .meter { display: inline-flex; gap: 3px; vertical-align: middle; margin-left: 6px; }
        .meter span { width: 18px; height: 10px; border: 1.5px solid #2f5d7c; border-radius: 2px; }
        .meter .on { background: #2f5d7c; }
        .columns { display: grid; grid-template-columns: minmax(0, 1.45fr) minmax(0, 1fr); gap: 24px; }
        .notetext { white-space: pre-wrap; overflow-wrap: break-word; line-height: 1.95; font-size: 16.5px; }
        .hlwrap { position: relative; }
        .hl { padding: 1px 1px; border-radius: 3px; text-decoration-line: underline; text-decoration-thickness: 2px;
          text-underline-offset: 3px; text-decoration-skip-ink: none; cursor: help; }
        .hl::after, .chip::after { content: attr(data-tag); font-size: 10.5px; font-weight: 700; vertical-align: super;
          line-height: 1.1; margin-left: 1px; padding: 0 2px; display: inline-block; border-radius: 3px; background: #fff; border: 1px solid currentColor; }
        .hl:focus { outline: 3px solid #1a4f8b; outline-offset: 2px; }
        .fam-p { background: #fbe3dc; text-decoration-style: wavy; text-decoration-color: #a4382a; }
        .fam-p::after { color: #8f2f22; }
        .fam-r { background: #dcefe6; text-decoration-style: double; text-decoration-color: #1d6b53; text-decoration-thickness: 3px; }
        .fam-r::after { color: #17573f; }
        .fam-w { background: #fdf0c8; text-decoration-style: dashed; text-decoration-color: #7a5a00; }
        .fam-w::after { color: #6b4f00; }
        .fam-f { background: #e1ebf7; text-decoration-style: dotted; text-decoration-color: #2b5c8a; text-decoration-thickness: 3px; }
        .fam-f::after { color: #24507a; }
        .fam-o { background: #eeeeee; text-decoration-style: solid; text-decoration-color: #666; text-decoration-thickness: 1px; }
        .fam-o::after { color: #444; }
        .hl.multi { box-shadow: inset 0 -1px 0 #23303d; }
        .sample { padding: 0 3px; }
        .tip { display: none; position: absolute; left: 0; top: 1.7em; z-index: 10; width: 24em; max-width: 80vw;
          background: #23303d; color: #fff; padding: 8px 10px; border-radius: 8px; font-size: 13.5px; line-height: 1.4;
          white-space: normal; box-shadow: 0 4px 14px rgba(0,0,0,0.25); }
        .tipline { display: block; }
        .tipline + .tipline { margin-top: 6px; padding-top: 6px; border-top: 1px solid #56636f; }
        .hlwrap:hover .tip, .hlwrap:focus-within .tip { display: block; }
        svg { display: block; height: auto; overflow: visible; max-width: 480px; }
        svg text { font-family: inherit; fill: #23303d; }
        svg .axis { font-size: 11px; fill: #4a5763; }
        svg .key { font-size: 12.5px; font-weight: 600; }
        svg .dimname { font-size: 13.5px; font-weight: 600; }
        svg .value { font-size: 13px; font-weight: 700; }
        svg .pole-p { fill: #8f2f22; }
        svg .pole-r { fill: #17573f; }
        svg .bar-r { fill: #1d6b53; }
        svg .axisline { stroke: #4a5763; stroke-width: 1.2; }
        .spiral { list-style: none; padding: 0; margin: 0; }
        .spiral li { padding: 6px 10px; border-radius: 8px; margin: 0 0 4px; }
        .spiral .present { background: #eef6f2; }
        .spiral .missing { background: #fbf6ea; border: 1px dashed #8a6d1f; }
        .spiral .mark { display: inline-block; width: 1.2em; font-weight: 700; }
        .spiral .pname { font-weight: 600; }
        .spiral .pstate { font-size: 13px; color: #4a5763; margin-left: 4px; }
        .question { margin: 4px 0 0 1.5em; font-style: italic; }
        .question .label { font-style: normal; font-weight: 600; color: #6b4f00; }
        .why ul { padding-left: 20px; margin: 0; }
        .why .kind { font-size: 13px; color: #4a5763; }
        .why .kind-piekerend .kind { color: #8f2f22; font-weight: 600; }
        .none, .empty { color: #4a5763; font-style: italic; }
        table.data { border-collapse: collapse; width: 100%; font-size: 13px; margin-top: 12px; }
        table.data caption { text-align: left; font-weight: 600; color: #4a5763; padding-bottom: 4px; }
        table.data th, table.data td { padding: 4px 7px; border-bottom: 1px solid #e2e7ec; text-align: left; vertical-align: top; }
        table.data .num { text-align: right; white-space: nowrap; }
        table.data thead th { font-weight: 600; color: #4a5763; }
        .chip { padding: 0 2px; border-radius: 3px; text-decoration-line: underline; text-underline-offset: 2px; }
        .mode { font-weight: 600; }
        .mode-piekeren { color: #8f2f22; } .mode-reflecteren { color: #17573f; }
        a { color: #1a4f8b; }
        a:focus { outline: 3px solid #1a4f8b; outline-offset: 2px; }
        @media (max-width: 800px) { .columns { grid-template-columns: 1fr; } .legend ul { grid-template-columns: 1fr; } main { padding: 16px 12px; } }
        @media print {
          @page { size: A4; margin: 14mm; }
          body { background: #fff; font-size: 10.5pt; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
          main { max-width: none; padding: 0; }
          section { box-shadow: none; border: 1px solid #d5dbe1; padding: 10px 14px; margin-bottom: 12px; }
          section.note + section.note { break-before: page; }
          .intro { font-size: 9.5pt; }
          .tip { display: none !important; }
          .hl:focus { outline: none; }
          .notetext { font-size: 10.5pt; line-height: 1.8; }
          .columns { grid-template-columns: minmax(0, 1.2fr) minmax(0, 1fr); gap: 14px; }
          .legend ul { grid-template-columns: 1fr 1fr; }
          h2, h3 { break-after: avoid; }
          .verdict, .spiral li, svg, tr, .side { break-inside: avoid; }
          h1 { font-size: 20pt; }
          a { color: inherit; text-decoration: none; }
        }

        """
}
