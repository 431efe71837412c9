import Diepgang
import Foundation

struct BenchCommand: Command {
    struct Options: CommandOptions {
        enum Format: String, CaseIterable, OptionValue { case text, json }

        var notes = 200_000
        var jobs: String?
        var corpusOut: String?
        var corpusOnly = false
        var format = Format.text

        static var declarations: [OptionDeclaration<Self>] {
            let own: [OptionDeclaration<Self>] = [
                .number("--notes", \.notes, in: 1...100_000_000,
                        help: Localized(nl: "aantal verslagen in het gegenereerde corpus", en: "number of notes in the generated corpus")),
                .value("--jobs", short: "j", \.jobs, placeholder: "N,…",
                       help: Localized(nl: "aantallen threads om te meten, bijvoorbeeld 1,2,4,8,16 (standaard: 1 en alle kernen)",
                                       en: "thread counts to measure, e.g. 1,2,4,8,16 (default: 1 and all cores)")),
                .value("--corpus-out", \.corpusOut, placeholder: "BESTAND",
                       help: Localized(nl: "bewaar het gegenereerde corpus (JSON Lines), bijvoorbeeld voor de vergelijking in Benchmarks/batch.sh",
                                       en: "keep the generated corpus (JSON Lines), e.g. for the comparison in Benchmarks/batch.sh")),
                .flag("--corpus-only", \.corpusOnly,
                      help: Localized(nl: "schrijf alleen het corpus (met --corpus-out), zonder te meten; bijvoorbeeld voor een geheugentest met 1 miljoen verslagen",
                                      en: "only write the corpus (with --corpus-out), without measuring; e.g. for a memory test with a million notes")),
                .value("--format", \.format, placeholder: "FORMAAT",
                       help: Localized(nl: "uitvoer voor mensen of voor scripts", en: "output for people or for scripts")),
            ]
            return own
        }

        func validate(command: String) throws {
            if corpusOnly && corpusOut == nil {
                throw DiepgangError(.usage, nl: "--corpus-only vraagt om --corpus-out BESTAND", en: "--corpus-only needs --corpus-out FILE")
            }
        }
    }

    static let spec = CommandSpec(
        name: "bench",
        abstract: Localized(nl: "meet de snelheid van batch op één kern en op alle kernen", en: "measure batch speed on one core and on all cores"),
        discussion: Localized(
            nl: """
            Genereert een vast (deterministisch) corpus uit de zinnen van de meegeleverde verslagen en draait de hele batch-
            keten erover: lezen, analyseren, JSON Lines schrijven (naar /dev/null), zonder privacycontrole. Meet met een
            release-build: swift build -c release.
            """,
            en: """
            Generates a fixed (deterministic) corpus from the sentences of the bundled notes and runs the whole batch
            pipeline over it: reading, analysing, writing JSON Lines (to /dev/null), without the privacy check. Measure with a
            release build: swift build -c release.
            """))

    struct Measurement {
        var jobs: Int
        var notes: Int
        var seconds: Double
        /// Processor time (user + system) of the run: on a shared machine a steadier figure than the wall clock.
        var cpuSeconds: Double
        /// Output bytes, and the time the ordered writer spent copying them to /dev/null.
        var outputBytes: Int
        var writerSeconds: Double
        /// The writer's speed in bytes per second: the median over groups of `writerGroup` notes.
        /// Each write is a fraction of a microsecond; on a busy machine a thread switch inside one
        /// of them counts milliseconds, so the plain total (`outputBytes / writerSeconds`) says
        /// more about the machine's load than about the copying.
        var writerBytesPerSecond: Double
        var notesPerSecond: Double { Double(notes) / max(seconds, 1e-9) }
        var notesPerCPUSecond: Double { Double(notes) / max(cpuSeconds, 1e-9) }
    }

    static func cpuTime() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        func seconds(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) / 1e6 }
        return seconds(usage.ru_utime) + seconds(usage.ru_stime)
    }

    static func run(_ options: Options, _ invocation: Invocation) throws -> ExitCode {
        let language = invocation.language
        let count = options.notes
        let cores = ProcessInfo.processInfo.activeProcessorCount
        let jobList = try jobCounts(options.jobs, cores: cores)
        let keep = options.corpusOut
        let path = keep ?? NSTemporaryDirectory() + "diepgang-bench-\(getpid()).jsonl"

        let generationStart = Date()
        let corpus = try SyntheticCorpus()
        let file = try AtomicFile(path: path)
        try corpus.writeJSONL(notes: count, to: file.sink)
        try file.commit()
        defer { if keep == nil { unlink(path) } }
        let generation = Date().timeIntervalSince(generationStart)
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        if options.corpusOnly {
            invocation.note(Localized(nl: "corpus: \(Wording.count(count, "verslag", "verslagen")), \(size) bytes in \(path)", en: "corpus: \(Wording.count(count, "note", "notes")), \(size) bytes in \(path)"))
            return .success
        }

        let analyzer = Analyzer.standard()
        _ = analyzer.analyse(text: corpus.sentences[0])   // build lazily-made tables before timing
        var runs: [Measurement] = []
        for j in jobList {
            runs.append(try measure(path: path, jobs: j, analyzer: analyzer, language: language))
        }

        let nl = language == .nl
        if options.format == .json {
            let w = ByteWriter()
            w.beginObject()
            w.field("notes", count)
            w.field("corpus_bytes", size)
            w.field("cores", cores)
            w.key("runs")
            w.beginArray()
            for r in runs {
                w.beginObject()
                w.field("jobs", r.jobs)
                w.field("seconds", r.seconds, digits: 3)
                w.field("notes_per_second", r.notesPerSecond, digits: 1)
                w.field("cpu_seconds", r.cpuSeconds, digits: 3)
                w.field("notes_per_cpu_second", r.notesPerCPUSecond, digits: 1)
                if let base = runs.first(where: { $0.jobs == 1 }) {
                    let speedup = r.notesPerSecond / base.notesPerSecond
                    w.field("speedup", speedup, digits: 3)
                    w.field("efficiency", speedup / Double(r.jobs), digits: 3)
                }
                w.field("output_bytes", r.outputBytes)
                w.field("writer_gb_per_second", r.writerBytesPerSecond / 1e9, digits: 2)
                w.endObject()
            }
            w.endArray()
            w.field("tool_version", ToolInfo.version)
            w.field("lexicon_version", analyzer.lexiconVersion)
            w.endObject()
            try invocation.stdout.write(w.bytes + [0x0A])
            return .success
        }
        func dec(_ x: Double, _ digits: Int) -> String { Wording.decimal(x, digits: digits, invocation.language) }
        var out = nl
            ? "corpus: \(Wording.count(count, "verslag", "verslagen")), \(dec(Double(size) / 1e6, 1)) MB, gegenereerd in \(dec(generation, 1)) s\(keep.map { " (\($0))" } ?? "")\n"
            : "corpus: \(Wording.count(count, "note", "notes")), \(dec(Double(size) / 1e6, 1)) MB, generated in \(dec(generation, 1)) s\(keep.map { " (\($0))" } ?? "")\n"
        let base = runs.first { $0.jobs == 1 }
        out += nl ? "threads  seconden  verslagen/s  processortijd  versnelling  efficiëntie  schrijver\n"
                  : "threads   seconds      notes/s  processor time     speed-up   efficiency     writer\n"
        for r in runs {
            let speedup = base.map { r.notesPerSecond / $0.notesPerSecond }
            var row = String(format: "%7d  %8.2f  %11.0f  %13.2f  ", r.jobs, r.seconds, r.notesPerSecond, r.cpuSeconds)
            row += speedup.map { String(format: "%10.2f×  %10.0f%%", $0, 100 * $0 / Double(r.jobs)) } ?? String(repeating: " ", count: 25)
            row += String(format: "  %6.2f GB/s\n", r.writerBytesPerSecond / 1e9)
            // Fixed columns; Dutch writes a decimal comma, as `dec` does.
            out += nl ? String(row.map { $0 == "." ? "," : $0 }) : row
        }
        out += nl ? "(\(cores) kernen; efficiëntie = versnelling / threads; schrijver = kopiëren naar /dev/null in invoervolgorde, mediaan over groepen van 1.000 verslagen)\n"
                  : "(\(cores) cores; efficiency = speed-up / threads; writer = copying to /dev/null in input order, median over groups of 1,000 notes)\n"
        try invocation.stdout.write(out)
        return .success
    }

    /// "1,2,4" → [1, 2, 4]; none → 1 and all cores.
    static func jobCounts(_ text: String?, cores: Int) throws -> [Int] {
        guard let text else { return cores > 1 ? [1, cores] : [1] }
        var counts: [Int] = []
        for part in text.split(separator: ",", omittingEmptySubsequences: false) {
            guard let n = Int(part.trimmingCharacters(in: .whitespaces)), (1...1024).contains(n) else {
                throw DiepgangError(.usage, nl: "--jobs verwacht aantallen threads in 1…1024, gescheiden door komma's (bijvoorbeeld 1,2,4), niet '\(text)'",
                                    en: "--jobs expects thread counts in 1…1024 separated by commas (e.g. 1,2,4), not '\(text)'")
            }
            if !counts.contains(n) { counts.append(n) }
        }
        return counts
    }

    /// Notes per group of the writer's median speed.
    static let writerGroup = 1000

    /// The batch pipeline over the corpus file: read, analyse, write JSON Lines to /dev/null.
    static func measure(path: String, jobs: Int, analyzer: Analyzer, language: Language) throws -> Measurement {
        let fd = open("/dev/null", O_WRONLY)
        guard fd >= 0 else { throw DiepgangError(.ioError, nl: "kan /dev/null niet openen", en: "cannot open /dev/null") }
        let sink = OutputSink(fd: fd, name: "/dev/null", ownsDescriptor: true)
        defer { try? sink.close() }
        let batches = NoteBatches(try NoteSource.open(paths: [path]))
        let start = Date()
        let cpuStart = cpuTime()
        var outputBytes = 0
        var writerSeconds = 0.0
        let printer = AnalysisJSONPrinter(layout: .lines, language: language)
        var group = (notes: 0, bytes: 0, seconds: 0.0)
        var groupSpeeds: [Double] = []
        let result = try BatchJob(runner: BatchRunner(jobs: jobs)).run(
            batches: batches,
            workspace: { (AnalysisWorkspace(), ByteWriter(capacity: 8192)) },
            analyse: { note, workspace in
                let analysis = analyzer.analyse(note, options: AnalysisOptions(), workspace: &workspace.0)
                workspace.1.removeAll()
                printer.record(AnalysedNote(note: note, analysis: analysis), into: workspace.1)
                return workspace.1.bytes
            },
            write: { bytes in
                let t = DispatchTime.now().uptimeNanoseconds
                try sink.write(bytes)
                let seconds = Double(DispatchTime.now().uptimeNanoseconds - t) / 1e9
                outputBytes += bytes.count
                writerSeconds += seconds
                group = (group.notes + 1, group.bytes + bytes.count, group.seconds + seconds)
                if group.notes == writerGroup {
                    groupSpeeds.append(Double(group.bytes) / max(group.seconds, 1e-9))
                    group = (0, 0, 0)
                }
            },
            reject: { _ in })
        try sink.flush()
        return Measurement(jobs: jobs, notes: result.summary.processed, seconds: Date().timeIntervalSince(start),
                           cpuSeconds: cpuTime() - cpuStart, outputBytes: outputBytes, writerSeconds: writerSeconds,
                           writerBytesPerSecond: groupSpeeds.isEmpty ? Double(outputBytes) / max(writerSeconds, 1e-9)
                               : groupSpeeds.sorted()[groupSpeeds.count / 2])
    }
}
