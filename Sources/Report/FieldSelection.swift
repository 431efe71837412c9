import DiepgangAnalysis
import DiepgangCore
import DiepgangNotes

/// `--fields id,mode,depth,phases`: only these top-level fields of each analysis are written (in
/// the output's own order), which makes a batch's output up to ten times smaller. The names are
/// checked against the fields the output has; `extra` stands for the fields passed through from
/// the input. The selection is applied to the finished bytes, on the worker that made them.
public struct FieldSelection: Sendable {
    public enum Layout: Sendable { case json, csv }

    /// The top-level keys of an analysis in JSON, in output order, and `extra` for passed-through fields.
    public static let jsonFields: [String] = [
        "id", "team", "author", "date", "extra", "words", "mode", "depth", "dimensions", "phases", "why_questions",
        "markers", "sentences", "rates", "weights", "tool_version", "lexicon_version", "liwc",
    ]

    public let layout: Layout
    public let names: [String]
    /// CSV: the delimiter, line end and byte-order mark of the rows it filters (`--csv-style`).
    public let style: CSVStyle
    private let wanted: Set<String>
    /// CSV: for each column of the full row, whether it is kept.
    private let keepColumn: [Bool]

    /// Parses `--fields`. `csvColumns` are the columns of a full CSV row (with the input's extra
    /// columns and any LIWC columns), `style` the CSV style the rows are written in.
    public init(parsing text: String, layout: Layout, csvColumns: [String] = Analysis.csvColumns, style: CSVStyle = .standard) throws {
        let known = layout == .json ? Self.jsonFields : csvColumns
        var names: [String] = []
        for part in text.split(separator: ",", omittingEmptySubsequences: true) {
            let name = part.trimmingCharacters(in: [" "])
            guard known.contains(name) else {
                let hint = Self.closest(to: name, in: known).map { Localized(nl: " Bedoelde je '\($0)'?", en: " Did you mean '\($0)'?") }
                    ?? Localized(nl: "", en: "")
                let list = known.joined(separator: ", ")
                throw DiepgangError(.usage, nl: "onbekend veld '\(name)' in --fields.\(hint.nl) Bekende velden: \(list)",
                                    en: "unknown field '\(name)' in --fields.\(hint.en) Known fields: \(list)")
            }
            if !names.contains(name) { names.append(name) }
        }
        guard !names.isEmpty else {
            throw DiepgangError(.usage, nl: "--fields verwacht namen gescheiden door komma's, bijvoorbeeld id,mode,depth,phases",
                                en: "--fields expects names separated by commas, e.g. id,mode,depth,phases")
        }
        self.layout = layout
        self.names = names
        self.style = style
        wanted = Set(names)
        keepColumn = csvColumns.map { names.contains($0) }
    }

    /// The CSV header for the selected columns, in the style (its byte-order mark first, if any).
    public func csvHeader(columns: [String]) -> [UInt8] {
        var out = style.preamble
        style.appendRow(columns.indices.filter { $0 < keepColumn.count && keepColumn[$0] }.map { columns[$0] }, into: &out)
        return out
    }

    /// Keeps the selected members of one JSON object (an analysis as `appendJSON` writes it;
    /// anything after its closing brace, such as the line feed, is kept).
    public func filterJSON(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(256)
        bytes.withUnsafeBufferPointer { p in
            let n = p.count
            guard n > 1, p[0] == UInt8(ascii: "{") else { out = Array(p); return }
            out.append(UInt8(ascii: "{"))
            var i = 1
            var first = true
            while i < n {
                i = Self.skipSpace(p, i)
                if i >= n || p[i] == UInt8(ascii: "}") { break }
                if p[i] == UInt8(ascii: ",") { i += 1; continue }
                let memberStart = i
                let keyEnd = Self.endOfString(p, i)
                let key = String(decoding: UnsafeBufferPointer(rebasing: p[(i + 1)..<(keyEnd - 1)]), as: UTF8.self)
                i = Self.skipSpace(p, keyEnd) + 1          // past ':'
                i = Self.endOfValue(p, Self.skipSpace(p, i))
                let isOwn = Analysis.reservedKeys.contains(key) || key == "liwc"
                if wanted.contains(key) && isOwn || !isOwn && wanted.contains("extra") {
                    if !first { out.append(UInt8(ascii: ",")) }
                    first = false
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: p[memberStart..<i]))
                }
            }
            out.append(UInt8(ascii: "}"))
            if i < n { out.append(contentsOf: UnsafeBufferPointer(rebasing: p[(i + 1)...])) }
        }
        return out
    }

    /// Keeps the selected cells of one CSV row as the analysis writes it (cells split by the
    /// style's delimiter, quoted where needed, ending in its line end).
    public func filterCSV(_ row: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(128)
        var column = 0
        var i = 0
        var wrote = false
        let n = row.count
        let delimiter = style.delimiter
        // A line break inside a cell is quoted, so the first one outside quotes ends the row.
        while true {
            let start = i
            if i < n && row[i] == 0x22 {
                i += 1
                while i < n {
                    if row[i] == 0x22 {
                        if i + 1 < n && row[i + 1] == 0x22 { i += 2; continue }
                        i += 1
                        break
                    }
                    i += 1
                }
            }
            while i < n && row[i] != delimiter && row[i] != 0x0A && row[i] != 0x0D { i += 1 }
            if column < keepColumn.count && keepColumn[column] {
                if wrote { out.append(delimiter) }
                out.append(contentsOf: row[start..<i])
                wrote = true
            }
            column += 1
            // After a delimiter comes another cell, even an empty last one.
            guard i < n && row[i] == delimiter else { break }
            i += 1
        }
        out.append(contentsOf: style.lineEnd)
        return out
    }

    @inline(__always)
    private static func skipSpace(_ p: UnsafeBufferPointer<UInt8>, _ from: Int) -> Int {
        var i = from
        while i < p.count, p[i] == 0x20 || p[i] == 0x09 || p[i] == 0x0A || p[i] == 0x0D { i += 1 }
        return i
    }

    /// The index after the closing quote of the string that starts at `from`.
    private static func endOfString(_ p: UnsafeBufferPointer<UInt8>, _ from: Int) -> Int {
        var i = from + 1
        while i < p.count {
            if p[i] == UInt8(ascii: "\\") { i += 2; continue }
            if p[i] == UInt8(ascii: "\"") { return i + 1 }
            i += 1
        }
        return p.count
    }

    /// The index after the JSON value that starts at `from` (valid JSON: ours, or a passed-through value).
    private static func endOfValue(_ p: UnsafeBufferPointer<UInt8>, _ from: Int) -> Int {
        var i = from
        var depth = 0
        while i < p.count {
            switch p[i] {
            case UInt8(ascii: "\""):
                i = endOfString(p, i)
                if depth == 0 { return i }
                continue
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                depth += 1
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                if depth == 0 { return i }
                depth -= 1
                if depth == 0 { return i + 1 }
            case UInt8(ascii: ","):
                if depth == 0 { return i }
            default:
                break
            }
            i += 1
        }
        return i
    }

    /// The known name nearest to a misspelt one (edit distance at most a third of its length, at least 2).
    static func closest(to name: String, in known: [String]) -> String? {
        // "phases" for the CSV columns phases_present and phases_missing: the first that starts with it.
        if name.count >= 3, let prefixed = known.first(where: { $0.hasPrefix(name.lowercased()) }) { return prefixed }
        let a = Array(name.lowercased().utf8)
        var best: (String, Int)? = nil
        for candidate in known {
            let b = Array(candidate.utf8)
            var row = Array(0...b.count)
            for i in 1...max(a.count, 1) where !a.isEmpty {
                var previous = row[0]
                row[0] = i
                for j in 1...max(b.count, 1) where !b.isEmpty {
                    let current = row[j]
                    row[j] = min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] == b[j - 1] ? 0 : 1))
                    previous = current
                }
            }
            let d = row[b.count]
            if best == nil || d < best!.1 { best = (candidate, d) }
        }
        guard let (candidate, distance) = best, distance <= max(2, a.count / 3) else { return nil }
        return candidate
    }
}
