import Diepgang

struct LexiconCommand: Command {
    static let spec = CommandSpec(
        name: "lexicon",
        abstract: Localized(nl: "bekijk, controleer en exporteer lexicons", en: "list, check and export lexicons"),
        subcommands: [])
}
