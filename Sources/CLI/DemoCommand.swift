import Diepgang

struct DemoCommand: Command {
    static let spec = CommandSpec(
        name: "demo",
        abstract: Localized(nl: "analyseer het meegeleverde corpus en toon een overzicht", en: "analyse the bundled corpus and show an overview"))

    static func run(_ invocation: Invocation) throws -> ExitCode {
        throw DiepgangError(.software, nl: "nog niet beschikbaar", en: "not available yet")
    }
}
