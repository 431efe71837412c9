import DiepgangCore
import DiepgangNotes
// The vocabulary (modes, poles, dimensions, depth levels, phases …) is part of the analysis's
// public model: whoever reads an `Analysis` gets its types too.
@_exported import DiepgangVocabulary

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
