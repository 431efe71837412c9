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
