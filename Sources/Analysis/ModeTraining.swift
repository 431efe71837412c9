import DiepgangCore
import DiepgangLexicon
import DiepgangNotes
import Dispatch

/// `diepgang train-mode`: fits the mode model (`mode-model.tsv`) on labelled notes. Every note is
/// analysed by the rules; what the model reads of it (`ModeFeature`) is paired with the gold mode.
/// Deterministic: the same notes, weights and settings give the same file.
public enum ModeTraining {
    /// The settings of a fit; the defaults are those `Lexicons/mode-model.tsv` was trained with.
    public struct Settings: Sendable {
        /// The L2 penalty on the weights (0.3: chosen by cross-validation on the development passages).
        public var l2 = 0.3
        public var steps = 3000
        public var rate = 0.5
        /// Below this gap between the two likeliest modes the verdict is `onzeker`.
        public var margin = 0.1
        /// How much likelier another mode must be to overrule the rules' sure `beschrijvend`
        /// (0.2: chosen on the development passages and the UD dev paragraphs).
        public var descriptionMargin = 0.2

        public init() {}
    }

    /// A labelled note and how much it counts (real writing counted more than the project's own).
    public struct Example: Sendable {
        public var note: GoldNote
        public var weight: Double

        public init(note: GoldNote, weight: Double) {
            self.note = note
            self.weight = weight
        }
    }

    /// What the model reads of each usable example: the feature names, and per note its id, gold
    /// mode, weight and values (te kort notes, by gold or by word count, are left out).
    public struct FeatureTable: Sendable {
        public var names: [String]
        public var rows: [(id: String, mode: Mode, weight: Double, values: [Double])]
        public var skipped: Int
    }

    public static func featureTable(_ examples: [Example], analyzer: Analyzer) -> FeatureTable {
        let slots = IndexedResults<(ModeFacts, Example)>(count: examples.count)
        let minimumWords = analyzer.weights.minimumWords
        DispatchQueue.concurrentPerform(iterations: examples.count) { i in
            let e = examples[i]
            guard ModeFeature.modes.contains(e.note.gold.mode) else { slots.set(i, nil); return }
            let (analysis, facts) = analyzer.analyseWithFacts(e.note.note)
            slots.set(i, analysis.words < minimumWords ? nil : (facts, e))
        }
        let rows = slots.values.compactMap { $0 }
        // A `cat_` feature for every category that marks a training note, in name order.
        var categories = Set<String>()
        for (facts, _) in rows { for m in facts.markers { categories.insert(m.category) } }
        let names = ModeFeature.standardNames(categories: Array(categories))
        let features = names.map { ModeFeature(name: $0, categoryRanks: analyzer.categoryRanks)! }
        return FeatureTable(names: names, rows: rows.map { facts, e in (e.note.note.id, e.note.gold.mode, e.weight, features.map { $0.value(facts) }) },
                            skipped: examples.count - rows.count)
    }

    /// The fitted model, and how many examples were used and left out (te kort by gold or by word count).
    public static func fit(_ examples: [Example], analyzer: Analyzer, settings: Settings = Settings()) -> (model: ModeModelFile, used: Int, skipped: Int) {
        fit(featureTable(examples, analyzer: analyzer), settings: settings)
    }

    public static func fit(_ table: FeatureTable, settings: Settings = Settings()) -> (model: ModeModelFile, used: Int, skipped: Int) {
        let model = ModeModel.train(table, l2: settings.l2, steps: settings.steps,
                                    rate: settings.rate, margin: settings.margin, descriptionMargin: settings.descriptionMargin)
        return (model, table.rows.count, table.skipped)
    }
}
