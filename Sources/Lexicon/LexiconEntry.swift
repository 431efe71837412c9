import DiepgangCore
import DiepgangVocabulary

/// What a negation in the same clause does to an entry's match.
public enum NegationEffect: String, Sendable, CaseIterable {
    /// The match counts as written (the default): "nooit" stays absolutist.
    case keep
    /// The pole turns round: "niet stom van hem" is understanding, not judging.
    case flip
    /// The match does not count: "geen spijt" is no regret.
    case cancel
}

/// One element of a pattern: the words (or word prefixes) allowed at this position.
public struct PatternElement: Sendable, Hashable {
    /// Folded word forms; a prefix ends the match of a longer word (`begrijp*`).
    public struct Alternative: Sendable, Hashable {
        public var bytes: [UInt8]
        public var isPrefix: Bool
        /// `=blijven`: any form whose lemma is `bytes` (the linguistic layer's lemma, folded).
        public var isLemma: Bool = false

        public init(bytes: [UInt8], isPrefix: Bool, isLemma: Bool = false) {
            self.bytes = bytes
            self.isPrefix = isPrefix
            self.isLemma = isLemma
        }
    }

    public var alternatives: [Alternative]
    /// May this element be left out (`[me]`)?
    public var isOptional: Bool
    /// How many tokens may be skipped before this element (`had … moeten`): 0 = adjacent.
    public var gapBefore: Int
}

/// Where an entry was written, for validation messages and `lexicon list`.
public struct LexiconLocation: Sendable, Hashable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var description: String { "\(file):\(line)" }
}

/// Restrictions and effects written in an entry's flags column.
public struct EntryFlags: Sendable, Hashable {
    public var negation: NegationEffect = .keep
    /// Counts inside quoted speech too (normally quotes are another person's words).
    public var insideQuotes = false
    /// Only in a sentence that is a question / that is not a question.
    public var questionOnly = false
    public var statementOnly = false
    /// Only as the first words of a sentence (after bullets and quotes).
    public var sentenceStart = false
    /// Counts only with a causal link in its sentence (a context noun such as "pijn" or "drukte"
    /// is no explanation by itself).
    public var needsLink = false
    /// Read as one whole: the other cues inside its words do not count on their own (the
    /// "kennelijk" of "kennelijk niet goed genoeg" is sarcasm, not an interpretation).
    public var readsWhole = false
    /// A bare wish ("ik wil"): the writer's aim in an account, a resolve once the note has seen
    /// how things hang together (rule `wish_aim`).
    public var isWish = false

    public init() {}
}

/// One line of a lexicon file: a pattern and what a match of it means.
public struct LexiconEntry: Sendable, Hashable {
    /// The pattern as written, e.g. `had … moeten`.
    public var pattern: String
    public var elements: [PatternElement]
    /// The marker category, e.g. `houding`, `spijt`, `fase`.
    public var category: String
    /// Pole (`piekeren`/`reflecteren`), phase (`1`…`5`) or another label; `-` when none.
    public var label: String
    public var weight: Double
    public var flags: EntryFlags
    /// The piekeren/reflecteren dimension the entry counts towards, if any.
    public var dimension: String?
    public var note: String
    /// The family (file name without extension) the entry belongs to.
    public var family: String
    public var location: LexiconLocation

    /// Does the pattern use a lemma element (`=blijven`)?
    public var usesLemmas: Bool { elements.contains { $0.alternatives.contains { $0.isLemma } } }
}

/// One lexicon file: a family of entries and the description written at its top.
public struct LexiconFile: Sendable {
    public var family: String
    public var path: String
    public var description: String
    public var entries: [LexiconEntry]
}

/// A problem in a lexicon file, named by file, line and reason.
public struct LexiconIssue: Sendable, CustomStringConvertible, Error {
    public var location: LexiconLocation
    public var reason: Localized

    public init(file: String, line: Int, reason: Localized) {
        location = LexiconLocation(file: file, line: line)
        self.reason = reason
    }

    public var description: String { "\(location): \(reason.nl)" }
    public func message(_ language: Language) -> String { "\(location): \(reason(language))" }
}

/// The categories the analysis knows, with the labels each allows and the dimension each feeds,
/// as `Lexicons/vocabulary.tsv` declares them. Other categories may be added in a user's own
/// lexicon: they are matched and reported as markers but carry no score.
public enum LexiconSchema {
    public static let dimensions = Dimension.allCases.map(\.key)
    public static let poles = Pole.allCases.map(\.key)

    /// Category → allowed labels (`nil`: any label, `-` included).
    public static let labels: [String: [String]?] = {
        var map: [String: [String]?] = [:]
        for category in LexiconCategory.allCases where category != .other { map[category.key] = category.row.labels }
        return map
    }()

    /// The dimension every entry of a category counts towards (`perspectief` for
    /// `perspectief`, …), if the category has one.
    public static func dimension(of category: String) -> String? {
        let known = LexiconCategory(named: category)
        return known == .other ? nil : known.row.dimension
    }
}
