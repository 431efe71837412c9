import Diepgang

/// `--dic FILE`: a user's LIWC dictionary scored next to our own analysis (JSON output: `liwc`).
enum LIWCOption {
    static let spec = OptionSpec(name: "--dic", value: "BESTAND",
                                 help: Localized(nl: "eigen LIWC-woordenboek (.dic): procent woorden per categorie, in JSON-uitvoer onder 'liwc'",
                                                 en: "own LIWC dictionary (.dic): percent of words per category, in JSON output under 'liwc'"))

    static func load(_ args: ParsedArguments) throws -> LIWCDictionary? {
        try args.value("--dic").map { try LIWCDictionary.load(path: $0) }
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
