// libFuzzer target: the CSV reader (DiepgangNotes), as an upload read from memory: header
// detection, delimiters, quotes, column mapping, dates. The input's length picks the options
// (UTF-8 or windows-1252, raw records kept or not).
// Checks: every record becomes a note or a rejection with a line ≥ 1; notes have text; no trap.
import DiepgangNotes

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSV(_ data: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: count))
    let encoding: NoteEncoding = count % 2 == 0 ? .utf8 : .windows1252
    let options = NoteReadOptions(format: .csv, encoding: encoding, keepRaw: count % 4 >= 2)
    let source = NoteSource.inMemory([(name: "notities.csv", bytes: bytes)], options: options)
    var records = 0
    var lastLine = 0
    for record in source {
        records += 1
        let line = record.source.line
        precondition(line >= 1, "line \(line)")
        precondition(line >= lastLine, "line \(line) after line \(lastLine)")
        lastLine = line
        if case .note(let note) = record { precondition(!note.text.isEmpty, "note without text") }
    }
    precondition(records == source.notesRead + source.rejectedCount, "records \(records) ≠ read + rejected")
    return 0
}
