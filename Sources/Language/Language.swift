/// The linguistic layer between tokens and lexicon cues: lemmas, word classes, clause facts
/// and voice for a tokenised Dutch note.
///
/// Everything it knows is data under `Lexicons/language/` (a lemma table derived from openly
/// licensed resources, hand-written tables of irregular verbs, closed word classes, separable
/// particles, persons and reporting verbs, and suffix rules for unknown words); this module is
/// the one engine that reads them.
///
/// Use:
///
///     let annotator = LanguageAnnotator.standard()          // or .load(from: folder)
///     var annotation = LanguageAnnotation()                  // reuse it for every note
///     annotator.annotate(text, tokenization, into: &annotation)
///     annotation.lemma[t]        // Int32 lemma id; annotation.lemmaString(id) → "nadenken"
///     annotation.upos[t]         // WordClass (UPOS-like): .verb, .noun, .pron …
///     annotation.clauseOf[t]     // index into annotation.clauses (-1 for none)
///     annotation.clauses[c]      // ClauseFacts: subject class, tense, modality, question, …
///     annotation.voice[t]        // .own, .quoted or .reported
///     annotation.partner[t]      // a separable verb and its particle point at each other
///
/// `annotate` fills the arrays of a reused `LanguageAnnotation` in place: after the first notes
/// it allocates nothing. Unknown words never fail: a compound's known tail, then suffix rules,
/// then the word itself.

/// A word class, after the Universal Dependencies UPOS tags.
public enum WordClass: UInt8, Sendable, CaseIterable {
    case noun, verb, aux, adj, adv, pron, det, adp, cconj, sconj, num, propn, punct, intj, sym, x

    /// The UPOS tag as written in CoNLL-U.
    public var tag: String {
        switch self {
        case .noun: "NOUN"
        case .verb: "VERB"
        case .aux: "AUX"
        case .adj: "ADJ"
        case .adv: "ADV"
        case .pron: "PRON"
        case .det: "DET"
        case .adp: "ADP"
        case .cconj: "CCONJ"
        case .sconj: "SCONJ"
        case .num: "NUM"
        case .propn: "PROPN"
        case .punct: "PUNCT"
        case .intj: "INTJ"
        case .sym: "SYM"
        case .x: "X"
        }
    }

    public init?(tag: String) {
        guard let c = WordClass.allCases.first(where: { $0.tag == tag }) else { return nil }
        self = c
    }

    @inline(__always) var bit: UInt32 { 1 << UInt32(rawValue) }
    @inline(__always) var isVerbal: Bool { self == .verb || self == .aux }
}

/// Who a clause's subject is.
public enum SubjectClass: UInt8, Sendable, CaseIterable {
    /// No subject found (an imperative, a fragment, a heading).
    case none
    case ik, wij, jij
    /// Another person: hij, zij, de cliënt, mijn collega, a name.
    case ander
    /// An institution or system: de organisatie, het management, de zorg, de gemeente.
    case instelling
    /// A thing or a fact: het gesprek, dat, het.
    case zaak

    /// The name in machine-readable output.
    public var name: String {
        switch self {
        case .none: "none"
        case .ik: "ik"
        case .wij: "wij"
        case .jij: "jij"
        case .ander: "ander"
        case .instelling: "instelling"
        case .zaak: "zaak"
        }
    }

    init?(name: String) {
        guard let c = SubjectClass.allCases.first(where: { $0.name == name }) else { return nil }
        self = c
    }
}

/// The tense of a clause, read from its finite verb and the verbs beside it.
public enum Tense: UInt8, Sendable, CaseIterable {
    /// No finite verb.
    case none
    case present, past
    /// hebben/zijn (present) with a participle: "ik heb nagedacht".
    case perfect
    /// hebben/zijn (past) with a participle: "ik had nagedacht".
    case pluperfect
    /// zullen, or gaan with an infinitive: a plan or expectation.
    case future

    public var name: String {
        switch self {
        case .none: "none"
        case .present: "present"
        case .past: "past"
        case .perfect: "perfect"
        case .pluperfect: "pluperfect"
        case .future: "future"
        }
    }
}

/// The modal verbs of a clause.
public struct Modality: OptionSet, Sendable, Hashable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    public static let kunnen = Modality(rawValue: 1)
    public static let moeten = Modality(rawValue: 2)
    public static let willen = Modality(rawValue: 4)
    public static let mogen = Modality(rawValue: 8)
    /// zou/zouden: a conditional or a wish ("ik zou het anders doen").
    public static let conditional = Modality(rawValue: 16)

    public var names: [String] {
        var out: [String] = []
        if contains(.kunnen) { out.append("kunnen") }
        if contains(.moeten) { out.append("moeten") }
        if contains(.willen) { out.append("willen") }
        if contains(.mogen) { out.append("mogen") }
        if contains(.conditional) { out.append("conditional") }
        return out
    }
}

/// Whose words a token is.
public enum Voice: UInt8, Sendable, CaseIterable {
    /// The writer's own words.
    case own
    /// Inside quotation marks (any Dutch style), or a quoted line.
    case quoted
    /// Reported speech or thought of someone: "ze zei dat ik voortaan …", "volgens haar …".
    case reported

    public var name: String {
        switch self {
        case .own: "own"
        case .quoted: "quoted"
        case .reported: "reported"
        }
    }
}

/// What the annotator reads of one clause.
public struct ClauseFacts: Sendable, Hashable {
    /// Token indices of the clause (within one sentence).
    public var tokens: Range<Int>
    public var sentence: Int32
    /// The finite verb and the subject's head token (-1: none found).
    public var finiteVerb: Int32 = -1
    public var subject: Int32 = -1
    public var subjectClass: SubjectClass = .none
    public var tense: Tense = .none
    public var modality: Modality = []
    /// The sentence ends with a question mark.
    public var isQuestion = false
    /// Opened by a subordinating conjunction or a relative pronoun.
    public var isSubordinate = false
    /// Whose words the clause is, and, when not the writer's, who speaks (`.none`: not known).
    public var voice: Voice = .own
    public var speaker: SubjectClass = .none
    /// A question put by someone else: a quoted question, or a reported one ("hij vroeg waarom").
    public var questionByOther = false

    public init(tokens: Range<Int>, sentence: Int32) {
        self.tokens = tokens
        self.sentence = sentence
    }
}

/// The annotation of one note. Reuse one value across notes: `annotate` keeps the capacity.
public struct LanguageAnnotation: Sendable {
    /// Per token: the lemma id (see `lemmaString`), the word class, the clause, the voice, and
    /// the partner of a separable verb (the particle for the verb and the verb for the particle;
    /// -1 for none).
    public internal(set) var lemma: [Int32] = []
    public internal(set) var upos: [WordClass] = []
    public internal(set) var clauseOf: [Int32] = []
    public internal(set) var voice: [Voice] = []
    public internal(set) var partner: [Int32] = []
    public internal(set) var clauses: [ClauseFacts] = []
    /// Per token: how the verb form reads (internal to the clause analysis).
    var verbForm: [VerbForm] = []
    /// Per token: the reading used (index into `LanguageData.readings`), -1 for none.
    var readingOf: [Int32] = []
    /// How many tokens the lexer has read (the per-token arrays are sized before it starts).
    var lexed = 0
    /// Lemmas made for this note (compounds, unknown words): ids from `data.lemmaCount` on.
    var localBytes: [UInt8] = []
    var localOffsets: [Int32] = [0]
    var scratch: [UInt8] = []
    var data: LanguageData?

    public init() {}

    /// The lemma of an id, lower case (names keep their capitals).
    public func lemmaString(_ id: Int32) -> String {
        withLemmaBytes(id) { String(decoding: $0, as: UTF8.self) }
    }

    /// The lemma bytes of an id, borrowed for `body`.
    public func withLemmaBytes<R>(_ id: Int32, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        guard let data, id >= 0 else { return body(UnsafeBufferPointer(start: nil, count: 0)) }
        if Int(id) < data.lemmaCount { return data.withLemma(Int(id), body) }
        let k = Int(id) - data.lemmaCount
        let start = Int(localOffsets[k]), end = Int(localOffsets[k + 1])
        return localBytes.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[start..<end])) }
    }

    /// The same for a body that returns an Int32: the lexicons' lemma look-up calls it for every
    /// token from another module, where the generic version runs unspecialised (a few hundred
    /// instructions a call); this one is compiled for Int32 here.
    public func withLemmaBytes(_ id: Int32, _ body: (UnsafeBufferPointer<UInt8>) -> Int32) -> Int32 {
        guard let data, id >= 0 else { return body(UnsafeBufferPointer(start: nil, count: 0)) }
        if Int(id) < data.lemmaCount { return data.withLemma(Int(id), body) }
        let k = Int(id) - data.lemmaCount
        let start = Int(localOffsets[k]), end = Int(localOffsets[k + 1])
        return localBytes.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[start..<end])) }
    }

    /// The lemma of token `t`.
    public func lemmaString(token t: Int) -> String { lemmaString(lemma[t]) }

    public var count: Int { lemma.count }
}

/// How a verb form reads.
enum VerbForm: UInt8, Sendable {
    case none, present, past, participle, infinitive
}
