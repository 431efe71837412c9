/// Exit codes in the sysexits style, documented in the README.
public enum ExitCode: Int32, Sendable {
    case success = 0
    /// Analysis ran but a requested condition failed (e.g. `--privacy refuse` found personal data).
    case failure = 1
    /// Unknown command or flag, missing or malformed argument.
    case usage = 2
    /// Input data was malformed: some records were rejected (the rest was processed).
    case dataError = 65
    /// An input file or folder does not exist or cannot be opened.
    case noInput = 66
    /// An internal error: a bug.
    case software = 70
    /// Output could not be written (full disk, read-only folder, closed pipe).
    case ioError = 74
}

/// An error that ends a command with a message for the user and an exit code.
public struct DiepgangError: Error, Sendable, CustomStringConvertible {
    public var code: ExitCode
    public var message: Localized
    /// Set when the message should not be printed (a closed pipe: the reader went away on purpose).
    public var quiet: Bool

    public init(_ code: ExitCode, _ message: Localized, quiet: Bool = false) {
        self.code = code
        self.message = message
        self.quiet = quiet
    }

    public init(_ code: ExitCode, nl: String, en: String) {
        self.init(code, Localized(nl: nl, en: en))
    }

    public var description: String { message.nl }
}
