import DiepgangCore
import DiepgangResources
import DiepgangTokenizer
import DiepgangTrends
import Foundation

/// A deterministic synthetic corpus for benchmarks: notes assembled from the sentences of the
/// bundled Dutch notes (Corpus/), with the teams and author pseudonyms found there. The same
/// seed gives the same bytes on every machine; nothing comes from the network.
public struct SyntheticCorpus: Sendable {
    public let sentences: [String]
    public let teams: [String]
    public let authors: [String]

    /// Reads the `.jsonl` files of a corpus folder (the embedded Corpus/ by default) and splits
    /// their texts into sentences with the tokenizer.
    public init(corpus: ResourceFolder = .embedded("Corpus"), tokenizer: Tokenizer = .standard()) throws {
        var sentences: [String] = []
        var teams: Set<String> = []
        var authors: Set<String> = []
        for file in corpus.files(withExtension: "jsonl") {
            for line in file.bytes.split(separator: 0x0A) {
                guard let record = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any] else { continue }
                if let team = record["team"] as? String { teams.insert(team) }
                if let author = record["author"] as? String { authors.insert(author) }
                guard let text = record["text"] as? String else { continue }
                let tokens = tokenizer.tokenize(text)
                let utf8 = Array(text.utf8)
                for s in tokens.sentences where s.end > s.start && s.end <= utf8.count {
                    let sentence = String(decoding: utf8[s.start..<s.end], as: UTF8.self)
                    if sentence.utf8.count >= 12 { sentences.append(sentence) }
                }
            }
        }
        guard !sentences.isEmpty else {
            throw DiepgangError(.noInput, nl: "geen zinnen gevonden in \(corpus.origin)", en: "no sentences found in \(corpus.origin)")
        }
        self.sentences = sentences
        self.teams = teams.isEmpty ? ["-"] : teams.sorted()
        self.authors = authors.isEmpty ? ["-"] : authors.sorted()
    }

    /// Writes `count` notes as JSON Lines: 3 to 12 sentences each, teams (with a number, so a
    /// large corpus has many teams) and authors from the corpus, dates over 2024–2025.
    public func writeJSONL(notes count: Int, to sink: OutputSink, seed: UInt64 = 20_250_101) throws {
        var state = seed
        func next(_ n: Int) -> Int {
            // 64-bit LCG (Knuth's MMIX constants); the high bits are the random ones.
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(n))
        }
        let firstDay = Day(year: 2024, month: 1, day: 1).ordinal
        let w = ByteWriter(capacity: 4096)
        var text = ""
        for i in 0..<count {
            text.removeAll(keepingCapacity: true)
            let n = 3 + next(10)
            for k in 0..<n {
                if k > 0 { text += next(6) == 0 ? "\n" : " " }
                text += sentences[next(sentences.count)]
            }
            let team = teams[next(teams.count)] + " " + String(1 + next(8))
            w.removeAll()
            w.beginObject()
            w.field("id", "bench-" + String(i + 1))
            w.field("team", team)
            w.field("author", authors[next(authors.count)] + "-" + String(1 + next(6)))
            w.field("date", Day(ordinal: firstDay + next(731)).iso)
            w.field("text", text)
            w.endObject()
            try sink.write(w.bytes)
            try sink.write([0x0A])
        }
    }
}
