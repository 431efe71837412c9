import Diepgang

/// A type an option's value is read as. Enums with `String` raw values get their allowed values
/// (for the parser and `--help`) from their cases, so a format is declared once, as a type.
protocol OptionValue {
    init?(argument: String)
    /// Reads a value or says why it cannot (a type with its own reasons, such as a date, overrides this).
    static func parse(_ text: String, option: String) throws -> Self
    /// The value as it is written on the command line (the default `--help` shows).
    var argument: String { get }
    /// The allowed values when the set is closed; empty for free text and numbers.
    static var choices: [String] { get }
    /// Other spellings users type, mapped to an allowed value ("kwartaal" → "quarter").
    static var aliases: [String: String] { get }
}

extension OptionValue {
    static func parse(_ text: String, option: String) throws -> Self {
        // The parser has checked closed sets already; what is left is free text that a type refuses.
        guard let value = Self(argument: text) else {
            throw DiepgangError(.usage, nl: "ongeldige waarde '\(text)' voor \(option)", en: "invalid value '\(text)' for \(option)")
        }
        return value
    }

    static var choices: [String] { [] }
    static var aliases: [String: String] { [:] }
}

extension OptionValue where Self: RawRepresentable, RawValue == String, Self: CaseIterable {
    init?(argument: String) { self.init(rawValue: argument) }
    var argument: String { rawValue }
    static var choices: [String] { allCases.map(\.rawValue) }
}

extension Double: OptionValue {
    init?(argument: String) {
        guard let x = Double(argument), x.isFinite else { return nil }
        self = x
    }
    var argument: String { "\(self)" }
}

extension String: OptionValue {
    init?(argument: String) { self = argument }
    var argument: String { self }
}

/// A command's options as one typed value: every option declared once, with its help, its
/// type and (through `init()`) its default; `validate()` checks how they fit together, once,
/// before the command runs.
protocol CommandOptions {
    /// The defaults.
    init()
    static var declarations: [OptionDeclaration<Self>] { get }
    /// Checks what a single option cannot check alone (combinations, required options).
    func validate(command: String) throws
}

extension CommandOptions {
    func validate(command: String) throws {}

    /// The declarations as the parser and `--help` read them.
    static var specs: [OptionSpec] { declarations.map(\.spec) }

    /// The typed options from what the parser collected, validated.
    static func make(from parsed: ParsedArguments, command: String) throws -> Self {
        var options = Self()
        for declaration in declarations {
            for value in parsed.values(declaration.spec.name) { try declaration.apply(&options, value) }
        }
        try options.validate(command: command)
        return options
    }
}

/// For commands without options of their own.
struct NoOptions: CommandOptions {
    static var declarations: [OptionDeclaration<NoOptions>] { [] }
}

/// One option of `Root`: how it is shown and parsed (`spec`) and where its value goes.
struct OptionDeclaration<Root> {
    var spec: OptionSpec
    var apply: (inout Root, String) throws -> Void

    /// The same option for a larger set of options that holds `Root` as a part.
    func within<Outer>(_ part: WritableKeyPath<Outer, Root>) -> OptionDeclaration<Outer> {
        let apply = self.apply
        return OptionDeclaration<Outer>(spec: spec) { outer, text in try apply(&outer[keyPath: part], text) }
    }
}

extension OptionDeclaration where Root: CommandOptions {
    /// An option with a value and a default (the field's value in `Root()`).
    static func value<V: OptionValue>(_ name: String, short: Character? = nil, _ field: WritableKeyPath<Root, V>,
                                      placeholder: String, help: Localized) -> Self {
        let spec = OptionSpec(name: name, short: short, value: placeholder, choices: V.choices,
                              defaultValue: Root()[keyPath: field].argument, aliases: V.aliases, help: help)
        return Self(spec: spec) { root, text in root[keyPath: field] = try V.parse(text, option: name) }
    }

    /// An option with a value and no default: absent is `nil`.
    static func value<V: OptionValue>(_ name: String, short: Character? = nil, _ field: WritableKeyPath<Root, V?>,
                                      placeholder: String, help: Localized) -> Self {
        let spec = OptionSpec(name: name, short: short, value: placeholder, choices: V.choices, aliases: V.aliases, help: help)
        return Self(spec: spec) { root, text in root[keyPath: field] = try V.parse(text, option: name) }
    }

    /// An option that may be given several times; the values in the order given.
    static func values<V: OptionValue>(_ name: String, _ field: WritableKeyPath<Root, [V]>,
                                       placeholder: String, help: Localized) -> Self {
        let spec = OptionSpec(name: name, value: placeholder, choices: V.choices, repeatable: true, aliases: V.aliases, help: help)
        return Self(spec: spec) { root, text in root[keyPath: field].append(try V.parse(text, option: name)) }
    }

    /// A whole number in `range`; absent is `nil` (the command decides, e.g. all cores).
    static func number(_ name: String, short: Character? = nil, _ field: WritableKeyPath<Root, Int?>,
                       in range: ClosedRange<Int>, placeholder: String = "N", help: Localized) -> Self {
        let spec = OptionSpec(name: name, short: short, value: placeholder, help: help)
        return Self(spec: spec) { root, text in root[keyPath: field] = try parseNumber(text, in: range, option: name) }
    }

    /// A whole number in `range` with a default.
    static func number(_ name: String, short: Character? = nil, _ field: WritableKeyPath<Root, Int>,
                       in range: ClosedRange<Int>, placeholder: String = "N", help: Localized) -> Self {
        let spec = OptionSpec(name: name, short: short, value: placeholder, defaultValue: String(Root()[keyPath: field]), help: help)
        return Self(spec: spec) { root, text in root[keyPath: field] = try parseNumber(text, in: range, option: name) }
    }

    /// A flag: present or not.
    static func flag(_ name: String, short: Character? = nil, _ field: WritableKeyPath<Root, Bool>, help: Localized) -> Self {
        Self(spec: OptionSpec(name: name, short: short, help: help)) { root, _ in root[keyPath: field] = true }
    }
}

private func parseNumber(_ text: String, in range: ClosedRange<Int>, option: String) throws -> Int {
    guard let n = Int(text), range.contains(n) else {
        throw DiepgangError(.usage, nl: "\(option) verwacht een geheel getal in \(range.lowerBound)…\(range.upperBound), niet '\(text)'",
                            en: "\(option) expects a whole number in \(range.lowerBound)…\(range.upperBound), not '\(text)'")
    }
    return n
}

// The library's closed sets, read as option values by their raw values.
extension NoteFormat: OptionValue {}
extension NoteEncoding: OptionValue {}
extension DateOrder: OptionValue {}
extension PrivacyPolicy: OptionValue {}
