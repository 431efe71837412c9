import DiepgangCore

/// The five phases of Korthagen's reflection spiral (`Corpus/ANNOTATION.md`). Keyed by number:
/// JSON writes a phase as its number, and the lexicons label phase entries `1`…`5`.
public enum SpiralPhase: Int, Sendable, CaseIterable, Codable, Comparable, VocabularyTerm {
    case handelen = 1, terugblikken, bewustwording, alternatieven, uitproberen

    public static let kind = VocabularyKind.phase

    public static func < (a: SpiralPhase, b: SpiralPhase) -> Bool { a.rawValue < b.rawValue }

    public var key: String { String(rawValue) }

    /// The short name, where space is scarce (the axes of the trend charts).
    public var shortName: Localized { row.detail ?? name }
}
