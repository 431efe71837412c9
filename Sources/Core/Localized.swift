/// The language of human-facing output. Machine-readable keys are always English snake_case.
public enum Language: String, Sendable, CaseIterable {
    case nl, en
}

/// A human-facing text in Dutch (the default) and English (`--lang en`).
public struct Localized: Sendable, Hashable, ExpressibleByStringLiteral {
    public var nl: String
    public var en: String

    public init(nl: String, en: String) {
        self.nl = nl
        self.en = en
    }

    /// The same text in both languages (names, numbers, symbols).
    public init(stringLiteral value: String) {
        self.init(nl: value, en: value)
    }

    public func callAsFunction(_ language: Language) -> String {
        language == .en ? en : nl
    }
}
