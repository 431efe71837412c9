/// Looking back (phase 2): a sentence that tells what happened, with someone in it — "gisteren
/// wilde meneer De Vries om half acht niet douchen", "ze zei: 'laat me maar'".
///
/// Reads: the sentence's telling (`verhaal`, `waarneming`) and tense. With a past tense of at least
/// `looking_back.past_min` the telling and the feelings count; without one, the telling less
/// `looking_back.present_past_factor` times the past weight. A time of day and quoted speech each
/// add a bonus (`time_bonus`, `quote_bonus`) to a sentence that tells. Reported speech — a frame
/// of saying or thinking (`weergave`: "ze vertelt dat", "volgens haar") — tells what someone said,
/// which the annotation guide counts as looking back in any tense, as news and interviews write
/// it: it adds `report_bonus`. So does a quote of at least `quote_words` words (an interview
/// answer, a colleague's words), whose own cues are the quoted person's and never the writer's;
/// a word or two in quotation marks is a term held at a distance, not speech. A sentence that
/// states an intention, an insight or a trial (another phase cue of at least
/// `looking_back.other_phase_min`) tells that, not an event, unless the telling reaches
/// `looking_back.strong_telling`. From `looking_back.min`, with a person, a quote, a time, a report
/// or a name in it and no phase 2 cue yet, the rule proposes a phase 2 cue of the telling's
/// strength (at most `looking_back.cap`) on the heaviest telling word (or the sentence's first
/// token).
struct LookingBackRule: CueRule {
    static let id = "looking_back"
    static let weightNames = ["past_min", "present_past_factor", "time_bonus", "quote_bonus", "report_bonus", "quote_words",
                              "other_phase_min", "strong_telling", "min", "cap"]
    static let proposes = true
    let pastMinimum: Double
    let presentPastFactor: Double
    let timeBonus: Double
    let quoteBonus: Double
    let reportBonus: Double
    let quoteWords: Double
    let otherPhaseMinimum: Double
    let strongTelling: Double
    let minimum: Double
    let cap: Double

    init(weights: [String: Double]) {
        pastMinimum = weights["past_min"] ?? 0
        presentPastFactor = weights["present_past_factor"] ?? 0
        timeBonus = weights["time_bonus"] ?? 0
        quoteBonus = weights["quote_bonus"] ?? 0
        reportBonus = weights["report_bonus"] ?? 0
        quoteWords = weights["quote_words"] ?? 0
        otherPhaseMinimum = weights["other_phase_min"] ?? 0
        strongTelling = weights["strong_telling"] ?? 0
        minimum = weights["min"] ?? 0
        cap = weights["cap"] ?? 0
    }

    func apply(to run: inout NoteRun) {
        for s in run.arrays.sentences.indices {
            let info = run.arrays.sentences[s]
            if info.isQuestion { continue }
            // Past tense (or present-tense events with a time of day), or quoted speech with a
            // verb of saying; a feeling counts beside a past tense.
            var strength = info.past >= pastMinimum ? info.narrative + info.feeling : info.narrative - info.past * presentPastFactor
            if info.hasTime && info.narrative > 0 { strength += timeBonus }
            if info.hasQuote && info.narrative > 0 { strength += quoteBonus }
            let range = run.arrays.cueRange[s]
            let reported = run.holds(s, .weergave) || (info.hasQuote && Double(run.quotedWords(in: info.tokens)) >= quoteWords)
            if reported { strength += reportBonus }
            let explicit = run.holds(s, phase: 2)
            let other = !run.holds(s, .fase) ? 0.0 : range.reduce(0.0) { run.arrays.cues[$1].category == .fase && run.arrays.cues[$1].phase != 2 ? max($0, run.arrays.cues[$1].weight) : $0 }
            if other >= otherPhaseMinimum && strength < strongTelling { strength = 0 }
            guard !explicit && strength >= minimum && (info.persons > 0 || info.hasQuote || info.hasTime || reported || run.hasName(info.tokens)) else { continue }
            var anchor: Cue? = nil
            for k in range where run.arrays.cues[k].category == .verhaal || run.arrays.cues[k].category == .waarneming {
                let cue = run.arrays.cues[k]
                if let a = anchor, a.weight >= cue.weight { continue }
                anchor = cue
            }
            let first = anchor?.first ?? Int32(info.tokens.lowerBound)
            let last = anchor?.last ?? first
            run.arrays.proposed.append(Cue(entry: -1, first: first, last: last, sentence: Int32(s), category: .fase, pole: nil, dimension: nil,
                                    phase: 2, sub: .none, weight: min(strength, cap), negated: false))
        }
    }
}

extension NoteRun {
    /// The word tokens of `tokens` that stand inside quotation marks.
    func quotedWords(in tokens: Range<Int>) -> Int {
        var count = 0
        for t in tokens where arrays.inQuote[t] && arrays.tokenization.tokens[t].kind == .word { count += 1 }
        return count
    }
}
