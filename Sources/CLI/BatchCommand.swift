import Diepgang

struct BatchCommand: Command {
    static let spec = CommandSpec(
        name: "batch",
        abstract: Localized(nl: "analyseer grote corpora parallel naar JSON Lines of CSV", en: "analyse large corpora in parallel to JSON Lines or CSV"))

    static func run(_ invocation: Invocation) throws -> ExitCode {
        throw DiepgangError(.software, nl: "nog niet beschikbaar", en: "not available yet")
    }
}
