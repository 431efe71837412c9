// The trends are counted in vocabulary terms (modes, dimensions, periods): whoever reads a
// trend gets those types too.
@_exported import DiepgangVocabulary

/// Trends count the vocabulary's modes and dimensions, in their declared order.
public typealias NoteMode = Mode
public typealias ReflectionDimension = Dimension

/// What the trend needs from one analysed note, and nothing more. Trends aggregate these small
/// values, so the aggregation does not depend on the analysis' details and can be fed from a
/// fresh analysis or from analysis JSON Lines written earlier by `diepgang batch`.
public struct TrendObservation: Sendable, Hashable {
    public var team: String?
    public var author: String?
    public var date: String?
    /// Depth level 0…4 (`Corpus/ANNOTATION.md` §4).
    public var depthLevel: Int
    public var mode: NoteMode
    /// Spiral phases present, 1…5.
    public var phasesPresent: Set<Int>
    public var whyCount: Int
    public var whyPiekerendCount: Int
    /// Balance in −1…1 per dimension, in `ReflectionDimension` order; nil where not reported.
    public var balances: [Double?]
    public var lexiconVersion: String?

    public init(team: String?, author: String?, date: String?, depthLevel: Int, mode: NoteMode,
                phasesPresent: Set<Int> = [], whyCount: Int = 0, whyPiekerendCount: Int = 0,
                balances: [Double?] = Array(repeating: nil, count: 5), lexiconVersion: String? = nil) {
        self.team = team
        self.author = author
        self.date = date
        self.depthLevel = depthLevel
        self.mode = mode
        self.phasesPresent = phasesPresent
        self.whyCount = whyCount
        self.whyPiekerendCount = whyPiekerendCount
        self.balances = balances.count == 5 ? balances : Array(repeating: nil, count: 5)
        self.lexiconVersion = lexiconVersion
    }
}
