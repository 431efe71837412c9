import DiepgangCore

/// The evaluation against gold labels as JSON, one object per run (`evaluate --format json`).
public struct EvaluationJSONPrinter: Printer {
    public init() {}

    public mutating func write(_ result: EvaluationResult, into out: ByteWriter) {
        result.writeJSON(into: out)
        out.append(0x0A)
    }
}

/// The evaluation for people: agreement, per-class figures and, with `details`, the notes
/// where the tool and the gold disagree.
public struct EvaluationTextPrinter: Printer {
    public var language: Language
    public var details: Bool

    public init(language: Language, details: Bool = false) {
        self.language = language
        self.details = details
    }

    public mutating func write(_ result: EvaluationResult, into out: ByteWriter) {
        out.append(text: result.renderText(language: language, details: details))
    }
}
