import DiepgangCore

/// The columns of a CSV input, from its header line: which one holds which field, and the
/// delimiter (a comma, or a semicolon as Dutch Excel writes, or a tab), detected from the header.
struct CSVLayout: Sendable {
    var delimiter: UInt8
    var columns: [String]
    var id: Int?, team: Int?, author: Int?, date: Int?, text: Int?
    var extraColumns: [Int] = []

    init(header: [UInt8], names: NoteFieldNames) {
        // Count candidate delimiters outside quotes; the most frequent wins, a comma on a tie.
        var counts: [UInt8: Int] = [0x2C: 0, 0x3B: 0, 0x09: 0]
        var quoted = false
        for b in header {
            if b == 0x22 { quoted.toggle() } else if !quoted, counts[b] != nil { counts[b]! += 1 }
        }
        var best: UInt8 = 0x2C
        for d in [UInt8(0x3B), 0x09] where counts[d]! > counts[best]! { best = d }
        delimiter = best
        columns = CSVCells.split(header, delimiter: best).map { $0.value(in: header).trimmingASCIISpace() }
        // Each field takes the first column that has one of its names, the most specific name first
        // ("text" before "verslag"); a column serves one field only.
        let lowered = columns.map { $0.lowercased() }
        var taken = Set<Int>()
        func find(_ field: NoteField) -> Int? {
            for name in names.accepted(field) {
                if let i = lowered.indices.first(where: { !taken.contains($0) && lowered[$0] == name }) {
                    taken.insert(i)
                    return i
                }
            }
            return nil
        }
        text = find(.text); date = find(.date); author = find(.author); team = find(.team); id = find(.id)
        extraColumns = columns.indices.filter { !taken.contains($0) }
    }

    func column(of field: NoteField) -> Int? {
        switch field {
        case .id: return id
        case .team: return team
        case .author: return author
        case .date: return date
        case .text: return text
        }
    }

    /// "notes.csv: kolom 'Tekst' → tekst, 'Datum' → datum, …; andere kolommen gaan mee als extra velden: …"
    func mappingNotice(path: String) -> Localized {
        func line(_ language: Language) -> String {
            let used = NoteField.allCases.reversed().compactMap { f in column(of: f).map { "'\(columns[$0])' → \(f.label(language))" } }
            var out = "\(path): " + (language == .en ? "columns used: " : "kolommen gebruikt: ") + used.joined(separator: ", ")
            let missing = NoteField.allCases.filter { column(of: $0) == nil }.map { $0.label(language) }
            if !missing.isEmpty { out += language == .en ? "; not present: " : "; niet aanwezig: "; out += missing.joined(separator: ", ") }
            if !extraColumns.isEmpty {
                out += language == .en ? "; passed on as extra fields: " : "; gaan mee als extra velden: "
                out += extraColumns.map { "'\(columns[$0])'" }.joined(separator: ", ")
            }
            return out
        }
        return Localized(nl: line(.nl), en: line(.en))
    }
}

/// One cell of a CSV record: its raw byte range (quotes included) and its content range.
struct CSVCell {
    var raw: Range<Int>
    var content: Range<Int>
    /// Quoted with doubled quotes inside, which must be undoubled.
    var hasDoubledQuotes: Bool
    /// Text stands between the closing quote and the delimiter (`"Nee" zei ze`): the cell is not
    /// well-formed CSV, and reading it either way would drop or invent text.
    var strayAfterQuote = false

    /// The cell's text; `bytes` were checked as UTF-8 before (cells are cut at ASCII bytes).
    func value(in bytes: [UInt8]) -> String {
        if !hasDoubledQuotes { return bytes.withUnsafeBufferPointer { String(checkedUTF8: UnsafeBufferPointer(rebasing: $0[content])) } }
        var out: [UInt8] = []
        out.reserveCapacity(content.count)
        var i = content.lowerBound
        while i < content.upperBound {
            out.append(bytes[i])
            if bytes[i] == 0x22 && i + 1 < content.upperBound && bytes[i + 1] == 0x22 { i += 2 } else { i += 1 }
        }
        return out.withUnsafeBufferPointer { String(checkedUTF8: $0) }
    }
}

enum CSVCells {
    /// Splits a complete record (RFC 4180); text after a closing quote is marked on its cell.
    static func split(_ b: [UInt8], delimiter: UInt8) -> [CSVCell] {
        var cells: [CSVCell] = []
        var end = b.count
        // The record's own line terminator is not part of the last cell.
        while end > 0, b[end - 1] == 0x0A || b[end - 1] == 0x0D { end -= 1 }
        var i = 0
        while true {
            let start = i
            if i < end && b[i] == 0x22 {
                i += 1
                let contentStart = i
                var doubled = false
                var contentEnd = end
                while i < end {
                    if b[i] == 0x22 {
                        if i + 1 < end && b[i + 1] == 0x22 { doubled = true; i += 2; continue }
                        contentEnd = i
                        i += 1
                        break
                    }
                    i += 1
                }
                if contentEnd == end { i = end }
                let closed = i
                while i < end && b[i] != delimiter { i += 1 }
                let stray = b[closed..<i].contains { $0 != 0x20 && $0 != 0x09 }
                cells.append(CSVCell(raw: start..<i, content: contentStart..<contentEnd, hasDoubledQuotes: doubled,
                                     strayAfterQuote: stray))
            } else {
                while i < end && b[i] != delimiter { i += 1 }
                cells.append(CSVCell(raw: start..<i, content: start..<i, hasDoubledQuotes: false))
            }
            if i >= end { break }
            i += 1  // the delimiter
            if i == end {
                cells.append(CSVCell(raw: end..<end, content: end..<end, hasDoubledQuotes: false))
                break
            }
        }
        return cells
    }

}

/// Writing CSV.
public enum CSVText {
    /// A value written as a CSV cell: quoted when it holds the delimiter, a quote or a newline.
    public static func cell(_ value: String, delimiter: UInt8) -> [UInt8] {
        let u = Array(value.utf8)
        guard u.contains(where: { $0 == delimiter || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) else { return u }
        var out: [UInt8] = [0x22]
        for b in u {
            out.append(b)
            if b == 0x22 { out.append(0x22) }
        }
        out.append(0x22)
        return out
    }
}

/// The optional block at the top of a `.txt` note:
///
///     ---
///     team: Wijkteam Oost
///     date: 2025-05-06
///     ---
///     De tekst van het verslag…
enum FrontMatter {
    struct Parsed {
        var id: String?, team: String?, author: String?, date: String?
        var extra: [ExtraField] = []
        /// Keys that are none of the five fields (passed on as extra fields).
        var unknownKeys: [String] = []
        /// Keys given more than once (the last value counts).
        var duplicateKeys: [String] = []
        /// Byte range of the note text (surrounding blank space left out).
        var body: Range<Int>
        var bodyLine: Int
        var error: Localized?
    }

    static func split(_ b: [UInt8], fields: NoteFieldNames) -> Parsed {
        var parsed = Parsed(body: 0..<b.count, bodyLine: 1)
        var bodyStart = 0
        func lineEnd(_ from: Int) -> Int { b[from...].firstIndex(of: 0x0A) ?? b.count }
        func trimmed(_ r: Range<Int>) -> String {
            String(decoding: b[r], as: UTF8.self).trimmingASCIISpace()
        }
        let firstEnd = lineEnd(0)
        if trimmed(0..<firstEnd) == "---" {
            var i = firstEnd + 1
            var line = 2
            var closed = false
            var seen = Set<String>()
            while i <= b.count {
                let e = lineEnd(min(i, b.count))
                if i >= b.count { break }
                let content = trimmed(i..<e)
                if content == "---" {
                    closed = true
                    bodyStart = min(e + 1, b.count)
                    parsed.bodyLine = line + 1
                    break
                }
                if !content.isEmpty && !content.hasPrefix("#") {
                    guard let colon = content.firstIndex(of: ":") else {
                        parsed.error = Localized(nl: "voorblok regel \(line): 'sleutel: waarde' verwacht", en: "front matter line \(line): expected 'key: value'")
                        return parsed
                    }
                    let key = content[..<colon].trimmingCharacters()
                    var value = String(content[content.index(after: colon)...]).trimmingASCIISpace()
                    if value.count >= 2, (value.hasPrefix("\"") && value.hasSuffix("\"")) || (value.hasPrefix("'") && value.hasSuffix("'")) {
                        value = String(value.dropFirst().dropLast())
                    }
                    let field = fields.field(forKey: key)
                    let seenKey = field?.rawValue ?? "extra:" + key.lowercased()
                    if !seen.insert(seenKey).inserted { parsed.duplicateKeys.append(key) }
                    switch field {
                    case .id: parsed.id = value
                    case .team: parsed.team = value
                    case .author: parsed.author = value
                    case .date: parsed.date = value
                    case .text, nil:
                        // The text is the body; a 'text' key above it is an extra field like any other.
                        if field == nil { parsed.unknownKeys.append(key) }
                        let w = ByteWriter(capacity: 32)
                        w.string(value)
                        parsed.extra.removeAll { $0.name.lowercased() == key.lowercased() }
                        parsed.extra.append(ExtraField(name: key, json: w.bytes))
                    }
                }
                i = e + 1
                line += 1
            }
            if !closed {
                parsed.error = Localized(nl: "voorblok niet afgesloten met '---'", en: "front matter not closed with '---'")
                return parsed
            }
        }
        // Leave out blank space around the text; count the lines skipped for the line number.
        var s = bodyStart
        while s < b.count, b[s] == 0x20 || b[s] == 0x09 || b[s] == 0x0A || b[s] == 0x0D {
            if b[s] == 0x0A { parsed.bodyLine += 1 }
            s += 1
        }
        var e = b.count
        while e > s, b[e - 1] == 0x20 || b[e - 1] == 0x09 || b[e - 1] == 0x0A || b[e - 1] == 0x0D { e -= 1 }
        parsed.body = s..<e
        return parsed
    }
}

private extension Substring {
    func trimmingCharacters() -> String { String(self).trimmingASCIISpace() }
}
