import DiepgangCore

/// A shard's sufficient statistics as `trends --partial` writes them and `trends --merge` reads
/// them back (`Decodable`): counts per team and week, never per note, with author fingerprints
/// keyed by the user's secret.
public struct TrendPartial: Sendable, Equatable, Decodable {
    public struct Group: Sendable, Equatable, Decodable {
        public var team: String
        /// The week's Monday, yyyy-mm-dd.
        public var week: String
        public var notes: Int
        public var depthSum: Int
        public var depthSquareSum: Int
        /// Keyed FNV-1a fingerprints, 16 hex digits each.
        public var authorFingerprints: [String]
        public var modeCounts: [Int]
        public var phaseCounts: [Int]
        public var whyQuestions: Int
        public var whyPiekerend: Int
        public var balanceSums: [Int]
        public var balanceCounts: [Int]

        enum CodingKeys: String, CodingKey {
            case team, week, notes
            case depthSum = "depth_sum"
            case depthSquareSum = "depth_square_sum"
            case authorFingerprints = "author_fingerprints"
            case modeCounts = "mode_counts"
            case phaseCounts = "phase_counts"
            case whyQuestions = "why_questions"
            case whyPiekerend = "why_piekerend"
            case balanceSums = "balance_sums"
            case balanceCounts = "balance_counts"
        }
    }

    /// Only the version: read first, so a file of another version is named as such.
    public struct Header: Decodable {
        public var formatVersion: Int
        enum CodingKeys: String, CodingKey { case formatVersion = "format_version" }
    }

    public var format: String
    public var formatVersion: Int
    /// Written, not required when read.
    public var toolVersion: String?
    public var authorKeyCheck: String
    public var lexiconVersions: [String]
    public var groups: [Group]

    enum CodingKeys: String, CodingKey {
        case format, groups
        case formatVersion = "format_version"
        case toolVersion = "tool_version"
        case authorKeyCheck = "author_key_check"
        case lexiconVersions = "lexicon_versions"
    }

    /// The file's bytes: keys in this order, one line.
    public func write(into w: ByteWriter) {
        func ints(_ values: [Int]) {
            w.beginArray()
            for v in values { w.int(v) }
            w.endArray()
        }
        w.beginObject()
        w.field("format", format)
        w.field("format_version", formatVersion)
        w.field("tool_version", toolVersion)
        w.field("author_key_check", authorKeyCheck)
        w.key("lexicon_versions")
        w.beginArray()
        for v in lexiconVersions { w.string(v) }
        w.endArray()
        w.key("groups")
        w.beginArray()
        for g in groups {
            w.beginObject()
            w.field("team", g.team)
            w.field("week", g.week)
            w.field("notes", g.notes)
            w.field("depth_sum", g.depthSum)
            w.field("depth_square_sum", g.depthSquareSum)
            w.key("author_fingerprints")
            w.beginArray()
            for a in g.authorFingerprints { w.string(a) }
            w.endArray()
            w.key("mode_counts"); ints(g.modeCounts)
            w.key("phase_counts"); ints(g.phaseCounts)
            w.field("why_questions", g.whyQuestions)
            w.field("why_piekerend", g.whyPiekerend)
            w.key("balance_sums"); ints(g.balanceSums)
            w.key("balance_counts"); ints(g.balanceCounts)
            w.endObject()
        }
        w.endArray()
        w.endObject()
        w.append(0x0A)
    }
}
