import DiepgangCore

/// Piekeren or reflecteren — or neither, or too short to say (`Corpus/ANNOTATION.md`).
public enum Mode: String, Sendable, CaseIterable, Codable, VocabularyTerm {
    case reflecteren, piekeren, gemengd, beschrijvend
    case teKort = "te_kort"
    /// The evidence is too thin or points both ways: `Analysis.alternatives` holds the readings.
    case onzeker

    public static let kind = VocabularyKind.mode

    /// The mode's name for people (`Lexicons/vocabulary.tsv`).
    public var label: Localized { name }

    /// A column heading short enough for a terminal table ("piek.", "brood.").
    public var shortName: Localized { row.detail ?? name }
}

/// Depth levels 0…4 (`Corpus/ANNOTATION.md`). The names people read differ from the keys where
/// a key would mislead: level 1 is *vertellend* (narrative), not *beschrijvend*, which is a mode
/// ("piekeren · diepgang 1 (beschrijvend)" read as two verdicts at once); the JSON key
/// `depth.label` stays `beschrijvend` so existing files keep their meaning.
public enum DepthLabel: String, Sendable, CaseIterable, Codable, VocabularyTerm {
    case geenReflectie = "geen_reflectie"
    case beschrijvend
    case analyserend
    case betekenisgevend
    case transformerend

    public static let kind = VocabularyKind.depth

    public init(level: Int) {
        self = DepthLabel.allCases[min(max(level, 0), 4)]
    }

    public var level: Int { index }

    /// What a note needs for this level, in a sentence.
    public var meaning: Localized { row.detail ?? name }
}

/// Whether a why-question inquires or broods (`Corpus/ANNOTATION.md`).
public enum WhyKind: String, Sendable, CaseIterable, Codable, VocabularyTerm {
    case onderzoekend, piekerend

    public static let kind = VocabularyKind.whyKind
}
