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

    /// The pseudonym as one author: case and spacing do not make another person ("Fenna",
    /// "fenna ", "FENNA" are one).
    public static func normalisedAuthor(_ author: String) -> String {
        author.lowercased().split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// The fingerprint of a pseudonym: keyed (HMAC-SHA256, first 64 bits) when the user supplied a
    /// key, so a partial file cannot be reversed by hashing a list of names; a plain hash otherwise,
    /// which never leaves memory.
    public static func authorFingerprint(_ author: String, key: [UInt8]? = nil) -> UInt64 {
        let normalised = normalisedAuthor(author)
        guard let key else {
            var hash = FNV1a64()
            hash.update(normalised.utf8)
            return hash.value
        }
        return HMACSHA256.mac(key: key, message: normalised.utf8).prefix(8).reduce(0) { $0 << 8 | UInt64($1) }
    }

    public mutating func add(_ o: TrendObservation, authorKey: [UInt8]? = nil) {
        notes += 1
        let level = min(max(o.depthLevel, 0), 4)
        depthSum += level
        depthSquareSum += level * level
        if let author = o.author, !GroupStatistics.normalisedAuthor(author).isEmpty {
            authors.insert(GroupStatistics.authorFingerprint(author, key: authorKey))
        }
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
