import DiepgangAnalysis
import DiepgangCore
import DiepgangNotes
import DiepgangTrends
import Foundation

/// Gathers trend observations from inputs of two kinds: analysis JSON Lines written earlier (by
/// `batch` or `analyse --format jsonl`; recognised by records with "depth" and "mode"), and raw
/// notes, which are analysed on the way, in parallel.
public struct TrendCollector {
    public var analyzer: Analyzer
    public var readOptions: NoteReadOptions
    public var analysisOptions: AnalysisOptions
    public var runner: BatchRunner
    /// Reader notices, each kind once (which column became which field…).
    public var onNotice: ((ReadNotice) -> Void)?
    /// After the notes are read: every kind of notice with how often it came up.
    public var onFinished: (([(notice: ReadNotice, count: Int)]) -> Void)?

    public init(analyzer: Analyzer, readOptions: NoteReadOptions = NoteReadOptions(),
                analysisOptions: AnalysisOptions = AnalysisOptions(), runner: BatchRunner = BatchRunner()) {
        self.analyzer = analyzer
        self.readOptions = readOptions
        self.analysisOptions = analysisOptions
        self.runner = runner
    }

    /// Adds every input to the aggregate; calls `reject` for each record that could not be used.
    public func collect(paths: [String], into aggregate: inout TrendAggregate, reject: (RejectedRecord) throws -> Void) throws {
        var notePaths: [String] = []
        var spooled: [String] = []
        defer { for p in spooled { unlink(p) } }
        for path in paths {
            if path == "-" {
                // Standard input cannot be peeked at: read its first line, then either go on as
                // analysis lines or spool it to a temporary file for the note reader.
                let lines = try LineReader(path: "-")
                guard let first = try lines.nextNonBlank() else { continue }
                if AnalysisRecord.isAnalysis(jsonLine: first.bytes) {
                    try add(analysisLine: first.bytes, line: first.number, file: "-", into: &aggregate, reject: reject)
                    try readAnalysis(lines, file: "-", into: &aggregate, reject: reject)
                } else {
                    let temp = try lines.spool(prefix: first)
                    spooled.append(temp)
                    notePaths.append(temp)
                }
                continue
            }
            if try LineReader.looksLikeAnalysis(path: path) {
                try readAnalysis(try LineReader(path: path), file: path, into: &aggregate, reject: reject)
            } else {
                notePaths.append(path)
            }
        }
        guard !notePaths.isEmpty else { return }
        let source = try NoteSource.open(paths: notePaths, options: readOptions)
        source.onNotice = onNotice
        defer { onFinished?(source.noticeCounts) }
        let analyzer = self.analyzer, options = analysisOptions
        // Rejections from a spooled stdin name "-", not the temporary file.
        func located(_ source: SourceLocation) -> SourceLocation {
            spooled.contains(source.file) ? SourceLocation(file: "-", line: source.line) : source
        }
        _ = try runner.run(
            batches: NoteBatches(source),
            workspace: {},
            process: { note, _ in Located(observation: TrendObservation(analyzer.analyse(note, options: options)), source: note.source) },
            emit: { item in
                switch item {
                case .processed(let item):
                    // The note was read, but it may not be placeable in time (no or bad date).
                    if let problem = aggregate.add(item.observation) {
                        try reject(RejectedRecord(source: located(item.source), reason: problem))
                    }
                case .rejected(let record):
                    try reject(RejectedRecord(source: located(record.source), reason: record.reason))
                }
            })
    }

    private struct Located: Sendable {
        var observation: TrendObservation
        var source: SourceLocation
    }

    private func readAnalysis(_ lines: LineReader, file: String, into aggregate: inout TrendAggregate,
                              reject: (RejectedRecord) throws -> Void) throws {
        while let line = try lines.nextNonBlank() {
            try add(analysisLine: line.bytes, line: line.number, file: file, into: &aggregate, reject: reject)
        }
    }

    private func add(analysisLine bytes: [UInt8], line: Int, file: String, into aggregate: inout TrendAggregate,
                     reject: (RejectedRecord) throws -> Void) throws {
        let here = SourceLocation(file: file, line: line)
        switch AnalysisRecord.observation(jsonLine: bytes) {
        case .success(let observation):
            if let problem = aggregate.add(observation) { try reject(RejectedRecord(source: here, reason: problem)) }
        case .failure(let problem):
            try reject(RejectedRecord(source: here, reason: problem.reason))
        }
    }
}

/// Lines of a file or stdin, read in blocks (for analysis JSON Lines, whose records are one line
/// each by construction).
final class LineReader {
    private let file: UnsafeMutablePointer<FILE>
    private let owned: Bool
    private var buffer: UnsafeMutablePointer<CChar>? = nil
    private var capacity = 0
    private(set) var lineNumber = 0

    init(path: String) throws {
        if path == "-" {
            // fdopen rather than the global `stdin`, which Swift 6 treats as shared mutable state.
            guard let f = fdopen(0, "rb") else {
                throw DiepgangError(.noInput, nl: "kan stdin niet lezen", en: "cannot read stdin")
            }
            file = f
            owned = false
        } else {
            guard let f = fopen(path, "rb") else {
                throw DiepgangError(.noInput, nl: "kan \(path) niet openen", en: "cannot open \(path)")
            }
            file = f
            owned = true
        }
    }

    deinit {
        free(buffer)
        if owned { fclose(file) }
    }

    /// The next line that is not blank, without its line end, with its 1-based number.
    func nextNonBlank() throws -> (bytes: [UInt8], number: Int)? {
        while true {
            let n = getline(&buffer, &capacity, file)
            if n < 0 { return nil }
            lineNumber += 1
            var end = n
            while end > 0, buffer![end - 1] == 0x0A || buffer![end - 1] == 0x0D { end -= 1 }
            let raw = UnsafeRawBufferPointer(start: buffer, count: end)
            if raw.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
            var bytes = Array(raw)
            // A byte-order mark at the very start is not part of the JSON.
            if lineNumber == 1, bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
            return (bytes, lineNumber)
        }
    }

    /// Does the file's first record look like an analysis rather than a note?
    static func looksLikeAnalysis(path: String) throws -> Bool {
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else {
            throw DiepgangError(.noInput, nl: "invoer niet gevonden: \(path)", en: "input not found: \(path)")
        }
        let lower = path.lowercased()
        guard !isDir.boolValue, !lower.hasSuffix(".csv"), !lower.hasSuffix(".txt"), !lower.hasSuffix(".tsv") else { return false }
        let reader = try LineReader(path: path)
        guard let first = try reader.nextNonBlank(), first.bytes.first == UInt8(ascii: "{") else { return false }
        return AnalysisRecord.isAnalysis(jsonLine: first.bytes)
    }

    /// Writes the line already read and the rest of the input to a temporary file; returns its path.
    func spool(prefix: (bytes: [UInt8], number: Int)) throws -> String {
        var template = Array((NSTemporaryDirectory() + "/diepgang-stdin-XXXXXX.jsonl").utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemps($0.baseAddress!, 6) }
        guard fd >= 0 else {
            throw DiepgangError(.ioError, nl: "kan geen tijdelijk bestand maken", en: "cannot create a temporary file")
        }
        let path = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        let sink = OutputSink(fd: fd, name: path, ownsDescriptor: true)
        // Blank lines before the first record are dropped; keep line numbers honest with newlines.
        try sink.write([UInt8](repeating: 0x0A, count: prefix.number - 1))
        try sink.write(prefix.bytes)
        try sink.write([0x0A])
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = chunk.withUnsafeMutableBytes { fread($0.baseAddress, 1, $0.count, file) }
            if n <= 0 { break }
            try sink.write(chunk[0..<n])
        }
        try sink.close()
        return path
    }
}
