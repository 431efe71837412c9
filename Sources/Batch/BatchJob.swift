import DiepgangAnalysis
import DiepgangCore
import DiepgangNotes
import DiepgangPrivacy

/// What `--privacy` asks of a batch: no check, a warning with counts per kind, or refusing to
/// produce output for a corpus that still holds personal data.
public enum PrivacyPolicy: String, Sendable, CaseIterable {
    case off, warn, refuse
}

/// What one note becomes in a batch: its output, and the personal data found in it.
public struct NoteOutcome<Output: Sendable>: Sendable {
    public var output: Output
    public var privacy: PrivacyTally

    public init(output: Output, privacy: PrivacyTally = PrivacyTally()) {
        self.output = output
        self.privacy = privacy
    }
}

/// The end of a batch: the counts (read = processed + rejected) and the privacy tally.
public struct BatchResult: Sendable {
    public var summary: BatchSummary
    public var privacy: PrivacyTally
    /// `--privacy refuse` stopped the batch at the first chunk with personal data.
    public var refused: Bool
}

/// The one pipeline of `analyse`, `batch` and `bench`: source → analyse → [privacy] → printer.
/// Records come from a reader, each note is analysed (and checked for personal data) on the
/// workers, and outputs and rejections are handed on in input order.
public struct BatchJob: Sendable {
    public var runner: BatchRunner
    public var privacyPolicy: PrivacyPolicy
    public var scanner: PrivacyScanner?

    public init(runner: BatchRunner, privacyPolicy: PrivacyPolicy = .off, scanner: PrivacyScanner? = nil) {
        self.runner = runner
        self.privacyPolicy = privacyPolicy
        self.scanner = privacyPolicy == .off ? nil : scanner
    }

    private struct Refused: Error {}

    /// Analyses every note and prints it, formatting on the workers: each record is printed into
    /// the worker's own reused buffer, and the ordered writer only copies finished bytes to `sink`.
    /// The printer's `end` is written unless the batch was refused.
    public func run<P: RecordPrinter>(
        batches: NoteBatches, analyzer: Analyzer, options: AnalysisOptions, printer: inout P, to sink: OutputSink,
        reject: (RejectedRecord) throws -> Void, progress: ((BatchSummary) -> Void)? = nil
    ) throws -> BatchResult where P.Item == AnalysedNote {
        let out = ByteWriter(capacity: 256)
        printer.begin(into: out)
        try sink.write(draining: out)
        let recorder = printer
        let result = try run(
            batches: batches,
            workspace: { PrintWorkspace() },
            analyse: { note, workspace -> [UInt8] in
                let analysis = analyzer.analyse(note, options: options, workspace: &workspace.analysis)
                workspace.out.removeAll()
                recorder.record(AnalysedNote(note: note, analysis: analysis), into: workspace.out)
                return workspace.out.bytes
            },
            write: { bytes in
                printer.separate(into: out)
                if !out.isEmpty { try sink.write(draining: out) }
                try sink.write(bytes)
            },
            reject: reject, progress: progress)
        if !result.refused {
            printer.end(into: out)
            try sink.write(draining: out)
        }
        return result
    }

    /// Analyses every note on the workers and prints it on the calling thread: for printers
    /// that need the notes in order or all at once (the text report, the HTML page).
    public func run<P: Printer>(
        batches: NoteBatches, analyzer: Analyzer, options: AnalysisOptions, printer: inout P, to sink: OutputSink,
        reject: (RejectedRecord) throws -> Void, progress: ((BatchSummary) -> Void)? = nil
    ) throws -> BatchResult where P.Item == AnalysedNote {
        let out = ByteWriter(capacity: 1 << 16)
        printer.begin(into: out)
        let result = try run(
            batches: batches,
            workspace: { AnalysisWorkspace() },
            analyse: { note, workspace in
                AnalysedNote(note: note, analysis: analyzer.analyse(note, options: options, workspace: &workspace))
            },
            write: { item in
                printer.write(item, into: out)
                if out.count >= 1 << 16 { try sink.write(draining: out) }
            },
            reject: reject, progress: progress)
        if !result.refused {
            printer.end(into: out)
            try sink.write(draining: out)
        }
        return result
    }

    /// Runs the batch over a source cut into batches: reading and `analyse` happen on the
    /// workers (with one workspace each); `write` receives the outputs in input order, `reject`
    /// each rejected record in input order.
    public func run<Workspace, Output: Sendable>(
        batches: NoteBatches,
        workspace makeWorkspace: @escaping @Sendable () -> Workspace,
        analyse: @escaping @Sendable (Note, inout Workspace) -> Output,
        write: (Output) throws -> Void,
        reject: (RejectedRecord) throws -> Void,
        progress: ((BatchSummary) -> Void)? = nil
    ) throws -> BatchResult {
        let scanner = self.scanner
        var tally = PrivacyTally()
        var summary = BatchSummary()
        let refuse = privacyPolicy == .refuse
        do {
            summary = try runner.run(
                batches: batches,
                workspace: makeWorkspace,
                process: { note, workspace in
                    var outcome = NoteOutcome(output: analyse(note, &workspace))
                    if let scanner { outcome.privacy.add(scanner.scanPassedOn(note)) }
                    return outcome
                },
                emit: { item in
                    switch item {
                    case .processed(let outcome):
                        tally.merge(outcome.privacy)
                        try write(outcome.output)
                    case .rejected(let record):
                        try reject(record)
                    }
                },
                progress: { s in
                    summary = s
                    progress?(s)
                    if refuse && tally.total > 0 { throw Refused() }
                })
        } catch is Refused {
            return BatchResult(summary: summary, privacy: tally, refused: true)
        }
        return BatchResult(summary: summary, privacy: tally, refused: false)
    }

    /// As the generic `run`, with an `AnalysisWorkspace` per worker and bytes as the output.
    public func run(
        batches: NoteBatches,
        analyse: @escaping @Sendable (Note, inout AnalysisWorkspace) -> [UInt8],
        write: ([UInt8]) throws -> Void,
        reject: (RejectedRecord) throws -> Void,
        progress: ((BatchSummary) -> Void)? = nil
    ) throws -> BatchResult {
        try run(batches: batches, workspace: { AnalysisWorkspace() }, analyse: analyse, write: write, reject: reject, progress: progress)
    }
}

/// A worker's reused memory: the analysis workspace and the buffer its records are printed into.
struct PrintWorkspace {
    var analysis = AnalysisWorkspace()
    let out = ByteWriter(capacity: 8192)
}
