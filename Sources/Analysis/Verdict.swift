import DiepgangCore

/// The summed evidence a mode is decided from (after the sentence rules have run).
struct ModeEvidence: Sendable {
    var piekeren: Double
    var reflecteren: Double
    /// The part of `reflecteren` from strong cues, insight, alternatives and inquiring whys.
    var reflectingCore: Double
    var words: Int
    /// A turn from brooding to reflecting ("Toch probeer ik …") with both sides around it.
    var turn: Bool
}

/// What the depth level is decided from, besides the mode.
struct DepthFacts: Sendable {
    var lookingBack: Bool
    var meaning: Bool
    var weighed: Bool
    var whyPurpose: Bool
    var purpose: Double
    var questioning: Bool
    var concrete: Bool
    var perspectiveTaking: Double
    var causes: Double
}

/// The verdict of a note and how sure it is.
struct VerdictReading: Sendable {
    /// The reading the evidence gives; `onzeker` when the confidence is below the weight
    /// `confidence.onzeker_below`.
    var mode: Mode
    /// The best reading even when the mode is onzeker (the depth is that reading's).
    var reading: Mode
    var confidence: Double
    var depthConfidence: Double
    /// The readings it hesitates between, most likely first (only when onzeker).
    var alternatives: [Mode]
}

/// Mode and depth from the evidence (the model: README and `Corpus/ANNOTATION.md`); pure functions of numbers, so the same
/// verdict can be replayed for other weights and for evidence read more or less generously.
enum Verdict {
    static func mode(_ e: ModeEvidence, _ w: Weights) -> Mode {
        if e.words < w.minimumWords { return .teKort }
        return mode(e, broodingStrong: e.piekeren >= w.poleThreshold,
                    reflectingStrong: reflectingStrong(e.reflecteren, core: e.reflectingCore, w), w)
    }

    /// Reflecting is clearly present only with some analysis worked out, not from weak cues alone.
    @inline(__always)
    static func reflectingStrong(_ r: Double, core: Double, _ w: Weights) -> Bool {
        r >= w.poleThreshold && core >= w.coreMinimum
    }

    /// The mode of a note long enough to judge, given which poles are clearly present (each
    /// depends on one pole's weights only, so `reading` works them out once per step of that pole).
    @inline(__always)
    static func mode(_ e: ModeEvidence, broodingStrong pStrong: Bool, reflectingStrong rStrong: Bool, _ w: Weights) -> Mode {
        let p = e.piekeren, r = e.reflecteren
        let words = Double(max(e.words, 1))
        if turns(e, w) { return .gemengd }
        switch (pStrong, rStrong) {
        case (false, false): return .beschrijvend
        case (true, false): return .piekeren
        case (false, true): return .reflecteren
        case (true, true):
            if r >= p * w.reflectingDominance { return .reflecteren }
            if p >= r * w.broodingDominance { return .piekeren }
            if min(p, r) * 100 < w.minorPolePer100Words * words { return r > p ? .reflecteren : .piekeren }
            return .gemengd
        }
    }

    /// A note that turns, with both sides weighing enough and neither far outweighing the other.
    static func turns(_ e: ModeEvidence, _ w: Weights) -> Bool {
        let p = e.piekeren, r = e.reflecteren
        return e.turn && p >= w.turnWeight && r >= w.turnWeight && max(p, r) <= w.turnBalance * min(p, r)
            && min(p, r) * 100 >= w.turnMinorPer100Words * Double(max(e.words, 1))
    }

    static func depth(_ mode: Mode, _ f: DepthFacts, piekeren p: Double, reflecteren r: Double, _ w: Weights) -> Int {
        switch mode {
        case .teKort, .onzeker: return 0
        case .piekeren: return f.lookingBack ? 1 : 0
        case .beschrijvend: return 1
        case .gemengd:
            // Mixed notes analyse as well as brood: 2 as a rule, 1 when the reflecting side is
            // thin (no meaning, alternatives, perspective or causes), 3 when it weighs most.
            if !(f.meaning || f.weighed || f.perspectiveTaking >= w.depthPerspectiveMinimum || f.causes >= w.depthCausesMinimum) { return 1 }
            return f.meaning && f.weighed && r >= p ? 3 : 2
        case .reflecteren:
            var level = 2
            if f.meaning && (f.weighed || f.whyPurpose || f.purpose >= w.depthPurposeMinimum) { level = 3 }
            if level == 3 && f.questioning && f.concrete { level = 4 }
            return level
        }
    }

    /// The verdict, replayed for the evidence read more and less generously (each pole's weight
    /// scaled by 1 − spread, 1, 1 + spread and shifted by −shift, 0, +shift: cues missed or misread).
    /// The confidence is the weighted share of readings that agree with the centre.
    static func reading(_ e: ModeEvidence, _ f: DepthFacts, _ w: Weights) -> VerdictReading {
        let centre = mode(e, w)
        let centreDepth = depth(centre, f, piekeren: e.piekeren, reflecteren: e.reflecteren, w)
        if centre == .teKort {
            return VerdictReading(mode: .teKort, reading: .teKort, confidence: 1, depthConfidence: 1, alternatives: [])
        }
        // Each of the four readings steps −1, 0 or +1: scale by 1 ∓ spread, shift by ∓ shift.
        // 81 readings a note: what depends on fewer steps is worked out before the loops that
        // vary it (each pole's weights and whether it is clearly present: nine of each), and the
        // shares by `Mode.index` are summed in a buffer on the stack (a switch per access in
        // `SixValues`, a spill in a SIMD vector); the same sums, added in the same order. The note is long enough to judge (else the centre was te kort).
        var sameDepth = 0.0, total = 0.0
        // Only a mixed note's depth depends on the weights; any other reading of the centre's
        // mode has the centre's depth.
        let depthVaries = centre == .gemengd
        // A reading weighs more the closer it is to the evidence as read: by its steps away.
        func stepWeight(_ steps: Int) -> Double { steps == 0 ? w.confidenceCentre : 1 / Double(steps) }
        let share = withUnsafeTemporaryAllocation(of: Double.self, capacity: 6) { share in
        withUnsafeTemporaryAllocation(of: (reflecteren: Double, core: Double, strong: Bool).self, capacity: 9) { reflecting in
            share.initialize(repeating: 0)
            for sr in -1...1 {
                let scaleR = 1 + Double(sr) * w.confidenceSpread
                for dr in -1...1 {
                    let shiftR = Double(dr) * w.confidenceShift
                    let r = max(0, e.reflecteren * scaleR + shiftR), core = max(0, e.reflectingCore * scaleR + shiftR)
                    reflecting.initializeElement(at: (sr + 1) * 3 + dr + 1, to: (r, core, reflectingStrong(r, core: core, w)))
                }
            }
            var x = e
            for sp in -1...1 {
                let scaleP = 1 + Double(sp) * w.confidenceSpread
                for dp in -1...1 {
                    let shiftP = Double(dp) * w.confidenceShift
                    x.piekeren = max(0, e.piekeren * scaleP + shiftP)
                    let pStrong = x.piekeren >= w.poleThreshold
                    let outerP = abs(sp) + abs(dp)
                    for sr in -1...1 {
                        for dr in -1...1 {
                            let weight = stepWeight(outerP + abs(sr) + abs(dr))
                            let side = reflecting[(sr + 1) * 3 + dr + 1]
                            x.reflecteren = side.reflecteren
                            x.reflectingCore = side.core
                            let m = mode(x, broodingStrong: pStrong, reflectingStrong: side.strong, w)
                            share[m.index] += weight
                            if m == centre && (!depthVaries || depth(m, f, piekeren: x.piekeren, reflecteren: x.reflecteren, w) == centreDepth) { sameDepth += weight }
                            total += weight
                        }
                    }
                }
            }
            var six = SixValues(repeating: 0.0)
            for k in 0..<6 { six[k] = share[k] }
            return six
        }
        }
        let confidence = share[centre.index] / total
        let unsure = confidence < w.onzekerBelow
        var alternatives: [Mode] = []
        // The centre first, then the most likely other reading (the first in `Mode.allCases` of equals).
        if unsure, let other = Mode.allCases.filter({ $0 != centre && share[$0.index] > 0 }).max(by: { share[$0.index] < share[$1.index] || (share[$0.index] == share[$1.index] && $0.index > $1.index) }) {
            alternatives = [centre, other]
        } else if unsure {
            alternatives = [centre]
        }
        return VerdictReading(mode: unsure ? .onzeker : centre, reading: centre, confidence: confidence,
                              depthConfidence: sameDepth / total, alternatives: alternatives)
    }
}
