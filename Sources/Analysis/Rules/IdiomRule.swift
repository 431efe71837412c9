/// Fixed phrases that hold a cue word: "door het vele malen te oefenen" is no rumination,
/// "niet voor niets" no absolute, "steeds meer collega's" no repetition. And phrases read as one
/// whole: in "kennelijk niet goed genoeg" the "kennelijk" is sarcasm, not an interpretation.
///
/// Reads: `idioom` matches (Lexicons/idioom.lex) and entries with the flag `whole`. Every scored
/// cue that lies inside their words goes; an idiom itself is no evidence, a `whole` entry keeps
/// its own weight. The lists are data: an idiom is added there, not here.
struct IdiomRule: CueRule {
    static let id = "idiom"

    init(weights: [String: Double]) {}

    func apply(to run: inout NoteRun) {
        guard run.noteHolds(anyOf: NoteRun.bit(.idioom)) || run.arrays.wholeCues else { return }
        let roles = run.analyzer.roles
        func covers(_ c: Cue) -> Bool { c.category == .idioom || c.entry >= 0 && roles[Int(c.entry)].flags.readsWhole }
        let covering = run.arrays.cues.filter(covers)
        run.removeCues { c in
            c.category != .idioom && c.category != .persoon && c.category != .verhaal && !covers(c)
                && covering.contains { $0.sentence == c.sentence && $0.first <= c.first && c.last <= $0.last }
        }
    }
}
