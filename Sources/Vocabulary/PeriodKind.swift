import DiepgangCore

/// How notes are grouped in time (`trends --period`); the name is the word for one step
/// ("+0,12 niveau per maand").
public enum PeriodKind: String, Sendable, CaseIterable, Codable, VocabularyTerm {
    case week, month, quarter

    public static let kind = VocabularyKind.period
}
