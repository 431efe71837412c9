import XCTest
@testable import DiepgangPrivacy
import DiepgangNotes

/// Every field a note passes on is checked: author, extra fields (front matter too) and the file name.
final class NoteFieldTests: XCTestCase {
    func testAuthorExtraFieldAndFileName() {
        let note = Note(id: "n7", author: "sjoerd postma", text: "Rustige dienst, niets bijzonders.",
                        extra: [ExtraField(name: "begeleider", json: Array("\"mevrouw Yildiz\"".utf8))])
        let found = sharedScanner.scanFields(of: note, fileName: "fatima-el-amrani-2025-03-01.txt")
        XCTAssertEqual(found.map(\.field), ["author", "begeleider", "file_name"])
        XCTAssertEqual(found.map(\.finding.text), ["sjoerd postma", "Yildiz", "fatima-el-amrani"])
    }

    func testCodesAndOrdinaryFileNamesAreNoNames() {
        let note = Note(id: "n8", author: "team-3", text: "Rustige dienst.")
        XCTAssertEqual(sharedScanner.scanFields(of: note, fileName: "verslag-nachtdienst-2025-03-01.txt").count, 0)
    }
}
