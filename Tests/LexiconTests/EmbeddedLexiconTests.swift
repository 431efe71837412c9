import XCTest
import DiepgangCore
import DiepgangResources
@testable import DiepgangLexicon

final class EmbeddedLexiconTests: XCTestCase {
    func testBuiltInLexiconsAreValid() {
        let issues = LexiconSet.validate(ResourceFolder.embedded("Lexicons"))
        XCTAssertEqual(issues.map(\.description), [])
    }
}
