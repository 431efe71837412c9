// libFuzzer target: a whole note through the analysis (tokenise, language layer, lexicon match,
// scoring, verdict) and its JSON output.
// Checks: every offset (markers, sentences, why-questions) lies inside the note; depth 0–4;
// the JSON written for the note parses.
import DiepgangAnalysis
import DiepgangCore
import DiepgangNotes
import Foundation

let analyzer = Analyzer.standard()

/// Loads the embedded lexicons before the first input, so start-up is not timed as a unit.
@_cdecl("LLVMFuzzerInitialize")
public func fuzzInitialize(_ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>) -> CInt {
    _ = analyzer
    return 0
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzAnalysis(_ data: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: count), as: UTF8.self)
    let analysis = analyzer.analyse(Note(id: "fuzz", text: text), options: AnalysisOptions(sentences: true))
    let n = text.unicodeScalars.count
    for m in analysis.markers { precondition(0 <= m.start && m.start <= m.end && m.end <= n, "marker \(m.start)..<\(m.end) of \(n)") }
    for s in analysis.sentences { precondition(0 <= s.start && s.start <= s.end && s.end <= n, "sentence \(s.start)..<\(s.end) of \(n)") }
    for w in analysis.whyQuestions { precondition(0 <= w.start && w.start <= w.end && w.end <= n, "why \(w.start)..<\(w.end) of \(n)") }
    precondition((0...4).contains(analysis.depth.level), "depth \(analysis.depth.level)")
    let out = ByteWriter()
    analysis.appendJSON(to: out, language: .nl, sentences: true)
    precondition((try? JSONSerialization.jsonObject(with: Data(out.bytes))) != nil, "invalid JSON written")
    return 0
}
