// libFuzzer target: the lexicon file parser and the weights file parser (Lexicons/), both on
// every input (a user's `--lexicons DIR` is untrusted input).
// Checks: every issue names a line inside the file; parsed entries have a pattern.
import DiepgangLexicon

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzLexicon(_ data: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: count))
    let lines = bytes.reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
    let (file, issues) = LexiconParser.parse(path: "eigen/focus.txt", bytes: bytes)
    for issue in issues {
        precondition(1 <= issue.location.line && issue.location.line <= lines, "issue on line \(issue.location.line) of \(lines)")
    }
    for entry in file.entries { precondition(!entry.pattern.isEmpty, "entry without a pattern") }
    let (_, weightIssues) = WeightsFile.parse(path: "eigen/weights.txt", bytes: bytes)
    for issue in weightIssues {
        precondition(1 <= issue.location.line && issue.location.line <= lines, "weights issue on line \(issue.location.line) of \(lines)")
    }
    return 0
}
