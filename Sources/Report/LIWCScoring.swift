import DiepgangCore
import DiepgangLexicon
import DiepgangTokenizer

/// `--dic FILE`: a user's LIWC dictionary scored next to our own analysis, as the printers write
/// it (JSON: the field `liwc`; CSV: `liwc_wc` and `liwc_CATEGORY` columns after ours).
public struct LIWCScoring: Sendable {
    public var dictionary: LIWCDictionary
    public var tokenizer: Tokenizer

    public init(dictionary: LIWCDictionary, tokenizer: Tokenizer) {
        self.dictionary = dictionary
        self.tokenizer = tokenizer
    }

    /// The scores of a note's text as a JSON object.
    public func json(_ text: String) -> [UInt8] {
        dictionary.score(text, tokenizer: tokenizer).json
    }

    /// The CSV columns of the scores: the word count, then each category as the dictionary names it.
    public var csvColumns: [String] { ["liwc_wc"] + dictionary.categories.map { "liwc_" + $0.name } }

    /// The CSV fields of one note's scores, in the order of `csvColumns`.
    public func csvFields(_ text: String) -> [String] {
        let scores = dictionary.score(text, tokenizer: tokenizer)
        return [String(scores.wordCount)] + scores.percentages.map { ByteWriter.format($0.percent, digits: 2) }
    }
}
