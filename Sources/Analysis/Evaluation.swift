import DiepgangCore
import DiepgangNotes
import Foundation

/// A gold why-question: the sentence as the annotator marked it.
public struct GoldWhy: Sendable {
    public var text: String
    public var kind: WhyKind
    public var purposeLinked: Bool
}

/// The human labels of one note (Corpus/ANNOTATION.md).
public struct GoldLabels: Sendable {
    public var mode: Mode
    public var depth: Int
    public var phases: [SpiralPhase]
    public var why: [GoldWhy]
}

/// A note with its gold labels and its split (`dev` or `test`).
public struct GoldNote: Sendable {
    public var note: Note
    public var split: String?
    public var gold: GoldLabels
}

/// Reads the annotated corpus format: one JSON object per line with `text` and `gold`.
public enum GoldReader {
    /// Parses JSON Lines; returns the notes and the lines that could not be read.
    public static func read(_ bytes: [UInt8], file: String) -> (notes: [GoldNote], rejected: [RejectedRecord]) {
        var notes: [GoldNote] = []
        var rejected: [RejectedRecord] = []
        var lineNumber = 0
        for line in bytes.split(separator: 0x0A, omittingEmptySubsequences: false) {
            lineNumber += 1
            let trimmed = line.drop { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }
            if trimmed.isEmpty { continue }
            func reject(_ nl: String, _ en: String) {
                rejected.append(RejectedRecord(source: SourceLocation(file: file, line: lineNumber), reason: Localized(nl: nl, en: en)))
            }
            guard let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any] else {
                reject("geen geldig JSON-object", "not a valid JSON object")
                continue
            }
            guard let text = object["text"] as? String else { reject("veld 'text' ontbreekt", "field 'text' is missing"); continue }
            guard let gold = object["gold"] as? [String: Any] else { reject("veld 'gold' ontbreekt", "field 'gold' is missing"); continue }
            guard let modeName = gold["mode"] as? String, let mode = Mode(rawValue: modeName) else {
                reject("gold.mode ontbreekt of is onbekend", "gold.mode is missing or unknown")
                continue
            }
            guard let depth = gold["depth"] as? Int, (0...4).contains(depth) else {
                reject("gold.depth moet 0 tot 4 zijn", "gold.depth must be 0 to 4")
                continue
            }
            let phaseNumbers = gold["phases"] as? [Int] ?? []
            guard phaseNumbers.allSatisfy({ (1...5).contains($0) }) else {
                reject("gold.phases bevat een fase buiten 1-5", "gold.phases holds a phase outside 1-5")
                continue
            }
            var whys: [GoldWhy] = []
            var bad = false
            for item in gold["why"] as? [[String: Any]] ?? [] {
                guard let t = item["text"] as? String, let k = (item["kind"] as? String).flatMap(WhyKind.init(rawValue:)) else {
                    bad = true
                    break
                }
                whys.append(GoldWhy(text: t, kind: k, purposeLinked: item["purpose_linked"] as? Bool ?? false))
            }
            if bad { reject("gold.why heeft een item zonder geldige text/kind", "gold.why has an item without valid text/kind"); continue }
            let note = Note(id: object["id"] as? String ?? "\(file):\(lineNumber)", team: object["team"] as? String,
                            author: object["author"] as? String, date: object["date"] as? String, text: text,
                            source: SourceLocation(file: file, line: lineNumber))
            notes.append(GoldNote(note: note, split: object["split"] as? String,
                                  gold: GoldLabels(mode: mode, depth: depth, phases: phaseNumbers.compactMap(SpiralPhase.init(rawValue:)).sorted(),
                                                   why: whys)))
        }
        return (notes, rejected)
    }
}

/// Precision, recall and F1 from counts.
public struct PRF: Sendable {
    public var truePositives = 0
    public var falsePositives = 0
    public var falseNegatives = 0

    public var precision: Double { truePositives + falsePositives == 0 ? 1 : Double(truePositives) / Double(truePositives + falsePositives) }
    public var recall: Double { truePositives + falseNegatives == 0 ? 1 : Double(truePositives) / Double(truePositives + falseNegatives) }
    public var f1: Double {
        let p = precision, r = recall
        return p + r == 0 ? 0 : 2 * p * r / (p + r)
    }
}

/// One note where the analysis and the annotator disagree, for `evaluate --details`.
public struct Disagreement: Sendable {
    public var id: String
    public var goldMode: Mode
    public var mode: Mode
    public var goldDepth: Int
    public var depth: Int
    public var goldPhases: [SpiralPhase]
    public var phases: [SpiralPhase]
    public var whyNotes: [String]
}

/// Mode accuracy of the notes whose confidence reaches a floor.
public struct CoveragePoint: Sendable {
    public var floor: Double
    public var coverage: Double
    public var accuracy: Double
}

/// Agreement of the analysis with the gold labels.
public struct EvaluationResult: Sendable {
    public var split: String
    public var n: Int
    public var modeAccuracy: Double
    /// Notes with a verdict (mode not `onzeker`), and the mode accuracy and depth kappa on them.
    public var decided: Int
    public var modeAccuracyDecided: Double
    public var depthQWKDecided: Double
    /// Notes whose mode is `onzeker`, and how many of them list the gold mode among the alternatives.
    public var onzeker: Int
    public var alternativesHit: Int
    /// Accuracy of the best reading against coverage: for each confidence floor, the share of
    /// notes at or above it and the mode accuracy of their best reading.
    public var coverage: [CoveragePoint]
    /// confusion[gold][predicted], in the order of `Mode.allCases`.
    public var confusion: [[Int]]
    public var depthExact: Double
    public var depthWithinOne: Double
    public var depthQWK: Double
    public var phases: [PRF]
    public var phaseMicro: PRF
    public var why: PRF
    public var whyKindAccuracy: Double
    public var whyPurposeAccuracy: Double
    public var whyMatched: Int
    public var disagreements: [Disagreement]
    public var lexiconVersion: String
}

public enum Evaluation {
    /// Scores the analysis of every note of `split` ("dev", "test" or "all") against its gold labels.
    public static func run(_ notes: [GoldNote], split: String, analyzer: Analyzer) -> EvaluationResult {
        let selected = notes.filter { split == "all" || $0.split == split }
        let modes = Mode.allCases
        var confusion = Array(repeating: Array(repeating: 0, count: modes.count), count: modes.count)
        var modeRight = 0, depthExact = 0, depthNear = 0
        var depthPairs: [(Int, Int)] = []
        var phaseCounts = Array(repeating: PRF(), count: 5)
        var why = PRF()
        var kindRight = 0, purposeRight = 0, matchedPairs = 0
        var disagreements: [Disagreement] = []
        var decided = 0, decidedRight = 0, onzeker = 0, alternativesHit = 0
        var decidedDepthPairs: [(Int, Int)] = []
        // Best reading (right or not) and its confidence, for accuracy against coverage.
        var readings: [(right: Bool, confidence: Double)] = []

        for g in selected {
            let a = analyzer.analyse(g.note)
            let gi = modes.firstIndex(of: g.gold.mode)!, pi = modes.firstIndex(of: a.mode)!
            confusion[gi][pi] += 1
            if gi == pi { modeRight += 1 }
            if a.mode == .onzeker {
                onzeker += 1
                if a.alternatives.contains(g.gold.mode) { alternativesHit += 1 }
            } else {
                decided += 1
                if gi == pi { decidedRight += 1 }
                decidedDepthPairs.append((g.gold.depth, a.depth.level))
            }
            let reading = a.mode == .onzeker ? (a.alternatives.first ?? a.mode) : a.mode
            readings.append((reading == g.gold.mode, a.confidence.mode))
            if a.depth.level == g.gold.depth { depthExact += 1 }
            if abs(a.depth.level - g.gold.depth) <= 1 { depthNear += 1 }
            depthPairs.append((g.gold.depth, a.depth.level))
            for phase in SpiralPhase.allCases {
                let inGold = g.gold.phases.contains(phase), inPred = a.phases.present.contains(phase)
                let k = phase.rawValue - 1
                if inGold && inPred { phaseCounts[k].truePositives += 1 }
                if !inGold && inPred { phaseCounts[k].falsePositives += 1 }
                if inGold && !inPred { phaseCounts[k].falseNegatives += 1 }
            }
            // A predicted why-question matches a gold one when their spans overlap.
            let scalars = Array(g.note.text.unicodeScalars)
            var goldSpans: [(Int, Int, GoldWhy)] = []
            for w in g.gold.why {
                if let r = find(Array(w.text.unicodeScalars), in: scalars) { goldSpans.append((r.lowerBound, r.upperBound, w)) }
            }
            var used = Array(repeating: false, count: goldSpans.count)
            var whyNotes: [String] = []
            for q in a.whyQuestions {
                if let j = goldSpans.indices.first(where: { !used[$0] && goldSpans[$0].0 < q.end && q.start < goldSpans[$0].1 }) {
                    used[j] = true
                    why.truePositives += 1
                    matchedPairs += 1
                    if goldSpans[j].2.kind == q.kind { kindRight += 1 } else { whyNotes.append("kind \(goldSpans[j].2.kind.rawValue)→\(q.kind.rawValue): \(q.text)") }
                    if goldSpans[j].2.purposeLinked == q.purposeLinked { purposeRight += 1 } else { whyNotes.append("purpose \(goldSpans[j].2.purposeLinked)→\(q.purposeLinked): \(q.text)") }
                } else {
                    why.falsePositives += 1
                    whyNotes.append("extra: \(q.text)")
                }
            }
            for j in goldSpans.indices where !used[j] {
                why.falseNegatives += 1
                whyNotes.append("missed: \(goldSpans[j].2.text)")
            }
            why.falseNegatives += g.gold.why.count - goldSpans.count
            if gi != pi || a.depth.level != g.gold.depth || g.gold.phases != a.phases.present || !whyNotes.isEmpty {
                disagreements.append(Disagreement(id: g.note.id, goldMode: g.gold.mode, mode: a.mode, goldDepth: g.gold.depth,
                                                  depth: a.depth.level, goldPhases: g.gold.phases, phases: a.phases.present,
                                                  whyNotes: whyNotes))
            }
        }
        var micro = PRF()
        for p in phaseCounts {
            micro.truePositives += p.truePositives
            micro.falsePositives += p.falsePositives
            micro.falseNegatives += p.falseNegatives
        }
        let n = selected.count
        func ratio(_ a: Int, _ b: Int) -> Double { b == 0 ? 0 : Double(a) / Double(b) }
        let coverage = [0.0, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9].map { floor in
            let kept = readings.filter { $0.confidence >= floor }
            return CoveragePoint(floor: floor, coverage: ratio(kept.count, n), accuracy: ratio(kept.filter(\.right).count, kept.count))
        }
        return EvaluationResult(split: split, n: n, modeAccuracy: ratio(modeRight, n),
                                decided: decided, modeAccuracyDecided: ratio(decidedRight, decided),
                                depthQWKDecided: quadraticWeightedKappa(decidedDepthPairs, categories: 5),
                                onzeker: onzeker, alternativesHit: alternativesHit, coverage: coverage, confusion: confusion,
                                depthExact: ratio(depthExact, n), depthWithinOne: ratio(depthNear, n),
                                depthQWK: quadraticWeightedKappa(depthPairs, categories: 5), phases: phaseCounts,
                                phaseMicro: micro, why: why, whyKindAccuracy: ratio(kindRight, matchedPairs),
                                whyPurposeAccuracy: ratio(purposeRight, matchedPairs), whyMatched: matchedPairs,
                                disagreements: disagreements, lexiconVersion: analyzer.lexiconVersion)
    }

    static func find(_ needle: [Unicode.Scalar], in haystack: [Unicode.Scalar]) -> Range<Int>? {
        guard !needle.isEmpty, needle.count <= haystack.count else { return nil }
        outer: for i in 0...(haystack.count - needle.count) {
            for k in 0..<needle.count where haystack[i + k] != needle[k] { continue outer }
            return i..<(i + needle.count)
        }
        return nil
    }

    /// Cohen's kappa with quadratic weights, for ordinal labels 0..<categories.
    public static func quadraticWeightedKappa(_ pairs: [(Int, Int)], categories k: Int) -> Double {
        guard !pairs.isEmpty else { return 0 }
        var observed = Array(repeating: Array(repeating: 0.0, count: k), count: k)
        var rowTotals = Array(repeating: 0.0, count: k), colTotals = Array(repeating: 0.0, count: k)
        for (a, b) in pairs {
            observed[a][b] += 1
            rowTotals[a] += 1
            colTotals[b] += 1
        }
        let n = Double(pairs.count)
        var num = 0.0, den = 0.0
        for i in 0..<k {
            for j in 0..<k {
                let w = Double((i - j) * (i - j)) / Double((k - 1) * (k - 1))
                num += w * observed[i][j]
                den += w * rowTotals[i] * colTotals[j] / n
            }
        }
        return den == 0 ? 1 : 1 - num / den
    }
}

extension EvaluationResult {
    public func renderText(language: Language, details: Bool) -> String {
        let en = language == .en
        func f(_ x: Double) -> String { Wording.decimal(x, digits: 3, language) }
        var out = en ? "Agreement with the gold labels (split \(split), n = \(n))\n\n" : "Overeenstemming met de gouden labels (split \(split), n = \(n))\n\n"
        out += (en ? "mode accuracy          " : "modus juist            ") + f(modeAccuracy)
            + (en ? "  (onzeker counts as wrong)\n" : "  (onzeker telt als fout)\n")
        out += (en ? "  with a verdict       " : "  met een oordeel      ") + f(modeAccuracyDecided)
            + "  (n = \(decided); " + (en ? "depth kappa " : "diepgang kappa ") + f(depthQWKDecided) + ")\n"
        out += (en ? "  onzeker              " : "  onzeker              ") + "\(onzeker) (" + f(n == 0 ? 0 : Double(onzeker) / Double(n))
            + "); " + (en ? "gold among the alternatives: " : "goud bij de alternatieven: ") + "\(alternativesHit)\n"
        out += (en ? "  recall per mode      " : "  recall per modus     ")
            + Mode.allCases.enumerated().compactMap { i, m -> String? in
                let total = confusion[i].reduce(0, +)
                return m == .onzeker || total == 0 ? nil : "\(m.rawValue) " + f(Double(confusion[i][i]) / Double(total))
            }.joined(separator: ", ") + "\n"
        out += (en ? "  accuracy against coverage (best reading, confidence ≥ floor): " : "  juistheid tegen dekking (beste lezing, zekerheid ≥ grens): ")
            + coverage.map { "≥\(ByteWriter.format($0.floor, digits: 1)): \(f($0.coverage))/\(f($0.accuracy))" }.joined(separator: "  ") + "\n"
        out += (en ? "depth exact            " : "diepgang exact         ") + f(depthExact) + "\n"
        out += (en ? "depth within one       " : "diepgang binnen één    ") + f(depthWithinOne) + "\n"
        out += (en ? "depth kappa (quadr.)   " : "diepgang kappa (kwadr.)") + " " + f(depthQWK) + "\n"
        out += (en ? "phases micro P/R/F1    " : "fasen micro P/R/F1     ") + "\(f(phaseMicro.precision)) / \(f(phaseMicro.recall)) / \(f(phaseMicro.f1))\n"
        for (i, p) in phases.enumerated() {
            out += (en ? "  phase \(i + 1)              " : "  fase \(i + 1)               ") + "\(f(p.precision)) / \(f(p.recall)) / \(f(p.f1))\n"
        }
        out += (en ? "why-questions P/R/F1   " : "waarom-vragen P/R/F1   ") + "\(f(why.precision)) / \(f(why.recall)) / \(f(why.f1))"
            + "  (\(why.truePositives + why.falseNegatives) " + (en ? "gold" : "goud") + ", \(why.truePositives + why.falsePositives) " + (en ? "found" : "gevonden") + ")\n"
        out += (en ? "why kind accuracy      " : "waarom-soort juist     ") + f(whyKindAccuracy) + "\n"
        out += (en ? "why purpose accuracy   " : "waarom-bedoeling juist ") + f(whyPurposeAccuracy) + "\n\n"
        out += (en ? "Mode confusion (rows gold, columns analysis):\n" : "Verwarring modus (rijen goud, kolommen analyse):\n")
        let names = Mode.allCases.map(\.rawValue)
        out += "                " + names.map { $0.padding(toLength: 13, withPad: " ", startingAt: 0) }.joined() + "\n"
        for (i, row) in confusion.enumerated() {
            out += "  " + names[i].padding(toLength: 14, withPad: " ", startingAt: 0)
                + row.map { String($0).padding(toLength: 13, withPad: " ", startingAt: 0) }.joined() + "\n"
        }
        if details {
            out += "\n" + (en ? "Disagreements" : "Verschillen") + " (\(disagreements.count)):\n"
            for d in disagreements {
                var line = "  \(d.id): "
                if d.goldMode != d.mode { line += "mode \(d.goldMode.rawValue)→\(d.mode.rawValue)  " }
                if d.goldDepth != d.depth { line += "depth \(d.goldDepth)→\(d.depth)  " }
                if d.goldPhases != d.phases {
                    line += "phases \(d.goldPhases.map { String($0.rawValue) }.joined())→\(d.phases.map { String($0.rawValue) }.joined())  "
                }
                out += line + "\n"
                for w in d.whyNotes { out += "      why \(w)\n" }
            }
        }
        return out
    }
}
