import DiepgangCore

/// The kinds of personal data the check looks for. Raw values are the JSON `kind`s.
public enum PrivacyKind: String, Sendable, CaseIterable, Hashable, Comparable, Codable {
    case email, telefoon, bsn, iban, postcode, geboortedatum, adres, naam

    /// What replaces a finding in a redacted corpus: "[EMAIL]", "[TELEFOON]", …
    public var placeholder: String { "[\(rawValue.uppercased())]" }

    /// For people: the kind's name in Dutch and English.
    public var label: Localized {
        switch self {
        case .email: return Localized(nl: "e-mailadres", en: "e-mail address")
        case .telefoon: return Localized(nl: "telefoonnummer", en: "phone number")
        case .bsn: return Localized(nl: "BSN", en: "citizen service number (BSN)")
        case .iban: return Localized(nl: "IBAN", en: "IBAN")
        case .postcode: return Localized(nl: "postcode", en: "postcode")
        case .geboortedatum: return Localized(nl: "geboortedatum", en: "date of birth")
        case .adres: return Localized(nl: "adres", en: "street address")
        case .naam: return Localized(nl: "naam", en: "name")
        }
    }

    /// The plural, for counts other than one ("3 namen", "2 e-mail addresses").
    public var plural: Localized {
        switch self {
        case .email: return Localized(nl: "e-mailadressen", en: "e-mail addresses")
        case .telefoon: return Localized(nl: "telefoonnummers", en: "phone numbers")
        case .bsn: return Localized(nl: "BSN's", en: "citizen service numbers (BSN)")
        case .iban: return Localized(nl: "IBAN's", en: "IBANs")
        case .postcode: return Localized(nl: "postcodes", en: "postcodes")
        case .geboortedatum: return Localized(nl: "geboortedata", en: "dates of birth")
        case .adres: return Localized(nl: "adressen", en: "street addresses")
        case .naam: return Localized(nl: "namen", en: "names")
        }
    }

    /// Which finding wins when two overlap: checked structures before guesses.
    var priority: Int {
        switch self {
        case .email: return 0
        case .iban: return 1
        case .bsn: return 2
        case .telefoon: return 3
        case .geboortedatum: return 4
        case .adres: return 5
        case .postcode: return 6
        case .naam: return 7
        }
    }

    public static func < (a: PrivacyKind, b: PrivacyKind) -> Bool { a.priority < b.priority }
}

/// One piece of likely personal data in a note.
public struct PrivacyFinding: Sendable, Hashable {
    public var kind: PrivacyKind
    /// Unicode-scalar offsets into the note text, end exclusive.
    public var start: Int
    public var end: Int
    public var text: String
    /// How sure the detector is, 0…1: checksums and context give high values, a capitalised
    /// unknown word a low one.
    public var confidence: Double
    /// The same span as UTF-8 byte offsets (for redaction on bytes).
    public var utf8Range: Range<Int>

    public init(kind: PrivacyKind, start: Int, end: Int, text: String, confidence: Double, utf8Range: Range<Int>) {
        self.kind = kind
        self.start = start
        self.end = end
        self.text = text
        self.confidence = confidence
        self.utf8Range = utf8Range
    }
}

/// Counts per kind over a corpus (for summaries and `batch --privacy warn`).
public struct PrivacyTally: Sendable, Equatable {
    public private(set) var notes = 0
    public private(set) var notesWithFindings = 0
    public private(set) var perKind: [PrivacyKind: Int] = [:]

    public init() {}

    public mutating func add(_ findings: [PrivacyFinding]) {
        notes += 1
        if !findings.isEmpty { notesWithFindings += 1 }
        for f in findings { perKind[f.kind, default: 0] += 1 }
    }

    public mutating func merge(_ other: PrivacyTally) {
        notes += other.notes
        notesWithFindings += other.notesWithFindings
        for (k, n) in other.perKind { perKind[k, default: 0] += n }
    }

    public var total: Int { perKind.values.reduce(0, +) }

    /// "3 namen, 1 telefoonnummer" in the user's language, kinds in a fixed order.
    public func summary(_ language: Language) -> String {
        PrivacyKind.allCases.compactMap { k in perKind[k].map { Wording.count($0, k.label(language), k.plural(language)) } }.joined(separator: ", ")
    }
}
