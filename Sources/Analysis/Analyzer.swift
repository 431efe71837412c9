import DiepgangCore
import DiepgangResources
import DiepgangTokenizer
import DiepgangLanguage
import DiepgangLexicon
import DiepgangNotes
import Dispatch

/// Analyses notes: built once from a lexicon folder, then used from any number of threads.
///
/// `analyse` keeps all its working state in local values, so one `Analyzer` can be shared by
/// every worker of a batch run.
public struct Analyzer: Sendable {
    /// The compiled lexicons and rules, behind one reference: an analyser (and every `NoteRun`
    /// that holds one) is copied for the cost of a single retain, not one per table.
    private final class Tables: Sendable {
        let lexicons: LexiconSet
        let tokenizer: Tokenizer
        let language: LanguageAnnotator?
        let roles: [EntryRole]
        let categoryNames: [String]
        let labels: [String]
        let coaching: [Localized]
        let weights: Weights
        /// The learned reading of the mode (`mode-model.tsv`), when the lexicons hold one.
        let modeModel: ModeModel?
        /// Every category name (built-in and the lexicons' own) by its place in name order: the
        /// mode model counts markers per category by these ranks.
        let categoryRanks: [String: Int32]
        /// The place of each category name in the sorted list of all names: per built-in
        /// `Category` (by raw value) and per entry (its own name), so markers are ordered by
        /// name without comparing strings.
        let categoryRank: [Int32]
        let entryCategoryRank: [Int32]
        /// The categories shown as markers (`Category.isReported`), one bit per category: read
        /// for every cue of every note, where the property looks up the vocabulary each time.
        let reportedCategories: UInt64
        /// The phase coverage for each set of present phases (bit `rawValue - 1` per phase): it
        /// depends on nothing else, so its three arrays are made once, not per note.
        let phaseCoverages: [PhaseCoverage]

        init(lexicons: LexiconSet, tokenizer: Tokenizer, language: LanguageAnnotator?) throws {
            // The overlap groups and the categories are bits of a 64-bit mask (`NoteRun.resolveOverlaps`,
            // `NoteRun.held`): more of them would be a build defect, refused here rather than met mid-analysis.
            guard NoteRun.overlapGroupCount <= 64 else {
                throw DiepgangError(.software, nl: "de analyse kent \(NoteRun.overlapGroupCount) overlapgroepen (dimensies, fasen en categorieën); er passen er 64 in een masker",
                                    en: "the analysis knows \(NoteRun.overlapGroupCount) overlap groups (dimensions, phases and categories); a mask holds 64")
            }
            weights = try Weights(lexicons.weights)
            self.lexicons = lexicons
            self.tokenizer = tokenizer
            // Lemma entries without a layer given: the built-in one, read once here.
            self.language = language ?? (lexicons.usesLemmas ? LanguageAnnotator.standard() : nil)
            roles = lexicons.entries.map(EntryRole.init)
            categoryNames = lexicons.entries.map { $0.category }
            labels = lexicons.entries.map { $0.label }
            coaching = SpiralPhase.allCases.map { lexicons.question(forPhase: $0.rawValue) ?? Localized(stringLiteral: "") }
            let questions = self.coaching
            phaseCoverages = (0..<(1 << SpiralPhase.allCases.count)).map { mask in
                let present = SpiralPhase.allCases.filter { mask & (1 << ($0.rawValue - 1)) != 0 }
                let missing = SpiralPhase.allCases.filter { !present.contains($0) }
                return PhaseCoverage(present: present, missing: missing,
                                     suggestions: missing.map { PhaseSuggestion(phase: $0, question: questions[$0.rawValue - 1]) })
            }
            let builtIn = Category.allCases.map(\.rawValue)
            var distinct = Set(builtIn)
            var previous = ""
            for name in categoryNames where name != previous { distinct.insert(name); previous = name }
            let names = distinct.sorted()
            var rank: [String: Int32] = [:]
            for (i, name) in names.enumerated() { rank[name] = Int32(i) }
            categoryRank = builtIn.map { rank[$0]! }
            categoryRanks = rank
            reportedCategories = Category.allCases.reduce(0) { $1.isReported ? $0 | 1 << UInt64($1.index) : $0 }
            // Entries come file by file: a run of one name is looked up once.
            var last = "", lastRank: Int32 = -1
            entryCategoryRank = categoryNames.map { name in
                if lastRank < 0 || name != last { last = name; lastRank = rank[name]! }
                return lastRank
            }
            modeModel = try lexicons.modeModel.map { try ModeModel($0, categoryRanks: rank) }
        }
    }

    private let tables: Tables

    public var lexicons: LexiconSet { tables.lexicons }

    /// The lexicons and the tokenizer borrowed from the tables for the length of `body`: taken
    /// out with `lexicons` and `tokenizer` they are copied, a retain and a release per table in them.
    func withTables<R>(_ body: (borrowing LexiconSet, borrowing Tokenizer) -> R) -> R {
        body(tables.lexicons, tables.tokenizer)
    }
    public var tokenizer: Tokenizer { tables.tokenizer }
    /// The linguistic layer (lemmas, word classes, clauses, voice).
    public var language: LanguageAnnotator? { tables.language }
    var roles: [EntryRole] { tables.roles }
    /// Category and label of each entry as written, for the output.
    var categoryNames: [String] { tables.categoryNames }
    var labels: [String] { tables.labels }
    var coaching: [Localized] { tables.coaching }
    var categoryRank: [Int32] { tables.categoryRank }
    var entryCategoryRank: [Int32] { tables.entryCategoryRank }
    var reportedCategories: UInt64 { tables.reportedCategories }
    var phaseCoverages: [PhaseCoverage] { tables.phaseCoverages }
    var weights: Weights { tables.weights }
    var modeModel: ModeModel? { tables.modeModel }
    var categoryRanks: [String: Int32] { tables.categoryRanks }
    /// Whether a learned model reads the mode (else the rules alone decide it).
    public var hasModeModel: Bool { tables.modeModel != nil }

    private static let standardAnalyzer: Analyzer = {
        // The tokenizer's rules and the lexicons are independent: read side by side (start-up).
        let tokenizer = InBackground { Tokenizer.standard() }
        let lexicons = LexiconSet.standard()
        do {
            // The language data is large to read: only when an entry matches on lemmas.
            return try Analyzer(lexicons: lexicons, tokenizer: tokenizer.value,
                                language: lexicons.usesLemmas ? LanguageAnnotator.standard() : nil)
        } catch {
            // The embedded lexicons are checked by the tests; reaching this is a build defect.
            fatalError("the built-in weights are invalid: \(error)")
        }
    }()

    /// The analyser with the lexicons built into the program.
    public static func standard() -> Analyzer { standardAnalyzer }

    /// The analyser with a user's lexicon folder (`--lexicons DIR`, a copy of Lexicons/). When the
    /// folder has no `tokenizer/` subfolder, the built-in tokenizer rules are used.
    public init(lexicons folder: ResourceFolder) throws {
        let set = try LexiconSet(folder: folder)
        let tokenizer = folder.files.contains { $0.path.hasPrefix("tokenizer/") }
            ? try Tokenizer.load(from: folder) : Tokenizer.standard()
        // Likewise the language data: the folder's `language/`, or the built-in one.
        let language = !set.usesLemmas ? nil : folder.files.contains { $0.path.hasPrefix("language/") }
            ? try LanguageAnnotator.load(from: folder) : LanguageAnnotator.standard()
        try self.init(lexicons: set, tokenizer: tokenizer, language: language)
    }

    /// Throws when the lexicons' `weights.txt` lacks a weight the analysis needs.
    /// `language`: the linguistic layer, needed (and read) only when an entry matches on lemmas.
    public init(lexicons: LexiconSet, tokenizer: Tokenizer, language: LanguageAnnotator? = nil) throws {
        tables = try Tables(lexicons: lexicons, tokenizer: tokenizer, language: language)
    }

    /// `lexicon_version` of every analysis this analyser makes.
    public var lexiconVersion: String { lexicons.version }

    /// Analyses one note. Thread-safe; deterministic.
    public func analyse(_ note: Note, options: AnalysisOptions = AnalysisOptions()) -> Analysis {
        var workspace = AnalysisWorkspace()
        return analyse(note, options: options, workspace: &workspace)
    }

    /// Analyses one note in the arrays of `workspace` (one per thread), which keep their
    /// capacity for the next note. The result is the same as without a workspace.
    public func analyse(_ note: Note, options: AnalysisOptions, workspace: inout AnalysisWorkspace) -> Analysis {
        var text = note.text
        return text.withUTF8 { buffer in
            var run = NoteRun(analyzer: self, text: buffer, workspace: &workspace)
            run.run(keys: &workspace.keys, language: &workspace.language, scratch: &workspace.scratch)
            let analysis = run.makeAnalysis(note: note, options: options)
            run.exchange(with: &workspace)
            return analysis
        }
    }

    /// The same analyser with the rules alone deciding the mode (`--mode-by rules`).
    public func rulesOnly() throws -> Analyzer {
        try Analyzer(lexicons: lexicons.withoutModeModel(), tokenizer: tokenizer, language: language)
    }

    /// The analysis of a note and what the mode model reads of it (for `train-mode`).
    func analyseWithFacts(_ note: Note) -> (Analysis, ModeFacts) {
        var workspace = AnalysisWorkspace()
        var text = note.text
        return text.withUTF8 { buffer in
            var run = NoteRun(analyzer: self, text: buffer, workspace: &workspace)
            run.run(keys: &workspace.keys, language: &workspace.language, scratch: &workspace.scratch)
            let (analysis, facts) = run.makeAnalysisAndFacts(note: note, options: AnalysisOptions(), factsWanted: true)
            return (analysis, facts!)
        }
    }

    /// Analyses a bare text (a single sentence, a paragraph) as a note without metadata.
    public func analyse(text: String, options: AnalysisOptions = AnalysisOptions()) -> Analysis {
        analyse(Note(id: "", text: text), options: options)
    }
}

/// A value computed on another thread while the caller does other work; `value` waits for it.
private final class InBackground<Value: Sendable>: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    /// Written once by the background thread before `done` is signalled; read only after the wait.
    private var result: Value?

    init(_ compute: @escaping @Sendable () -> Value) {
        DispatchQueue.global().async {
            self.result = compute()
            self.done.signal()
        }
    }

    /// Read once.
    var value: Value {
        done.wait()
        return result!
    }
}
