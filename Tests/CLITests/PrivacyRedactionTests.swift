import Foundation
import XCTest

/// `diepgang privacy --redact` end to end: placeholders per note, every field checked (author,
/// extra fields, front matter, file name), a report without values unless --show, and corpus-wide
/// placeholders keyed with a secret.
final class PrivacyRedactionTests: XCTestCase {
    func testJSONLinesFieldsAndPlaceholders() throws {
        let h = try CLIHarness()
        defer { h.remove() }
        let input = h.write("notes.jsonl", """
        {"id":"r1","author":"Sjoerd Postma","begeleider":"mevrouw Yildiz","text":"Gesprek met Emre Kaya. Emre wilde niet praten; zijn zus Esra belde later."}
        {"id":"r2","text":"Rustige dienst, geen bijzonderheden."}

        """)
        let r = try h.run(["privacy", input, "--redact", "--out", "uit.jsonl"])
        XCTAssertEqual(r.status, 0, r.stderr)
        let out = try String(contentsOfFile: h.dir + "/uit.jsonl", encoding: .utf8)
        XCTAssertEqual(out, """
        {"id":"r1","author":"[NAAM-3]","begeleider":"mevrouw [NAAM-4]","text":"Gesprek met [NAAM-1]. [NAAM-1] wilde niet praten; zijn zus [NAAM-2] belde later."}
        {"id":"r2","text":"Rustige dienst, geen bijzonderheden."}

        """)
        // The report counts per kind and never shows a value.
        XCTAssertTrue(r.stderr.contains("vervangen: 5 namen (4 verschillend)"), r.stderr)
        for value in ["Sjoerd", "Yildiz", "Emre", "Esra"] { XCTAssertFalse(r.stderr.contains(value) || r.text.contains(value), value) }
        // With --show the values are listed.
        let shown = try h.run(["privacy", input, "--redact", "--out", "uit2.jsonl", "--show"])
        XCTAssertTrue(shown.text.contains("author: [NAAM-3] ← «Sjoerd Postma»"), shown.text)
    }

    func testFolderFrontMatterAndFileName() throws {
        let h = try CLIHarness()
        defer { h.remove() }
        h.write("in/fatima-el-amrani-2025-03-01.txt", """
        ---
        auteur: Wytske Hoekstra
        datum: 2025-03-01
        ---
        Vandaag belde zijn moeder Fatima. Ze vertelde dat Fatima's zoon weer thuis woont.

        """)
        let check = try h.run(["privacy", "in", "--format", "jsonl"])
        XCTAssertTrue(check.text.contains("\"field\":\"file_name\""), check.text)
        XCTAssertTrue(check.text.contains("\"field\":\"author\""), check.text)
        let r = try h.run(["privacy", "in", "--redact", "--out", "uit"])
        XCTAssertEqual(r.status, 0, r.stderr)
        let files = try FileManager.default.contentsOfDirectory(atPath: h.dir + "/uit")
        XCTAssertEqual(files, ["[NAAM-1]-2025-03-01.txt"])
        let text = try String(contentsOfFile: h.dir + "/uit/" + files[0], encoding: .utf8)
        XCTAssertFalse(text.contains("Fatima") || text.contains("Wytske") || text.contains("Hoekstra"), text)
        XCTAssertTrue(text.hasPrefix("---\nauteur: [NAAM-2]\ndatum: 2025-03-01\n---\nVandaag belde zijn moeder [NAAM-1]."), text)
    }

    func testConsistentAcrossCorpusNeedsASecretAndKeepsTokensAcrossNotes() throws {
        let h = try CLIHarness()
        defer { h.remove() }
        let input = h.write("notes.jsonl", """
        {"id":"a","text":"Zijn zus Esra belde over de huur."}
        {"id":"b","text":"Later op de dag kwam zijn zus Esra langs."}

        """)
        XCTAssertEqual(try h.run(["privacy", input, "--redact", "--out", "x.jsonl", "--consistent-across-corpus"]).status, 2, "no secret")
        let r = try h.run(["privacy", input, "--redact", "--out", "x.jsonl", "--consistent-across-corpus"],
                          environment: ["DIEPGANG_PRIVACY_SECRET": "geheim-van-het-onderzoeksteam"])
        XCTAssertEqual(r.status, 0, r.stderr)
        let lines = try String(contentsOfFile: h.dir + "/x.jsonl", encoding: .utf8).split(separator: "\n")
        let tokens = lines.compactMap { l -> Substring? in
            guard let s = l.range(of: "[NAAM-"), let e = l[s.upperBound...].firstIndex(of: "]") else { return nil }
            return l[s.lowerBound...e]
        }
        XCTAssertEqual(tokens.count, 2)
        XCTAssertEqual(tokens[0], tokens[1])
    }
}
