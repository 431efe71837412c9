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
        /// Per row: the index of its example and what the model reads of it (for `calibration`).
        var examples: [Int] = []
        var facts: [ModeFacts] = []
    }

    public static func featureTable(_ examples: [Example], analyzer: Analyzer) -> FeatureTable {
        let slots = IndexedResults<(ModeFacts, Int)>(count: examples.count)
        let minimumWords = analyzer.weights.minimumWords
        DispatchQueue.concurrentPerform(iterations: examples.count) { i in
            let e = examples[i]
            guard ModeFeature.modes.contains(e.note.gold.mode) else { slots.set(i, nil); return }
            let (analysis, facts) = analyzer.analyseWithFacts(e.note.note)
            slots.set(i, analysis.words < minimumWords ? nil : (facts, i))
        }
        let rows = slots.values.compactMap { $0 }
        // A `cat_` feature for every category that marks a training note, in name order.
        var categories = Set<String>()
        for (facts, _) in rows { for m in facts.markers { categories.insert(m.category) } }
        let names = ModeFeature.standardNames(categories: Array(categories))
        let features = names.map { ModeFeature(name: $0, categoryRanks: analyzer.categoryRanks)! }
        return FeatureTable(names: names, rows: rows.map { facts, i in
                                let e = examples[i]
                                return (e.note.note.id, e.note.gold.mode, e.weight, features.map { $0.value(facts) })
                            },
                            skipped: examples.count - rows.count, examples: rows.map(\.1),
                            facts: rows.map(\.0))
    }

    /// How often verdicts were right on the given examples, each read by a model trained without
    /// it (`folds`-fold cross-validation: example k of them is held out in fold k mod `folds`),
    /// per reader and band of raw confidence (`edges`, from 0 to 1; a band of fewer than
    /// `minimumCount` notes joined with its neighbour). A held-out note is read as
    /// the analysis reads it: without the writer's voice, or when the rules' sure description is
    /// kept, the rules' confidence counts; otherwise the model's probability. The depth level the
    /// reading gives is counted the same way under the reader `depth`.
    public static func calibration(_ table: FeatureTable, of examples: [Example], heldOut: Set<Int>, analyzer: Analyzer, settings: Settings = Settings(),
                                   folds: Int = 8, edges: [Double] = [0, 0.5, 0.7, 0.9, 1], minimumCount: Int = 10) throws -> [ModeModelFile.CalibrationBand] {
        let held = table.examples.indices.filter { heldOut.contains(table.examples[$0]) }
        @Sendable func band(_ raw: Double) -> Int { min(edges.lastIndex { $0 <= raw } ?? 0, edges.count - 2) }
        // Per fold, each held-out note's reader, band and whether its reading was right; the folds
        // are fitted side by side (each fit is the whole training of a model).
        let perFold = IndexedResults<Result<[[(key: String, right: Bool)]], any Error>>(count: folds)
        DispatchQueue.concurrentPerform(iterations: folds) { fold in
            let test = Set(held.enumerated().filter { $0.offset % folds == fold }.map(\.element))
            guard !test.isEmpty else { perFold.set(fold, .success([])); return }
            var training = table
            training.rows = table.rows.indices.filter { !test.contains($0) }.map { table.rows[$0] }
            perFold.set(fold, Result {
                let model = try ModeModel(fit(training, settings: settings).model, categoryRanks: analyzer.categoryRanks)
                return test.sorted().map { r in
                    let facts = table.facts[r]
                    let reader: ModeModel.Reader, raw: Double, reading: Mode
                    if facts.voiced {
                        let m = model.read(facts, evidenceCount: 0)
                        (reader, raw, reading) = m.keptDescription ? (.rules, facts.rules.confidence, m.mode) : (.model, m.probability, m.mode)
                    } else {
                        (reader, raw, reading) = (.rules, facts.rules.confidence, facts.rules.reading)
                    }
                    // The depth follows the reading; its confidence is the rules' when they read the same mode.
                    let depthRaw = reading == facts.rules.reading ? facts.rules.depthConfidence : raw
                    let level = facts.depthByMode[ModeFeature.modes.firstIndex(of: reading)!]
                    return [("\(reader.rawValue) \(band(raw))", reading == table.rows[r].mode),
                            ("depth \(band(depthRaw))", level == examples[table.examples[r]].note.gold.depth)]
                }
            })
        }
        var counts = [String: (right: Int, count: Int)]()
        for result in perFold.values {
            for (key, right) in try (result?.get() ?? []).joined() {
                counts[key, default: (0, 0)].count += 1
                if right { counts[key, default: (0, 0)].right += 1 }
            }
        }
        return ModeModelFile.calibrationReaders.flatMap { reader -> [ModeModelFile.CalibrationBand] in
            let bands = (0..<(edges.count - 1)).map { b in
                let c = counts["\(reader) \(b)"] ?? (0, 0)
                return ModeModelFile.CalibrationBand(reader: reader, from: edges[b], to: edges[b + 1], right: c.right, count: c.count)
            }
            // A reader no held-out note had claims nothing: its raw confidence stands.
            return bands.contains { $0.count > 0 } ? joiningSmall(bands, minimumCount: minimumCount) : []
        }
    }

    /// The bands of one reader, each of fewer than `minimumCount` notes joined with the band below it
    /// (the lowest with the one above): two readings of 0.99, both right, would otherwise claim less
    /// than sixteen right of seventeen readings of 0.8.
    static func joiningSmall(_ bands: [ModeModelFile.CalibrationBand], minimumCount: Int) -> [ModeModelFile.CalibrationBand] {
        var bands = bands
        var b = bands.count - 1
        while b >= 0, bands.count > 1 {
            if bands[b].count < minimumCount {
                let (low, high) = b > 0 ? (b - 1, b) : (0, 1)
                bands[low] = ModeModelFile.CalibrationBand(reader: bands[low].reader, from: bands[low].from, to: bands[high].to,
                                                           right: bands[low].right + bands[high].right, count: bands[low].count + bands[high].count)
                bands.remove(at: high)
            }
            b = min(b - 1, bands.count - 1)
        }
        return bands
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
