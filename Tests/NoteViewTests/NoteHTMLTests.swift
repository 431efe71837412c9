import XCTest
@testable import DiepgangReport
import DiepgangAnalysis
import DiepgangNotes
import DiepgangCore

/// The note view (`analyse --format html`): structure, escaping, offsets and language, checked on
/// notes analysed by the real analyser.
final class NoteHTMLTests: XCTestCase {
    static let analyzer = Analyzer.standard()

    /// A brooding start that turns round, with markup-like characters and a why-question.
    static let sanne = """
    Vanmiddag had ik een gesprek met meneer Verhoef over zijn huur <achterstand> & de brief van de woningcorporatie. \
    Ik wilde vooraf rustig uitleggen wat de volgende stap zou zijn. Het liep anders: hij werd boos en zei dat niemand hem ooit helpt.
    Had ik maar eerder gebeld, dan was het nooit zo ver gekomen. Waarom zie ik dat altijd pas achteraf?
    Toch probeer ik het door zijn ogen te bekijken. Misschien schaamde hij zich voor de brief. \
    Ik besef nu dat ik vooral met de regels bezig was en minder met wat hij nodig had.
    """

    static let ruben = "Het ging weer helemaal mis bij de overdracht. Ik ben er klaar mee, het lukt me gewoon niet om alles op tijd af te krijgen. Iedereen doet maar wat en ik sta er alleen voor."

    static let mila = "Tijdens het avondeten weigerde Joost zijn medicatie. Ik wilde het rustig houden. Ik vroeg me af waarom hij juist vandaag weigerde. Toen ik navroeg, bleek dat hij bang was voor de bijwerkingen. Ik besef dat ik te snel aannam dat hij dwars lag. Samen met mijn collega hebben we besproken hoe we het volgende week anders aanpakken."

    func view(_ id: String, _ text: String, team: String? = "Wijkteam Noord") -> NoteView {
        let note = Note(id: id, team: team, date: "2026-03-12", text: text)
        return NoteView(analysis: Self.analyzer.analyse(note, options: AnalysisOptions(sentences: true)), text: text)
    }

    /// The highlights of a page: (start, end, shown text unescaped, tooltip id).
    func highlights(_ html: String) -> [(start: Int, end: Int, text: String, tip: String)] {
        var found: [(Int, Int, String, String)] = []
        var rest = html[...]
        while let open = rest.range(of: "<span class=\"hl fam-") {
            let tagEnd = rest[open.upperBound...].firstIndex(of: ">")!
            let tag = String(rest[open.lowerBound..<tagEnd])
            let close = rest[tagEnd...].range(of: "</span>")!
            let inner = String(rest[rest.index(after: tagEnd)..<close.lowerBound])
            rest = rest[close.upperBound...]
            guard tag.contains("data-start") else { continue } // the legend's samples
            func attr(_ name: String) -> String {
                let r = tag.range(of: name + "=\"")!
                return String(tag[r.upperBound...].prefix { $0 != "\"" })
            }
            XCTAssertTrue(tag.contains("tabindex=\"0\""), tag)
            found.append((Int(attr("data-start"))!, Int(attr("data-end"))!, unescape(inner), attr("aria-describedby")))
        }
        return found
    }

    func unescape(_ s: String) -> String {
        s.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&amp;", with: "&")
    }

    func scalars(_ text: String, _ start: Int, _ end: Int) -> String {
        let s = Array(text.unicodeScalars)
        return String(String.UnicodeScalarView(s[start..<end]))
    }

    func testHighlightsSitAtTheMarkerOffsetsAndTheTextIsEscaped() throws {
        let v = view("sanne", Self.sanne)
        XCTAssertFalse(v.analysis.markers.isEmpty)
        let html = NoteHTML.render([v], .nl)
        // The note's own angle brackets and ampersand are text, not markup.
        XCTAssertFalse(html.contains("<achterstand>"))
        XCTAssertTrue(html.contains("huur &lt;achterstand&gt; &amp; de brief"))
        let spans = highlights(html)
        XCTAssertFalse(spans.isEmpty)
        for s in spans {
            XCTAssertEqual(s.text, scalars(Self.sanne, s.start, s.end), "highlight \(s.start)–\(s.end)")
            XCTAssertTrue(html.contains("role=\"note\" id=\"\(s.tip)\""), "tooltip \(s.tip) missing")
        }
        // Every marker lies inside one highlight, and "Had ik maar" is explained as brooding.
        for m in v.analysis.markers {
            XCTAssertTrue(spans.contains { $0.start <= m.start && m.end <= $0.end }, "marker \(m.text) \(m.start)–\(m.end) not highlighted")
        }
        let spijt = try XCTUnwrap(v.analysis.markers.first { $0.category == "spijt" })
        XCTAssertEqual(spijt.text, "Had ik maar")
        XCTAssertTrue(html.contains("<b>“Had ik maar”</b> — bewijs voor <b>piekeren</b>"))
        XCTAssertTrue(html.contains("tekens \(spijt.start)–\(spijt.end)"))
        // The whole text survives: the page minus tags holds the note in order.
        XCTAssertTrue(html.contains("data-tag=\"P\">Had ik maar</span>"))
    }

    func testMissingPhasesCarryTheirCoachingQuestions() {
        let v = view("ruben", Self.ruben)
        XCTAssertEqual(v.analysis.mode, .piekeren)
        XCTAssertFalse(v.analysis.phases.suggestions.isEmpty)
        let html = NoteHTML.render([v], .nl)
        for s in v.analysis.phases.suggestions {
            XCTAssertTrue(html.contains("<span class=\"label\">Coachvraag:</span> " + NotePage(language: .nl).esc(s.question(.nl))), "question for phase \(s.phase)")
        }
        XCTAssertEqual(html.components(separatedBy: "<li class=\"missing\">").count - 1, v.analysis.phases.missing.count)
        XCTAssertEqual(html.components(separatedBy: "<li class=\"present\">").count - 1, v.analysis.phases.present.count)
        XCTAssertTrue(html.contains("<strong>piekeren</strong>"))
        for r in v.analysis.depth.reasons { XCTAssertTrue(html.contains("<li>" + NotePage(language: .nl).esc(r(.nl)) + "</li>")) }
    }

    func testWhyQuestionsShowTheirKind() throws {
        let v = view("sanne", Self.sanne)
        let q = try XCTUnwrap(v.analysis.whyQuestions.first)
        let html = NoteHTML.render([v], .nl)
        XCTAssertTrue(html.contains("<li class=\"kind-\(q.kind.rawValue)\"><q>\(NotePage(language: .nl).esc(q.text))</q> <span class=\"kind\">\(NoteVocabulary.whyKind(q.kind)(.nl))"))
        let none = NoteHTML.render([view("ruben", Self.ruben)], .nl)
        XCTAssertTrue(none.contains("Geen eigen waarom-vraag gevonden."))
    }

    func testAFileOfNotesGetsAnIndexWithAnchors() {
        let views = [view("ruben-0412", Self.ruben), view("mila-0415", Self.mila), view("kort", "Rustige dienst.")]
        let html = NoteHTML.render(views, .nl)
        for i in 1...3 {
            XCTAssertTrue(html.contains("<a href=\"#note-\(i)\">"), "index link \(i)")
            XCTAssertTrue(html.contains("<section class=\"note\" id=\"note-\(i)\""), "section \(i)")
        }
        XCTAssertTrue(html.contains(">mila-0415</a>"))
        XCTAssertEqual(html.components(separatedBy: "<section class=\"note\"").count - 1, 3)
        // One note: no index.
        XCTAssertFalse(NoteHTML.render([views[1]], .nl).contains("class=\"index\""))
        // The profile chart has text labels for every dimension.
        XCTAssertTrue(html.contains("<svg class=\"profile\""))
        for d in ["perspectief", "focus", "houding", "benadering", "oorzaken"] { XCTAssertTrue(html.contains("class=\"dimname\">\(d)</text>"), d) }
    }

    func testSelfContainedNoScriptNoNetwork() {
        let html = NoteHTML.render([view("sanne", Self.sanne), view("mila", Self.mila)], .nl)
        XCTAssertTrue(html.hasPrefix("<!DOCTYPE html>"))
        XCTAssertFalse(html.lowercased().contains("<script"))
        XCTAssertFalse(html.lowercased().contains("http"))
        XCTAssertFalse(html.contains("src="))
        XCTAssertFalse(html.contains("<link"))
        XCTAssertTrue(html.contains("@media print"))
        XCTAssertTrue(html.contains(".hlwrap:focus-within .tip"))
    }

    func testEnglishLabels() {
        let v = view("ruben", Self.ruben)
        let html = NoteHTML.render([v, view("mila", Self.mila)], .en)
        XCTAssertTrue(html.contains("<html lang=\"en\">"))
        for label in ["Verdict", "Depth", "The reflection spiral", "Why-questions", "Profile per dimension", "Coaching question", "evidence of <b>brooding</b>", "Overview"] {
            XCTAssertTrue(html.contains(label), label)
        }
        for dutch in ["Oordeel", "Coachvraag", "ontbreekt", "bewijs voor", "Waarom-vragen", "woorden</th>", "De tekst"] {
            XCTAssertFalse(html.contains(dutch), dutch)
        }
        for s in v.analysis.phases.suggestions { XCTAssertTrue(html.contains(NotePage(language: .en).esc(s.question(.en)))) }
    }

    func testAnUnsureVerdictNamesTheReadingsItHesitatesBetween() {
        var v = view("ruben", Self.ruben)
        // The renderer shows what the model says; here the model is told it is unsure.
        v.analysis.mode = .onzeker
        v.analysis.alternatives = [.gemengd, .piekeren]
        v.analysis.confidence = Confidence(mode: 0.485, depth: 0.6)
        let nl = NoteHTML.render([v, view("mila", Self.mila)], .nl)
        XCTAssertTrue(nl.contains("<div class=\"verdict mode-onzeker\">"))
        XCTAssertTrue(nl.contains("<strong>onzeker</strong> <span class=\"alternatives\">(twijfel tussen gemengd of piekeren)</span> <span class=\"sure\">zekerheid 49 %</span>"))
        XCTAssertTrue(nl.contains("zekerheid 60 %"))
        XCTAssertTrue(nl.contains(">onzeker (gemengd of piekeren)</span>"), "index")
        let en = NoteHTML.render([v], .en)
        XCTAssertTrue(en.contains("(hesitates between mixed or brooding)"))
        XCTAssertTrue(en.contains("confidence 49 %"))
    }
}
