import DiepgangCore
import Foundation

// Reading an analysis back from the JSON its printer wrote (`docs/OUTPUT.md`): the layout is
// written by hand, byte by byte (`Rendering.swift`), and read here with `Decodable`, so there is
// one model for both directions. What the JSON holds in one language (the depth reasons, the
// phase questions) reads back as that text in both languages; decimals read back as printed.
// Fields left out by `--fields` read back empty, so a cut-down batch output still aggregates.

/// Why an analysis line cannot be read back beyond what `DecodingError` says.
public enum AnalysisDecodingError: Error, Equatable {
    /// The `mode` is none of `Mode`'s.
    case unknownMode(String)
}

extension Analysis {
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: JSONKey.self)
        // The mode and depth first: a line without them is no analysis.
        let modeName: String = try c.required("mode")
        depth = try c.required("depth")
        guard let mode = Mode(rawValue: modeName) else { throw AnalysisDecodingError.unknownMode(modeName) }
        self.mode = mode
        id = try c.value("id", default: "")
        team = try c.decodeIfPresent(String.self, forKey: JSONKey("team"))
        author = try c.decodeIfPresent(String.self, forKey: JSONKey("author"))
        date = try c.decodeIfPresent(String.self, forKey: JSONKey("date"))
        // Passed-through input fields are the input's, not the analysis's: not read back.
        extra = []
        words = try c.value("words", default: 0)
        confidence = try c.value("confidence", default: Confidence(mode: 0, depth: 0))
        alternatives = try c.value("alternatives", default: [])
        dimensions = try c.value("dimensions", default: [])
        phases = try c.value("phases", default: PhaseCoverage(present: [], missing: [], suggestions: []))
        whyQuestions = try c.value("why_questions", default: [])
        markers = try c.value("markers", default: [])
        sentences = try c.value("sentences", default: [])
        rates = try c.value("rates", default: Rates(piekeren: 0, reflecteren: 0, markers: 0, whyQuestions: 0))
        weights = try c.value("weights", default: PoleWeights(piekeren: 0, reflecteren: 0, threshold: 0))
        toolVersion = try c.value("tool_version", default: "")
        lexiconVersion = try c.value("lexicon_version", default: "")
    }

    /// This analysis as its JSON in `language` reads back: the reasons and questions in that
    /// language only, the decimals rounded as they are printed. `decode(print(a)) == a.asPrinted(…)`.
    public func asPrinted(in language: Language) -> Analysis {
        func one(_ text: Localized) -> Localized { Localized(stringLiteral: text(language)) }
        func rounded(_ x: Double, _ digits: Int) -> Double {
            Double(ByteWriter.format(x, digits: digits)) ?? x
        }
        var a = self
        a.extra = []
        a.depth.reasons = depth.reasons.map(one)
        a.phases.suggestions = phases.suggestions.map { PhaseSuggestion(phase: $0.phase, question: one($0.question)) }
        a.confidence = Confidence(mode: rounded(confidence.mode, 3), depth: rounded(confidence.depth, 3))
        a.rates = Rates(piekeren: rounded(rates.piekeren, 2), reflecteren: rounded(rates.reflecteren, 2),
                        markers: rounded(rates.markers, 2), whyQuestions: rounded(rates.whyQuestions, 2))
        a.weights = PoleWeights(piekeren: rounded(weights.piekeren, 2), reflecteren: rounded(weights.reflecteren, 2),
                                threshold: rounded(weights.threshold, 2))
        return a
    }
}

extension Confidence: Decodable {
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: JSONKey.self)
        self.init(mode: try c.value("mode", default: 0), depth: try c.value("depth", default: 0))
    }
}

extension Depth {
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: JSONKey.self)
        let reasons: [String] = try c.value("reasons", default: [])
        self.init(level: try c.required("level"), reasons: reasons.map { Localized(stringLiteral: $0) })
    }
}

extension DimensionScore {
    /// The balance is not read: it follows from the counts.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: JSONKey.self)
        self.init(name: try c.required("name"), piekeren: try c.value("piekeren", default: 0),
                  reflecteren: try c.value("reflecteren", default: 0))
    }
}

extension PhaseCoverage {
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: JSONKey.self)
        self.init(present: try c.value("present", default: []), missing: try c.value("missing", default: []),
                  suggestions: try c.value("suggestions", default: []))
    }
}

extension PhaseSuggestion {
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: JSONKey.self)
        let question: String = try c.required("question")
        self.init(phase: try c.required("phase"), question: Localized(stringLiteral: question))
    }
}

extension WhyQuestion {
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: JSONKey.self)
        // A kind the vocabulary does not know is an error in the line, not a question that
        // silently counts as not brooding.
        self.init(sentence: try c.value("sentence", default: 0), text: try c.value("text", default: ""),
                  start: try c.value("start", default: 0), end: try c.value("end", default: 0),
                  kind: try c.value("kind", default: WhyKind.onderzoekend),
                  purposeLinked: try c.value("purpose_linked", default: false), indirect: try c.value("indirect", default: false))
    }
}

extension Marker {
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: JSONKey.self)
        self.init(category: try c.required("category"), pole: try c.decodeIfPresent(Pole.self, forKey: JSONKey("pole")),
                  label: try c.decodeIfPresent(String.self, forKey: JSONKey("label")),
                  dimension: try c.decodeIfPresent(Dimension.self, forKey: JSONKey("dimension")),
                  sentence: try c.required("sentence"), start: try c.required("start"), end: try c.required("end"),
                  text: try c.required("text"), negated: try c.value("negated", default: false))
    }
}

extension SentenceAnalysis {
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: JSONKey.self)
        self.init(index: try c.required("index"), start: try c.required("start"), end: try c.required("end"),
                  text: try c.required("text"), phases: try c.value("phases", default: []),
                  isQuestion: try c.value("question", default: false))
    }
}

extension Rates {
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: JSONKey.self)
        self.init(piekeren: try c.value("piekeren_per_1000_words", default: 0),
                  reflecteren: try c.value("reflecteren_per_1000_words", default: 0),
                  markers: try c.value("markers_per_1000_words", default: 0),
                  whyQuestions: try c.value("why_questions_per_1000_words", default: 0))
    }
}

extension PoleWeights {
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: JSONKey.self)
        self.init(piekeren: try c.value("piekeren", default: 0), reflecteren: try c.value("reflecteren", default: 0),
                  threshold: try c.value("threshold", default: 0))
    }
}
