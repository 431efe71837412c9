import Diepgang

/// `--dic FILE`: a user's LIWC dictionary scored next to our own analysis (JSON: `liwc`; CSV:
/// `liwc_wc` and `liwc_CATEGORY` columns after ours).
enum LIWCOption {
    static let spec = OptionSpec(name: "--dic", value: "BESTAND",
                                 help: Localized(nl: "eigen LIWC-woordenboek (.dic): procent woorden per categorie, in JSON onder 'liwc', in CSV als kolommen liwc_…",
                                                 en: "own LIWC dictionary (.dic): percent of words per category, in JSON under 'liwc', in CSV as columns liwc_…"))

    static func load(_ args: ParsedArguments) throws -> LIWCDictionary? {
        try args.value("--dic").map { try LIWCDictionary.load(path: $0) }
    }
}

extension Analysis {
    /// Adds the LIWC scores of the note's text as the extra field `liwc`.
    /// In place, and the tokenizer only fetched with a dictionary: a copy of the analysis per note
    /// (all its arrays retained, then released) cost more than writing most of its fields.
    mutating func addLIWC(_ dictionary: LIWCDictionary?, text: String, tokenizer: @autoclosure () -> Tokenizer) {
        guard let dictionary else { return }
        extra.append(ExtraField(name: "liwc", json: dictionary.score(text, tokenizer: tokenizer()).json))
    }
}

extension LIWCDictionary {
    /// The CSV columns of the scores: the word count, then each category as the dictionary names it.
    var csvColumns: [String] { ["liwc_wc"] + categories.map { "liwc_" + $0.name } }

    /// The CSV fields of one note's scores, in the order of `csvColumns`.
    func csvFields(_ text: String, tokenizer: Tokenizer) -> [String] {
        let scores = score(text, tokenizer: tokenizer)
        return [String(scores.wordCount)] + scores.percentages.map { JSONWriter.format($0.percent, digits: 2) }
    }
}
