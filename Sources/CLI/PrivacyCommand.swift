import Diepgang

struct PrivacyCommand: Command {
    static let spec = CommandSpec(
        name: "privacy",
        abstract: Localized(nl: "zoek persoonsgegevens in een 'geanonimiseerd' corpus", en: "find personal data in an 'anonymised' corpus"))

    static func run(_ invocation: Invocation) throws -> ExitCode {
        throw DiepgangError(.software, nl: "nog niet beschikbaar", en: "not available yet")
    }
}
