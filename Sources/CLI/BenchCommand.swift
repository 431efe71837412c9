import Diepgang

struct BenchCommand: Command {
    static let spec = CommandSpec(
        name: "bench",
        abstract: Localized(nl: "meet de snelheid", en: "measure speed"))

    static func run(_ invocation: Invocation) throws -> ExitCode {
        throw DiepgangError(.software, nl: "nog niet beschikbaar", en: "not available yet")
    }
}
