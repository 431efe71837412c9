import DiepgangCore
import DiepgangResources
import Dispatch
import Foundation
import DiepgangTokenizer

/// The coaching question that opens a missing spiral phase (the spiral: `Corpus/ANNOTATION.md` §5).
public struct CoachingQuestion: Sendable, Hashable {
    public var phase: Int
    public var question: Localized
}

/// Every lexicon of a folder, validated and compiled for matching: what the analysis reads.
///
/// Files: each `*.lex` at the top of the folder is a family; `coaching-questions.txt` holds the
/// question per phase. Subfolders belong to other parts of the program (tokenizer/, privacy/)
/// and are ignored here, except that the tokenizer's files count towards `version`.
public struct LexiconSet: Sendable {
    public static let coachingFile = "coaching-questions.txt"

    public let origin: String
    public let files: [LexiconFile]
    /// All entries of all files, in file order; `LexiconMatch.entry` indexes this array.
    public let entries: [LexiconEntry]
    /// Question per phase 1…5.
    public let coaching: [CoachingQuestion]
    /// The rules' and the verdict's numbers by name (`weights.txt`).
    public let weights: [String: Double]
    /// The learned reading of the mode (`mode-model.tsv`); without it the rules decide alone.
    public let modeModel: ModeModelFile?
    /// `lexicon_version`: a fingerprint of the lexicon content actually used.
    public let version: String
    let matcher: CompiledMatcher

    /// The lexicon files built into the program that the analysis reads: the privacy word lists
    /// are large and not used by it, nor the language data (megabytes), unless an entry matches on
    /// lemmas (see `init`).
    public static func standardFolder() -> ResourceFolder {
        ResourceFolder.embedded("Lexicons", including: { !$0.hasPrefix("privacy/") && !$0.hasPrefix("language/") })
    }

    /// The lexicons built into the program.
    public static func standard() -> LexiconSet {
        do {
            return try LexiconSet(folder: standardFolder())
        } catch {
            // The embedded lexicons are checked by the tests; reaching this is a build defect.
            fatalError("the built-in lexicons are invalid: \(error)")
        }
    }

    /// Loads and compiles a folder; throws a `DiepgangError` (exit 65) listing every problem.
    public init(folder: ResourceFolder) throws {
        let (files, coaching, weights, modeModel, issues) = LexiconSet.read(folder)
        guard issues.isEmpty else {
            let shown = issues.prefix(20)
            let more = issues.count > shown.count ? issues.count - shown.count : 0
            let nl = shown.map { $0.message(.nl) }.joined(separator: "\n") + (more > 0 ? "\n… en nog \(more) fouten" : "")
            let en = shown.map { $0.message(.en) }.joined(separator: "\n") + (more > 0 ? "\n… and \(more) more errors" : "")
            throw DiepgangError(.dataError, nl: "ongeldige lexicons in \(folder.origin):\n\(nl)",
                                en: "invalid lexicons in \(folder.origin):\n\(en)")
        }
        let lemmas = files.contains { $0.entries.contains { $0.usesLemmas } }
        var fingerprinted = folder
        if lemmas && !folder.files.contains(where: { $0.path.hasPrefix("language/") }) {
            // Lemma entries over a folder without `language/` are read with the built-in data.
            fingerprinted = ResourceFolder(origin: folder.origin,
                                           files: folder.files + ResourceFolder.embedded("Lexicons", including: { $0.hasPrefix("language/") }).files)
        }
        self.init(origin: folder.origin, files: files, coaching: coaching, weights: weights, modeModel: modeModel,
                  version: LexiconSet.fingerprint(fingerprinted, lemmas: lemmas))
    }

    init(origin: String, files: [LexiconFile], coaching: [CoachingQuestion], weights: [String: Double], modeModel: ModeModelFile?, version: String) {
        self.origin = origin
        self.files = files
        self.entries = files.flatMap { $0.entries }
        self.coaching = coaching
        self.weights = weights
        self.modeModel = modeModel
        self.version = version
        self.matcher = CompiledMatcher(entries: entries)
    }

    /// The same lexicons with another weights table (to measure a rule switched off, say).
    public func replacingWeights(_ table: [String: Double]) -> LexiconSet {
        LexiconSet(origin: origin, files: files, coaching: coaching, weights: table, modeModel: modeModel, version: version)
    }

    /// The same lexicons with another mode model (a retrained one, or one to test).
    public func replacingModeModel(_ model: ModeModelFile) -> LexiconSet {
        LexiconSet(origin: origin, files: files, coaching: coaching, weights: weights, modeModel: model, version: version)
    }

    /// The same lexicons without the mode model: the rules alone decide the mode. The version
    /// says so (`…+rules`), so no output passes for the model's.
    public func withoutModeModel() -> LexiconSet {
        LexiconSet(origin: origin, files: files, coaching: coaching, weights: weights, modeModel: nil,
                   version: modeModel == nil ? version : version + "+rules")
    }

    /// Every problem in a folder's lexicons, file by file (empty: valid).
    public static func validate(_ folder: ResourceFolder) -> [LexiconIssue] {
        read(folder).issues
    }

    /// The files that define the lexicons (and so the version).
    static func lexiconFiles(_ folder: ResourceFolder) -> [ResourceFile] {
        folder.files.filter { !$0.path.contains("/") && $0.path.hasSuffix(".lex") }
    }

    /// A fingerprint of everything the analysis reads from the folder: the lexicon files, the
    /// coaching questions and the tokenizer's data (which decides the sentences).
    /// The language data (`language/`) counts only when an entry matches on lemmas (`=blijven`):
    /// only then can it change a result.
    public static func fingerprint(_ folder: ResourceFolder, lemmas: Bool = false) -> String {
        let used = folder.files.filter {
            (!$0.path.contains("/") && ($0.path.hasSuffix(".lex") || $0.path == coachingFile || $0.path == WeightsFile.name || $0.path == ModeModelFile.name)) || $0.path.hasPrefix("tokenizer/")
                || (lemmas && $0.path.hasPrefix("language/"))
        }
        return ResourceFolder.fingerprint(used)
    }

    static func read(_ folder: ResourceFolder) -> (files: [LexiconFile], coaching: [CoachingQuestion], weights: [String: Double], modeModel: ModeModelFile?, issues: [LexiconIssue]) {
        var issues: [LexiconIssue] = []
        var files: [LexiconFile] = []
        let lexFiles = lexiconFiles(folder)
        if lexFiles.isEmpty {
            issues.append(LexiconIssue(file: folder.origin, line: 0,
                                       reason: Localized(nl: "geen .lex-bestanden in deze map", en: "no .lex files in this folder")))
        }
        // The files are independent: read them side by side (most of the start-up time).
        let parsed = IndexedResults<(file: LexiconFile, issues: [LexiconIssue])>(count: lexFiles.count)
        DispatchQueue.concurrentPerform(iterations: lexFiles.count) { i in
            parsed.set(i, LexiconParser.parse(path: lexFiles[i].path, bytes: lexFiles[i].bytes))
        }
        for case let (file, problems)? in parsed.values {
            files.append(file)
            issues += problems
        }
        var coaching: [CoachingQuestion] = []
        if let f = folder.file(coachingFile) {
            let (questions, problems) = parseCoaching(path: f.path, bytes: f.bytes)
            coaching = questions
            issues += problems
        } else {
            issues.append(LexiconIssue(file: coachingFile, line: 0,
                                       reason: Localized(nl: "bestand ontbreekt (de coachvragen per fase)", en: "file missing (the coaching questions per phase)")))
        }
        // Matching needs no weights; the analysis says which it needs (`Weights`).
        var weights: [String: Double] = [:]
        if let f = folder.file(WeightsFile.name) {
            let (table, problems) = WeightsFile.parse(path: f.path, bytes: f.bytes)
            weights = table
            issues += problems
        }
        var modeModel: ModeModelFile?
        if let f = folder.file(ModeModelFile.name) {
            let (model, problems) = ModeModelFile.parse(path: f.path, bytes: f.bytes)
            modeModel = model
            issues += problems
        }
        return (files, coaching, weights, modeModel, issues)
    }

    /// `fase | vraag in het Nederlands | question in English`, one line per phase 1…5.
    static func parseCoaching(path: String, bytes: [UInt8]) -> ([CoachingQuestion], [LexiconIssue]) {
        var issues: [LexiconIssue] = []
        var questions: [Int: (CoachingQuestion, Int)] = [:]
        guard let text = String(validating: bytes, as: UTF8.self) else {
            return ([], [LexiconIssue(file: path, line: LexiconParser.firstInvalidLine(bytes), reason: Localized(nl: "geen geldige UTF-8", en: "not valid UTF-8"))])
        }
        var lineNumber = 0
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let line = raw.trimmingSpaces
            if line.isEmpty || line.hasPrefix("#") { continue }
            let fields = line.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingSpaces }
            guard fields.count == 3, let phase = Int(fields[0]), (1...5).contains(phase), !fields[1].isEmpty, !fields[2].isEmpty else {
                issues.append(LexiconIssue(file: path, line: lineNumber,
                                           reason: Localized(nl: "verwacht 'fase (1-5) | vraag | question'", en: "expected 'phase (1-5) | vraag | question'")))
                continue
            }
            if let (_, first) = questions[phase] {
                issues.append(LexiconIssue(file: path, line: lineNumber,
                                           reason: Localized(nl: "fase \(phase) staat al op regel \(first)", en: "phase \(phase) is already on line \(first)")))
                continue
            }
            questions[phase] = (CoachingQuestion(phase: phase, question: Localized(nl: fields[1], en: fields[2])), lineNumber)
        }
        for phase in 1...5 where questions[phase] == nil {
            issues.append(LexiconIssue(file: path, line: max(1, lineNumber),
                                       reason: Localized(nl: "de vraag voor fase \(phase) ontbreekt", en: "the question for phase \(phase) is missing")))
        }
        return ((1...5).compactMap { questions[$0]?.0 }, issues)
    }

    public func question(forPhase phase: Int) -> Localized? {
        coaching.first { $0.phase == phase }?.question
    }

    /// Entry counts per family and category, for `lexicon list`.
    public func summary() -> [(family: String, description: String, categories: [(name: String, count: Int)])] {
        files.map { file in
            var counts: [String: Int] = [:]
            var order: [String] = []
            for e in file.entries {
                if counts[e.category] == nil { order.append(e.category) }
                counts[e.category, default: 0] += 1
            }
            return (file.family, file.description, order.map { ($0, counts[$0]!) })
        }
    }

    // MARK: matching

    /// Looks up every token of a text once (see `match`). `range(i)` gives token i's byte range.
    public func computeKeys(_ text: UnsafeBufferPointer<UInt8>, tokenCount: Int, range: (Int) -> Range<Int>, into keys: inout TokenKeys) {
        matcher.computeKeys(text, count: tokenCount, range: range, into: &keys)
    }

    /// Looks up the tokens of a tokenised text (the hot path of the analysis).
    public func computeKeys(_ text: UnsafeBufferPointer<UInt8>, tokens: UnsafeBufferPointer<Token>, into keys: inout TokenKeys) {
        matcher.computeKeys(text, tokens: tokens, into: &keys)
    }

    /// Does any entry match on lemmas (`=blijven`)? Only then are lemma keys needed.
    public var usesLemmas: Bool { matcher.usesLemmas }

    /// Looks up each token's lemma for `=lemma` elements, after `computeKeys`. `lemma(t, body)`
    /// calls `body` with token t's lemma bytes (from the linguistic layer) and returns its result.
    /// Does nothing when no entry uses a lemma.
    public func computeLemmaKeys(tokenCount: Int, lemma: (Int, (UnsafeBufferPointer<UInt8>) -> Int32) -> Int32, into keys: inout TokenKeys) {
        matcher.computeLemmaKeys(count: tokenCount, lemma: lemma, into: &keys)
    }

    /// Appends the matches of every entry within a token range (one sentence), ordered by start.
    /// `keys` is updated with which words the sentence holds (a filter that spares most attempts).
    public func match(_ keys: inout TokenKeys, tokens: Range<Int>, into matches: inout [LexiconMatch]) {
        matcher.match(&keys, tokens: tokens, into: &matches)
    }

    /// Ids of the entries of a category (to ask "which entries are negators").
    public func entryIDs(category: String) -> [Int32] {
        entries.indices.filter { entries[$0].category == category }.map { Int32($0) }
    }
}
