import DiepgangAnalysis

extension TrendObservation {
    /// The one place where the analysis meets the trends: what a fresh analysis contributes.
    public init(_ a: Analysis) {
        var balances = [Double?](repeating: nil, count: 5)
        for d in a.dimensions {
            if let dim = ReflectionDimension(rawValue: d.name.rawValue) { balances[dim.index] = d.balance }
        }
        self.init(team: a.team, author: a.author, date: a.date, depthLevel: a.depth.level,
                  mode: NoteMode(rawValue: a.mode.rawValue) ?? .beschrijvend,
                  phasesPresent: Set(a.phases.present.map(\.rawValue)),
                  whyCount: a.whyQuestions.count,
                  whyPiekerendCount: a.whyQuestions.filter { $0.kind == .piekerend }.count,
                  balances: balances, lexiconVersion: a.lexiconVersion)
    }
}
