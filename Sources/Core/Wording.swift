/// Counts and numbers in running text, right in each language: "1 woord", "2 woorden",
/// "1 note", "0,85" in Dutch and "0.85" in English.
public enum Wording {
    /// "1 verslag" / "3 verslagen": the count with the singular or plural noun.
    public static func count(_ n: Int, _ singular: String, _ plural: String) -> String {
        "\(n) " + (n == 1 ? singular : plural)
    }

    /// The count with its noun in the given language.
    public static func count(_ n: Int, nl: (String, String), en: (String, String), _ language: Language) -> String {
        language == .en ? count(n, en.0, en.1) : count(n, nl.0, nl.1)
    }

    /// Both languages at once (for a `Localized` message).
    public static func count(_ n: Int, nl: (String, String), en: (String, String)) -> Localized {
        Localized(nl: count(n, nl.0, nl.1), en: count(n, en.0, en.1))
    }

    /// A decimal number with a fixed number of digits: decimal comma in Dutch, point in English.
    public static func decimal(_ value: Double, digits: Int, _ language: Language) -> String {
        guard value.isFinite else { return "–" }
        let text = ByteWriter.format(value, digits: digits)
        var out = text
        // ByteWriter.format drops trailing zeros; a column of figures reads better with them.
        if digits > 0 {
            if !out.contains(".") { out += "." }
            let have = out.split(separator: ".", omittingEmptySubsequences: false)[1].count
            out += String(repeating: "0", count: max(0, digits - have))
        }
        if out.hasPrefix("-0") && Double(out) == 0 { out.removeFirst() }
        return language == .nl ? String(out.map { $0 == "." ? "," : $0 }) : out
    }
}
