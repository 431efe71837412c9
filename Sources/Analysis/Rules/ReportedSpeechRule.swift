/// Someone else's words told by the writer: "ze zei dat ik voortaan eerst de rapportage lees",
/// "hij vroeg waarom we dat zo doen", "volgens haar moet ik strenger zijn". What follows the
/// reporting frame is the other's plan, judgement or question, not the writer's: it tells what
/// happened (phase 2), so its plans, insights, judgements and why-questions go.
///
/// Reads: `weergave` cues (Lexicons/weergave.lex: a verb of saying or thinking with its
/// complementiser, "volgens", …) and the persons before the frame. When the writer is the one
/// who speaks ("ik zei dat …", "wij vonden dat …"), the words stay the writer's own.
struct ReportedSpeechRule: CueRule {
    static let id = "reported_speech"

    init(weights: [String: Double]) {}

    func apply(to run: inout NoteRun) {
        guard run.noteHolds(anyOf: NoteRun.bit(.weergave)) else { return }
        var reportedFrom: [Int32] = Array(repeating: -1, count: run.arrays.sentences.count)
        for s in run.arrays.sentences.indices where run.holds(s, .weergave) {
            for k in run.arrays.cueRange[s] where run.arrays.cues[k].category == .weergave {
                let frame = run.arrays.cues[k]
                // The speaker is the first person named before the frame; "mijn begeleider",
                // "onze teamleider" (a person word right after the possessive) is the other.
                let persons = run.arrays.cueRange[s].filter { run.arrays.cues[$0].category == .persoon && run.arrays.cues[$0].last < frame.first }
                var speaker: SubLabel? = nil
                for (n, j) in persons.enumerated() {
                    let c = run.arrays.cues[j]
                    if n + 1 < persons.count, run.arrays.cues[persons[n + 1]].first == c.last + 1 { continue }
                    speaker = c.sub
                    break
                }
                let writerSpeaks = speaker == .ik || speaker == .wij
                if writerSpeaks { continue }
                reportedFrom[s] = frame.last + 1
                break
            }
        }
        guard reportedFrom.contains(where: { $0 >= 0 }) else { return }
        run.removeCues { c in
            let from = reportedFrom[Int(c.sentence)]
            guard from >= 0, c.first >= from else { return false }
            switch c.category {
            case .persoon, .verhaal, .waarneming, .grens, .ontkenning, .eerder, .toekomst, .verband, .idioom, .functiewoord:
                return false
            case .fase:
                return c.phase != 2
            default:
                return true
            }
        }
        for s in run.arrays.sentences.indices where reportedFrom[s] >= 0 {
            // A question put by someone else is not the writer's question.
            let from = Int(reportedFrom[s])
            if run.arrays.sentences[s].isQuestion, !run.arrays.sentences[s].tokens.contains(where: { $0 < from && run.isQuestionMark($0) }) {
                run.arrays.sentences[s].isQuestion = false
            }
        }
    }
}
