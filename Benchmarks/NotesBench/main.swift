// notes-bench FILE… [--format F] [--encoding E]: reads notes with DiepgangNotes and reports the
// speed, nothing else (no analysis), for Benchmarks/notes_read.sh. Build with -c release.
import DiepgangNotes
import Foundation

var paths: [String] = []
var options = NoteReadOptions()
var args = CommandLine.arguments.dropFirst()
while let a = args.popFirst() {
    switch a {
    case "--format": options.format = NoteFormat(rawValue: args.popFirst() ?? "") ?? .auto
    case "--encoding": options.encoding = NoteEncoding(name: args.popFirst() ?? "") ?? .utf8
    default: paths.append(a)
    }
}
let bytes = paths.reduce(0) { $0 + ((try? FileManager.default.attributesOfItem(atPath: $1)[.size] as? Int) ?? 0) }
let start = Date()
let source = try NoteSource.open(paths: paths, options: options)
var textBytes = 0
for record in source {
    if case .note(let n) = record { textBytes += n.text.utf8.count }
}
let seconds = Date().timeIntervalSince(start)
let mb = Double(bytes) / 1_000_000
print(String(format: "notes %d, rejected %d, %.1f MB in %.2f s: %.0f MB/s, %.0f notes/s (text bytes %d)",
             source.notesRead, source.rejectedCount, mb, seconds, mb / seconds, Double(source.notesRead) / seconds, textBytes))
