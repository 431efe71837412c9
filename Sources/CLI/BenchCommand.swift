import Diepgang
import Foundation

struct BenchCommand: Command {
    static let spec = CommandSpec(
        name: "bench",
        abstract: Localized(nl: "meet de snelheid van batch op één kern en op alle kernen", en: "measure batch speed on one core and on all cores"),
        options: [
            OptionSpec(name: "--notes", value: "N", defaultValue: "200000",
                       help: Localized(nl: "aantal verslagen in het gegenereerde corpus", en: "number of notes in the generated corpus")),
            OptionSpec(name: "--jobs", short: "j", value: "N",
                       help: Localized(nl: "threads voor de meting op alle kernen (standaard: alle kernen)", en: "threads for the all-cores run (default: all cores)")),
            OptionSpec(name: "--corpus-out", value: "BESTAND",
                       help: Localized(nl: "bewaar het gegenereerde corpus (JSON Lines), bijvoorbeeld voor de vergelijking in Benchmarks/batch.sh",
                                       en: "keep the generated corpus (JSON Lines), e.g. for the comparison in Benchmarks/batch.sh")),
            OptionSpec(name: "--corpus-only",
                       help: Localized(nl: "schrijf alleen het corpus (met --corpus-out), zonder te meten; bijvoorbeeld voor een geheugentest met 1 miljoen verslagen",
                                       en: "only write the corpus (with --corpus-out), without measuring; e.g. for a memory test with a million notes")),
            OptionSpec(name: "--format", value: "FORMAAT", choices: ["text", "json"], defaultValue: "text",
                       help: Localized(nl: "uitvoer voor mensen of voor scripts", en: "output for people or for scripts")),
        ],
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
        var notesPerSecond: Double { Double(notes) / max(seconds, 1e-9) }
        var notesPerCPUSecond: Double { Double(notes) / max(cpuSeconds, 1e-9) }
    }

    static func cpuTime() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        func seconds(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) / 1e6 }
        return seconds(usage.ru_utime) + seconds(usage.ru_stime)
    }

    static func run(_ invocation: Invocation) throws -> ExitCode {
        let args = invocation.arguments
        let language = invocation.language
        let count = try args.int("--notes", range: 1...100_000_000) ?? 200_000
        let cores = ProcessInfo.processInfo.activeProcessorCount
        let jobs = try args.int("--jobs", range: 1...1024) ?? cores
        let keep = args.value("--corpus-out")
        let path = keep ?? NSTemporaryDirectory() + "diepgang-bench-\(getpid()).jsonl"
        if args.flag("--corpus-only") && keep == nil {
            throw DiepgangError(.usage, nl: "--corpus-only vraagt om --corpus-out BESTAND", en: "--corpus-only needs --corpus-out FILE")
        }

        let generationStart = Date()
        let corpus = try SyntheticCorpus()
        let file = try AtomicFile(path: path)
        try corpus.writeJSONL(notes: count, to: file.sink)
        try file.commit()
        defer { if keep == nil { unlink(path) } }
        let generation = Date().timeIntervalSince(generationStart)
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        if args.flag("--corpus-only") {
            invocation.note(Localized(nl: "corpus: \(Wording.count(count, "verslag", "verslagen")), \(size) bytes in \(path)", en: "corpus: \(Wording.count(count, "note", "notes")), \(size) bytes in \(path)"))
            return .success
        }

        let analyzer = Analyzer.standard()
        _ = analyzer.analyse(text: corpus.sentences[0])   // build lazily-made tables before timing
        var runs: [Measurement] = []
        for j in jobs > 1 ? [1, jobs] : [1] {
            runs.append(try measure(path: path, jobs: j, analyzer: analyzer, language: language))
        }

        let nl = language == .nl
        if args.value("--format") == "json" {
            var w = JSONWriter()
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
        for r in runs {
            let label = r.jobs == 1 ? (nl ? "1 kern   " : "1 core   ") : (nl ? "\(r.jobs) threads" : "\(r.jobs) threads")
            out += "\(label): \(dec(r.seconds, 2)) s, \(Int(r.notesPerSecond.rounded())) \(nl ? "verslagen/s" : "notes/s")"
            out += " (\(nl ? "processortijd" : "processor time") \(dec(r.cpuSeconds, 2)) s)\n"
        }
        if runs.count == 2 {
            out += (nl ? "versnelling: " : "speed-up: ") + dec(runs[1].notesPerSecond / runs[0].notesPerSecond, 2) + "×" + " (\(cores) \(nl ? "kernen" : "cores"))\n"
        }
        try invocation.stdout.write(out)
        return .success
    }

    /// The batch pipeline over the corpus file: read, analyse, write JSON Lines to /dev/null.
    static func measure(path: String, jobs: Int, analyzer: Analyzer, language: Language) throws -> Measurement {
        let fd = open("/dev/null", O_WRONLY)
        guard fd >= 0 else { throw DiepgangError(.ioError, nl: "kan /dev/null niet openen", en: "cannot open /dev/null") }
        let sink = OutputSink(fd: fd, name: "/dev/null", ownsDescriptor: true)
        defer { try? sink.close() }
        let source = try NoteSource.open(paths: [path])
        let start = Date()
        let cpuStart = cpuTime()
        let result = try BatchJob(runner: BatchRunner(jobs: jobs)).run(
            next: { source.next() },
            analyse: { note in
                var w = JSONWriter(reservingCapacity: 4096)
                analyzer.analyse(note).writeJSON(into: &w, language: language)
                return w.bytes + [0x0A]
            },
            write: { try sink.write($0) },
            reject: { _ in })
        try sink.flush()
        return Measurement(jobs: jobs, notes: result.summary.processed, seconds: Date().timeIntervalSince(start),
                           cpuSeconds: cpuTime() - cpuStart)
    }
}
