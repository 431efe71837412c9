import Diepgang

struct TrendsCommand: Command {
    static let spec = CommandSpec(
        name: "trends",
        abstract: Localized(nl: "ontwikkeling van diepgang per team en periode", en: "depth trends per team and period"))

    static func run(_ invocation: Invocation) throws -> ExitCode {
        throw DiepgangError(.software, nl: "nog niet beschikbaar", en: "not available yet")
    }
}
