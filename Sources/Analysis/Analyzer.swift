import DiepgangCore
import DiepgangResources
import DiepgangTokenizer
import DiepgangLexicon
import DiepgangNotes

/// Analyses notes: built once from a lexicon folder, then used from any number of threads.
///
/// `analyse` keeps all its working state in local values, so one `Analyzer` can be shared by
/// every worker of a batch run.
public struct Analyzer: Sendable {
    public let lexicons: LexiconSet
    public let tokenizer: Tokenizer
    let roles: [EntryRole]
    /// Category and label of each entry as written, for the output.
    let categoryNames: [String]
    let labels: [String]
    let coaching: [Localized]

    private static let standardAnalyzer: Analyzer = Analyzer(lexicons: LexiconSet.standard(), tokenizer: Tokenizer.standard())

    /// The analyser with the lexicons built into the program.
    public static func standard() -> Analyzer { standardAnalyzer }

    /// The analyser with a user's lexicon folder (`--lexicons DIR`, a copy of Lexicons/). When the
    /// folder has no `tokenizer/` subfolder, the built-in tokenizer rules are used.
    public init(lexicons folder: ResourceFolder) throws {
        let set = try LexiconSet(folder: folder)
        let tokenizer = folder.files.contains { $0.path.hasPrefix("tokenizer/") }
            ? try Tokenizer.load(from: folder) : Tokenizer.standard()
        self.init(lexicons: set, tokenizer: tokenizer)
    }

    public init(lexicons: LexiconSet, tokenizer: Tokenizer) {
        self.lexicons = lexicons
        self.tokenizer = tokenizer
        roles = lexicons.entries.map(EntryRole.init)
        categoryNames = lexicons.entries.map(\.category)
        labels = lexicons.entries.map(\.label)
        coaching = SpiralPhase.allCases.map { lexicons.question(forPhase: $0.rawValue) ?? Localized(stringLiteral: "") }
    }

    /// `lexicon_version` of every analysis this analyser makes.
    public var lexiconVersion: String { lexicons.version }

    /// Analyses one note. Thread-safe; deterministic.
    public func analyse(_ note: Note, options: AnalysisOptions = AnalysisOptions()) -> Analysis {
        var text = note.text
        return text.withUTF8 { buffer in
            var run = NoteRun(analyzer: self, text: buffer)
            run.run()
            return run.makeAnalysis(note: note, options: options)
        }
    }

    /// Analyses a bare text (a single sentence, a paragraph) as a note without metadata.
    public func analyse(text: String, options: AnalysisOptions = AnalysisOptions()) -> Analysis {
        analyse(Note(id: "", text: text), options: options)
    }
}
