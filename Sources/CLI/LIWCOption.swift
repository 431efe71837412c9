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
