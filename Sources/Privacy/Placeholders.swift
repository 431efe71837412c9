import DiepgangCore

extension PrivacyKind {
    /// The word inside a placeholder: "NAAM" in Dutch, "NAME" in English.
    public func tag(_ language: Language) -> String {
        switch (self, language) {
        case (.naam, .nl): return "NAAM"
        case (.naam, .en): return "NAME"
        case (.adres, .nl): return "ADRES"
        case (.adres, .en): return "ADDRESS"
        case (.telefoon, .nl): return "TELEFOON"
        case (.telefoon, .en): return "PHONE"
        case (.geboortedatum, .nl): return "GEBOORTEDATUM"
        case (.geboortedatum, .en): return "BIRTHDATE"
        case (.email, _): return "EMAIL"
        case (.bsn, _): return "BSN"
        case (.iban, _): return "IBAN"
        case (.postcode, _): return "POSTCODE"
        }
    }
}

/// How findings become placeholders: numbered per note ("[NAAM-1]" is one person everywhere in
/// that note), or, with a secret key, a keyed fingerprint that is the same across a corpus
/// ("[NAAM-3fa2b1c9]") and cannot be reversed by hashing a name list without the key.
public struct PlaceholderPolicy: Sendable {
    public var language: Language
    /// HMAC-SHA256 key for corpus-wide placeholders; nil numbers per note.
    public var key: [UInt8]?

    public init(language: Language = .nl, key: [UInt8]? = nil) {
        self.language = language
        self.key = key
    }
}

/// The placeholders of one note. A value seen again gets its placeholder again; a name whose words
/// are all part of a name seen before, or the other way round ("Fatima" and "Fatima El Amrani"),
/// is the same person.
public struct NotePlaceholders: Sendable {
    public let policy: PlaceholderPolicy
    private var seen: [(kind: PrivacyKind, words: [String], token: String)] = []
    private var counts: [PrivacyKind: Int] = [:]

    public init(policy: PlaceholderPolicy) { self.policy = policy }

    /// Lower-case letter-and-digit runs of a value: "06-123 45" → ["06", "123", "45"].
    static func words(_ text: String) -> [String] {
        var out: [String] = []
        var cur = ""
        for s in text.lowercased().unicodeScalars {
            if s.properties.isAlphabetic || (s.value >= 0x30 && s.value <= 0x39) { cur.unicodeScalars.append(s) }
            else if !cur.isEmpty { out.append(cur); cur = "" }
        }
        if !cur.isEmpty { out.append(cur) }
        return out
    }

    public mutating func placeholder(for finding: PrivacyFinding) -> String {
        let kind = finding.kind
        var words = Self.words(finding.text)
        if kind != .naam { words = [words.joined()] }
        for s in seen where s.kind == kind {
            if s.words == words { return s.token }
            if kind == .naam && !words.isEmpty && (words.allSatisfy({ s.words.contains($0) }) || s.words.allSatisfy({ words.contains($0) })) { return s.token }
        }
        let token: String
        if let key = policy.key {
            let mac = HMACSHA256.mac(key: key, message: Array((kind.rawValue + "\u{0}" + words.joined(separator: " ")).utf8))
            token = "[\(kind.tag(policy.language))-\(HMACSHA256.hex(mac.prefix(4)))]"
        } else {
            let n = counts[kind, default: 0] + 1
            counts[kind] = n
            token = "[\(kind.tag(policy.language))-\(n)]"
        }
        seen.append((kind, words, token))
        return token
    }
}

/// What a redaction replaced: per kind, how many spans and how many distinct placeholders. No
/// values: a report of a redaction must not undo it.
public struct RedactionTally: Sendable, Equatable {
    public private(set) var spans: [PrivacyKind: Int] = [:]
    public private(set) var distinct: [PrivacyKind: Int] = [:]
    private var tokens: Set<String> = []

    public init() {}

    public mutating func add(_ kind: PrivacyKind, token: String, scope: String) {
        spans[kind, default: 0] += 1
        if tokens.insert(scope + "\u{0}" + token).inserted { distinct[kind, default: 0] += 1 }
    }

    public var total: Int { spans.values.reduce(0, +) }
}

extension PrivacyScanner {
    /// Byte-level redaction with placeholders: findings' `utf8Range`s ascending, not overlapping.
    /// Every byte outside the findings is kept; `replaced` gets each (finding, placeholder).
    public static func redact(_ bytes: [UInt8], _ findings: [PrivacyFinding], placeholders: inout NotePlaceholders,
                              replaced: (PrivacyFinding, String) -> Void = { _, _ in }) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var at = 0
        for f in findings.sorted(by: { $0.utf8Range.lowerBound < $1.utf8Range.lowerBound }) where f.utf8Range.lowerBound >= at {
            out.append(contentsOf: bytes[at..<f.utf8Range.lowerBound])
            let token = placeholders.placeholder(for: f)
            replaced(f, token)
            out.append(contentsOf: token.utf8)
            at = f.utf8Range.upperBound
        }
        out.append(contentsOf: bytes[at...])
        return out
    }

    public static func redact(_ text: String, _ findings: [PrivacyFinding], placeholders: inout NotePlaceholders,
                              replaced: (PrivacyFinding, String) -> Void = { _, _ in }) -> String {
        String(decoding: redact(Array(text.utf8), findings, placeholders: &placeholders, replaced: replaced), as: UTF8.self)
    }
}
