/// How a CSV file is written: the plain standard (comma, decimal point, no byte-order mark), or
/// the dialect Dutch Excel opens with a double click (`excel-nl`: semicolon, decimal comma,
/// UTF-8 byte-order mark, CRLF). One value passed to every CSV writer.
public struct CSVStyle: Sendable, Equatable {
    public var delimiter: UInt8
    public var decimalComma: Bool
    public var byteOrderMark: Bool
    public var lineEnd: [UInt8]

    public init(delimiter: UInt8 = UInt8(ascii: ","), decimalComma: Bool = false, byteOrderMark: Bool = false, lineEnd: [UInt8] = [0x0A]) {
        self.delimiter = delimiter
        self.decimalComma = decimalComma
        self.byteOrderMark = byteOrderMark
        self.lineEnd = lineEnd
    }

    /// Comma, decimal point, line feed.
    public static let standard = CSVStyle()
    /// Semicolon, decimal comma, UTF-8 byte-order mark, CRLF: what Dutch Excel expects.
    public static let excelNL = CSVStyle(delimiter: UInt8(ascii: ";"), decimalComma: true, byteOrderMark: true, lineEnd: [0x0D, 0x0A])

    /// The names `--csv-style` accepts.
    public static let names = ["standard", "excel-nl"]

    public init?(name: String) {
        switch name.lowercased() {
        case "standard", "standaard", "rfc4180": self = .standard
        case "excel-nl", "excel": self = .excelNL
        default: return nil
        }
    }

    /// The bytes that open the file (the byte-order mark, if any).
    public var preamble: [UInt8] { byteOrderMark ? [0xEF, 0xBB, 0xBF] : [] }

    /// A decimal number as written by `ByteWriter.format` ("0.25"), in this style ("0,25").
    public func decimal(_ number: String) -> String {
        guard decimalComma else { return number }
        return String(number.map { $0 == "." ? "," : $0 })
    }

    /// Appends one cell, quoted when it holds the delimiter, a quote or a line break (and, in
    /// comma files, a semicolon, so a reader that guesses the delimiter is not misled). A decimal
    /// comma in a semicolon file stays unquoted, so Excel reads it as a number.
    public func appendCell(_ field: String, into bytes: inout [UInt8]) {
        let comma = delimiter == UInt8(ascii: ",")
        let needsQuotes = field.utf8.contains {
            $0 == delimiter || (comma && $0 == UInt8(ascii: ";")) || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D
        }
        guard needsQuotes else { bytes.append(contentsOf: field.utf8); return }
        bytes.append(UInt8(ascii: "\""))
        for b in field.utf8 {
            if b == UInt8(ascii: "\"") { bytes.append(b) }
            bytes.append(b)
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// Appends a whole row and the line end.
    public func appendRow(_ fields: [String], into bytes: inout [UInt8]) {
        for (i, f) in fields.enumerated() {
            if i > 0 { bytes.append(delimiter) }
            appendCell(f, into: &bytes)
        }
        bytes.append(contentsOf: lineEnd)
    }
}
