/// A rule: it reads what a note's cues mean in their sentence (narration or judgement, the
/// writer's words or someone else's, a form or a story, a plan or a look back) and drops,
/// re-weighs, renames or adds cues.
///
/// One rule per file, each with a doc comment that says what it reads and why; its numbers come
/// by name from `weights.txt` (`<id>.<name>`), so a weight is changed in data. The rules run in
/// the order of `RuleRegistry.all`, after the sentences are tallied (persons, tense, narration,
/// hedges, links) and before the phases and poles are summed for the verdict.
protocol CueRule: Sendable {
    /// Stable, lower snake case: the prefix of the rule's weights and its name in the docs.
    static var id: String { get }
    /// The weights the rule reads, without the `<id>.` prefix.
    static var weightNames: [String] { get }
    /// A rule that proposes adds its cues through `NoteRun.propose`, not to `cues`: the
    /// proposals of a run of such rules are added together after the run, so each reads the cues
    /// as the rules before the run left them (and `NoteRun.holds` tells what each sentence holds).
    static var proposes: Bool { get }
    init(weights: [String: Double])
    func apply(to run: inout NoteRun)
}

extension CueRule {
    static var weightNames: [String] { [] }
    static var proposes: Bool { false }
    var proposes: Bool { Self.proposes }
}

/// Every rule, in the order they run.
enum RuleRegistry {
    static let all: [any CueRule.Type] = [
        RepetitionRule.self,
        HeadingRule.self,
        IdiomRule.self,
        ReportedSpeechRule.self,
        FormTemplateRule.self,
        WishAsAimRule.self,
        NarrationScopeRule.self,
        ContextCauseRule.self,
        SystemJudgementRule.self,
        OwnConvenienceRule.self,
        TrialRule.self,
        ReasonedAbsoluteRule.self,
        SelfBlameRule.self,
        TrialBackingRule.self,
        // These propose: each reads the cues as the rules above left them.
        SelfFocusRule.self,
        OtherExplainedRule.self,
        IntentionFollowedRule.self,
        PlanAheadRule.self,
        LookingBackRule.self,
        CoherenceRule.self,
        IntentionInTrialRule.self,
    ]

    /// The full names (`<id>.<name>`) of every weight the rules need; `<id>.on` (1 or 0) switches
    /// a rule on or off, so its effect can be measured from data alone.
    static var weightNames: [String] {
        all.flatMap { rule in (["on"] + rule.weightNames).map { "\(rule.id).\($0)" } }
    }

    /// The rules that are on, with their weights (the table has every name: `Weights` checked it).
    static func make(_ table: [String: Double]) -> [any CueRule] {
        all.compactMap { rule in
            guard table["\(rule.id).on"] != 0 else { return nil }
            var own: [String: Double] = [:]
            for name in rule.weightNames { own[name] = table["\(rule.id).\(name)"] }
            return rule.init(weights: own)
        }
    }
}

extension NoteRun {
    /// Drops the cues for which `drop` is true and re-indexes the rest.
    mutating func removeCues(where drop: (Cue) -> Bool) {
        // Mostly none goes: looked for first through a buffer, so the array is only written (and
        // its uniqueness checked) when one does. The kept cues stay in their order.
        guard let first = arrays.cues.withUnsafeBufferPointer({ $0.firstIndex(where: drop) }) else { return }
        var kept = first
        arrays.cues.withUnsafeMutableBufferPointer { cues in
            for i in (first + 1)..<cues.count where !drop(cues[i]) {
                cues[kept] = cues[i]
                kept += 1
            }
        }
        arrays.cues.removeLast(arrays.cues.count - kept)
        indexCues(inOrder: true)
    }

    /// Does sentence `s` hold a cue for which `test` is true?
    func sentence(_ s: Int, has test: (Cue) -> Bool) -> Bool {
        arrays.cueRange[s].contains { test(arrays.cues[$0]) }
    }
}
