/// Fixed phrases that hold a cue word: "door het vele malen te oefenen" is no rumination,
/// "niet voor niets" no absolute, "steeds meer collega's" no repetition.
///
/// Reads: `idioom` matches (Lexicons/idioom.lex). Every scored cue that lies inside an idiom's
/// words goes; the idiom itself is no evidence. The list is data: an idiom is added there, not here.
struct IdiomRule: CueRule {
    static let id = "idiom"

    init(weights: [String: Double]) {}

    func apply(to run: inout NoteRun) {
        guard run.noteHolds(anyOf: NoteRun.bit(.idioom)) else { return }
        let idioms = run.arrays.cues.filter { $0.category == .idioom }
        run.removeCues { c in
            c.category != .idioom && c.category != .persoon && c.category != .verhaal
                && idioms.contains { $0.sentence == c.sentence && $0.first <= c.first && c.last <= $0.last }
        }
    }
}
