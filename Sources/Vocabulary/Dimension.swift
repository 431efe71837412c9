import DiepgangCore

/// The two poles of each dimension.
public enum Pole: String, Sendable, CaseIterable, Codable, VocabularyTerm {
    case piekeren, reflecteren

    public static let kind = VocabularyKind.pole

    public var opposite: Pole { self == .piekeren ? .reflecteren : .piekeren }
}

/// The five dimensions of piekeren versus reflecteren (`Corpus/ANNOTATION.md`), in their fixed order.
public enum Dimension: String, Sendable, CaseIterable, Codable, VocabularyTerm {
    case perspectief, focus, houding, benadering, oorzaken

    public static let kind = VocabularyKind.dimension

    /// How one pole of this dimension reads ("alleen eigen blik" ↔ "ook de ander").
    public func side(_ pole: Pole) -> Localized {
        VocabularyFile.builtIn.rows(.dimensionPole)[index * Pole.allCases.count + pole.index].name
    }
}
