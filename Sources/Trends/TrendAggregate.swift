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
        let w = ByteWriter(capacity: 1 << 16)
        w.beginObject()
        w.field("format", TrendAggregate.partialFormat)
        w.field("format_version", TrendAggregate.partialVersion)
        w.field("tool_version", ToolInfo.version)
        w.field("author_key_check", Self.keyCheck(authorKey))
        w.key("lexicon_versions")
        w.beginArray()
        for v in lexiconVersions.sorted() { w.string(v) }
        w.endArray()
        w.key("groups")
        w.beginArray()
        for key in groups.keys.sorted() {
            let g = groups[key]!
            w.beginObject()
            w.field("team", key.team)
            w.field("week", key.day.iso)
            w.field("notes", g.notes)
            w.field("depth_sum", g.depthSum)
            w.field("depth_square_sum", g.depthSquareSum)
            w.key("author_fingerprints")
            w.beginArray()
            for a in g.authors.sorted() { w.string(FNV1a64Hex.format(a)) }
            w.endArray()
            w.key("mode_counts"); writeInts(g.modeCounts, into: w)
            w.key("phase_counts"); writeInts(g.phaseCounts, into: w)
            w.field("why_questions", g.whyQuestions)
            w.field("why_piekerend", g.whyPiekerend)
            w.key("balance_sums"); writeInts(g.balanceSums, into: w)
            w.key("balance_counts"); writeInts(g.balanceCounts, into: w)
            w.endObject()
        }
        w.endArray()
        w.endObject()
        var bytes = w.bytes
        bytes.append(UInt8(ascii: "\n"))
        return bytes
    }

    /// Does the file start like a partial file written by `partialJSON()`?
    public static func isPartialFile(_ path: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        let head = (try? handle.read(upToCount: 64)) ?? Data()
        return [UInt8](head).starts(with: Array("{\"format\":\"\(partialFormat)\"".utf8))
    }

    private func writeInts(_ values: [Int], into w: ByteWriter) {
        w.beginArray()
        for v in values { w.int(v) }
        w.endArray()
    }

    private struct PartialFile: Decodable {
        var format: String
        var format_version: Int
        var author_key_check: String
        var lexicon_versions: [String]
        var groups: [PartialGroup]
    }

    private struct PartialGroup: Decodable {
        var team: String
        var week: String
        var notes: Int
        var depth_sum: Int
        var depth_square_sum: Int
        var author_fingerprints: [String]
        var mode_counts: [Int]
        var phase_counts: [Int]
        var why_questions: Int
        var why_piekerend: Int
        var balance_sums: [Int]
        var balance_counts: [Int]
    }

    /// Reads a partial file written by `partialJSON()` with the same `authorKey`; `file` names it in messages.
    public init(partialJSON bytes: [UInt8], file: String, authorKey: [UInt8]?) throws {
        func bad(_ nl: String, _ en: String) -> DiepgangError {
            DiepgangError(.dataError, nl: "\(file): geen geldig deelresultaat van 'diepgang trends --partial': \(nl)",
                          en: "\(file): not a valid partial result of 'diepgang trends --partial': \(en)")
        }
        let version = (try? JSONDecoder().decode(PartialVersion.self, from: Data(bytes)))?.format_version
        guard version == nil || version == TrendAggregate.partialVersion else {
            throw bad("formaatversie \(version!) wordt niet ondersteund; maak het deelresultaat opnieuw met deze versie",
                      "format version \(version!) is not supported; make the partial result again with this version")
        }
        let decoded: PartialFile
        do {
            decoded = try JSONDecoder().decode(PartialFile.self, from: Data(bytes))
        } catch {
            throw bad("onleesbaar (\(error.localizedDescription))", "unreadable (\(error.localizedDescription))")
        }
        guard decoded.format == TrendAggregate.partialFormat else { throw bad("onbekend formaat", "unknown format") }
        guard let authorKey else {
            throw DiepgangError(.usage, nl: "deelresultaten samenvoegen vraagt de geheime sleutel waarmee ze gemaakt zijn: --author-key-file BESTAND of DIEPGANG_AUTHOR_KEY",
                                en: "merging partial results needs the secret key they were made with: --author-key-file FILE or DIEPGANG_AUTHOR_KEY")
        }
        guard decoded.author_key_check == Self.keyCheck(authorKey) else {
            throw bad("gemaakt met een andere sleutel voor de auteurs; voeg alleen deelresultaten met dezelfde sleutel samen",
                      "made with another author key; merge only partial results made with the same key")
        }
        self.init(authorKey: authorKey)
        lexiconVersions = Set(decoded.lexicon_versions)
        for (i, g) in decoded.groups.enumerated() {
            guard let day = Day(iso: g.week), day.isoWeekday == 1 else {
                throw bad("groep \(i + 1): ongeldige week (de maandag, jjjj-mm-dd)", "group \(i + 1): invalid week (its Monday, yyyy-mm-dd)")
            }
            guard g.mode_counts.count == NoteMode.allCases.count, g.phase_counts.count == 5,
                  g.balance_sums.count == 5, g.balance_counts.count == 5 else {
                throw bad("groep \(i + 1): onvolledige tellingen", "group \(i + 1): incomplete counts")
            }
            var stats = GroupStatistics()
            stats.notes = g.notes
            stats.depthSum = g.depth_sum
            stats.depthSquareSum = g.depth_square_sum
            for text in g.author_fingerprints {
                guard let v = UInt64(text, radix: 16) else {
                    throw bad("groep \(i + 1): ongeldige auteursvingerafdruk", "group \(i + 1): invalid author fingerprint")
                }
                stats.authors.insert(v)
            }
            stats.modeCounts = g.mode_counts
            stats.phaseCounts = g.phase_counts
            stats.whyQuestions = g.why_questions
            stats.whyPiekerend = g.why_piekerend
            stats.balanceSums = g.balance_sums
            stats.balanceCounts = g.balance_counts
            groups[TrendGroupKey(team: g.team, day: day), default: GroupStatistics()].merge(stats)
        }
    }
}

private struct PartialVersion: Decodable {
    var format_version: Int
}

enum FNV1a64Hex {
    static func format(_ v: UInt64) -> String {
        let digits = String(v, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
