import DiepgangCore
import DiepgangLexicon
import func Foundation.exp

/// The learned reading of the mode: a multinomial logistic regression over `ModeFeature`s, its
/// weights from `mode-model.tsv`. The rules still find every marker, phase and why-question and
/// give their own reading; the model weighs that evidence as the labelled real writing taught it.
/// Why: rules fitted by hand to development passages did not carry over to unseen writing three
/// times; weights fitted to the same evidence carry over a little better on the mode (README,
/// "Measured figures", fourth round).
struct ModeModel: Sendable {
    let features: [ModeFeature]
    let names: [String]
    /// Each feature in words, made once: every note's reason quotes a few.
    let labels: [Localized]
    let mean: [Double]
    let scale: [Double]
    /// Per feature, one weight per mode of `modes`: feature j's weight for mode k at j · modes.count + k.
    let weights: [Double]
    let bias: [Double]
    let modes: [Mode]
    let margin: Double
    let descriptionMargin: Double
    /// What a verdict's raw confidence was worth on held-out notes, per reader (empty: the raw
    /// confidence is reported as it is), and the reason that says so for each band, made once.
    let calibration: [ModeModelFile.CalibrationBand]
    let calibrationReasons: [Localized]

    /// Whose raw confidence a verdict carries: the model's probability, or the rules' stability
    /// (a voiceless note, or the rules' sure description kept); `depth`: the depth level's.
    enum Reader: String, Sendable { case model, rules, depth }

    /// The index of the band a raw confidence of this reader falls in, if the file calibrates it.
    func calibrationBand(_ reader: Reader, raw: Double) -> Int? {
        calibration.firstIndex { $0.reader == reader.rawValue && $0.from <= raw && (raw < $0.to || $0.to >= 1) }
    }

    /// The model of a file; throws naming every feature or mode the analysis does not know.
    init(_ file: ModeModelFile, categoryRanks: [String: Int32]) throws {
        var unknownModes: [String] = [], unknownFeatures: [String] = []
        var modes: [Mode] = []
        for name in file.modes {
            if let m = Mode(rawValue: name), ModeFeature.modes.contains(m) { modes.append(m) } else { unknownModes.append("'\(name)'") }
        }
        var features: [ModeFeature] = []
        for f in file.features {
            if let feature = ModeFeature(name: f.name, categoryRanks: categoryRanks) { features.append(feature) } else { unknownFeatures.append("'\(f.name)'") }
        }
        guard unknownModes.isEmpty && unknownFeatures.isEmpty else {
            let modesText = unknownModes.joined(separator: ", "), featuresText = unknownFeatures.joined(separator: ", ")
            throw DiepgangError(.dataError, nl: "\(ModeModelFile.name): onbekende modi [\(modesText)], onbekende kenmerken [\(featuresText)]",
                                en: "\(ModeModelFile.name): unknown modes [\(modesText)], unknown features [\(featuresText)]")
        }
        self.features = features
        names = file.features.map(\.name)
        labels = zip(features, names).map { $0.label(name: $1) }
        mean = file.features.map(\.mean)
        scale = file.features.map(\.scale)
        weights = file.features.flatMap(\.weights)
        bias = file.bias
        self.modes = modes
        margin = file.margin
        descriptionMargin = file.descriptionMargin
        calibration = file.calibration
        calibrationReasons = file.calibration.map { band in
            let nl = fmt(band.confidence, digits: 2, dutch: true), en = fmt(band.confidence, digits: 2)
            return band.reader == Reader.depth.rawValue
                ? Localized(nl: "zekerheid diepgang \(nl): van \(band.count) gelabelde echte teksten met zo'n oordeel klopte bij \(band.right) het niveau (gemeten buiten de training)",
                            en: "depth confidence \(en): of \(band.count) labelled real texts with such a verdict, \(band.right) had the right level (measured outside training)")
                : Localized(nl: "zekerheid \(nl): van \(band.count) gelabelde echte teksten met zo'n oordeel klopten er \(band.right) (gemeten buiten de training)",
                            en: "confidence \(en): of \(band.count) labelled real texts with such a verdict, \(band.right) were right (measured outside training)")
        }
    }

    /// What the model makes of one note.
    struct Reading: Sendable {
        /// The likeliest mode.
        var mode: Mode
        /// Its probability, and the next likeliest mode with its probability.
        var probability: Double
        var runnerUp: Mode
        var runnerUpProbability: Double
        /// The gap between the two is under the model's margin.
        var unsure: Bool
        /// The rules' sure reading as descriptive was kept although `runnerUp` was likelier by
        /// less than the description margin.
        var keptDescription: Bool
        /// The features that pushed most towards `mode` rather than `runnerUp`, heaviest first
        /// (and the heaviest one with words behind it, when none of those has any). `present`:
        /// the note has more of it than the usual note (else it pushed by its absence).
        var evidence: [Evidence]
    }

    struct Evidence: Sendable {
        var feature: String
        /// The feature in words, for the reasons.
        var label: Localized
        var push: Double
        var present: Bool
        /// The first marker behind the feature and how many there are (none when it pushed by its absence).
        var firstMarker: Marker?
        var markerCount: Int
    }

    func read(_ facts: ModeFacts, evidenceCount: Int = 3) -> Reading {
        let k = modes.count, d = features.count
        // Every note passes here: its numbers live on the stack, and the two likeliest modes and
        // the heaviest pushes are picked by scanning, not by sorting.
        return withUnsafeTemporaryAllocation(of: Double.self, capacity: d) { z in
            for j in 0..<d { z[j] = (features[j].value(facts) - mean[j]) / scale[j] }
            var logits = bias
            for j in 0..<d where z[j] != 0 {
                for c in 0..<k { logits[c] += z[j] * weights[j * k + c] }
            }
            let p = Self.softmax(logits)
            var top = 0
            for c in 1..<k where p[c] > p[top] { top = c }
            // The rules' sure reading as descriptive stands unless another mode is clearly likelier:
            // plain reports and news read as something else were the model's costliest mistake.
            if facts.rules.reading == .beschrijvend, !facts.rulesUnsure, let described = modes.firstIndex(of: .beschrijvend),
               top != described, p[top] - p[described] < descriptionMargin {
                top = described
            }
            var second = top == 0 ? 1 : 0
            for c in 0..<k where c != top && p[c] > p[second] { second = c }
            // Kept as descriptive against a likelier reading (by less than the description margin).
            let kept = p[second] > p[top]
            // What separates the two readings: each feature's standardised value times the
            // difference of its weights for them.
            func push(_ j: Int) -> Double { z[j] * (weights[j * k + top] - weights[j * k + second]) }
            func heaviest(excluding taken: [Int], _ allowed: (Int) -> Bool = { _ in true }) -> Int? {
                var best: Int?, bestPush = 0.0
                for j in 0..<d where !taken.contains(j) && allowed(j) {
                    let x = push(j)
                    if x > bestPush { best = j; bestPush = x }
                }
                return best
            }
            func evidence(_ j: Int) -> Evidence {
                let behind: (first: Marker?, count: Int) = z[j] > 0 ? features[j].markers(facts, name: names[j]) : (nil, 0)
                return Evidence(feature: names[j], label: labels[j], push: push(j), present: z[j] > 0,
                                firstMarker: behind.first, markerCount: behind.count)
            }
            var chosen: [Int] = []
            while chosen.count < evidenceCount, let j = heaviest(excluding: chosen) { chosen.append(j) }
            var shown = chosen.map(evidence)
            // A coach checks words: when the heaviest pushes are counts and absences, the heaviest with words behind it too.
            if !shown.contains(where: { $0.markerCount > 0 }) {
                var tried = chosen
                while tried.count < evidenceCount + 4, let j = heaviest(excluding: tried, { z[$0] > 0 && features[$0].hasMarkers }) {
                    tried.append(j)
                    let e = evidence(j)
                    if e.markerCount > 0 { shown.append(e); break }
                }
            }
            return Reading(mode: modes[top], probability: p[top], runnerUp: modes[second], runnerUpProbability: p[second],
                           unsure: !kept && p[top] - p[second] < margin, keptDescription: kept, evidence: shown)
        }
    }

    static func softmax(_ logits: [Double]) -> [Double] {
        let top = logits.max() ?? 0
        let e = logits.map { exp($0 - top) }
        let sum = e.reduce(0, +)
        return e.map { $0 / sum }
    }
}

extension ModeModel {
    /// Fits the model: features standardised by the pool's mean and (population) spread, full-batch
    /// gradient descent on the class-balanced, weighted cross-entropy with an L2 penalty, from
    /// zero weights: the same examples give the same file, byte for byte.
    static func train(_ table: ModeTraining.FeatureTable, l2: Double, steps: Int, rate: Double, margin: Double,
                      descriptionMargin: Double = 0) -> ModeModelFile {
        let modes = ModeFeature.modes, names = table.names, examples = table.rows
        let n = examples.count, d = names.count, k = modes.count
        var mean = [Double](repeating: 0, count: d), scale = [Double](repeating: 0, count: d)
        for e in examples { for j in 0..<d { mean[j] += e.values[j] } }
        for j in 0..<d { mean[j] /= Double(max(n, 1)) }
        for e in examples { for j in 0..<d { scale[j] += (e.values[j] - mean[j]) * (e.values[j] - mean[j]) } }
        // A feature that never varies gets scale 1 (its standardised value is 0 everywhere).
        for j in 0..<d { scale[j] = (scale[j] / Double(max(n, 1))).squareRoot(); if scale[j] < 1e-9 { scale[j] = 1 } }
        let x = examples.map { e in (0..<d).map { (e.values[$0] - mean[$0]) / scale[$0] } }
        let y = examples.map { modes.firstIndex(of: $0.mode)! }
        // Each mode weighs as much as the others in total (n / (k · count)), times the example's own weight.
        var counts = [Double](repeating: 0, count: k)
        for c in y { counts[c] += 1 }
        let sampleWeight = examples.indices.map { i in Double(n) / (Double(k) * max(counts[y[i]], 1)) * examples[i].weight }
        var w = [[Double]](repeating: [Double](repeating: 0, count: k), count: d)
        var b = [Double](repeating: 0, count: k)
        for _ in 0..<steps {
            var gw = [[Double]](repeating: [Double](repeating: 0, count: k), count: d)
            var gb = [Double](repeating: 0, count: k)
            for i in 0..<n {
                var logits = b
                for j in 0..<d where x[i][j] != 0 { for c in 0..<k { logits[c] += x[i][j] * w[j][c] } }
                let p = softmax(logits)
                for c in 0..<k {
                    let g = (p[c] - (y[i] == c ? 1 : 0)) * sampleWeight[i] / Double(n)
                    gb[c] += g
                    for j in 0..<d { gw[j][c] += x[i][j] * g }
                }
            }
            for j in 0..<d { for c in 0..<k { w[j][c] -= rate * (gw[j][c] + l2 * w[j][c]) } }
            for c in 0..<k { b[c] -= rate * gb[c] }
        }
        return ModeModelFile(modes: modes.map(\.rawValue), margin: margin, descriptionMargin: descriptionMargin, bias: b,
                             features: (0..<d).map { ModeModelFile.Feature(name: names[$0], mean: mean[$0], scale: scale[$0], weights: w[$0]) })
    }
}
