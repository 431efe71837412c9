import DiepgangCore

/// The lexicon categories the analysis gives a role (`Lexicons/vocabulary.tsv`, kind
/// `category`). A category of a user's own lexicon is `.other`: matched and reported as a
/// marker under its own name, without a score.
public enum LexiconCategory: String, Sendable, CaseIterable, Codable, VocabularyTerm {
    case perspectief, focus, houding, benadering, oorzaken
    case spijt, herhaling, malen, zelfverwijt, absoluut, spuien, onvermogen, vergelijking
    case perspectiefname, fase, waarom, doel, ontkenning, grens, voorbehoud, hypothetisch
    case waarneming, interpretatie, persoon, verhaal, eerder, toekomst, aanname, metareflectie, verband, kanteling
    /// Structure for the scoping rules (`Rules/`): fixed phrases, function words, reporting
    /// frames, form labels, one's own convenience.
    case idioom, functiewoord, weergave, formulier, eigenbelang
    case other

    public static let kind = VocabularyKind.category

    /// The category a lexicon entry names; `.other` for one the program does not know.
    public init(named name: String) {
        self = LexiconCategory(rawValue: name) ?? .other
    }

    /// Shown to a coach as a marker? (Persons, narrative verbs, clause boundaries and time words
    /// steer the rules but would drown the evidence.) An array read, no string.
    public var isReported: Bool { VocabularyFile.builtIn.reportedCategories[index] }

    /// What a marker of this category is evidence of, for the note view.
    public var evidence: Localized? { row.detail }
}

/// The labels of categories whose label is neither a pole nor a phase (`-`: none).
public enum EntryLabel: String, Sendable, CaseIterable, Codable, VocabularyTerm {
    case none = "-"
    case ik, wij, jij, ander, instelling           // persoon
    case direct, indirect, uitspraak, geen         // waarom
    case verleden, tijd, gevoel, spreken, handeling // verhaal
    case clause = "zin", following = "volgende"    // ontkenning

    public static let kind = VocabularyKind.label

    /// The label an entry carries; `.none` for a pole, a phase or no label.
    public init(named label: String) {
        self = EntryLabel(rawValue: label) ?? .none
    }

    /// What a marker with this label is, for the note view.
    public var evidence: Localized? { row.detail }
}
