import DiepgangCore
import func Foundation.log
import func Foundation.log1p

/// What the mode model reads of one note: the evidence the rules found (markers, why-questions,
/// phases, pole weights, the rules' own reading) and a few facts of the text's surface, tallied
/// once so that each `ModeFeature` is a look-up.
struct ModeFacts {
    var words: Int
    var sentences: Int
    /// The markers as reported: the words behind a feature, for the evidence.
    var markers: [Marker]
    var phases: [SpiralPhase]
    var piekeren: Double
    var reflecteren: Double
    /// The rules' own verdict: their best reading, whether they were unsure of it, and their
    /// confidence in it and in its depth (`calibration` needs those).
    var rules: VerdictReading
    var rulesUnsure: Bool { rules.mode == .onzeker }
    /// Whether the writer speaks outside quotes: without that voice the rules, not the model, decide.
    var voiced: Bool
    /// The level the note gets for each of `ModeFeature.modes` (the depth follows the mode; worked
    /// out for training only, else empty).
    var depthByMode: [Int]
    /// Person words (`persoon.lex`): ik, wij, jij, ander (`ModeFeature.personKinds` order).
    var persons: SIMD4<Int>
    var wordTokens: Int
    var questionSentences: Int
    var exclamations: Int
    /// Quotation marks: pairs of double quotes, and single quotes counted a quarter each
    /// (a single quote opens "'s avonds" too).
    var quotes: Double
    var ellipses: Int
    /// Numbers, times and dates.
    var digitTokens: Int
    var paragraphs: Int

    /// Markers per category, by the category's rank (`Analyzer.categoryRanks`).
    var categoryCounts: [Int32]
    var tally: EvidenceTally
}

/// The markers and why-questions of a note counted once, so that each feature is a look-up.
struct EvidenceTally {
    /// Counts on the stack: markers per pole × dimension (pole `index` · 5 + dimension `index`:
    /// 0–9), sentences holding a marker of each pole (10 + pole `index`), why-questions per kind
    /// (12 + kind `index`).
    var counts = SIMD16<Int32>()
    static let poleSentences = 10, whyKinds = 12
    var negated = 0
    var whyPurpose = 0
    /// Question sentences without a why-question.
    var otherQuestions = 0

    init(markers: [Marker], whyQuestions: [WhyQuestion], questionSentences: Int) {
        // The last sentence counted per pole: markers come in sentence order.
        var lastSentence = SIMD2<Int>(-1, -1)
        for i in markers.indices {
            if markers[i].negated { negated += 1 }
            guard let pole = markers[i].pole?.index else { continue }
            if let d = markers[i].dimension { counts[pole * 5 + d.index] += 1 }
            if markers[i].sentence != lastSentence[pole] { counts[Self.poleSentences + pole] += 1; lastSentence[pole] = markers[i].sentence }
        }
        var lastWhySentence = -1, whySentences = 0
        for q in whyQuestions {
            counts[Self.whyKinds + q.kind.index] += 1
            if q.purposeLinked { whyPurpose += 1 }
            if q.sentence != lastWhySentence { whySentences += 1; lastWhySentence = q.sentence }
        }
        otherQuestions = max(0, questionSentences - whySentences)
    }
}

/// One number the mode model reads, by its name in `mode-model.tsv`. The names are part of the
/// model file's contract (`Lexicons/README.md`).
enum ModeFeature: Sendable, Equatable {
    /// Markers of a lexicon category per sentence (`cat_<category>`), by the category's rank
    /// (`Analyzer.categoryRanks`; -1 for a name the lexicons do not use: never counted).
    case category(Int32)
    /// Markers of a pole on a dimension per sentence (`piekeren_houding`).
    case poleDimension(Pole, Dimension)
    /// The share of sentences with a marker of the pole (`piekeren_sentence_share`).
    case poleSentenceShare(Pole)
    /// 1 when two or more sentences hold a marker of the pole (`piekeren_two_sentences`).
    case poleTwoSentences(Pole)
    /// Markers turned round by a negation, per sentence.
    case negated
    /// log(1 + the pole's summed weight) (`w_piekeren`).
    case poleWeight(Pole)
    /// (reflecteren − piekeren) / (reflecteren + piekeren) of the weights (`w_balance`).
    case balance
    /// Why-questions of a kind (`why_piekerend`) and those tied to the purpose (`why_purpose`).
    case why(WhyKind)
    case whyPurpose
    /// 1 when the spiral phase is present (`phase_3`).
    case phase(SpiralPhase)
    /// 1 when the rules read this mode (`rules_piekeren`), or were unsure (`rules_unsure`).
    case rules(Mode)
    case rulesUnsure
    case logWords
    /// Words per sentence, divided by 20.
    case wordsPerSentence
    /// Person words per 10 word tokens (`pron_ik`, `pron_wij`, `pron_jij`, `pron_ander`: 0–3).
    case persons(Int)
    /// Question sentences per sentence, and those without a why-question.
    case questions
    case otherQuestions
    /// Per sentence: '!', quotation marks, ellipses ("…", "..."), blank-line paragraph breaks.
    case exclamations
    case quotes
    case ellipsis
    case paragraphs
    /// Tokens with a digit per 10 words.
    case digits

    static let personKinds = ["ik", "wij", "jij", "ander"]

    /// The feature a model file names, or nil for a name the analysis does not know.
    init?(name: String, categoryRanks: [String: Int32]) {
        if name.hasPrefix("cat_"), name.count > 4 { self = .category(categoryRanks[String(name.dropFirst(4))] ?? -1); return }
        if name.hasPrefix("pron_"), let k = Self.personKinds.firstIndex(of: String(name.dropFirst(5))) { self = .persons(k); return }
        if name.hasPrefix("rules_"), let m = Mode(rawValue: String(name.dropFirst(6))), Self.modes.contains(m) { self = .rules(m); return }
        if name.hasPrefix("why_"), let k = WhyKind(rawValue: String(name.dropFirst(4))) { self = .why(k); return }
        if name.hasPrefix("phase_"), let n = Int(name.dropFirst(6)), let p = SpiralPhase(rawValue: n) { self = .phase(p); return }
        if name.hasPrefix("w_"), let p = Pole(rawValue: String(name.dropFirst(2))) { self = .poleWeight(p); return }
        for pole in Pole.allCases where name.hasPrefix(pole.rawValue + "_") {
            let rest = String(name.dropFirst(pole.rawValue.count + 1))
            if rest == "sentence_share" { self = .poleSentenceShare(pole); return }
            if rest == "two_sentences" { self = .poleTwoSentences(pole); return }
            if let d = Dimension(rawValue: rest) { self = .poleDimension(pole, d); return }
        }
        let plain: [String: ModeFeature] = [
            "negated": .negated, "w_balance": .balance, "why_purpose": .whyPurpose, "rules_unsure": .rulesUnsure,
            "log_words": .logWords, "words_per_sentence": .wordsPerSentence, "questions": .questions,
            "other_questions": .otherQuestions, "exclamations": .exclamations, "quotes": .quotes,
            "ellipsis": .ellipsis, "paragraphs": .paragraphs, "digits": .digits,
        ]
        guard let f = plain[name] else { return nil }
        self = f
    }

    /// The modes a model reads (te kort and onzeker are not learned: the word count and the margin decide them).
    static let modes: [Mode] = [.reflecteren, .piekeren, .gemengd, .beschrijvend]

    /// Every feature `train-mode` offers, with one `cat_` per category name given.
    static func standardNames(categories: [String]) -> [String] {
        var names = categories.sorted().map { "cat_" + $0 }
        for pole in Pole.allCases {
            names += Dimension.allCases.map { "\(pole.rawValue)_\($0.rawValue)" }
            names += ["\(pole.rawValue)_sentence_share", "\(pole.rawValue)_two_sentences"]
        }
        names += ["negated", "w_piekeren", "w_reflecteren", "w_balance", "why_onderzoekend", "why_piekerend", "why_purpose"]
        names += SpiralPhase.allCases.map { "phase_\($0.rawValue)" }
        names += modes.map { "rules_" + $0.rawValue } + ["rules_unsure"]
        names += ["log_words", "words_per_sentence"] + personKinds.map { "pron_" + $0 }
        names += ["questions", "other_questions", "exclamations", "quotes", "ellipsis", "digits", "paragraphs"]
        return names
    }

    func value(_ f: ModeFacts) -> Double {
        let perSentence = 1 / Double(max(f.sentences, 1))
        switch self {
        case .category(let rank): return rank >= 0 && Int(rank) < f.categoryCounts.count ? Double(f.categoryCounts[Int(rank)]) * perSentence : 0
        case .poleDimension(let pole, let d): return Double(f.tally.counts[pole.index * 5 + d.index]) * perSentence
        case .poleSentenceShare(let pole): return Double(f.tally.counts[EvidenceTally.poleSentences + pole.index]) * perSentence
        case .poleTwoSentences(let pole): return f.tally.counts[EvidenceTally.poleSentences + pole.index] >= 2 ? 1 : 0
        case .negated: return Double(f.tally.negated) * perSentence
        case .poleWeight(let pole): return log1p(pole == .piekeren ? f.piekeren : f.reflecteren)
        case .balance:
            let total = f.piekeren + f.reflecteren
            return total > 0 ? (f.reflecteren - f.piekeren) / total : 0
        case .why(let kind): return Double(f.tally.counts[EvidenceTally.whyKinds + kind.index])
        case .whyPurpose: return Double(f.tally.whyPurpose)
        case .phase(let p): return f.phases.contains(p) ? 1 : 0
        case .rules(let m): return f.rules.reading == m ? 1 : 0
        case .rulesUnsure: return f.rulesUnsure ? 1 : 0
        case .logWords: return log(Double(max(f.words, 1)))
        case .wordsPerSentence: return Double(max(f.words, 1)) * perSentence / 20
        case .persons(let kind): return 10 * Double(f.persons[kind]) / Double(max(f.wordTokens, 1))
        case .questions: return Double(f.questionSentences) * perSentence
        case .otherQuestions: return Double(f.tally.otherQuestions) * perSentence
        case .exclamations: return Double(f.exclamations) * perSentence
        case .quotes: return f.quotes * perSentence
        case .ellipsis: return Double(f.ellipses) * perSentence
        case .paragraphs: return Double(f.paragraphs) * perSentence
        case .digits: return 10 * Double(f.digitTokens) / Double(max(f.words, 1))
        }
    }

    /// The feature in words for the reasons a coach reads (`name`: its name in the model file,
    /// for a category's own name).
    func label(name: String) -> Localized {
        switch self {
        case .category: return Localized(stringLiteral: String(name.dropFirst(4)))
        case .poleDimension(let p, let d): return Localized(nl: "\(p.name.nl)/\(d.name.nl)", en: "\(p.name.en)/\(d.name.en)")
        case .poleSentenceShare(let p): return Localized(nl: "zinnen met \(p.name.nl)", en: "sentences with \(p.name.en)")
        case .poleTwoSentences(let p): return Localized(nl: "\(p.name.nl) in twee of meer zinnen", en: "\(p.name.en) in two or more sentences")
        case .negated: return Localized(nl: "ontkenningen", en: "negations")
        case .poleWeight(let p): return Localized(nl: "gewicht \(p.name.nl)", en: "weight of \(p.name.en)")
        case .balance: return Localized(nl: "balans piekeren–reflecteren", en: "balance brooding–reflecting")
        case .why(let k): return Localized(nl: "waarom-vragen (\(k.name.nl))", en: "why-questions (\(k.name.en))")
        case .whyPurpose: return Localized(nl: "waarom-vragen naar de bedoeling", en: "why-questions about the purpose")
        case .phase(let ph): return Localized(nl: "fase \(ph.rawValue) (\(ph.name.nl))", en: "phase \(ph.rawValue) (\(ph.name.en))")
        case .rules(let m): return Localized(nl: "de regels lezen \(m.label.nl)", en: "the rules read \(m.label.en)")
        case .rulesUnsure: return Localized(nl: "de regels twijfelen", en: "the rules are unsure")
        case .logWords: return Localized(nl: "lengte", en: "length")
        case .wordsPerSentence: return Localized(nl: "zinslengte", en: "sentence length")
        case .persons(let k):
            return [Localized(nl: "ik-woorden", en: "I-words"), Localized(nl: "wij-woorden", en: "we-words"),
                    Localized(nl: "jij-woorden", en: "you-words"), Localized(nl: "woorden over anderen", en: "words about others")][k]
        case .questions: return Localized(nl: "vragen", en: "questions")
        case .otherQuestions: return Localized(nl: "vragen zonder waarom", en: "questions without why")
        case .exclamations: return Localized(nl: "uitroeptekens", en: "exclamation marks")
        case .quotes: return Localized(nl: "aanhalingstekens", en: "quotation marks")
        case .ellipsis: return Localized(nl: "beletseltekens", en: "ellipses")
        case .paragraphs: return Localized(nl: "alinea's", en: "paragraphs")
        case .digits: return Localized(nl: "getallen", en: "numbers")
        }
    }

    /// Whether markers can lie behind the feature (see `markers`).
    var hasMarkers: Bool {
        switch self {
        case .category, .poleDimension, .poleSentenceShare, .poleTwoSentences, .poleWeight, .balance, .negated, .phase: true
        default: false
        }
    }

    /// The markers behind the feature's value (none for the surface features, the rules'
    /// reading and why-questions): the first, whose words a coach can check, and how many there
    /// are. `name`: the feature's name.
    func markers(_ f: ModeFacts, name: String) -> (first: Marker?, count: Int) {
        guard hasMarkers else { return (nil, 0) }
        let category = name.dropFirst(4)
        func behind(_ m: Marker) -> Bool {
            switch self {
            case .category: return m.category == category
            case .poleDimension(let pole, let d): return m.pole == pole && m.dimension == d
            case .poleSentenceShare(let pole), .poleTwoSentences(let pole), .poleWeight(let pole): return m.pole == pole
            case .balance: return m.pole != nil
            case .negated: return m.negated
            case .phase(let p): return m.category == Category.fase.rawValue && m.label == p.key
            default: return false
            }
        }
        var first: Marker?, count = 0
        for i in f.markers.indices where behind(f.markers[i]) {
            if first == nil { first = f.markers[i] }
            count += 1
        }
        return (first, count)
    }
}
