import Diepgang

struct TokenizeCommand: Command {
    static let spec = CommandSpec(
        name: "tokenize",
        abstract: Localized(nl: "splits tekst in tokens en zinnen", en: "split text into tokens and sentences"))

    static func run(_ invocation: Invocation) throws -> ExitCode {
        throw DiepgangError(.software, nl: "nog niet beschikbaar", en: "not available yet")
    }
}
