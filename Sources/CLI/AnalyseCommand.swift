import Diepgang

struct AnalyseCommand: Command {
    static let spec = CommandSpec(
        name: "analyse",
        abstract: Localized(nl: "analyseer verslagen: piekeren of reflecteren, spiraalfasen, waarom-vragen, diepgang", en: "analyse notes: brooding or reflecting, spiral phases, why-questions, depth"))

    static func run(_ invocation: Invocation) throws -> ExitCode {
        throw DiepgangError(.software, nl: "nog niet beschikbaar", en: "not available yet")
    }
}
