import DiepgangCore

/// `weights.txt`: the numbers of the rules and the verdict, by name, so a rule's weight is changed
/// in data and the change shows in `lexicon_version`.
///
/// One `name = value` per line; `#` starts a comment (on its own line or after the value). Names
/// are `rule.parameter` in lower snake case; the analysis says which names it needs.
public enum WeightsFile {
    public static let name = "weights.txt"

    /// The table, and a problem per line that is not `name = number` or names a weight twice.
    public static func parse(path: String, bytes: [UInt8]) -> ([String: Double], [LexiconIssue]) {
        let (table, _, issues) = parseWithLines(path: path, bytes: bytes)
        return (table, issues)
    }

    /// As `parse`, with the line of each name (for messages that point at it).
    public static func parseWithLines(path: String, bytes: [UInt8]) -> (table: [String: Double], lines: [String: Int], issues: [LexiconIssue]) {
        guard let text = String(validating: bytes, as: UTF8.self) else {
            return ([:], [:], [LexiconIssue(file: path, line: LexiconParser.firstInvalidLine(bytes), reason: Localized(nl: "geen geldige UTF-8", en: "not valid UTF-8"))])
        }
        var table: [String: Double] = [:]
        var firstLine: [String: Int] = [:]
        var issues: [LexiconIssue] = []
        var lineNumber = 0
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let content = raw.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
            let line = content.trimmingSpaces
            if line.isEmpty { continue }
            let parts = line.split(separator: "=", omittingEmptySubsequences: false).map { $0.trimmingSpaces }
            guard parts.count == 2, !parts[0].isEmpty, parts[0].allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == "." }),
                  let value = Double(parts[1]), value.isFinite else {
                issues.append(LexiconIssue(file: path, line: lineNumber,
                                           reason: Localized(nl: "verwacht 'naam = getal'", en: "expected 'name = number'")))
                continue
            }
            if let first = firstLine[parts[0]] {
                issues.append(LexiconIssue(file: path, line: lineNumber,
                                           reason: Localized(nl: "'\(parts[0])' staat al op regel \(first)", en: "'\(parts[0])' is already on line \(first)")))
                continue
            }
            firstLine[parts[0]] = lineNumber
            table[parts[0]] = value
        }
        return (table, firstLine, issues)
    }
}
