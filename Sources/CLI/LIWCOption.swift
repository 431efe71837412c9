import Diepgang

/// `--dic FILE`: a user's LIWC dictionary scored next to our own analysis (JSON: `liwc`; CSV:
/// `liwc_wc` and `liwc_CATEGORY` columns after ours).
enum LIWCOption {
    static func dictionary<Root: CommandOptions>(_ field: WritableKeyPath<Root, String?>) -> OptionDeclaration<Root> {
        .value("--dic", field, placeholder: "BESTAND",
               help: Localized(nl: "eigen LIWC-woordenboek (.dic): procent woorden per categorie, in JSON onder 'liwc', in CSV als kolommen liwc_…",
                               en: "own LIWC dictionary (.dic): percent of words per category, in JSON under 'liwc', in CSV as columns liwc_…"))
    }

    static func load(_ path: String?) throws -> LIWCDictionary? {
        try path.map { try LIWCDictionary.load(path: $0) }
    }
}

extension Analysis {
    /// Adds the LIWC scores of the note's text as the extra field `liwc`.
    func addingLIWC(_ dictionary: LIWCDictionary?, text: String, tokenizer: Tokenizer) -> Analysis {
        guard let dictionary else { return self }
        var copy = self
        copy.extra.append(ExtraField(name: "liwc", json: dictionary.score(text, tokenizer: tokenizer).json))
        return copy
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
