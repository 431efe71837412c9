import DiepgangCore

/// The sufficient statistics of a group of notes: everything a trend report needs, held as
/// integers so that adding notes in any order, or merging shards in any order, gives exactly
/// the same numbers (no floating-point sums whose rounding depends on order).
public struct GroupStatistics: Sendable, Equatable {
    public var notes = 0
    public var depthSum = 0
    public var depthSquareSum = 0
    /// Fingerprints of the author pseudonyms, to count distinct authors after a merge.
    /// Internal: never printed, never broken down per person.
    public var authors: Set<UInt64> = []
    /// Notes per mode, in `NoteMode.allCases` order.
    public var modeCounts = [Int](repeating: 0, count: NoteMode.allCases.count)
    /// Notes with spiral phase 1…5 present.
    public var phaseCounts = [Int](repeating: 0, count: 5)
    public var whyQuestions = 0
    public var whyPiekerend = 0
    /// Sum of dimension balances in units of 1e-3 (the precision the analysis JSON carries, so
    /// fresh analyses and analysis JSON Lines give the same sums),
    /// and the number of notes that reported the dimension.
    public var balanceSums = [Int](repeating: 0, count: 5)
    public var balanceCounts = [Int](repeating: 0, count: 5)

    public init() {}

    /// The fixed-point scale of balances.
    public static let balanceScale = 1_000.0

    public static func authorFingerprint(_ author: String) -> UInt64 {
        var hash = FNV1a64()
        hash.update(author.utf8)
        return hash.value
    }

    public mutating func add(_ o: TrendObservation) {
        notes += 1
        let level = min(max(o.depthLevel, 0), 4)
        depthSum += level
        depthSquareSum += level * level
        if let author = o.author, !author.isEmpty { authors.insert(GroupStatistics.authorFingerprint(author)) }
        modeCounts[o.mode.index] += 1
        for phase in o.phasesPresent where (1...5).contains(phase) { phaseCounts[phase - 1] += 1 }
        whyQuestions += max(0, o.whyCount)
        whyPiekerend += max(0, min(o.whyPiekerendCount, o.whyCount))
        for (i, balance) in o.balances.enumerated() {
            guard let balance, balance.isFinite else { continue }
            balanceSums[i] += Int((min(max(balance, -1), 1) * GroupStatistics.balanceScale).rounded())
            balanceCounts[i] += 1
        }
    }

    public mutating func merge(_ other: GroupStatistics) {
        notes += other.notes
        depthSum += other.depthSum
        depthSquareSum += other.depthSquareSum
        authors.formUnion(other.authors)
        for i in modeCounts.indices { modeCounts[i] += other.modeCounts[i] }
        for i in 0..<5 {
            phaseCounts[i] += other.phaseCounts[i]
            balanceSums[i] += other.balanceSums[i]
            balanceCounts[i] += other.balanceCounts[i]
        }
        whyQuestions += other.whyQuestions
        whyPiekerend += other.whyPiekerend
    }
}
