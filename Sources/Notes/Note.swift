import DiepgangCore

/// Where a record came from: the file (or "-" for stdin) and the 1-based line it starts on.
public struct SourceLocation: Sendable, Hashable, CustomStringConvertible {
    public var file: String
    public var line: Int

    public init(file: String, line: Int) {
        self.file = file
        self.line = line
    }

    public var description: String { "\(file):\(line)" }
}

/// A reflection note, as `docs/OUTPUT.md` defines it. Fields other than the five known ones are
/// kept in `extra`, in input order, and passed through to the output unchanged.
public struct Note: Sendable {
    public var id: String
    public var team: String?
    public var author: String?
    /// ISO 8601 calendar date (yyyy-mm-dd), checked on input.
    public var date: String?
    public var text: String
    /// Other fields: name and the value as JSON text (a CSV cell becomes a JSON string).
    public var extra: [ExtraField]
    public var source: SourceLocation

    public init(id: String, team: String? = nil, author: String? = nil, date: String? = nil, text: String,
                extra: [ExtraField] = [], source: SourceLocation = SourceLocation(file: "-", line: 1)) {
        self.id = id
        self.team = team
        self.author = author
        self.date = date
        self.text = text
        self.extra = extra
        self.source = source
    }
}

/// A passed-through field: its name and its value encoded as JSON.
public struct ExtraField: Sendable, Hashable {
    public var name: String
    public var json: [UInt8]

    public init(name: String, json: [UInt8]) {
        self.name = name
        self.json = json
    }
}

/// A record that could not be turned into a note: where, and why. None vanish.
public struct RejectedRecord: Sendable, CustomStringConvertible {
    public var source: SourceLocation
    public var reason: Localized

    public init(source: SourceLocation, reason: Localized) {
        self.source = source
        self.reason = reason
    }

    public var description: String { "\(source): \(reason.nl)" }
}
