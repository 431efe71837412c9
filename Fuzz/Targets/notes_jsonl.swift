// libFuzzer target: the JSON Lines reader (DiepgangNotes), as an upload read from memory.
// The input's length picks the options (UTF-8 or windows-1252, raw records kept or not), so one
// seed corpus reaches all four without a flag byte.
// Checks: every non-blank line becomes exactly one note or one rejection; notes have text and a
// line ≥ 1; every extra field is kept as one valid JSON value (it is written back unchanged).
import DiepgangNotes
import Foundation

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJSONLines(_ data: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: count))
    let encoding: NoteEncoding = count % 2 == 0 ? .utf8 : .windows1252
    let options = NoteReadOptions(format: .jsonl, encoding: encoding, keepRaw: count % 4 >= 2)
    let source = NoteSource.inMemory([(name: "notities.jsonl", bytes: bytes)], options: options)
    var records = 0
    for record in source {
        records += 1
        precondition(record.source.line >= 1, "line \(record.source.line)")
        if case .note(let note) = record {
            precondition(!note.text.isEmpty, "note without text")
            for field in note.extra {
                precondition((try? JSONSerialization.jsonObject(with: Data(field.json), options: [.fragmentsAllowed])) != nil,
                             "extra field \(field.name) is not one JSON value: \(String(decoding: field.json, as: UTF8.self))")
            }
        }
    }
    precondition(records == source.notesRead + source.rejectedCount, "records \(records) ≠ read + rejected")
    let lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false).filter { line in
        line.contains { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }
    }
    if encoding == .utf8 { precondition(records == lines.count, "\(records) records for \(lines.count) non-blank lines") }
    return 0
}
