import DiepgangAnalysis
import DiepgangCore
import DiepgangNotes
import DiepgangPrivacy

/// What `--privacy` asks of a batch: no check, a warning with counts per kind, or refusing to
/// produce output for a corpus that still holds personal data.
public enum PrivacyPolicy: String, Sendable, CaseIterable {
    case off, warn, refuse
}

/// What one note becomes in a batch: its output bytes, and the personal data found in it.
public struct NoteOutcome: Sendable {
    public var bytes: [UInt8]
    public var privacy: PrivacyTally

    public init(bytes: [UInt8], privacy: PrivacyTally = PrivacyTally()) {
        self.bytes = bytes
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

/// A whole batch: records from a reader, each note analysed (and checked for personal data)
/// on the workers, outputs and rejections written in input order.
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

    /// Runs the batch over a source cut into batches: reading, analysing and formatting all happen
    /// on the workers (with one `AnalysisWorkspace` each); `write` receives the finished bytes in
    /// input order, `reject` each rejected record in input order.
    public func run(
        batches: NoteBatches,
        analyse: @escaping @Sendable (Note, inout AnalysisWorkspace) -> [UInt8],
        write: ([UInt8]) throws -> Void,
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
                workspace: { AnalysisWorkspace() },
                process: { note, workspace in
                    var outcome = NoteOutcome(bytes: analyse(note, &workspace))
                    if let scanner { outcome.privacy.add(scanner.scanPassedOn(note)) }
                    return outcome
                },
                emit: { item in
                    switch item {
                    case .processed(let outcome):
                        tally.merge(outcome.privacy)
                        try write(outcome.bytes)
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
}
