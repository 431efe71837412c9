import DiepgangCore
import Dispatch
import XCTest

/// Results written by index from many threads land at their index; a slot nobody wrote stays nil.
final class IndexedResultsTests: XCTestCase {
    func testConcurrentWritesLandAtTheirIndex() {
        let results = IndexedResults<String>(count: 200)
        DispatchQueue.concurrentPerform(iterations: 200) { i in
            if i % 7 != 0 { results.set(i, "notitie \(i)") }
        }
        let values = results.values
        XCTAssertEqual(values.count, 200)
        for (i, v) in values.enumerated() {
            XCTAssertEqual(v, i % 7 == 0 ? nil : "notitie \(i)")
        }
    }
}
