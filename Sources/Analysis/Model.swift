import DiepgangCore
import DiepgangNotes

/// Piekeren or reflecteren — or neither, or too short to say (`Corpus/ANNOTATION.md`).
public enum Mode: String, Sendable, CaseIterable, Codable {
    case reflecteren, piekeren, gemengd, beschrijvend
    case teKort = "te_kort"
    /// The evidence is too thin or points both ways: `Analysis.alternatives` holds the readings.
    case onzeker

    public var label: Localized {
        switch self {
        case .reflecteren: Localized(nl: "reflecteren", en: "reflecting")
        case .piekeren: Localized(nl: "piekeren", en: "brooding")
        case .gemengd: Localized(nl: "gemengd", en: "mixed")
        case .beschrijvend: Localized(nl: "beschrijvend", en: "descriptive")
        case .teKort: Localized(nl: "te kort", en: "too short")
        case .onzeker: Localized(nl: "onzeker", en: "uncertain")
        }
    }

    /// Position in `Mode.allCases` (the order of mode columns and counts).
    public var index: Int {
        switch self {
        case .reflecteren: 0
        case .piekeren: 1
        case .gemengd: 2
        case .beschrijvend: 3
        case .teKort: 4
        case .onzeker: 5
        }
    }
}

/// The two poles of each dimension.
public enum Pole: String, Sendable, CaseIterable, Codable {
    case piekeren, reflecteren

    public var opposite: Pole { self == .piekeren ? .reflecteren : .piekeren }
}

/// The five dimensions of piekeren versus reflecteren (`Corpus/ANNOTATION.md`), in their fixed order.
public enum Dimension: String, Sendable, CaseIterable, Codable {
    case perspectief, focus, houding, benadering, oorzaken
}

/// Depth levels 0…4 (`Corpus/ANNOTATION.md`).
public enum DepthLabel: String, Sendable, CaseIterable, Codable {
    case geenReflectie = "geen_reflectie"
    case beschrijvend
    case analyserend
    case betekenisgevend
    case transformerend

    public init(level: Int) {
        self = DepthLabel.allCases[min(max(level, 0), 4)]
    }

    public var level: Int { DepthLabel.allCases.firstIndex(of: self)! }
}

/// The five phases of Korthagen's reflection spiral (`Corpus/ANNOTATION.md`).
public enum SpiralPhase: Int, Sendable, CaseIterable, Codable, Comparable {
    case handelen = 1, terugblikken, bewustwording, alternatieven, uitproberen

    public static func < (a: SpiralPhase, b: SpiralPhase) -> Bool { a.rawValue < b.rawValue }

    public var name: Localized {
        switch self {
        case .handelen: Localized(nl: "handelen / ervaring", en: "action / experience")
        case .terugblikken: Localized(nl: "terugblikken", en: "looking back")
        case .bewustwording: Localized(nl: "bewustwording van wezenlijke aspecten", en: "awareness of essential aspects")
        case .alternatieven: Localized(nl: "alternatieven ontwikkelen", en: "creating alternatives")
        case .uitproberen: Localized(nl: "uitproberen", en: "trial")
        }
    }
}

/// Whether a why-question inquires or broods (`Corpus/ANNOTATION.md`).
public enum WhyKind: String, Sendable, CaseIterable, Codable {
    case onderzoekend, piekerend
}

/// The depth verdict with the reasons a coach can check.
public struct Depth: Sendable, Equatable, Decodable {
    public var level: Int
    public var label: DepthLabel
    public var reasons: [Localized]

    public init(level: Int, reasons: [Localized]) {
        self.level = level
        self.label = DepthLabel(level: level)
        self.reasons = reasons
    }
}

/// Counts of markers per pole for one dimension; balance = (reflecteren − piekeren) / total.
public struct DimensionScore: Sendable, Equatable, Decodable {
    public var name: Dimension
    public var piekeren: Int
    public var reflecteren: Int

    public var balance: Double {
        let total = piekeren + reflecteren
        return total == 0 ? 0 : Double(reflecteren - piekeren) / Double(total)
    }
}

/// The coaching question for one missing phase.
public struct PhaseSuggestion: Sendable, Equatable, Decodable {
    public var phase: SpiralPhase
    public var question: Localized
}

public struct PhaseCoverage: Sendable, Equatable, Decodable {
    public var present: [SpiralPhase]
    public var missing: [SpiralPhase]
    public var suggestions: [PhaseSuggestion]
}

/// A why-question of the writer's own (not one quoted from a client).
public struct WhyQuestion: Sendable, Equatable, Decodable {
    /// Index of the sentence that holds it.
    public var sentence: Int
    public var text: String
    /// Unicode-scalar offsets of the sentence in the note text, end exclusive.
    public var start: Int
    public var end: Int
    public var kind: WhyKind
    public var purposeLinked: Bool
    /// Direct (a question with "?") or indirect ("ik vraag me af waarom …").
    public var indirect: Bool
}

/// One piece of evidence: words of the note that a lexicon entry or rule matched.
public struct Marker: Sendable, Equatable, Decodable {
    /// `perspectief`, `spijt`, `fase`, `waarom`, … (the lexicon category).
    public var category: String
    /// `piekeren` / `reflecteren` where the marker counts towards a pole.
    public var pole: Pole?
    /// The entry's label where it is not a pole: the phase ("3"), "direct", "uitspraak", ….
    public var label: String?
    /// The dimension the marker counts towards, if any.
    public var dimension: Dimension?
    public var sentence: Int
    /// Unicode-scalar offsets in the note text, end exclusive.
    public var start: Int
    public var end: Int
    public var text: String
    /// The negation that turned the marker round ("niet stom": understanding).
    public var negated: Bool
}

/// One sentence with the spiral phases found in it.
public struct SentenceAnalysis: Sendable, Equatable, Decodable {
    public var index: Int
    public var start: Int
    public var end: Int
    public var text: String
    public var phases: [SpiralPhase]
    public var isQuestion: Bool
}

/// Counts per 1,000 words, so long and short notes compare.
public struct Rates: Sendable, Equatable, Decodable {
    public var piekeren: Double
    public var reflecteren: Double
    public var markers: Double
    public var whyQuestions: Double
}

/// How sure the mode and the depth are, each 0…1.
public struct Confidence: Sendable, Equatable {
    public var mode: Double
    public var depth: Double

    public init(mode: Double, depth: Double) {
        self.mode = mode
        self.depth = depth
    }
}

/// The evidence behind the mode, summed.
public struct PoleWeights: Sendable, Equatable, Decodable {
    public var piekeren: Double
    public var reflecteren: Double
    public var threshold: Double
}

/// The analysis of one note: `docs/OUTPUT.md`.
public struct Analysis: Sendable, Equatable, Decodable {
    public var id: String
    public var team: String?
    public var author: String?
    public var date: String?
    /// The note's other fields, passed through unchanged.
    public var extra: [ExtraField]
    /// Whitespace-separated words, as `wc -w` counts them.
    public var words: Int
    public var mode: Mode
    /// How sure the verdict is, 0…1: the share of readings of the evidence that agree.
    public var confidence: Confidence
    /// When the mode is `onzeker`: the readings it hesitates between, most likely first.
    public var alternatives: [Mode]
    public var depth: Depth
    public var dimensions: [DimensionScore]
    public var phases: PhaseCoverage
    public var whyQuestions: [WhyQuestion]
    public var markers: [Marker]
    /// Filled only with `AnalysisOptions.sentences` (JSON `sentences`, and the text report).
    public var sentences: [SentenceAnalysis]
    public var rates: Rates
    /// The summed evidence behind the mode: marker weights per pole (why-questions and phases
    /// included) and the weight from which a pole counts as clearly present for this length.
    public var weights: PoleWeights
    public var toolVersion: String
    public var lexiconVersion: String

    /// Markers that count towards a pole, per pole.
    public func markerCount(_ pole: Pole) -> Int {
        markers.reduce(0) { $0 + ($1.pole == pole ? 1 : 0) }
    }
}

/// What to analyse and report.
public struct AnalysisOptions: Sendable {
    /// Per-sentence detail (`--sentences`): fills `Analysis.sentences`, written in JSON output;
    /// the text report for a coach needs it.
    public var sentences: Bool

    public init(sentences: Bool = false) {
        self.sentences = sentences
    }
}
