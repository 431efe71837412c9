import DiepgangAnalysis

extension TrendObservation {
    /// The one place where the analysis meets the trends: what a fresh analysis contributes.
    public init(_ a: Analysis) {
        var balances = [Double?](repeating: nil, count: 5)
        for d in a.dimensions { balances[d.name.index] = d.balance }
        self.init(team: a.team, author: a.author, date: a.date, depthLevel: a.depth.level,
                  mode: a.mode,
                  phasesPresent: Set(a.phases.present.map(\.rawValue)),
                  whyCount: a.whyQuestions.count,
                  whyPiekerendCount: a.whyQuestions.filter { $0.kind == .piekerend }.count,
                  balances: balances, lexiconVersion: a.lexiconVersion)
    }
}
