import Diepgang

/// "bedoelde je …?": the known name closest to what was typed, when it is close enough to be
/// a slip (a swapped or missing letter), by edit distance with adjacent swaps counting once.
enum Suggestion {
    static func closest(to typed: String, in candidates: [String]) -> String? {
        let t = Array(typed.lowercased())
        var best: (name: String, distance: Int)? = nil
        for c in candidates {
            let d = distance(t, Array(c.lowercased()))
            if d < (best?.distance ?? Int.max) { best = (c, d) }
        }
        guard let best else { return nil }
        // One slip per four letters, at least one, at most three.
        let allowed = min(3, max(1, t.count / 4))
        return best.distance <= allowed ? best.name : nil
    }

    /// Optimal string alignment distance (Damerau–Levenshtein without repeated edits of a substring).
    static func distance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var d = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { d[i][0] = i }
        for j in 0...b.count { d[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
                }
            }
        }
        return d[a.count][b.count]
    }

    /// " — bedoelde je 'analyse'?" or nothing.
    static func hint(_ typed: String, _ candidates: [String]) -> Localized {
        guard let name = closest(to: typed, in: candidates) else { return "" }
        return Localized(nl: "; bedoelde je '\(name)'?", en: "; did you mean '\(name)'?")
    }
}
