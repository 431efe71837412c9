import Diepgang

struct EvaluateCommand: Command {
    static let spec = CommandSpec(
        name: "evaluate",
        abstract: Localized(nl: "vergelijk de analyse met gouden annotaties", en: "compare the analysis with gold annotations"))

    static func run(_ invocation: Invocation) throws -> ExitCode {
        throw DiepgangError(.software, nl: "nog niet beschikbaar", en: "not available yet")
    }
}
