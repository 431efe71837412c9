import DiepgangCore

/// The evaluation against gold labels as JSON, one object per run (`evaluate --format json`);
/// read back as `EvaluationSummary`.
public struct EvaluationJSONPrinter: Printer {
    public init() {}

    public mutating func write(_ s: EvaluationSummary, into w: ByteWriter) {
        w.beginObject()
        w.field("split", s.split)
        w.field("n", s.n)
        w.field("mode_accuracy", s.modeAccuracy)
        w.field("decided", s.decided)
        w.field("mode_accuracy_decided", s.modeAccuracyDecided)
        w.field("depth_qwk_decided", s.depthQWKDecided)
        w.field("onzeker", s.onzeker)
        w.field("onzeker_gold_in_alternatives", s.onzekerGoldInAlternatives)
        w.key("coverage")
        w.beginArray()
        for c in s.coverage {
            w.beginObject()
            w.field("confidence_floor", c.confidenceFloor)
            w.field("coverage", c.coverage)
            w.field("mode_accuracy", c.modeAccuracy)
            w.endObject()
        }
        w.endArray()
        w.key("mode_recall")
        w.beginObject()
        for m in Mode.allCases {
            if let recall = s.modeRecall[m.rawValue] { w.field(m.rawValue, recall) }
        }
        w.endObject()
        w.field("depth_qwk", s.depthQWK)
        w.field("depth_exact", s.depthExact)
        w.field("depth_within_one", s.depthWithinOne)
        w.field("phase_f1", s.phaseF1)
        w.field("phase_precision", s.phasePrecision)
        w.field("phase_recall", s.phaseRecall)
        w.field("why_precision", s.whyPrecision)
        w.field("why_recall", s.whyRecall)
        w.field("why_f1", s.whyF1)
        w.field("why_kind_accuracy", s.whyKindAccuracy)
        w.field("why_purpose_accuracy", s.whyPurposeAccuracy)
        w.field("why_gold", s.whyGold)
        w.field("why_predicted", s.whyPredicted)
        w.field("why_matched", s.whyMatched)
        w.key("phases")
        w.beginObject()
        for phase in s.phases.keys.sorted(by: { Int($0) ?? 0 < Int($1) ?? 0 }) {
            let f = s.phases[phase]!
            w.key(phase)
            w.beginObject()
            w.field("precision", f.precision)
            w.field("recall", f.recall)
            w.field("f1", f.f1)
            w.endObject()
        }
        w.endObject()
        w.key("mode_confusion")
        w.beginObject()
        w.key("labels")
        w.beginArray()
        for label in s.modeConfusion.labels { w.string(label) }
        w.endArray()
        w.key("matrix")
        w.beginArray()
        for row in s.modeConfusion.matrix {
            w.beginArray()
            for x in row { w.int(x) }
            w.endArray()
        }
        w.endArray()
        w.endObject()
        w.field("tool_version", s.toolVersion)
        w.field("lexicon_version", s.lexiconVersion)
        w.endObject()
        w.append(0x0A)
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
