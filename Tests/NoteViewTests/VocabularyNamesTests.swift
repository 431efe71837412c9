import DiepgangAnalysis
import DiepgangCore
import DiepgangNotes
@testable import DiepgangReport
import Foundation
import XCTest

/// The names people read in the text report, the note view and the summary come from
/// `Lexicons/vocabulary.tsv`: this test reads the file itself (not through the program's
/// vocabulary) and finds its words in the rendered output, in Dutch and in English.
final class VocabularyNamesTests: XCTestCase {
    /// (kind, key) → the nl, en, nl_detail and en_detail cells, read straight from the file.
    static let file: [String: [String]] = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let text = (try? String(contentsOf: root.appendingPathComponent("Lexicons/vocabulary.tsv"), encoding: .utf8)) ?? ""
        var rows: [String: [String]] = [:]
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let cells = line.split(separator: "\t").map(String.init)
            if cells.count == 9 { rows[cells[0] + " " + cells[1]] = Array(cells[2...5]) }
        }
        return rows
    }()

    func name(_ kind: String, _ key: String, _ language: Language, detail: Bool = false) -> String {
        let cells = Self.file[kind + " " + key] ?? []
        XCTAssertEqual(cells.count, 4, "\(kind) \(key) is in the file")
        return cells.count == 4 ? cells[(detail ? 2 : 0) + (language == .en ? 1 : 0)] : "?"
    }

    static let analyzer = Analyzer.standard()

    /// All complaint, no looking back or forward: the report lists the missing phases by name.
    static let brooding = Note(id: "avonddienst", team: "Wijkteam Zuid", date: "2026-02-03", text: """
        Het ging weer helemaal mis bij de overdracht. Ik ben er klaar mee, het lukt me gewoon niet om \
        alles op tijd af te krijgen. Iedereen doet maar wat en ik sta er altijd alleen voor.
        """)

    func testTheTextReportNamesModeDepthAndMissingPhasesFromTheFile() {
        let a = Self.analyzer.analyse(Self.brooding)
        XCTAssertFalse(a.phases.missing.isEmpty)
        for language in Language.allCases {
            let report = a.renderText(language: language)
            XCTAssertTrue(report.contains(name("mode", a.mode.rawValue, language)), report)
            XCTAssertTrue(report.contains(name("depth", a.depth.label.rawValue, language)), report)
            for phase in a.phases.missing {
                XCTAssertTrue(report.contains("\(phase.rawValue) \(name("phase", String(phase.rawValue), language))"), "phase \(phase.rawValue) in\n\(report)")
            }
        }
        // Phase 5 is named differently in the report ("trial", Korthagen's word) and on the
        // trend charts ("trying out", short): both come from the file.
        XCTAssertEqual(name("phase", "5", .en), "trial")
        XCTAssertEqual(Vocabulary.phases[4](.en), name("phase", "5", .en, detail: true))
    }

    func testTheNoteViewAndTheSummaryUseTheFilesNames() {
        let note = Note(id: "medicatie", team: "Wijkteam Noord", date: "2026-03-12", text: """
            Tijdens het avondeten weigerde Joost zijn medicatie. Ik vroeg me af waarom hij juist vandaag \
            weigerde. Toen ik navroeg, bleek dat hij bang was voor de bijwerkingen. Ik besef dat ik te snel \
            aannam dat hij dwars lag. Volgende week bespreek ik met mijn collega hoe we het anders aanpakken.
            """)
        let a = Self.analyzer.analyse(note, options: AnalysisOptions(sentences: true))
        for language in Language.allCases {
            let html = NoteHTML.render([NoteView(analysis: a, text: note.text)], language)
            XCTAssertTrue(html.contains(name("mode", a.mode.rawValue, language)))
            XCTAssertTrue(html.contains(name("depth", a.depth.label.rawValue, language)))
            for d in a.dimensions {
                XCTAssertTrue(html.contains(">\(name("dimension", d.name.rawValue, language))<"), "dimension \(d.name)")
            }
            for phase in a.phases.present {
                XCTAssertTrue(html.contains("\(phase.rawValue) · \(name("phase", String(phase.rawValue), language))"), "phase \(phase)")
            }
            for q in a.whyQuestions {
                XCTAssertTrue(html.contains(name("why_kind", q.kind.rawValue, language)))
            }
            let summary = NoteSummaryTable.render([NoteSummaryTable.Row(a)], language: language)
            XCTAssertTrue(summary.contains("\(a.depth.level) \(name("depth", a.depth.label.rawValue, language))"), summary)
            XCTAssertTrue(summary.contains("1 \(name("mode", a.mode.rawValue, language))"), summary)
        }
        XCTAssertFalse(a.whyQuestions.isEmpty, "the note asks why")
    }
}
