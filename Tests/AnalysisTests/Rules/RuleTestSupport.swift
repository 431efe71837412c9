import XCTest
@testable import DiepgangAnalysis

/// Shared by the rule tests: the built-in analyser with the rules alone deciding the mode (the
/// learned model weighs their reading among its features: `ModeModelTests`), and an analyser with
/// one rule switched off (through weights.txt, as a user would), so each test shows what its rule changes.
enum RuleTestSupport {
    static let analyzer = try! Analyzer.standard().rulesOnly()

    static func analyse(_ text: String) -> Analysis { analyzer.analyse(text: text) }

    static func without(_ rule: String) -> Analyzer {
        with(["\(rule).on": 0])
    }

    /// The analyser with some weights changed (full names, `<rule>.<name>`).
    static func with(_ changes: [String: Double]) -> Analyzer {
        var table = analyzer.lexicons.weights
        for (name, value) in changes {
            precondition(table[name] != nil, "no weight \(name)")
            table[name] = value
        }
        let set = analyzer.lexicons.replacingWeights(table)
        return try! Analyzer(lexicons: set, tokenizer: analyzer.tokenizer)
    }
}

extension Analysis {
    func has(_ category: String, _ text: String) -> Bool { markers.contains { $0.category == category && $0.text == text } }
    func has(_ category: String) -> Bool { markers.contains { $0.category == category } }
    /// The texts of the phase cues of this phase.
    func phaseMarkers(_ phase: Int) -> [String] { markers.filter { $0.category == "fase" && $0.label == String(phase) }.map(\.text) }
}
