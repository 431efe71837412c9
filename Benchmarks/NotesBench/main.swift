// notes-bench FILE… [--format F] [--encoding E] [--jobs N[,N…]] [--single]: reads notes and
// reports the speed, nothing else (no analysis), for Benchmarks/notes_read.sh. Build with -c release.
// By default the input stage of a batch: the file cut into blocks, parsed by N worker threads,
// the notes handed over in input order. --single: one NoteSource read on this thread (the old way).
// notes-bench --dump FILE…: each note as a JSON line {"id","text"} (rejections {"rejected"}), and
// notes-bench --inflate FILE: raw DEFLATE data decompressed to stdout; both for Benchmarks/docx_check.py.
import DiepgangBatch
import DiepgangNotes
import Foundation

var paths: [String] = []
var options = NoteReadOptions()
var jobList = [1]
var single = false
var args = CommandLine.arguments.dropFirst()
var dump = false
if args.first == "--inflate", let file = args.dropFirst().first {
    let data = [UInt8](FileManager.default.contents(atPath: file) ?? Data())
    do {
        let out = try Inflate.decompress(data, limit: 1 << 30)
        FileHandle.standardOutput.write(Data(out))
        exit(0)
    } catch {
        FileHandle.standardError.write(Data("inflate: \(error.reason)\n".utf8))
        exit(1)
    }
}
while let a = args.popFirst() {
    switch a {
    case "--dump": dump = true
    case "--format": options.format = NoteFormat(rawValue: args.popFirst() ?? "") ?? .auto
    case "--encoding": options.encoding = NoteEncoding(name: args.popFirst() ?? "") ?? .utf8
    case "--jobs": jobList = (args.popFirst() ?? "1").split(separator: ",").compactMap { Int($0) }.filter { $0 > 0 }
    case "--single": single = true
    default: paths.append(a)
    }
}
let bytes = paths.reduce(0) { $0 + ((try? FileManager.default.attributesOfItem(atPath: $1)[.size] as? Int) ?? 0) }
if dump {
    for record in try NoteSource.open(paths: paths, options: options) {
        let object: [String: String]
        switch record {
        case .note(let n): object = ["id": n.id, "text": n.text]
        case .rejected(let r): object = ["rejected": r.source.file, "reason": r.reason.en]
        }
        let line = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
        FileHandle.standardOutput.write(line + Data([0x0A]))
    }
    exit(0)
}
let mb = Double(bytes) / 1_000_000

if single {
    let start = Date()
    let source = try NoteSource.open(paths: paths, options: options)
    var textBytes = 0
    for record in source {
        if case .note(let n) = record { textBytes += n.text.utf8.count }
    }
    let seconds = Date().timeIntervalSince(start)
    print(String(format: "one reader: notes %d, rejected %d, %.1f MB in %.2f s: %.0f MB/s, %.0f notes/s (text bytes %d)",
                 source.notesRead, source.rejectedCount, mb, seconds, mb / seconds, Double(source.notesRead) / seconds, textBytes))
    exit(0)
}

for jobs in jobList {
    let start = Date()
    var textBytes = 0
    let summary = try BatchRunner(jobs: jobs).run(
        batches: NoteBatches(try NoteSource.open(paths: paths, options: options)),
        workspace: {},
        process: { note, _ in note.text.utf8.count },
        emit: { item in if case .processed(let n) = item { textBytes += n } })
    let seconds = Date().timeIntervalSince(start)
    print(String(format: "jobs %d: notes %d, rejected %d, %.1f MB in %.2f s: %.0f MB/s, %.0f notes/s (text bytes %d)",
                 jobs, summary.processed, summary.rejected, mb, seconds, mb / seconds, Double(summary.processed) / seconds, textBytes))
}
