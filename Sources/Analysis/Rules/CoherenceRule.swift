/// How things hang together (phase 3) without the words "ik besef": an interpretation held open
/// ("misschien was hij bang"), a tentative explanation of the writer's own ("ik denk dat het te
/// dichtbij kwam: hij is zelf mantelzorger"), stacked causes, or understanding with its reason
/// ("ik snap het wel: haar vader zou bellen").
///
/// Reads: statements with a person in them, and any sentence with a hedge of at least
/// `coherence.hedge_full`. The weight adds up: a hedge of at least `coherence.hedge_min` with a link
/// of at least `coherence.link_min` or a colon giving the reason adds `coherence.explanation`, a
/// full hedge alone `coherence.hedge_alone`; an interpretation or perspective-taking cue with a
/// full hedge `coherence.interpretation`; reflecting causes of at least `coherence.many_causes`
/// (`coherence.some_causes`) add `coherence.many_causes_weight` (`coherence.some_causes_weight`);
/// reflecting understanding of at least `coherence.understanding_min` with its reason adds
/// `coherence.understanding`. A positive sum gives a proposed phase 3 cue of at most
/// `coherence.cap` on the first interpreting, hedging or reflecting cue. A note with no phase 3
/// cue whose present-tense statements give reasons (a link of at least `coherence.link_min`, no
/// quote) in at least `coherence.argued_sentences` sentences argues: a phase 3 cue of
/// `coherence.argued_weight` on the first link.
struct CoherenceRule: CueRule {
    static let id = "coherence"
    static let weightNames = ["hedge_min", "hedge_full", "link_min", "explanation", "hedge_alone", "interpretation",
                              "many_causes", "many_causes_weight", "some_causes", "some_causes_weight",
                              "understanding_min", "understanding", "cap", "argued_sentences", "argued_weight"]
    static let proposes = true
    let hedgeMinimum: Double
    let hedgeFull: Double
    let linkMinimum: Double
    let explanation: Double
    let hedgeAlone: Double
    let interpretation: Double
    let manyCauses: Double
    let manyCausesWeight: Double
    let someCauses: Double
    let someCausesWeight: Double
    let understandingMinimum: Double
    let understanding: Double
    let cap: Double
    let arguedSentences: Double
    let arguedWeight: Double

    init(weights: [String: Double]) {
        hedgeMinimum = weights["hedge_min"] ?? 0
        hedgeFull = weights["hedge_full"] ?? 0
        linkMinimum = weights["link_min"] ?? 0
        explanation = weights["explanation"] ?? 0
        hedgeAlone = weights["hedge_alone"] ?? 0
        interpretation = weights["interpretation"] ?? 0
        manyCauses = weights["many_causes"] ?? 0
        manyCausesWeight = weights["many_causes_weight"] ?? 0
        someCauses = weights["some_causes"] ?? 0
        someCausesWeight = weights["some_causes_weight"] ?? 0
        understandingMinimum = weights["understanding_min"] ?? 0
        understanding = weights["understanding"] ?? 0
        cap = weights["cap"] ?? 0
        arguedSentences = weights["argued_sentences"] ?? 0
        arguedWeight = weights["argued_weight"] ?? 0
    }

    func apply(to run: inout NoteRun) {
        if arguedWeight > 0 { proposeArgument(&run) }
        for s in run.arrays.sentences.indices {
            let info = run.arrays.sentences[s]
            guard !info.isQuestion && (info.ik + info.wij + info.jij + info.ander) > 0 || info.hedge >= hedgeFull else { continue }
            let range = run.arrays.cueRange[s]
            let interpreted = run.holds(s, .interpretatie) || run.holds(s, .perspectiefname)
            let causes = range.reduce(0.0) { run.arrays.cues[$1].dimension == .oorzaken && run.arrays.cues[$1].pole == .reflecteren ? $0 + run.arrays.cues[$1].weight : $0 }
            // A link or a colon that gives the reason (looked up only when asked: a scan of the sentence).
            func reasonGiven() -> Bool { info.link >= linkMinimum || run.hasColon(info.tokens) }
            var weight = 0.0
            if !info.isQuestion && info.hedge >= hedgeMinimum && reasonGiven() {
                weight += explanation
            } else if !info.isQuestion && info.hedge >= hedgeFull {
                weight += hedgeAlone
            }
            if interpreted && info.hedge >= hedgeFull { weight += interpretation }
            if causes >= manyCauses { weight += manyCausesWeight } else if causes >= someCauses { weight += someCausesWeight }
            let understands = range.contains { run.arrays.cues[$0].dimension == .houding && run.arrays.cues[$0].pole == .reflecteren && run.arrays.cues[$0].weight >= understandingMinimum }
            if understands && !info.isQuestion && reasonGiven() { weight += understanding }
            guard weight > 0, let k = range.first(where: {
                let cue = run.arrays.cues[$0]
                return cue.category == .interpretatie || cue.category == .perspectiefname || cue.category == .voorbehoud
                    || (cue.dimension == .oorzaken || cue.dimension == .houding) && cue.pole == .reflecteren
            }) else { continue }
            run.propose(on: run.arrays.cues[k], sentence: s, category: .fase, phase: 3, weight: min(weight, cap))
        }
    }

    /// Reasoning that runs through the writer's own present-tense statements ("want goede zorg
    /// vergt een proces …", "daarvoor is communicatie nodig") in several sentences.
    func proposeArgument(_ run: inout NoteRun) {
        // Only where the note reads no insight of its own (no phase 3 cue at all): then the
        // argument is what it has.
        guard !run.noteHolds(anyOf: NoteRun.phaseBit(3)) else { return }
        var argued = 0
        var anchor: (cue: Int, sentence: Int)?
        for s in run.arrays.sentences.indices {
            let info = run.arrays.sentences[s]
            guard info.link >= linkMinimum, info.past == 0, !info.isQuestion, !info.hasQuote else { continue }
            argued += 1
            if anchor == nil, let k = run.arrays.cueRange[s].first(where: { run.arrays.cues[$0].category == .verband }) {
                anchor = (k, s)
            }
        }
        guard Double(argued) >= arguedSentences, let anchor else { return }
        run.propose(on: run.arrays.cues[anchor.cue], sentence: anchor.sentence, category: .fase, phase: 3, weight: arguedWeight)
    }
}
