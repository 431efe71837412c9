import XCTest
import DiepgangCore
import DiepgangResources
@testable import DiepgangLexicon

final class EmbeddedLexiconTests: XCTestCase {
    func testBuiltInLexiconsAreValid() {
        let issues = LexiconSet.validate(ResourceFolder.embedded("Lexicons"))
        XCTAssertEqual(issues.map(\.description), [])
    }

    func testEveryFamilyIsDocumentedAndHasEntries() {
        let set = LexiconSet.standard()
        XCTAssertGreaterThanOrEqual(set.files.count, 15)
        for file in set.files {
            XCTAssertFalse(file.description.isEmpty, "\(file.path) has no description at its top")
            XCTAssertFalse(file.entries.isEmpty, "\(file.path) has no entries")
        }
        // The families the analysis needs are there, with hundreds of entries where the field needs them.
        let families = Set(set.files.map(\.family))
        for f in ["perspectief", "focus", "houding", "benadering", "oorzaken", "piekeren", "perspectiefname", "fasen",
                  "waarom", "bedoeling", "ontkenning", "voorbehoud", "waarneming"] {
            XCTAssertTrue(families.contains(f), "family \(f) missing")
        }
        XCTAssertGreaterThan(set.entries.count, 1500)
        XCTAssertGreaterThan(set.entries.filter { $0.category == "fase" }.count, 200)
    }

    func testBothPolesOfEveryDimension() {
        let set = LexiconSet.standard()
        for d in LexiconSchema.dimensions {
            for pole in LexiconSchema.poles {
                let n = set.entries.filter { $0.dimension == d && $0.label == pole }.count
                XCTAssertGreaterThan(n, 10, "\(d)/\(pole) has only \(n) entries")
            }
        }
    }

    func testCoachingQuestionsInBothLanguages() {
        let set = LexiconSet.standard()
        XCTAssertEqual(set.coaching.map(\.phase), [1, 2, 3, 4, 5])
        XCTAssertEqual(set.question(forPhase: 1)?.nl, "Wat wilde je bereiken?")
        XCTAssertEqual(set.question(forPhase: 1)?.en, "What did you want to achieve?")
    }

    func testVersionIsAFingerprintOfTheContent() {
        let embedded = ResourceFolder.embedded("Lexicons")
        let a = LexiconSet.fingerprint(embedded)
        XCTAssertEqual(a.count, 16)
        XCTAssertEqual(a, LexiconSet.standard().version)
        var changed = embedded
        let i = changed.files.firstIndex { $0.path == "houding.lex" }!
        changed.files[i].bytes += Array("\nflauw | houding | piekeren | 1\n".utf8)
        XCTAssertNotEqual(LexiconSet.fingerprint(changed), a)
        // A README is documentation, not data: it does not change the version.
        var documented = embedded
        if let r = documented.files.firstIndex(where: { $0.path == "README.md" }) {
            documented.files[r].bytes += Array("\nmore text\n".utf8)
            XCTAssertEqual(LexiconSet.fingerprint(documented), a)
        }
    }
}
