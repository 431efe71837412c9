import DiepgangCore

/// The figures of an evaluation as `evaluate --format json` reports them, decimals rounded to
/// four places as printed: written by `EvaluationJSONPrinter` and read back with `Decodable`.
public struct EvaluationSummary: Sendable, Equatable, Codable {
    public struct Coverage: Sendable, Equatable, Codable {
        public var confidenceFloor: Double
        public var coverage: Double
        public var modeAccuracy: Double

        enum CodingKeys: String, CodingKey {
            case coverage
            case confidenceFloor = "confidence_floor"
            case modeAccuracy = "mode_accuracy"
        }
    }

    public struct Figures: Sendable, Equatable, Codable {
        public var precision: Double
        public var recall: Double
        public var f1: Double
    }

    public struct Confusion: Sendable, Equatable, Codable {
        /// The modes, in the order of the rows and columns.
        public var labels: [String]
        /// matrix[gold][predicted].
        public var matrix: [[Int]]
    }

    public var split: String
    public var n: Int
    public var modeAccuracy: Double
    public var decided: Int
    public var modeAccuracyDecided: Double
    public var depthQWKDecided: Double
    public var onzeker: Int
    public var onzekerGoldInAlternatives: Int
    public var coverage: [Coverage]
    /// Per gold mode that occurs (not `onzeker`): the share recognised.
    public var modeRecall: [String: Double]
    public var depthQWK: Double
    public var depthExact: Double
    public var depthWithinOne: Double
    public var phaseF1: Double
    public var phasePrecision: Double
    public var phaseRecall: Double
    public var whyPrecision: Double
    public var whyRecall: Double
    public var whyF1: Double
    public var whyKindAccuracy: Double
    public var whyPurposeAccuracy: Double
    public var whyGold: Int
    public var whyPredicted: Int
    public var whyMatched: Int
    /// Per phase "1" … "5".
    public var phases: [String: Figures]
    public var modeConfusion: Confusion
    public var toolVersion: String
    public var lexiconVersion: String

    enum CodingKeys: String, CodingKey {
        case split, n, decided, onzeker, coverage, phases
        case modeAccuracy = "mode_accuracy"
        case modeAccuracyDecided = "mode_accuracy_decided"
        case depthQWKDecided = "depth_qwk_decided"
        case onzekerGoldInAlternatives = "onzeker_gold_in_alternatives"
        case modeRecall = "mode_recall"
        case depthQWK = "depth_qwk"
        case depthExact = "depth_exact"
        case depthWithinOne = "depth_within_one"
        case phaseF1 = "phase_f1"
        case phasePrecision = "phase_precision"
        case phaseRecall = "phase_recall"
        case whyPrecision = "why_precision"
        case whyRecall = "why_recall"
        case whyF1 = "why_f1"
        case whyKindAccuracy = "why_kind_accuracy"
        case whyPurposeAccuracy = "why_purpose_accuracy"
        case whyGold = "why_gold"
        case whyPredicted = "why_predicted"
        case whyMatched = "why_matched"
        case modeConfusion = "mode_confusion"
        case toolVersion = "tool_version"
        case lexiconVersion = "lexicon_version"
    }

    /// A decimal as the JSON shows it (four places).
    static func printed(_ x: Double) -> Double {
        x.isFinite ? Double(ByteWriter.format(x, digits: 4)) ?? x : x
    }

    public init(_ r: EvaluationResult, toolVersion: String = ToolInfo.version) {
        let p = Self.printed
        split = r.split
        n = r.n
        modeAccuracy = p(r.modeAccuracy)
        decided = r.decided
        modeAccuracyDecided = p(r.modeAccuracyDecided)
        depthQWKDecided = p(r.depthQWKDecided)
        onzeker = r.onzeker
        onzekerGoldInAlternatives = r.alternativesHit
        coverage = r.coverage.map { Coverage(confidenceFloor: p($0.floor), coverage: p($0.coverage), modeAccuracy: p($0.accuracy)) }
        var recall: [String: Double] = [:]
        for (i, m) in Mode.allCases.enumerated() where m != .onzeker {
            let total = r.confusion[i].reduce(0, +)
            if total > 0 { recall[m.rawValue] = p(Double(r.confusion[i][i]) / Double(total)) }
        }
        modeRecall = recall
        depthQWK = p(r.depthQWK)
        depthExact = p(r.depthExact)
        depthWithinOne = p(r.depthWithinOne)
        phaseF1 = p(r.phaseMicro.f1)
        phasePrecision = p(r.phaseMicro.precision)
        phaseRecall = p(r.phaseMicro.recall)
        whyPrecision = p(r.why.precision)
        whyRecall = p(r.why.recall)
        whyF1 = p(r.why.f1)
        whyKindAccuracy = p(r.whyKindAccuracy)
        whyPurposeAccuracy = p(r.whyPurposeAccuracy)
        whyGold = r.why.truePositives + r.why.falseNegatives
        whyPredicted = r.why.truePositives + r.why.falsePositives
        whyMatched = r.whyMatched
        var phases: [String: Figures] = [:]
        for (i, f) in r.phases.enumerated() { phases[String(i + 1)] = Figures(precision: p(f.precision), recall: p(f.recall), f1: p(f.f1)) }
        self.phases = phases
        modeConfusion = Confusion(labels: Mode.allCases.map(\.rawValue), matrix: r.confusion)
        self.toolVersion = toolVersion
        lexiconVersion = r.lexiconVersion
    }
}
