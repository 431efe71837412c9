import DiepgangCore
import Foundation

/// A team and a week (its Monday): the finest grain the aggregate keeps, in memory and in partial
/// files alike. Months and quarters are made of whole weeks (`Period(kind:week:)`), so a partial
/// file merges into a report of any period, and no file holds a team's notes per day.
public struct TrendGroupKey: Sendable, Hashable, Comparable {
    public var team: String
    /// The Monday of the week.
    public var day: Day

    public init(team: String, day: Day) {
        self.team = team
        self.day = day
    }

    public static func < (a: TrendGroupKey, b: TrendGroupKey) -> Bool {
        a.team != b.team ? a.team.utf8.lexicographicallyPrecedes(b.team.utf8) : a.day < b.day
    }
}

/// Sufficient statistics of a corpus (or a shard of it) per team and day. Adding and merging are
/// exact and order-independent, so shards merged from many machines give the same report as one
/// run over all the data.
public struct TrendAggregate: Sendable, Equatable {
    public internal(set) var groups: [TrendGroupKey: GroupStatistics] = [:]
    /// The lexicon versions of the analyses that went in (normally one).
    public private(set) var lexiconVersions: Set<String> = []
    /// The user's secret for author fingerprints (`--author-key`); partial files need it, and
    /// partial files merge only with the same key.
    public private(set) var authorKey: [UInt8]?

    public init(authorKey: [UInt8]? = nil) {
        self.authorKey = authorKey
    }

    /// Adds one analysed note. Returns why it could not be used (no or invalid date), or nil.
    @discardableResult
    public mutating func add(_ o: TrendObservation) -> Localized? {
        guard let text = o.date, !text.isEmpty else {
            return Localized(nl: "geen datum: nodig om het verslag in een periode te plaatsen",
                             en: "no date: needed to place the note in a period")
        }
        guard let day = Day(iso: text) else {
            return Localized(nl: "ongeldige datum '\(text)' (verwacht jjjj-mm-dd)",
                             en: "invalid date '\(text)' (expected yyyy-mm-dd)")
        }
        groups[TrendGroupKey(team: o.team ?? "", day: day.weekStart), default: GroupStatistics()].add(o, authorKey: authorKey)
        if let v = o.lexiconVersion, !v.isEmpty { lexiconVersions.insert(v) }
        return nil
    }

    public mutating func merge(_ other: TrendAggregate) {
        if authorKey == nil { authorKey = other.authorKey }
        for (key, stats) in other.groups { groups[key, default: GroupStatistics()].merge(stats) }
        lexiconVersions.formUnion(other.lexiconVersions)
    }

    public var isEmpty: Bool { groups.isEmpty }

    // MARK: Partial files

    static let partialFormat = "diepgang-trends-partial"
    /// 2: weeks instead of days, author fingerprints keyed with the user's secret.
    static let partialVersion = 2

    /// Tells whether two partial files were made with the same key, without revealing it.
    static func keyCheck(_ key: [UInt8]) -> String {
        HMACSHA256.hex(HMACSHA256.mac(key: key, message: Array("diepgang-author-key-check".utf8)).prefix(8))
    }

    /// The shard's sufficient statistics as JSON, for `trends --merge`: counts per team and week,
    /// never per note, with author fingerprints keyed by the user's secret. It holds groups below
    /// the privacy thresholds: an internal file, not a report. Needs `authorKey`.
    public func partialJSON() throws -> [UInt8] {
        guard let authorKey else {
            throw DiepgangError(.usage, nl: "een deelresultaat heeft een geheime sleutel voor de auteurs nodig: --author-key-file BESTAND of DIEPGANG_AUTHOR_KEY",
                                en: "a partial result needs a secret key for the authors: --author-key-file FILE or DIEPGANG_AUTHOR_KEY")
        }
        let partial = TrendPartial(
            format: TrendAggregate.partialFormat, formatVersion: TrendAggregate.partialVersion, toolVersion: ToolInfo.version,
            authorKeyCheck: Self.keyCheck(authorKey), lexiconVersions: lexiconVersions.sorted(),
            groups: groups.keys.sorted().map { key in
                let g = groups[key]!
                return TrendPartial.Group(team: key.team, week: key.day.iso, notes: g.notes, depthSum: g.depthSum,
                                          depthSquareSum: g.depthSquareSum, authorFingerprints: g.authors.sorted().map(FNV1a64Hex.format),
                                          modeCounts: g.modeCounts, phaseCounts: g.phaseCounts, whyQuestions: g.whyQuestions,
                                          whyPiekerend: g.whyPiekerend, balanceSums: g.balanceSums, balanceCounts: g.balanceCounts)
            })
        let w = ByteWriter(capacity: 1 << 16)
        partial.write(into: w)
        return w.bytes
    }

    /// Does the file start like a partial file written by `partialJSON()`?
    public static func isPartialFile(_ path: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        let head = (try? handle.read(upToCount: 64)) ?? Data()
        return [UInt8](head).starts(with: Array("{\"format\":\"\(partialFormat)\"".utf8))
    }

    /// Reads a partial file written by `partialJSON()` with the same `authorKey`; `file` names it in messages.
    public init(partialJSON bytes: [UInt8], file: String, authorKey: [UInt8]?) throws {
        func bad(_ nl: String, _ en: String) -> DiepgangError {
            DiepgangError(.dataError, nl: "\(file): geen geldig deelresultaat van 'diepgang trends --partial': \(nl)",
                          en: "\(file): not a valid partial result of 'diepgang trends --partial': \(en)")
        }
        let version = (try? JSONDecoder().decode(TrendPartial.Header.self, from: Data(bytes)))?.formatVersion
        guard version == nil || version == TrendAggregate.partialVersion else {
            throw bad("formaatversie \(version!) wordt niet ondersteund; maak het deelresultaat opnieuw met deze versie",
                      "format version \(version!) is not supported; make the partial result again with this version")
        }
        let decoded: TrendPartial
        do {
            decoded = try JSONDecoder().decode(TrendPartial.self, from: Data(bytes))
        } catch {
            throw bad("onleesbaar (\(error.localizedDescription))", "unreadable (\(error.localizedDescription))")
        }
        guard decoded.format == TrendAggregate.partialFormat else { throw bad("onbekend formaat", "unknown format") }
        guard let authorKey else {
            throw DiepgangError(.usage, nl: "deelresultaten samenvoegen vraagt de geheime sleutel waarmee ze gemaakt zijn: --author-key-file BESTAND of DIEPGANG_AUTHOR_KEY",
                                en: "merging partial results needs the secret key they were made with: --author-key-file FILE or DIEPGANG_AUTHOR_KEY")
        }
        guard decoded.authorKeyCheck == Self.keyCheck(authorKey) else {
            throw bad("gemaakt met een andere sleutel voor de auteurs; voeg alleen deelresultaten met dezelfde sleutel samen",
                      "made with another author key; merge only partial results made with the same key")
        }
        self.init(authorKey: authorKey)
        lexiconVersions = Set(decoded.lexiconVersions)
        for (i, g) in decoded.groups.enumerated() {
            guard let day = Day(iso: g.week), day.isoWeekday == 1 else {
                throw bad("groep \(i + 1): ongeldige week (de maandag, jjjj-mm-dd)", "group \(i + 1): invalid week (its Monday, yyyy-mm-dd)")
            }
            guard g.modeCounts.count == NoteMode.allCases.count, g.phaseCounts.count == 5,
                  g.balanceSums.count == 5, g.balanceCounts.count == 5 else {
                throw bad("groep \(i + 1): onvolledige tellingen", "group \(i + 1): incomplete counts")
            }
            var stats = GroupStatistics()
            stats.notes = g.notes
            stats.depthSum = g.depthSum
            stats.depthSquareSum = g.depthSquareSum
            for text in g.authorFingerprints {
                guard let v = UInt64(text, radix: 16) else {
                    throw bad("groep \(i + 1): ongeldige auteursvingerafdruk", "group \(i + 1): invalid author fingerprint")
                }
                stats.authors.insert(v)
            }
            stats.modeCounts = g.modeCounts
            stats.phaseCounts = g.phaseCounts
            stats.whyQuestions = g.whyQuestions
            stats.whyPiekerend = g.whyPiekerend
            stats.balanceSums = g.balanceSums
            stats.balanceCounts = g.balanceCounts
            groups[TrendGroupKey(team: g.team, day: day), default: GroupStatistics()].merge(stats)
        }
    }
}

enum FNV1a64Hex {
    static func format(_ v: UInt64) -> String {
        let digits = String(v, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
