import XCTest
import DiepgangCore
import DiepgangResources
@testable import DiepgangLexicon

final class LexiconFormatTests: XCTestCase {
    func parse(_ text: String, path: String = "proef.lex") -> (LexiconFile, [LexiconIssue]) {
        LexiconParser.parse(path: path, bytes: Array(text.utf8))
    }

    func testEntryFields() throws {
        let (file, issues) = parse("""
        # Proef: een kleine familie om het formaat te testen.
        #
        stom | houding | piekeren | 1.5 | neg:flip | een oordeel
        had ik … maar | spijt | piekeren | 2 | dim:focus
        ik begrijp | houding | reflecteren
        """)
        XCTAssertEqual(issues.map(\.description), [])
        XCTAssertEqual(file.family, "proef")
        XCTAssertEqual(file.description, "Proef: een kleine familie om het formaat te testen.")
        XCTAssertEqual(file.entries.count, 3)
        let stom = file.entries[0]
        XCTAssertEqual(stom.category, "houding")
        XCTAssertEqual(stom.label, "piekeren")
        XCTAssertEqual(stom.weight, 1.5)
        XCTAssertEqual(stom.flags.negation, .flip)
        XCTAssertEqual(stom.dimension, "houding")
        XCTAssertEqual(stom.note, "een oordeel")
        XCTAssertEqual(stom.location.line, 3)
        let regret = file.entries[1]
        XCTAssertEqual(regret.elements.count, 3)
        XCTAssertEqual(regret.elements[2].gapBefore, LexiconParser.defaultGap)
        XCTAssertEqual(regret.dimension, "focus")
        XCTAssertEqual(file.entries[2].weight, 1)
        XCTAssertEqual(file.entries[2].flags.negation, .keep)
    }

    func testPatternSyntax() throws {
        let elements = try LexiconParser.parsePattern("ik heb [me/mij] … begrijp* …2 hij/zij").get()
        XCTAssertEqual(elements.count, 5)
        XCTAssertTrue(elements[2].isOptional)
        XCTAssertEqual(elements[2].alternatives.count, 2)
        XCTAssertTrue(elements[3].alternatives[0].isPrefix)
        XCTAssertEqual(elements[3].gapBefore, 4)
        XCTAssertEqual(elements[4].gapBefore, 2)
        // Diacritics are folded when the lexicon is read.
        XCTAssertEqual(try LexiconParser.parsePattern("cliënt").get()[0].alternatives[0].bytes, Array("client".utf8))
    }

    func testValidationNamesFileLineAndReason() {
        let (_, issues) = parse("""
        # Proef met fouten.
        stom | houding
        dom | houding | boos
        lui | houding | piekeren | veel
        traag | houding | piekeren | 1 | neg:weg
        … stom | houding | piekeren
        ge* | focus | piekeren
        stom | houding | piekeren
        Stóm | houding | piekeren
        """, path: "houding.lex")
        let lines = issues.map(\.location.line)
        XCTAssertEqual(lines, [2, 3, 4, 5, 6, 7, 9])
        XCTAssertTrue(issues.allSatisfy { $0.location.file == "houding.lex" })
        XCTAssertTrue(issues[0].description.hasPrefix("houding.lex:2: te weinig velden"))
        XCTAssertTrue(issues[1].reason.nl.contains("label 'boos' past niet bij categorie 'houding'"))
        XCTAssertTrue(issues[1].reason.en.contains("label 'boos' does not fit category 'houding'"))
        XCTAssertTrue(issues[2].reason.nl.contains("gewicht 'veel'"))
        XCTAssertTrue(issues[3].reason.nl.contains("onbekende vlag 'neg:weg'"))
        XCTAssertTrue(issues[4].reason.nl.contains("begint met een gat"))
        XCTAssertTrue(issues[5].reason.nl.contains("voorvoegsel 'ge*' is korter dan 3"))
        // "Stóm" folds to "stom": the same entry twice.
        XCTAssertTrue(issues[6].reason.nl.contains("regel 8"))
    }

    func testFolderValidationReportsMissingCoachingQuestions() {
        let folder = ResourceFolder(origin: "proef", files: [
            ResourceFile(path: "houding.lex", bytes: Array("stom | houding | piekeren\n".utf8)),
            ResourceFile(path: "coaching-questions.txt", bytes: Array("1 | Wat wilde je? | What did you want?\n1 | Nog eens | Again\n".utf8)),
        ])
        let issues = LexiconSet.validate(folder)
        XCTAssertTrue(issues.contains { $0.location.line == 2 && $0.reason.nl.contains("fase 1 staat al op regel 1") })
        XCTAssertTrue(issues.contains { $0.reason.nl.contains("de vraag voor fase 5 ontbreekt") })
        XCTAssertThrowsError(try LexiconSet(folder: folder)) { error in
            XCTAssertEqual((error as? DiepgangError)?.code, .dataError)
        }
    }

    func testInvalidUTF8IsReportedWithItsLine() {
        var bytes = Array("stom | houding | piekeren\n".utf8)
        bytes += [0x64, 0xFF, 0x6D, 0x0A]
        let (_, issues) = LexiconParser.parse(path: "x.lex", bytes: bytes)
        XCTAssertEqual(issues.map(\.location.line), [2])
    }
}
