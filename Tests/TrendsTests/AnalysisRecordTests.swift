import XCTest
@testable import DiepgangTrends

/// Analysis JSON Lines read back for trends: modes, why-kinds and dimensions are the
/// vocabulary's own types, so a value the program does not know is refused, never counted as
/// something else or as nothing.
final class AnalysisRecordTests: XCTestCase {
    func line(mode: String = "gemengd", kind: String = "piekerend", dimension: String = "houding") -> [UInt8] {
        Array("""
        {"id":"n-17","team":"Wijkteam Oost","author":"a3","date":"2026-01-14","mode":"\(mode)","depth":{"level":2,"label":"analyserend"},\
        "phases":{"present":[2,3]},"why_questions":[{"text":"Waarom liep het weer mis?","kind":"\(kind)"},\
        {"text":"Waarom koos ze voor de stilte?","kind":"onderzoekend"}],\
        "dimensions":[{"name":"perspectief","piekeren":1,"reflecteren":3,"balance":0.5},{"name":"\(dimension)","piekeren":2,"reflecteren":0,"balance":-1}],"lexicon_version":"lex-9"}
        """.utf8)
    }

    func testAnAnalysisLineBecomesAnObservation() throws {
        let o = try AnalysisRecord.observation(jsonLine: line()).get()
        XCTAssertEqual(o.mode, .gemengd)
        XCTAssertEqual(o.depthLevel, 2)
        XCTAssertEqual(o.phasesPresent, [2, 3])
        XCTAssertEqual(o.whyCount, 2)
        XCTAssertEqual(o.whyPiekerendCount, 1)
        XCTAssertEqual(o.balances, [0.5, nil, -1, nil, nil], "balances in dimension order")
        XCTAssertEqual(o.lexiconVersion, "lex-9")
    }

    func testUnknownTermsAreRefused() {
        for bad in [line(mode: "somber"), line(kind: "retorisch"), line(dimension: "moed")] {
            guard case .failure(let problem) = AnalysisRecord.observation(jsonLine: bad) else {
                return XCTFail("accepted: \(String(decoding: bad, as: UTF8.self))")
            }
            XCTAssertFalse(problem.reason.en.isEmpty)
        }
        if case .failure(let problem) = AnalysisRecord.observation(jsonLine: line(mode: "somber")) {
            XCTAssertEqual(problem.reason.en, "unknown mode 'somber'")
        }
        if case .failure(let problem) = AnalysisRecord.observation(jsonLine: line(kind: "retorisch")) {
            XCTAssertTrue(problem.reason.en.contains("why_questions") && problem.reason.en.contains("kind"), problem.reason.en)
        }
    }
}
