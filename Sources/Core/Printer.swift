/// The one interface of every output format, as ripgrep's printers share one `Sink`: what comes
/// before the first item, each item, and what comes after the last. A printer writes into a
/// `ByteWriter`; whoever drives it moves the bytes on (to a file, stdout, an HTTP response), so
/// a command only wires a source to a printer.
public protocol Printer<Item> {
    associatedtype Item
    /// Before the first item: a header, an opening bracket. Nothing for most formats.
    mutating func begin(into out: ByteWriter)
    /// One item. A printer that needs every item first (a table above the notes) keeps them
    /// and writes at `end`.
    mutating func write(_ item: Item, into out: ByteWriter)
    /// After the last item: a closing bracket, a summary.
    mutating func end(into out: ByteWriter)
}

extension Printer {
    public mutating func begin(into out: ByteWriter) {}
    public mutating func end(into out: ByteWriter) {}

    /// Every item at once, begin to end, by a fresh copy of this printer: for outputs of one
    /// item (a trend report) and for tests.
    public func print<S: Sequence>(_ items: S) -> [UInt8] where S.Element == Item {
        var printer = self
        let out = ByteWriter()
        printer.begin(into: out)
        for item in items { printer.write(item, into: out) }
        printer.end(into: out)
        return out.bytes
    }
}

/// A printer whose items print independently of each other (JSON Lines, CSV rows): `record`
/// may run on any thread, each with its own buffer, and the records are put in order later, with
/// `separate` before each. The parallel pipeline formats on its workers this way; `write` is
/// both steps at once.
public protocol RecordPrinter<Item>: Printer, Sendable {
    /// One item's bytes, the same wherever it stands in the output.
    func record(_ item: Item, into out: ByteWriter)
    /// What goes before the next record (a JSON array's comma). Nothing by default.
    mutating func separate(into out: ByteWriter)
}

extension RecordPrinter {
    public mutating func separate(into out: ByteWriter) {}

    public mutating func write(_ item: Item, into out: ByteWriter) {
        separate(into: out)
        record(item, into: out)
    }
}

/// Prints nothing: for runs whose only output goes elsewhere (a redacted copy).
public struct NoOutput<Item>: Printer {
    public init() {}
    public mutating func write(_ item: Item, into out: ByteWriter) {}
}
