import DiepgangCore
import DiepgangLexicon
import DiepgangNotes

/// Everything the verdict is built from, summed over the note.
struct Evidence {
    var piekeren = 0.0
    var reflecteren = 0.0
    /// Reflecting weight from strong cues only (`verdict.core_cue_weight` and up): analysis
    /// worked out, not a scatter of "samen met", "op maandag", "afspraak".
    var reflectingCore = 0.0
    /// Marker counts per dimension (in `Dimension.allCases` order), per pole.
    var piekerenCount = SixValues(repeating: 0)
    var reflecterenCount = SixValues(repeating: 0)
    var phaseWeight = SixValues(repeating: 0.0)
    var purpose = 0.0
    var assumption = 0.0
    var meta = 0.0
    var perspectiveTaking = 0.0
    var causes = 0.0
    var future = false
    /// Cues quoted in the reasons: the heaviest brooding cue (the first of equals), the first
    /// cue per phase, of assumptions and of meta-reflection.
    var strongestBrooding = -1
    var phaseExample = SixValues(repeating: -1)
    var assumptionExample = -1
    var metaExample = -1
}

extension NoteRun {
    /// Whitespace-separated words (space, tab, line feed, vertical tab, form feed, carriage return).
    func wordCount() -> Int {
        let count = text.count
        guard let base = text.baseAddress, count > 0 else { return 0 }
        @inline(__always) func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b &- 0x09 < 5 }
        // A word starts at a non-space byte after a space (or at the start).
        var n = isSpace(base[0]) ? 0 : 1
        var i = 1
        // Sixteen bytes at a time, each compared with the byte before it (one load shifted by one).
        let raw = UnsafeRawPointer(base)
        let space = SIMD16<UInt8>(repeating: 0x20), tab = SIMD16<UInt8>(repeating: 0x09), five = SIMD16<UInt8>(repeating: 5)
        let zero = SIMD16<UInt8>(repeating: 0), one = SIMD16<UInt8>(repeating: 1)
        while i + 16 <= count {
            let here = raw.loadUnaligned(fromByteOffset: i, as: SIMD16<UInt8>.self)
            let before = raw.loadUnaligned(fromByteOffset: i - 1, as: SIMD16<UInt8>.self)
            let hereSpace = (here .== space) .| ((here &- tab) .< five)
            let beforeSpace = (before .== space) .| ((before &- tab) .< five)
            n &+= Int(zero.replacing(with: one, where: beforeSpace .& .!hereSpace).wrappedSum())
            i += 16
        }
        var previousSpace = isSpace(base[i - 1])
        while i < count {
            let space = isSpace(base[i])
            n &+= (previousSpace && !space) ? 1 : 0
            previousSpace = space
            i += 1
        }
        return n
    }

    func cueText(_ c: Cue) -> String {
        string(arrays.tokenization.tokens[Int(c.first)].start..<arrays.tokenization.tokens[Int(c.last)].end)
    }

    func gatherEvidence() -> Evidence {
        var e = Evidence()
        for (i, c) in arrays.cues.enumerated() {
            if let d = c.dimension, let p = c.pole {
                if p == .piekeren {
                    e.piekeren += c.weight
                    e.piekerenCount[Int(d.hashValueStable)] += 1
                } else {
                    e.reflecteren += c.weight
                    e.reflecterenCount[Int(d.hashValueStable)] += 1
                    if c.weight >= weights.coreCueWeight { e.reflectingCore += c.weight }
                }
                if p == .piekeren && (e.strongestBrooding < 0 || c.weight > arrays.cues[e.strongestBrooding].weight) { e.strongestBrooding = i }
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
        let cap = weights.phaseSentenceCap
        for s in arrays.sentences.indices {
            for p in 1...5 { e.phaseWeight[p] += min(arrays.sentences[s].phase[p], cap) }
        }
        return e
    }

    /// A turn: a "toch", "als ik het van een afstand bekijk" with brooding before it (or in
    /// its sentence) and reflecting after it (or in its sentence).
    func hasTurn() -> Bool {
        for c in arrays.cues where c.category == .kanteling {
            let k = c.sentence
            let before = arrays.cues.contains { $0.pole == .piekeren && $0.dimension != nil && $0.sentence <= k }
            let after = arrays.cues.contains { $0.pole == .reflecteren && $0.dimension != nil && $0.sentence >= k }
            if before && after { return true }
        }
        return false
    }

    func makeAnalysis(note: Note, options: AnalysisOptions) -> Analysis {
        makeAnalysisAndFacts(note: note, options: options, factsWanted: false).analysis
    }

    /// The analysis, and what the mode model reads of the note (the rules' evidence and reading):
    /// worked out when the model is there to read it, or when `factsWanted` (training).
    func makeAnalysisAndFacts(note: Note, options: AnalysisOptions, factsWanted: Bool) -> (analysis: Analysis, facts: ModeFacts?) {
        let w = weights
        let words = wordCount()
        let e = gatherEvidence()
        var presentMask = 0
        for phase in SpiralPhase.allCases where e.phaseWeight[phase.rawValue] >= w.phaseThreshold { presentMask |= 1 << (phase.rawValue - 1) }
        let coverage = analyzer.phaseCoverages[presentMask]
        let present = coverage.present

        // Why-questions weigh in: an inquiring why is reflection, a brooding why brooding.
        var p = e.piekeren
        var r = e.reflecteren
        var core = e.reflectingCore
        // Insight and alternatives are reflection in their own right, by their weight: two
        // sentences of "het ging dus niet om de douche" weigh more than one.
        var phases = 0.0
        if present.contains(.bewustwording) { phases += min(max(e.phaseWeight[3], w.insightFloor), w.phaseCap) }
        if present.contains(.alternatieven) { phases += min(max(e.phaseWeight[4], w.alternativesFloor), w.phaseCap) }
        if present.contains(.uitproberen) { phases += w.trialBonus }
        r += phases
        core += phases
        for q in arrays.whys {
            if q.kind == .piekerend { p += w.broodingWhy } else { r += w.inquiringWhy; core += w.inquiringWhy }
        }
        if voice == 0 { p *= w.voicelessFactor; r *= w.voicelessFactor; core *= w.voicelessFactor }

        // Room for the usual reasons at once (the mode's few and the two confidences'), rather than grown one by one.
        var reasons: [Localized] = []
        reasons.reserveCapacity(8)
        let turn = hasTurn()
        let evidence = ModeEvidence(piekeren: p, reflecteren: r, reflectingCore: core, words: words, turn: turn)
        let whyPurpose = arrays.whys.contains { $0.kind == .onderzoekend && $0.purposeLinked }
        // Own assumptions or the team's routines questioned: named outright, or a why-question
        // about what "we" do ("waarom doen we dit eigenlijk zo?").
        let questioning = e.assumption >= w.depthQuestioningMinimum || e.meta >= w.depthQuestioningMinimum || arrays.whys.contains { q in
            q.kind == .onderzoekend && (arrays.sentences[q.sentence].wij > 0 || arrays.cueRange[q.sentence].contains { arrays.cues[$0].category == .aanname })
        }
        let meaning = present.contains(.bewustwording)
        let weighed = present.contains(.alternatieven)
        let facts = DepthFacts(lookingBack: present.contains(.terugblikken), meaning: meaning, weighed: weighed,
                               whyPurpose: whyPurpose, purpose: e.purpose, questioning: questioning,
                               concrete: present.contains(.alternatieven) || present.contains(.uitproberen),
                               perspectiveTaking: e.perspectiveTaking, causes: e.causes)
        let verdict = Verdict.reading(evidence, facts, w)
        // One look at the bytes for all offsets: in a plain ASCII note a byte offset is the offset.
        let ascii = ScalarOffsets.isASCII(text)
        let markers = makeMarkers(ascii: ascii), whyQuestions = makeWhyQuestions(ascii: ascii)
        let modeModel = analyzer.modeModel
        let modeFacts = factsWanted || modeModel != nil
            ? makeModeFacts(words: words, piekeren: p, reflecteren: r, markers: markers, whyQuestions: whyQuestions, phases: present, rules: verdict, voiced: voice > 0,
                            depthByMode: factsWanted ? ModeFeature.modes.map { Verdict.depth($0, facts, piekeren: p, reflecteren: r, w) } : [])
            : nil
        // The learned model reads the mode from the rules' evidence, when the lexicons hold one,
        // in the writer's own words only: a text without the writer's voice (news, an encyclopedia,
        // all quotes) is no reflection of theirs, as the rules read it (its reason says so).
        let model = verdict.reading == .teKort || voice == 0 ? nil : modeFacts.flatMap { modeModel?.read($0) }
        // The depth is that of the best reading, also when the mode is onzeker.
        let mode = model?.mode ?? verdict.reading
        let level = Verdict.depth(mode, facts, piekeren: p, reflecteren: r, w)

        if let model {
            reasons.append(modelReason(model, rules: verdict))
        } else if verdict.mode == .onzeker, verdict.alternatives.count == 2 {
            let a = verdict.alternatives[0], b = verdict.alternatives[1]
            let sure = fmt(verdict.confidence, digits: 2, dutch: true), sureEn = fmt(verdict.confidence, digits: 2)
            reasons.append(reason(
                nl: "onzeker: misschien \(a.label.nl), misschien \(b.label.nl) (zekerheid \(sure)); het bewijs ligt dicht bij de grens (piekeren \(fmt(p, dutch: true)), reflecteren \(fmt(r, dutch: true)), duidelijk aanwezig vanaf \(fmt(w.poleThreshold, dutch: true)))",
                en: "uncertain: perhaps \(a.label.en), perhaps \(b.label.en) (confidence \(sureEn)); the evidence lies close to the boundary (brooding \(fmt(p)), reflecting \(fmt(r)), clearly present from \(fmt(w.poleThreshold)))"))
        }
        // The rules' own words for a mode they did not read would contradict the weights they quote: then none (as for onzeker).
        switch model == nil || mode == verdict.reading ? mode : .onzeker {
        case .teKort:
            reasons.append(reason(nl: "te kort om te beoordelen (\(Wording.count(words, "woord", "woorden")), minder dan \(w.minimumWords))",
                                     en: "too short to judge (\(Wording.count(words, "word", "words")), fewer than \(w.minimumWords))"))
        case .gemengd where Verdict.turns(evidence, w):
            if let k = arrays.cues.first(where: { $0.category == .kanteling }) {
                reasons.append(reason(nl: "kantelt van piekeren naar reflecteren (\"\(cueText(k))\")",
                                         en: "turns from brooding to reflecting (\"\(cueText(k))\")"))
            }
            reasons.append(reason(nl: "piekeren en reflecteren beide duidelijk aanwezig (gewicht \(fmt(p, dutch: true)) tegen \(fmt(r, dutch: true)))",
                                     en: "brooding and reflecting both clearly present (weight \(fmt(p)) against \(fmt(r)))"))
        case .gemengd:
            reasons.append(reason(nl: "piekeren en reflecteren beide duidelijk aanwezig (gewicht \(fmt(p, dutch: true)) tegen \(fmt(r, dutch: true)))",
                                     en: "brooding and reflecting both clearly present (weight \(fmt(p)) against \(fmt(r)))"))
        case .piekeren:
            reasons.append(reason(nl: "piekeren overheerst (gewicht \(fmt(p, dutch: true)) tegen \(fmt(r, dutch: true))): diepgang hoogstens 1",
                                     en: "brooding dominates (weight \(fmt(p)) against \(fmt(r))): depth at most 1"))
        case .beschrijvend:
            reasons.append(Localized(nl: "vertelt wat er gebeurde zonder te analyseren of te oordelen",
                                     en: "tells what happened without analysis or judgement"))
        case .reflecteren:
            reasons.append(Localized(nl: "zoekt naar hoe het werkt: oorzaken, perspectieven, context",
                                     en: "looks for how it works: causes, perspectives, context"))
        case .onzeker:
            break
        }
        if mode == .reflecteren || mode == .gemengd {
            if meaning, e.phaseExample[3] >= 0 {
                let x = cueText(arrays.cues[e.phaseExample[3]])
                reasons.append(reason(nl: "de kern benoemd (\"\(x)\")", en: "the essence named (\"\(x)\")"))
            }
            if weighed, e.phaseExample[4] >= 0 {
                let x = cueText(arrays.cues[e.phaseExample[4]])
                reasons.append(reason(nl: "alternatieven of een voornemen (\"\(x)\")", en: "alternatives or an intention (\"\(x)\")"))
            }
            if whyPurpose {
                reasons.append(Localized(nl: "een waarom-vraag verbonden met de bedoeling", en: "a why-question tied to the purpose"))
            }
            if questioning {
                let k = e.assumptionExample >= 0 ? e.assumptionExample : e.metaExample
                var x = k >= 0 ? cueText(arrays.cues[k]) : ""
                if x.isEmpty, let w = arrays.whys.first(where: { $0.kind == .onderzoekend }) {
                    let span = arrays.tokenization.sentences[w.sentence]
                    x = string(span.start..<span.end)
                }
                reasons.append(reason(nl: "eigen aannames of routines ter discussie (\"\(x)\")", en: "own assumptions or routines questioned (\"\(x)\")"))
            }
        }
        if mode == .piekeren || mode == .gemengd, e.strongestBrooding >= 0, let d = arrays.cues[e.strongestBrooding].dimension {
            let x = cueText(arrays.cues[e.strongestBrooding])
            reasons.append(reason(nl: "\(d.rawValue): \"\(x)\"", en: "\(d.rawValue): \"\(x)\""))
        }
        if voice == 0 && mode != .teKort {
            reasons.append(Localized(nl: "geen ik of wij buiten citaten: geen eigen reflectie van de schrijver",
                                     en: "no I or we outside quotes: not the writer's own reflection"))
        }
        let shown: Mode, confidence: Confidence, alternatives: [Mode]
        if let model {
            shown = model.unsure ? .onzeker : model.mode
            // The depth follows the model's mode; when the rules read another, the depth is as sure as that mode.
            // A description kept on the rules' sure reading is as sure as the rules are.
            let raw = model.keptDescription ? verdict.confidence : model.probability
            let sure = calibrated(raw, reader: model.keptDescription ? .rules : .model, reasons: &reasons)
            let depth = calibrated(model.mode == verdict.reading ? verdict.depthConfidence : raw, reader: .depth, reasons: &reasons)
            confidence = Confidence(mode: sure, depth: depth)
            alternatives = model.unsure ? [model.mode, model.runnerUp] : []
        } else if verdict.reading == .teKort {
            (shown, confidence, alternatives) = (verdict.mode, Confidence(mode: verdict.confidence, depth: verdict.depthConfidence), [])
        } else {
            shown = verdict.mode
            let sure = calibrated(verdict.confidence, reader: .rules, reasons: &reasons)
            confidence = Confidence(mode: sure, depth: calibrated(verdict.depthConfidence, reader: .depth, reasons: &reasons))
            alternatives = verdict.alternatives
        }
        let analysis = Analysis(
            id: note.id, team: note.team, author: note.author, date: note.date, extra: note.extra,
            words: words, mode: shown,
            confidence: confidence, alternatives: alternatives,
            depth: Depth(level: level, reasons: reasons),
            dimensions: Dimension.allCases.map { DimensionScore(name: $0, piekeren: e.piekerenCount[Int($0.hashValueStable)], reflecteren: e.reflecterenCount[Int($0.hashValueStable)]) },
            phases: coverage,
            whyQuestions: whyQuestions, markers: markers, sentences: options.sentences ? makeSentences(ascii: ascii) : [],
            rates: Rates(words: words, markers: markers, whyQuestions: whyQuestions.count),
            weights: PoleWeights(piekeren: p, reflecteren: r, threshold: w.poleThreshold),
            toolVersion: ToolInfo.version, lexiconVersion: analyzer.lexiconVersion)
        return (analysis, modeFacts)
    }

    /// The confidence to report for a raw one: how often such verdicts (or depth levels) were right
    /// on held-out labelled writing, when the mode model's file measured it (its reason says so); else the raw.
    /// Why: the rules' stability is 1 for a note without any cue, and such notes were the ones
    /// most often misread; the model's probability is its training data's, not real writing's.
    func calibrated(_ raw: Double, reader: ModeModel.Reader, reasons: inout [Localized]) -> Double {
        guard let model = analyzer.modeModel, let band = model.calibrationBand(reader, raw: raw) else { return raw }
        reasons.append(model.calibrationReasons[band])
        return model.calibration[band].confidence
    }

    /// What the mode model reads: the rules' evidence as reported, and the text's surface.
    func makeModeFacts(words: Int, piekeren: Double, reflecteren: Double, markers: [Marker], whyQuestions: [WhyQuestion],
                       phases: [SpiralPhase], rules: VerdictReading, voiced: Bool, depthByMode: [Int]) -> ModeFacts {
        var persons = SIMD4<Int>()
        var questions = 0
        for s in arrays.sentences {
            persons &+= SIMD4(s.ik, s.wij, s.jij, s.ander)
            if s.isQuestion { questions += 1 }
        }
        var wordTokens = 0, digitTokens = 0, paragraphs = 0
        var exclamations = 0, doubleQuotes = 0, singleQuotes = 0, ellipses = 0
        let tokenization = arrays.tokenization
        for (i, t) in tokenization.tokens.enumerated() {
            if i > 0 && tokenization.lineBreaksBefore[i] >= 2 { paragraphs += 1 }
            switch t.kind {
            case .word:
                wordTokens += 1
                // "'s avonds", "'t": a single quote that opens a word.
                if text[t.start] == UInt8(ascii: "'") { singleQuotes += 1 }
            case .number, .time, .date: digitTokens += 1
            case .punctuation:
                // '!', '"', "'", "...", and the UTF-8 of “ ” „ (E2 80 9C–9E), … (E2 80 A6), « » (C2 AB, C2 BB).
                let b = text[t.start], length = t.end - t.start
                if b == UInt8(ascii: "!") { exclamations += length }
                else if b == UInt8(ascii: "\"") { doubleQuotes += 1 }
                else if b == UInt8(ascii: "'") { singleQuotes += 1 }
                else if b == UInt8(ascii: "."), length >= 3 { ellipses += 1 }
                else if b == 0xE2, length >= 3, text[t.start + 1] == 0x80 {
                    if (0x9C...0x9E).contains(text[t.start + 2]) { doubleQuotes += 1 } else if text[t.start + 2] == 0xA6 { ellipses += 1 }
                } else if b == 0xC2, length >= 2, text[t.start + 1] == 0xAB || text[t.start + 1] == 0xBB { doubleQuotes += 1 }
            default: break
            }
        }
        // Markers per category by rank: the cues `makeMarkers` reports, counted without their names.
        var categoryCounts = [Int32](repeating: 0, count: analyzer.categoryRanks.count)
        let reported = analyzer.reportedCategories, categoryRank = analyzer.categoryRank, entryRank = analyzer.entryCategoryRank
        for c in arrays.cues where Self.isReported(c, reported) { categoryCounts[Int(Self.rank(c, categoryRank, entryRank))] += 1 }
        return ModeFacts(words: words, sentences: tokenization.sentences.count, markers: markers, phases: phases,
                         piekeren: piekeren, reflecteren: reflecteren, rules: rules, voiced: voiced, depthByMode: depthByMode,
                         persons: persons, wordTokens: wordTokens, questionSentences: questions, exclamations: exclamations,
                         quotes: Double(doubleQuotes) / 2 + Double(singleQuotes) / 4, ellipses: ellipses,
                         digitTokens: digitTokens, paragraphs: paragraphs, categoryCounts: categoryCounts,
                         tally: EvidenceTally(markers: markers, whyQuestions: whyQuestions, questionSentences: questions))
    }

    /// The model's verdict in words: the mode and how likely, what it hesitates between, the
    /// features that carried it with the words behind them (offsets in Unicode scalars), and the
    /// rules' own reading when it differs.
    func modelReason(_ m: ModeModel.Reading, rules: VerdictReading) -> Localized {
        // Every analysed note gets this reason in both languages: written by appending into room
        // made once, not by interpolation (a tenth of the analysis' time otherwise).
        var nl = "", en = ""
        nl.reserveCapacity(192)
        en.reserveCapacity(192)
        let top = m.mode.label, next = m.runnerUp.label
        func both(_ a: String, _ b: String) { nl += a; en += b }
        func probability(_ x: Double) { nl += fmt(x, digits: 2, dutch: true); en += fmt(x, digits: 2) }
        if m.keptDescription {
            both("model: ", "model: "); both(top.nl, top.en)
            both(", zoals de regels het zeker lezen; ", ", as the rules surely read it; "); both(next.nl, next.en)
            both(" is niet duidelijk waarschijnlijker (kans ", " is not clearly likelier (probability ")
            probability(m.runnerUpProbability); both(" tegen ", " against "); probability(m.probability); both(")", ")")
        } else if m.unsure {
            both("onzeker: misschien ", "uncertain: perhaps "); both(top.nl, top.en); both(" (kans ", " (probability ")
            probability(m.probability); both("), misschien ", "), perhaps "); both(next.nl, next.en); both(" (", " (")
            probability(m.runnerUpProbability); both(")", ")")
        } else {
            both("model: ", "model: "); both(top.nl, top.en); both(" (kans ", " (probability "); probability(m.probability)
            both("; daarna ", "; next "); both(next.nl, next.en); both(" ", " "); probability(m.runnerUpProbability); both(")", ")")
        }
        // The features that carried it, each with the words behind it (the same in both languages);
        // one the note has little of pushed by its absence ("weinig fase 2 (terugblikken)").
        for (i, e) in m.evidence.enumerated() {
            both(i == 0 ? ", vooral door: " : "; ", i == 0 ? ", carried by: " : "; ")
            if !e.present { both("weinig ", "little ") }
            both(e.label.nl, e.label.en)
            if let first = e.firstMarker {
                var words = " \""
                words += first.text
                words += "\" "
                words += String(first.start)
                words += "–"
                words += String(first.end)
                if e.markerCount > 1 { words += " +"; words += String(e.markerCount - 1) }
                both(words, words)
            }
        }
        if rules.reading != m.mode {
            let alone = rules.reading.label
            both(" (de regels alleen: ", " (the rules alone: "); both(alone.nl, alone.en); both(")", ")")
        }
        return Localized(nl: nl, en: en)
    }

    /// The category as the lexicon names it (a user's own category keeps its own name).
    func categoryName(_ c: Cue) -> String {
        c.category == .other && c.entry >= 0 ? analyzer.categoryNames[Int(c.entry)] : c.category.rawValue
    }

    /// The label shown beside the category when it is not a pole: the phase, "direct", ….
    func labelText(_ c: Cue) -> String? {
        if c.category == .fase { return c.phase >= 0 && Int(c.phase) < Self.phaseLabels.count ? Self.phaseLabels[Int(c.phase)] : String(c.phase) }
        if c.pole != nil { return nil }
        guard c.entry >= 0 else { return nil }
        let label = analyzer.labels[Int(c.entry)]
        return label == "-" ? nil : label
    }

    /// A phase cue's label, "0" to "5", made once rather than per marker.
    static let phaseLabels = (0...5).map(String.init)

    /// Whether a cue is shown as a marker: its category is reported (one bit per category in
    /// `reported`), and it is not the "no why" reading of a why word.
    static func isReported(_ c: Cue, _ reported: UInt64) -> Bool {
        reported & (1 << UInt64(c.category.index)) != 0 && !(c.category == .waarom && c.sub == .geen)
    }

    /// The place of a cue's category name in name order (`Analyzer.categoryRank`; a user's own
    /// category by its entry).
    static func rank(_ c: Cue, _ categoryRank: [Int32], _ entryRank: [Int32]) -> Int32 {
        c.category == .other && c.entry >= 0 ? entryRank[Int(c.entry)] : categoryRank[c.category.index]
    }

    func makeMarkers(ascii: Bool) -> [Marker] {
        // Reserved once: filtered one by one, the array grew several times per note.
        var shown: [Cue] = []
        shown.reserveCapacity(arrays.cues.count)
        let reported = analyzer.reportedCategories
        for c in arrays.cues where Self.isReported(c, reported) { shown.append(c) }
        // By position, then by category name: the names' ranks, not the strings (the closure
        // holds only the two tables, not a copy of the run).
        let categoryRank = analyzer.categoryRank, entryRank = analyzer.entryCategoryRank
        func before(_ a: Cue, _ b: Cue) -> Bool {
            if a.first != b.first { return a.first < b.first }
            if a.last != b.last { return a.last > b.last }
            return Self.rank(a, categoryRank, entryRank) < Self.rank(b, categoryRank, entryRank)
        }
        // The cues are in order by sentence and position already: only ties of category move.
        let sorted = shown.withUnsafeMutableBufferPointer { $0.insertionSort(from: 1, by: before) }
        if !sorted { shown.sort(by: before) }
        var offsets = ScalarOffsets(text, ascii: ascii)
        return shown.map { c in
            let startByte = arrays.tokenization.tokens[Int(c.first)].start
            let endByte = arrays.tokenization.tokens[Int(c.last)].end
            let start = offsets.scalarOffset(ofByte: startByte)
            let end = start + offsets.scalarCount(startByte..<endByte)
            return Marker(category: categoryName(c), pole: c.pole, label: labelText(c),
                          dimension: c.dimension, sentence: Int(c.sentence), start: start, end: end,
                          text: string(startByte..<endByte), negated: c.negated)
        }
    }

    func makeSentences(ascii: Bool) -> [SentenceAnalysis] {
        var offsets = ScalarOffsets(text, ascii: ascii)
        return arrays.tokenization.sentences.indices.map { s in
            let span = arrays.tokenization.sentences[s]
            let start = offsets.scalarOffset(ofByte: span.start)
            let end = offsets.scalarOffset(ofByte: span.end)
            let phases = SpiralPhase.allCases.filter { arrays.sentences[s].phase[$0.rawValue] >= weights.phaseThreshold }
            return SentenceAnalysis(index: s, start: start, end: end, text: string(span.start..<span.end),
                                    phases: phases, isQuestion: arrays.sentences[s].isQuestion)
        }
    }

    func makeWhyQuestions(ascii: Bool) -> [WhyQuestion] {
        var offsets = ScalarOffsets(text, ascii: ascii)
        return arrays.whys.map { w in
            let span = arrays.tokenization.sentences[w.sentence]
            let start = offsets.scalarOffset(ofByte: span.start)
            let end = offsets.scalarOffset(ofByte: span.end)
            return WhyQuestion(sentence: w.sentence, text: string(span.start..<span.end), start: start, end: end,
                               kind: w.kind, purposeLinked: w.purposeLinked, indirect: w.indirect)
        }
    }
}

extension Rates {
    /// The counts of a note of `words` words per 1,000 words (all 0 for a note without words).
    init(words: Int, markers: [Marker], whyQuestions: Int) {
        let per = words > 0 ? 1000.0 / Double(words) : 0
        var brooding = 0, reflecting = 0
        for marker in markers {
            if marker.pole == .piekeren { brooding += 1 } else if marker.pole == .reflecteren { reflecting += 1 }
        }
        self.init(piekeren: Double(brooding) * per, reflecteren: Double(reflecting) * per,
                  markers: Double(markers.count) * per, whyQuestions: Double(whyQuestions) * per)
    }
}

/// One decimal (or `digits`); Dutch text writes a decimal comma.
func fmt(_ x: Double, digits: Int = 1, dutch: Bool = false) -> String {
    // Written into the string directly, without going through `String(Double)` (a few thousand
    // instructions a call, several calls per note).
    ByteWriter.formatted(x, digits: digits, decimalMark: dutch ? UInt8(ascii: ",") : UInt8(ascii: "."))
}

/// A reason whose texts quote numbers or words: both built by `Phrase`.
private func reason(nl: Phrase, en: Phrase) -> Localized {
    Localized(nl: nl.text, en: en.text)
}

/// A text built from an interpolated literal in one byte array, then made a string once: the
/// standard interpolation appends to a growing string piece by piece, a few hundred instructions a
/// piece, and every note's reasons hold several pieces in two languages.
private struct Phrase: ExpressibleByStringInterpolation {
    let text: String

    init(stringLiteral value: StaticString) {
        text = value.withUTF8Buffer { String(decoding: $0, as: UTF8.self) }
    }

    init(stringInterpolation: Pieces) {
        text = String(decoding: stringInterpolation.bytes, as: UTF8.self)
    }

    struct Pieces: StringInterpolationProtocol {
        var bytes: [UInt8] = []

        init(literalCapacity: Int, interpolationCount: Int) {
            bytes.reserveCapacity(literalCapacity + 16 * interpolationCount)
        }

        mutating func appendLiteral(_ literal: StaticString) {
            literal.withUTF8Buffer { bytes.append(contentsOf: $0) }
        }

        mutating func appendInterpolation(_ value: String) {
            // The string's bytes at once where it lends them (the generic append goes through the view).
            let done: Void? = value.utf8.withContiguousStorageIfAvailable { bytes.append(contentsOf: $0) }
            if done == nil { bytes.append(contentsOf: value.utf8) }
        }

        mutating func appendInterpolation(_ value: Int) {
            bytes.append(contentsOf: String(value).utf8)
        }
    }
}
