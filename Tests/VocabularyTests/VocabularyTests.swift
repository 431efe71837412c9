import DiepgangCore
import DiepgangResources
import DiepgangVocabulary
import Foundation
import XCTest

/// `Lexicons/vocabulary.tsv` against the program's enums: same keys in the same order, both
/// names for every term, keys that survive `Codable`, and clear errors for a broken file.
final class VocabularyTests: XCTestCase {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    func testTheBuiltInFileLoadsAndFitsTheEnums() throws {
        let file = try XCTUnwrap(ResourceFolder.embedded("Lexicons", including: { $0 == VocabularyFile.fileName }).file(VocabularyFile.fileName))
        let vocabulary = try VocabularyFile(path: file.path, bytes: file.bytes)
        XCTAssertNoThrow(try vocabulary.checkAgainstProgram())
        XCTAssertEqual(vocabulary.rows(.mode).map(\.key), ["reflecteren", "piekeren", "gemengd", "beschrijvend", "te_kort", "onzeker"])
        XCTAssertEqual(vocabulary.rows(.category).count, LexiconCategory.allCases.count)
        // The copy in the repository is the one built in.
        let onDisk = try Data(contentsOf: Self.root.appendingPathComponent("Lexicons").appendingPathComponent(VocabularyFile.fileName))
        XCTAssertEqual([UInt8](onDisk), file.bytes)
    }

    /// Every case of every kind: a row in file order, a Dutch and an English name, and an index
    /// read from the case that equals its position.
    func testEveryCaseHasItsRowAndBothNames() {
        func check<T: VocabularyTerm>(_ type: T.Type) {
            for (position, term) in T.allCases.enumerated() {
                XCTAssertEqual(term.index, position, "\(T.self).\(term)")
                XCTAssertEqual(term.row.key, term.key)
                XCTAssertEqual(term.row.kind, T.kind)
                XCTAssertFalse(term.name.nl.isEmpty, "\(T.self).\(term) has no Dutch name")
                XCTAssertFalse(term.name.en.isEmpty, "\(T.self).\(term) has no English name")
            }
        }
        check(Mode.self)
        check(Pole.self)
        check(Dimension.self)
        check(DepthLabel.self)
        check(SpiralPhase.self)
        check(WhyKind.self)
        check(LexiconCategory.self)
        check(EntryLabel.self)
        check(PeriodKind.self)
        for d in Dimension.allCases {
            XCTAssertNotEqual(d.side(.piekeren), d.side(.reflecteren), "\(d)")
        }
    }

    /// The JSON value of every case is its key, and decodes back to the case.
    func testKeysRoundTripThroughCodable() throws {
        func roundTrip<T: VocabularyTerm & Codable>(_ type: T.Type) throws {
            for term in T.allCases {
                let json = try JSONEncoder().encode([term])
                let expected = T.self == SpiralPhase.self ? "[\(term.key)]" : "[\"\(term.key)\"]"
                XCTAssertEqual(String(decoding: json, as: UTF8.self), expected)
                XCTAssertEqual(try JSONDecoder().decode([T].self, from: json), [term])
            }
        }
        try roundTrip(Mode.self)
        try roundTrip(Pole.self)
        try roundTrip(Dimension.self)
        try roundTrip(DepthLabel.self)
        try roundTrip(SpiralPhase.self)
        try roundTrip(WhyKind.self)
        try roundTrip(LexiconCategory.self)
        try roundTrip(EntryLabel.self)
        try roundTrip(PeriodKind.self)
        XCTAssertThrowsError(try JSONDecoder().decode([Mode].self, from: Data("[\"somber\"]".utf8)), "an unknown mode is an error")
    }

    /// What the file says is what the program uses: names, the dimension a category feeds, its
    /// labels and whether it is shown.
    func testTheFileDecidesNamesAndRoles() {
        XCTAssertEqual(Mode.piekeren.label, Localized(nl: "piekeren", en: "brooding"))
        XCTAssertEqual(Mode.teKort.label(.nl), "te kort")
        XCTAssertEqual(DepthLabel.beschrijvend.name(.nl), "vertellend", "the depth level is not named as the mode")
        XCTAssertEqual(SpiralPhase.uitproberen.name(.en), "trial")
        XCTAssertEqual(SpiralPhase.uitproberen.shortName(.en), "trying out")
        XCTAssertEqual(LexiconCategory.houding.row.dimension, "houding")
        XCTAssertNil(LexiconCategory.spijt.row.dimension)
        XCTAssertEqual(LexiconCategory.waarom.row.labels, ["direct", "indirect", "uitspraak", "geen"])
        XCTAssertNil(LexiconCategory.other.row.labels, "a user's own category takes any label")
        XCTAssertTrue(LexiconCategory.zelfverwijt.isReported)
        XCTAssertFalse(LexiconCategory.persoon.isReported)
        XCTAssertEqual(LexiconCategory(named: "spijt"), .spijt)
        XCTAssertEqual(LexiconCategory(named: "mijnteam"), .other)
        XCTAssertEqual(EntryLabel(named: "zin"), .clause)
        XCTAssertEqual(EntryLabel(named: "piekeren"), EntryLabel.none)
        XCTAssertEqual(PeriodKind.quarter.name(.nl), "kwartaal")
    }

    /// A file that does not fit the program says where and how.
    func testAMismatchIsNamed() throws {
        let text = try String(contentsOf: Self.root.appendingPathComponent("Lexicons/vocabulary.tsv"), encoding: .utf8)
        // Two modes swapped: same keys, another order.
        let swapped = text.replacingOccurrences(of: "mode\tgemengd", with: "mode\tTMP")
            .replacingOccurrences(of: "mode\tbeschrijvend", with: "mode\tgemengd")
            .replacingOccurrences(of: "mode\tTMP", with: "mode\tbeschrijvend")
        let file = try VocabularyFile(path: "vocabulary.tsv", bytes: Array(swapped.utf8))
        XCTAssertThrowsError(try file.checkAgainstProgram()) { error in
            let message = (error as? DiepgangError)?.message.en ?? ""
            XCTAssertTrue(message.contains("kind 'mode'") && message.contains("beschrijvend, gemengd"), message)
        }
        // A category naming a label the program does not know.
        let badLabel = text.replacingOccurrences(of: "direct,indirect,uitspraak,geen", with: "direct,indirect,retorisch,geen")
        XCTAssertThrowsError(try VocabularyFile(path: "vocabulary.tsv", bytes: Array(badLabel.utf8)).checkAgainstProgram()) { error in
            XCTAssertTrue(((error as? DiepgangError)?.message.en ?? "").contains("unknown label 'retorisch'"))
        }
        // A row without its English name: the line is named.
        XCTAssertThrowsError(try VocabularyFile(path: "vocabulary.tsv", bytes: Array("# kop\nmode\treflecteren\treflecteren\n".utf8))) { error in
            XCTAssertTrue(((error as? DiepgangError)?.message.en ?? "").hasPrefix("vocabulary.tsv:2: 3 columns"))
        }
        XCTAssertThrowsError(try VocabularyFile(path: "v.tsv", bytes: Array("stemming\tblij\tblij\thappy\t-\t-\t-\t-\t-\n".utf8))) { error in
            XCTAssertTrue(((error as? DiepgangError)?.message.en ?? "").contains("unknown kind 'stemming'"))
        }
    }

    /// `Lexicons/README.md` names the categories in its table of families: the same set as the
    /// vocabulary (a new category is documented where its file is described).
    func testTheReadmeTableNamesTheVocabularyCategories() throws {
        let readme = try String(contentsOf: Self.root.appendingPathComponent("Lexicons/README.md"), encoding: .utf8)
        let families = try XCTUnwrap(readme.components(separatedBy: "## Families").dropFirst().first?.components(separatedBy: "\n## ").first)
        var named = Set<String>()
        for line in families.split(separator: "\n") where line.hasPrefix("| `") {
            let cells = line.split(separator: "|", omittingEmptySubsequences: false)
            guard cells.count > 2 else { continue }
            // The categories cell: `name` (`label`, …), `name`; labels are in parentheses.
            var depth = 0, inTick = false, word = ""
            for ch in cells[2] {
                switch ch {
                case "(": depth += 1
                case ")": depth -= 1
                case "`":
                    if inTick, depth == 0 { named.insert(word) }
                    inTick.toggle(); word = ""
                default: if inTick { word.append(ch) }
                }
            }
        }
        let categories = Set(LexiconCategory.allCases.filter { $0 != .other }.map(\.key))
        XCTAssertEqual(named, categories)
    }
}
