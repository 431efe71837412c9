import XCTest
import Foundation
import DiepgangCore
import DiepgangNotes
@testable import DiepgangAnalysis

/// What an analysis hands on: offsets, JSON, CSV, text, reasons in English, the same result on every thread.
final class AnalysisOutputTests: AnalysisTestCase {
    func testOffsetsSliceBackToTheMarkerText() {
        let text = "Cliënt Zoë zei: “Dat is stom!” Ik vond het niet stom van haar 😊, maar ik had het anders moeten aanpakken. Waarom reageerde ik zo snel?"
        let a = analyzer.analyse(text: text, options: AnalysisOptions(sentences: true))
        let scalars = Array(text.unicodeScalars)
        XCTAssertFalse(a.markers.isEmpty)
        for m in a.markers {
            XCTAssertEqual(String(String.UnicodeScalarView(scalars[m.start..<m.end])), m.text)
        }
        for s in a.sentences {
            XCTAssertEqual(String(String.UnicodeScalarView(scalars[s.start..<s.end])), s.text)
        }
        for q in a.whyQuestions {
            XCTAssertEqual(String(String.UnicodeScalarView(scalars[q.start..<q.end])), q.text)
        }
        XCTAssertEqual(a.whyQuestions.first?.text, "Waarom reageerde ik zo snel?")
    }

    func testJSONIsDeterministicAndCarriesTheContract() throws {
        let note = Note(id: "n1", team: "De Linde", author: "Esra", date: "2025-03-04",
                        text: "Ik wilde dat hij zelf koos. Het lukte niet. Waarom eigenlijk?",
                        extra: [ExtraField(name: "dienst", json: Array("\"laat\"".utf8))])
        let analysis = analyzer.analyse(note)
        let a = ByteWriter(), b = ByteWriter()
        analysis.writeJSON(into: a)
        analyzer.analyse(note).writeJSON(into: b)
        XCTAssertEqual(a.bytes, b.bytes)
        let object = try JSONSerialization.jsonObject(with: Data(a.bytes)) as! [String: Any]
        // The note's own fields come back as given, extra fields included.
        XCTAssertEqual(object["id"] as? String, "n1")
        XCTAssertEqual(object["team"] as? String, "De Linde")
        XCTAssertEqual(object["author"] as? String, "Esra")
        XCTAssertEqual(object["date"] as? String, "2025-03-04")
        XCTAssertEqual(object["dienst"] as? String, "laat")
        // Eleven words: too short to judge, depth 0, with its reason.
        XCTAssertEqual(object["words"] as? Int, 11)
        XCTAssertEqual(object["mode"] as? String, "te_kort")
        let depth = object["depth"] as! [String: Any]
        XCTAssertEqual(depth["level"] as? Int, 0)
        XCTAssertEqual(depth["label"] as? String, "geen_reflectie")
        XCTAssertEqual(depth["reasons"] as? [String], analysis.depth.reasons.map { $0.nl })
        XCTAssertTrue((depth["reasons"] as? [String])?.first?.hasPrefix("te kort om te beoordelen (11 woorden") == true)
        let dims = object["dimensions"] as! [[String: Any]]
        XCTAssertEqual(dims.map { $0["name"] as! String }, ["perspectief", "focus", "houding", "benadering", "oorzaken"])
        XCTAssertEqual(dims.map { $0["piekeren"] as? Int }, analysis.dimensions.map { $0.piekeren })
        XCTAssertEqual(dims.map { $0["reflecteren"] as? Int }, analysis.dimensions.map { $0.reflecteren })
        let phases = object["phases"] as! [String: Any]
        XCTAssertEqual(phases["present"] as? [Int], analysis.phases.present.map { $0.rawValue })
        XCTAssertEqual(((phases["present"] as? [Int] ?? []) + (phases["missing"] as? [Int] ?? [])).sorted(), [1, 2, 3, 4, 5])
        // "Waarom eigenlijk?" is one direct why-question.
        let whys = object["why_questions"] as! [[String: Any]]
        XCTAssertEqual(whys.count, 1)
        XCTAssertEqual(whys.first?["text"] as? String, "Waarom eigenlijk?")
        XCTAssertEqual(whys.first?["indirect"] as? Bool, false)
        let markers = object["markers"] as! [[String: Any]]
        XCTAssertEqual(markers.map { $0["text"] as? String }, analysis.markers.map { $0.text })
        // Rates are per 1,000 words: the counts times 1000 / 11.
        let rates = object["rates"] as! [String: Any]
        XCTAssertEqual(rates["markers_per_1000_words"] as? Double ?? -1, Double(analysis.markers.count) * 1000 / 11, accuracy: 0.01)
        XCTAssertEqual(rates["why_questions_per_1000_words"] as? Double ?? -1, 1000.0 / 11, accuracy: 0.01)
        XCTAssertEqual(object["tool_version"] as? String, ToolInfo.version)
        XCTAssertEqual(object["lexicon_version"] as? String, analyzer.lexiconVersion)
    }

    func testCSVRowMatchesHeader() {
        var bytes: [UInt8] = []
        Analysis.writeCSVHeader(into: &bytes)
        analyse("Ik wilde, eerlijk gezegd, vooral \"rust\" brengen; dat lukte.").writeCSVRow(into: &bytes)
        let lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n")
        XCTAssertEqual(lines.count, 2)
        XCTAssertEqual(lines[0].split(separator: ",").count, Analysis.csvColumns.count)
    }

    func testTextReportMarksAWeakPhaseCue() {
        // "beter" alone hints at a trial but does not make phase 5: the coach sees it marked weak.
        let a = analyzer.analyse(text: "Gerrit erg verdrietig na bezoek van zijn zus, veel gehuild. Samen koffie gedronken in de tuin, daarna ging het wat beter.",
                                 options: AnalysisOptions(sentences: true))
        XCTAssertFalse(a.phases.present.contains(.uitproberen))
        let text = a.renderText(language: .nl)
        XCTAssertTrue(text.contains("fase 5 (zwak, fase niet aanwezig): beter"), text)
        XCTAssertTrue(a.renderText(language: .en).contains("phase 5 (weak, phase not present): beter"))
        // Dutch text writes a decimal comma in the balances, English a point.
        let b = analyse("Ik vond het stom van hem en hij deed altijd dom, maar ik begrijp nu ook waarom hij zo reageerde. Hij was bang voor de verandering. Het gaat altijd mis bij mij.")
        XCTAssertEqual(b.dimensions.first { $0.name == .houding }.map { Int(($0.balance * 100).rounded()) }, -33)
        XCTAssertTrue(b.renderText(language: .nl).contains("houding      2 / 1   balans -0,33"))
        XCTAssertTrue(b.renderText(language: .en).contains("attitude     2 / 1   balance -0.33"))
    }

    func testReasonsInEnglish() {
        let a = analyse("Rustig.")
        let w = ByteWriter()
        a.writeJSON(into: w, language: .en)
        let text = String(decoding: w.bytes, as: UTF8.self)
        XCTAssertTrue(text.contains("too short to judge"))
    }

    func testAnalyserIsSafeToShareAcrossThreads() {
        let texts = (0..<64).map { "Notitie \($0): ik wilde hem helpen, maar had ik maar eerder gebeld. Waarom doen we dit zo?" }
        var serial: [[UInt8]] = []
        for t in texts {
            let w = ByteWriter()
            analyzer.analyse(text: t).writeJSON(into: w)
            serial.append(w.bytes)
        }
        let shared = analyzer
        let results = Collected(count: texts.count)
        DispatchQueue.concurrentPerform(iterations: texts.count) { i in
            let w = ByteWriter()
            shared.analyse(text: texts[i]).writeJSON(into: w)
            results.set(i, w.bytes)
        }
        XCTAssertEqual(results.items, serial)
    }
}

/// Results written by many threads, one slot each.
final class Collected: @unchecked Sendable {
    private let lock = NSLock()
    private(set) var items: [[UInt8]]

    init(count: Int) { items = Array(repeating: [], count: count) }

    func set(_ i: Int, _ bytes: [UInt8]) {
        lock.lock()
        items[i] = bytes
        lock.unlock()
    }
}
