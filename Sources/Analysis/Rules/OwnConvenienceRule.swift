/// A value weighed against one's own convenience: "mij zou het goed uitkomen als hij vrijdag
/// gaat, want dan kan ik de rapportages bijwerken — maar ik zie voor me hoe hij daar zit". The
/// writer puts an option that suits themselves beside what it means for the other: alternatives
/// weighed (phase 4) and understanding of the other (houding, reflecting), without any of the
/// usual turns of phrase.
///
/// Reads: `eigenbelang` cues (Lexicons/eigenbelang.lex) and another person (`persoon` ander, or
/// perspective-taking) in the same or the next `own_convenience.window` sentences. Adds a phase 4
/// cue of `own_convenience.phase4` and a reflecting houding cue of `own_convenience.understanding`
/// on the convenience words, so the coach sees what carried it.
struct OwnConvenienceRule: CueRule {
    static let id = "own_convenience"
    static let weightNames = ["window", "phase4", "understanding"]
    let window: Int
    let phase4: Double
    let understanding: Double

    init(weights: [String: Double]) {
        window = Int(weights["window"] ?? 0)
        phase4 = weights["phase4"] ?? 0
        understanding = weights["understanding"] ?? 0
    }

    func apply(to run: inout NoteRun) {
        guard run.noteHolds(anyOf: NoteRun.bit(.eigenbelang)) else { return }
        var added: [Cue] = []
        for s in run.arrays.sentences.indices {
            guard let k = run.arrays.cueRange[s].first(where: { run.arrays.cues[$0].category == .eigenbelang }) else { continue }
            let upTo = min(run.arrays.sentences.count - 1, s + window)
            let other = (s...upTo).contains { t in
                run.sentence(t) { ($0.category == .persoon && $0.sub == .ander) || $0.category == .perspectiefname }
            }
            guard other else { continue }
            let anchor = run.arrays.cues[k]
            added.append(Cue(entry: -1, first: anchor.first, last: anchor.last, sentence: anchor.sentence, category: .fase,
                             pole: nil, dimension: nil, phase: 4, sub: .none, weight: phase4, negated: false))
            added.append(Cue(entry: -1, first: anchor.first, last: anchor.last, sentence: anchor.sentence, category: .houding,
                             pole: .reflecteren, dimension: .houding, phase: 0, sub: .none, weight: understanding, negated: false))
        }
        guard !added.isEmpty else { return }
        run.arrays.cues += added
        run.indexCues()
    }
}
