import DiepgangCore
import DiepgangLexicon
import DiepgangNotes

/// The thresholds of the verdict, in one place. Calibrated on the dev split of Corpus/.
enum Calibration {
    /// Notes with fewer whitespace-separated words are `te_kort`.
    static let minimumWords = 25
    /// Summed cue weight from which a pole is clearly present (the same for short and long
    /// notes: on the dev split a length-dependent threshold did no better).
    static func poleThreshold(words: Int) -> Double { 3.0 }
    /// When both poles are present, reflecting dominates when it outweighs brooding this many
    /// times, and brooding when it outweighs reflecting this many times; in between: gemengd.
    static let reflectingDominance = 2.5
    static let broodingDominance = 2.0
    /// Gemengd needs the weaker pole clearly present relative to the note's length: at least
    /// this much cue weight per 100 words. A few brooding words in a long reflection (or the
    /// reverse) leave the stronger pole in charge. On dev this made the dominance ratios above
    /// matter far less (any value 2–4 gives the same result), which is what we want on new text.
    static let minorPolePer100Words = 2.0
    /// The same for a note that turns: the turn itself shows both sides, so a little less.
    static let turnMinorPer100Words = 1.75
    /// A note that turns ("Toch probeer ik …") from brooding to reflecting is gemengd when both
    /// sides weigh at least this much.
    static let turnWeight = 2.0
    /// … and neither side outweighs the other more than this many times.
    static let turnBalance = 3.0
    /// Insight (phase 3) and alternatives (phase 4) add their summed weight to the reflecting
    /// side, up to this much. On dev and the dev probes a cap of 2 and 3 tie for phase 4; 3 is
    /// the cap of phase 3 as well.
    static let phaseCap = 3.0
    /// A negator after a match turns it round only this many tokens on.
    static let negationReach = 3
    /// A phase is present when its cues add up to this weight.
    static let phaseThreshold = 1.0
    /// Without the writer's own voice (no ik/wij/je outside quotes) cues count this much:
    /// news and encyclopedia text is about others, not the writer's reflection.
    static let voicelessFactor = 0.2
}

/// Everything the verdict is built from, summed over the note.
struct Evidence {
    var piekeren = 0.0
    var reflecteren = 0.0
    /// Marker counts per dimension (in `Dimension.allCases` order), per pole.
    var piekerenCount = [Int](repeating: 0, count: 5)
    var reflecterenCount = [Int](repeating: 0, count: 5)
    var phaseWeight: [Double] = [0, 0, 0, 0, 0, 0]
    var purpose = 0.0
    var assumption = 0.0
    var meta = 0.0
    var perspectiveTaking = 0.0
    var causes = 0.0
    var future = false
    /// Cues quoted in the reasons: the heaviest brooding cue (the first of equals), the first
    /// cue per phase, of assumptions and of meta-reflection.
    var strongestBrooding = -1
    var phaseExample = [Int](repeating: -1, count: 6)
    var assumptionExample = -1
    var metaExample = -1
}

extension NoteRun {
    /// Whitespace-separated words (space, tab, line feed, vertical tab, form feed, carriage return).
    func wordCount() -> Int {
        var n = 0
        var previousSpace = true
        for b in text {
            // 0x09…0x0D in one unsigned comparison; no branch per byte.
            let space = b == 0x20 || b &- 0x09 < 5
            n &+= (previousSpace && !space) ? 1 : 0
            previousSpace = space
        }
        return n
    }

    func cueText(_ c: Cue) -> String {
        string(tok.tokens[Int(c.first)].start..<tok.tokens[Int(c.last)].end)
    }

    func gatherEvidence() -> Evidence {
        var e = Evidence()
        for (i, c) in cues.enumerated() {
            if let d = c.dimension, let p = c.pole {
                if p == .piekeren {
                    e.piekeren += c.weight
                    e.piekerenCount[Int(d.hashValueStable)] += 1
                } else {
                    e.reflecteren += c.weight
                    e.reflecterenCount[Int(d.hashValueStable)] += 1
                }
                if p == .piekeren && (e.strongestBrooding < 0 || c.weight > cues[e.strongestBrooding].weight) { e.strongestBrooding = i }
            }
            switch c.category {
            case .doel: e.purpose += c.weight
            case .aanname:
                e.assumption += c.weight
                if e.assumptionExample < 0 { e.assumptionExample = i }
            case .metareflectie:
                e.meta += c.weight
                if e.metaExample < 0 { e.metaExample = i }
            case .perspectiefname: e.perspectiveTaking += c.weight
            case .toekomst: e.future = true
            case .fase: if c.entry >= 0 && e.phaseExample[Int(c.phase)] < 0 { e.phaseExample[Int(c.phase)] = i }
            default: break
            }
            if c.dimension == .oorzaken && c.pole == .reflecteren { e.causes += c.weight }
        }
        // A phase is present when its cues add up, within one sentence or over several: a
        // look at how things hang together is often spread over a paragraph.
        for s in sentences {
            for p in 1...5 { e.phaseWeight[p] += min(s.phase[p], 2.5) }
        }
        return e
    }

    /// A turn: a "toch", "als ik het van een afstand bekijk" with brooding before it (or in
    /// its sentence) and reflecting after it (or in its sentence).
    func hasTurn() -> Bool {
        for c in cues where c.category == .kanteling {
            let k = c.sentence
            let before = cues.contains { $0.pole == .piekeren && $0.dimension != nil && $0.sentence <= k }
            let after = cues.contains { $0.pole == .reflecteren && $0.dimension != nil && $0.sentence >= k }
            if before && after { return true }
        }
        return false
    }

    func makeAnalysis(note: Note, options: AnalysisOptions) -> Analysis {
        let words = wordCount()
        let e = gatherEvidence()
        let present = SpiralPhase.allCases.filter { e.phaseWeight[$0.rawValue] >= Calibration.phaseThreshold }
        let missing = SpiralPhase.allCases.filter { !present.contains($0) }

        // Why-questions weigh in: an inquiring why is reflection, a brooding why brooding.
        var p = e.piekeren
        var r = e.reflecteren
        // Insight and alternatives are reflection in their own right, by their weight: two
        // sentences of "het ging dus niet om de douche" weigh more than one.
        if present.contains(.bewustwording) { r += min(max(e.phaseWeight[3], 1.5), Calibration.phaseCap) }
        if present.contains(.alternatieven) { r += min(max(e.phaseWeight[4], 1), Calibration.phaseCap) }
        if present.contains(.uitproberen) { r += 1 }
        for w in whys { if w.kind == .piekerend { p += 1.5 } else { r += 1 } }
        if voice == 0 { p *= Calibration.voicelessFactor; r *= Calibration.voicelessFactor }

        var reasons: [Localized] = []
        let mode: Mode
        let threshold = Calibration.poleThreshold(words: words)
        let pStrong = p >= threshold
        let rStrong = r >= threshold
        if words < Calibration.minimumWords {
            mode = .teKort
            reasons.append(Localized(nl: "te kort om te beoordelen (\(words) woorden, minder dan \(Calibration.minimumWords))",
                                     en: "too short to judge (\(words) words, fewer than \(Calibration.minimumWords))"))
        } else if hasTurn() && p >= Calibration.turnWeight && r >= Calibration.turnWeight
                    && max(p, r) <= Calibration.turnBalance * min(p, r)
                    && min(p, r) * 100 >= Calibration.turnMinorPer100Words * Double(max(words, 1)) {
            mode = .gemengd
            if let k = cues.first(where: { $0.category == .kanteling }) {
                reasons.append(Localized(nl: "kantelt van piekeren naar reflecteren (\"\(cueText(k))\")",
                                         en: "turns from brooding to reflecting (\"\(cueText(k))\")"))
            }
        } else if !pStrong && !rStrong {
            mode = .beschrijvend
        } else if pStrong && !rStrong {
            mode = .piekeren
        } else if rStrong && !pStrong {
            mode = .reflecteren
        } else if r >= p * Calibration.reflectingDominance {
            mode = .reflecteren
        } else if p >= r * Calibration.broodingDominance {
            mode = .piekeren
        } else if min(p, r) * 100 < Calibration.minorPolePer100Words * Double(max(words, 1)) {
            mode = r > p ? .reflecteren : .piekeren
        } else {
            mode = .gemengd
        }

        let whyPurpose = whys.contains { $0.kind == .onderzoekend && $0.purposeLinked }
        // Own assumptions or the team's routines questioned: named outright, or a why-question
        // about what "we" do ("waarom doen we dit eigenlijk zo?").
        let questioning = e.assumption >= 2 || e.meta >= 2 || whys.contains { w in
            w.kind == .onderzoekend && (sentences[w.sentence].wij > 0 || cueRange[w.sentence].contains { cues[$0].category == .aanname })
        }
        let concrete = present.contains(.alternatieven) || present.contains(.uitproberen)
        let meaning = present.contains(.bewustwording)
        let weighed = present.contains(.alternatieven)

        var level: Int
        switch mode {
        case .teKort:
            level = 0
        case .piekeren:
            level = present.contains(.terugblikken) ? 1 : 0
            reasons.append(Localized(nl: "piekeren overheerst (\(fmt(p, dutch: true)) tegen \(fmt(r, dutch: true))): diepgang hoogstens 1",
                                     en: "brooding dominates (\(fmt(p)) against \(fmt(r))): depth at most 1"))
        case .beschrijvend:
            level = 1
            reasons.append(Localized(nl: "vertelt wat er gebeurde zonder te analyseren of te oordelen",
                                     en: "tells what happened without analysis or judgement"))
        case .gemengd:
            // Mixed notes analyse as well as brood: 2 as a rule, 1 when the reflecting side is
            // thin (no meaning, alternatives, perspective or causes), 3 when it weighs most.
            level = 2
            reasons.append(Localized(nl: "piekeren en reflecteren beide duidelijk aanwezig (\(fmt(p, dutch: true)) tegen \(fmt(r, dutch: true)))",
                                     en: "brooding and reflecting both clearly present (\(fmt(p)) against \(fmt(r)))"))
            if !(meaning || weighed || e.perspectiveTaking >= 1.5 || e.causes >= 1.5) { level = 1 }
            if meaning && weighed && r >= p { level = 3 }
        case .reflecteren:
            level = 2
            reasons.append(Localized(nl: "zoekt naar hoe het werkt: oorzaken, perspectieven, context",
                                     en: "looks for how it works: causes, perspectives, context"))
            if meaning && (weighed || whyPurpose || e.purpose >= 2) { level = 3 }
            if level == 3 && questioning && concrete { level = 4 }
        }
        if mode == .reflecteren || mode == .gemengd {
            if meaning, e.phaseExample[3] >= 0 {
                let x = cueText(cues[e.phaseExample[3]])
                reasons.append(Localized(nl: "de kern benoemd (\"\(x)\")", en: "the essence named (\"\(x)\")"))
            }
            if weighed, e.phaseExample[4] >= 0 {
                let x = cueText(cues[e.phaseExample[4]])
                reasons.append(Localized(nl: "alternatieven of een voornemen (\"\(x)\")", en: "alternatives or an intention (\"\(x)\")"))
            }
            if whyPurpose {
                reasons.append(Localized(nl: "een waarom-vraag verbonden met de bedoeling", en: "a why-question tied to the purpose"))
            }
            if questioning {
                let k = e.assumptionExample >= 0 ? e.assumptionExample : e.metaExample
                var x = k >= 0 ? cueText(cues[k]) : ""
                if x.isEmpty, let w = whys.first(where: { $0.kind == .onderzoekend }) {
                    let span = tok.sentences[w.sentence]
                    x = string(span.start..<span.end)
                }
                reasons.append(Localized(nl: "eigen aannames of routines ter discussie (\"\(x)\")", en: "own assumptions or routines questioned (\"\(x)\")"))
            }
        }
        if mode == .piekeren || mode == .gemengd, e.strongestBrooding >= 0, let d = cues[e.strongestBrooding].dimension {
            let x = cueText(cues[e.strongestBrooding])
            reasons.append(Localized(nl: "\(d.rawValue): \"\(x)\"", en: "\(d.rawValue): \"\(x)\""))
        }
        if voice == 0 && mode != .teKort {
            reasons.append(Localized(nl: "geen ik of wij buiten citaten: geen eigen reflectie van de schrijver",
                                     en: "no I or we outside quotes: not the writer's own reflection"))
        }
        level = min(max(level, 0), 4)

        let suggestions = missing.map { PhaseSuggestion(phase: $0, question: analyzer.coaching[$0.rawValue - 1]) }
        let analysis = Analysis(
            id: note.id, team: note.team, author: note.author, date: note.date, extra: note.extra,
            words: words, mode: mode, depth: Depth(level: level, reasons: reasons),
            dimensions: Dimension.allCases.map { DimensionScore(name: $0, piekeren: e.piekerenCount[Int($0.hashValueStable)], reflecteren: e.reflecterenCount[Int($0.hashValueStable)]) },
            phases: PhaseCoverage(present: present, missing: missing, suggestions: suggestions),
            whyQuestions: makeWhyQuestions(), markers: makeMarkers(), sentences: options.sentences ? makeSentences() : [],
            rates: Rates(piekeren: 0, reflecteren: 0, markers: 0, whyQuestions: 0),
            weights: PoleWeights(piekeren: p, reflecteren: r, threshold: threshold),
            toolVersion: ToolInfo.version, lexiconVersion: analyzer.lexiconVersion)
        return analysis.withRates()
    }

    /// The category as the lexicon names it (a user's own category keeps its own name).
    func categoryName(_ c: Cue) -> String {
        c.category == .other && c.entry >= 0 ? analyzer.categoryNames[Int(c.entry)] : c.category.name
    }

    /// The label shown beside the category when it is not a pole: the phase, "direct", ….
    func labelText(_ c: Cue) -> String? {
        if c.category == .fase { return String(c.phase) }
        if c.pole != nil { return nil }
        guard c.entry >= 0 else { return nil }
        let label = analyzer.labels[Int(c.entry)]
        return label == "-" ? nil : label
    }

    func makeMarkers() -> [Marker] {
        var shown = cues.filter { $0.category.isReported && !($0.category == .waarom && $0.sub == .geen) }
        shown.sort { a, b in
            if a.first != b.first { return a.first < b.first }
            if a.last != b.last { return a.last > b.last }
            return categoryName(a) < categoryName(b)
        }
        var offsets = ScalarOffsets(text)
        return shown.map { c in
            let startByte = tok.tokens[Int(c.first)].start
            let endByte = tok.tokens[Int(c.last)].end
            let start = offsets.scalarOffset(ofByte: startByte)
            let end = start + ScalarOffsets.count(text, startByte..<endByte)
            return Marker(category: categoryName(c), pole: c.pole, label: labelText(c),
                          dimension: c.dimension, sentence: Int(c.sentence), start: start, end: end,
                          text: string(startByte..<endByte), negated: c.negated)
        }
    }

    func makeSentences() -> [SentenceAnalysis] {
        var offsets = ScalarOffsets(text)
        return tok.sentences.indices.map { s in
            let span = tok.sentences[s]
            let start = offsets.scalarOffset(ofByte: span.start)
            let end = offsets.scalarOffset(ofByte: span.end)
            let phases = SpiralPhase.allCases.filter { sentences[s].phase[$0.rawValue] >= Calibration.phaseThreshold }
            return SentenceAnalysis(index: s, start: start, end: end, text: string(span.start..<span.end),
                                    phases: phases, isQuestion: sentences[s].isQuestion)
        }
    }

    func makeWhyQuestions() -> [WhyQuestion] {
        var offsets = ScalarOffsets(text)
        return whys.map { w in
            let span = tok.sentences[w.sentence]
            let start = offsets.scalarOffset(ofByte: span.start)
            let end = offsets.scalarOffset(ofByte: span.end)
            return WhyQuestion(sentence: w.sentence, text: string(span.start..<span.end), start: start, end: end,
                               kind: w.kind, purposeLinked: w.purposeLinked, indirect: w.indirect)
        }
    }
}

extension Analysis {
    func withRates() -> Analysis {
        var a = self
        let per = words > 0 ? 1000.0 / Double(words) : 0
        a.rates = Rates(piekeren: Double(markerCount(.piekeren)) * per, reflecteren: Double(markerCount(.reflecteren)) * per,
                        markers: Double(markers.count) * per, whyQuestions: Double(whyQuestions.count) * per)
        return a
    }
}

/// One decimal (or `digits`); Dutch text writes a decimal comma.
func fmt(_ x: Double, digits: Int = 1, dutch: Bool = false) -> String {
    let text = JSONWriter.format(x, digits: digits)
    return dutch ? String(text.map { $0 == "." ? "," : $0 }) : text
}
