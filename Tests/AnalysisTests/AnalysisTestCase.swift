import XCTest
@testable import DiepgangAnalysis

/// The analysis tests' common ground: the built-in analyser and two short-hands. The tests run on
/// Dutch sentences and notes written for them.
class AnalysisTestCase: XCTestCase {
    let analyzer = Analyzer.standard()

    func analyse(_ text: String) -> Analysis { analyzer.analyse(text: text) }

    func markers(_ a: Analysis, _ category: String) -> [Marker] { a.markers.filter { $0.category == category } }
}
