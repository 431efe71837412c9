import DiepgangCore

/// The text of a Word (`.docx`) or OpenDocument (`.odt`) file: paragraphs, headings, list items
/// and table cells, one per line, with tabs and line breaks kept. Macro-enabled, encrypted and
/// corrupt files are refused with a reason.
///
/// Bounded against zip bombs: the file itself may be at most `maxFileBytes`, and the document
/// XML at most `maxXMLBytes` once unpacked (checked while inflating, not trusted from the header).
public enum OfficeText {
    public enum Kind: Sendable { case docx, odt }

    /// 50 MiB: far above any written reflection note, even with pictures in it.
    public static let maxFileBytes = 50 << 20
    /// 20 MiB of document XML: some 2 million words of Word markup.
    public static let maxXMLBytes = 20 << 20

    /// The kind of office file a path names, by extension; nil for other files.
    public static func kind(ofPath path: String) -> Kind? {
        let lower = path.lowercased()
        if lower.hasSuffix(".docx") || lower.hasSuffix(".docm") || lower.hasSuffix(".dotx") || lower.hasSuffix(".dotm") { return .docx }
        if lower.hasSuffix(".odt") || lower.hasSuffix(".ott") { return .odt }
        return nil
    }

    /// Office extensions a folder of notes is searched for (beside `.txt`).
    public static let folderExtensions: Set<String> = ["docx", "docm", "odt"]

    /// Extracts the text; throws a reason a person can act on.
    public static func text(of bytes: [UInt8], kind: Kind, path: String) throws(ZipArchive.Failure) -> String {
        let lower = path.lowercased()
        if lower.hasSuffix(".docm") || lower.hasSuffix(".dotm") {
            throw ZipArchive.fail("Word-bestand met macro's (.docm) wordt niet gelezen; sla het op als .docx",
                                  "macro-enabled Word file (.docm) is not read; save it as .docx")
        }
        guard bytes.count <= maxFileBytes else {
            throw ZipArchive.fail("groter dan \(maxFileBytes >> 20) MiB", "larger than \(maxFileBytes >> 20) MiB")
        }
        // A password-protected .docx is an OLE compound file, as is the old .doc format.
        if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) {
            throw ZipArchive.fail("versleuteld of in het oude .doc-formaat (OLE); sla het op als .docx zonder wachtwoord",
                                  "encrypted or in the old .doc format (OLE); save it as .docx without a password")
        }
        let zip = try ZipArchive(bytes)
        if let encrypted = zip.entries.first(where: \.isEncrypted) {
            throw ZipArchive.fail("versleuteld (\(encrypted.name))", "encrypted (\(encrypted.name))")
        }
        switch kind {
        case .docx:
            if zip.entries.contains(where: { $0.name.lowercased().hasSuffix("vbaproject.bin") }) {
                throw ZipArchive.fail("bevat macro's (vbaProject.bin); sla het op als .docx zonder macro's",
                                      "contains macros (vbaProject.bin); save it as .docx without macros")
            }
            guard let doc = zip.entry("word/document.xml") else {
                throw ZipArchive.fail("geen Word-document (word/document.xml ontbreekt)", "not a Word document (word/document.xml is missing)")
            }
            return String(decoding: WordXML.text(try zip.contents(of: doc, limit: maxXMLBytes)), as: UTF8.self)
        case .odt:
            if zip.entries.contains(where: { $0.name.hasPrefix("Basic/") || $0.name.hasPrefix("Scripts/") }) {
                throw ZipArchive.fail("bevat macro's (Basic/ of Scripts/)", "contains macros (Basic/ or Scripts/)")
            }
            if let manifest = zip.entry("META-INF/manifest.xml"),
               let m = try? zip.contents(of: manifest, limit: 1 << 20), m.contains(subsequence: Array("encryption-data".utf8)) {
                throw ZipArchive.fail("versleuteld (met wachtwoord opgeslagen)", "encrypted (saved with a password)")
            }
            guard let content = zip.entry("content.xml") else {
                throw ZipArchive.fail("geen OpenDocument-tekst (content.xml ontbreekt)", "not an OpenDocument text (content.xml is missing)")
            }
            return String(decoding: OpenDocumentXML.text(try zip.contents(of: content, limit: maxXMLBytes)), as: UTF8.self)
        }
    }
}

extension Array where Element == UInt8 {
    func contains(subsequence needle: [UInt8]) -> Bool {
        guard !needle.isEmpty, needle.count <= count else { return needle.isEmpty }
        var i = 0
        while i + needle.count <= count {
            if self[i] == needle[0] && self[i..<i + needle.count].elementsEqual(needle) { return true }
            i += 1
        }
        return false
    }
}

/// `word/document.xml` as text: the characters of `w:t` in runs, `w:tab` as a tab, `w:br` and
/// `w:cr` as a line break, one line per paragraph (headings, list items and table cells are
/// paragraphs too). What Word keeps only for its own use is skipped: deleted text (`w:delText`),
/// field codes (`w:instrText`), tab stops, and the fallback copy of a drawing (`mc:Fallback`).
enum WordXML {
    static func text(_ xml: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(xml.count / 6)
        var inText = 0, inRun = 0, fallback = 0
        var paragraphs = 0
        XMLScanner.scan(xml) { event in
            switch event {
            case .start(let name, let attributes, let selfClosing):
                if fallback > 0 || name == "mc:Fallback" {
                    if !selfClosing { fallback += 1 }
                    return
                }
                switch name {
                case "w:t": if !selfClosing { inText += 1 }
                case "w:r": if !selfClosing { inRun += 1 }
                case "w:tab", "w:ptab": if inRun > 0 { out.append(0x09) }
                case "w:cr": if inRun > 0 { out.append(0x0A) }
                case "w:br":
                    // As python-docx: a page or column break is no line of text.
                    let type = XMLScanner.attribute("w:type", in: attributes)
                    if inRun > 0 && (type == nil || type == "textWrapping") { out.append(0x0A) }
                case "w:noBreakHyphen": if inRun > 0 { out.append(UInt8(ascii: "-")) }
                case "w:p":
                    if selfClosing { paragraphs += 1; out.append(0x0A) }
                default: break
                }
            case .end(let name):
                if fallback > 0 {
                    fallback -= 1
                    return
                }
                switch name {
                case "w:t": inText = max(0, inText - 1)
                case "w:r": inRun = max(0, inRun - 1)
                case "w:p": paragraphs += 1; out.append(0x0A)
                default: break
                }
            case .text(let bytes):
                if inText > 0 && fallback == 0 { out.append(contentsOf: bytes) }
            }
        }
        if out.last == 0x0A { out.removeLast() }
        return out
    }
}

/// `content.xml` of an OpenDocument text as text: one line per `text:p` and `text:h` (list
/// items and table cells hold paragraphs), `text:s` as its count of spaces, `text:tab` as a tab,
/// `text:line-break` as a line break. White space in the character data collapses as ODF says.
/// Notes, comments and tracked deletions are skipped.
enum OpenDocumentXML {
    static func text(_ xml: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(xml.count / 6)
        var inParagraph = 0, skipped = 0
        var lastWasSpace = true
        let skip: Set<String> = ["text:note", "office:annotation", "text:tracked-changes", "text:sequence-decls", "office:annotation-end"]
        XMLScanner.scan(xml) { event in
            switch event {
            case .start(let name, let attributes, let selfClosing):
                if skipped > 0 || skip.contains(name) {
                    if !selfClosing { skipped += 1 }
                    return
                }
                switch name {
                case "text:p", "text:h":
                    if selfClosing { out.append(0x0A) } else { inParagraph += 1 }
                    lastWasSpace = true
                case "text:s" where inParagraph > 0:
                    let n = XMLScanner.attribute("text:c", in: attributes).flatMap { Int($0) } ?? 1
                    // Bounded by the XML's own size too: 24 bytes of `<text:s text:c="10000"/>` would
                    // otherwise become 10,000 spaces, and a 51 kB .odt 8.7 GB of text.
                    let room = max(0, xml.count - out.count)
                    out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: min(max(n, 1), 10_000, room)))
                    lastWasSpace = false
                case "text:tab" where inParagraph > 0:
                    out.append(0x09)
                    lastWasSpace = false
                case "text:line-break" where inParagraph > 0:
                    out.append(0x0A)
                    lastWasSpace = true
                default: break
                }
            case .end(let name):
                if skipped > 0 {
                    skipped -= 1
                    return
                }
                if name == "text:p" || name == "text:h" {
                    inParagraph = max(0, inParagraph - 1)
                    out.append(0x0A)
                    lastWasSpace = true
                }
            case .text(let bytes):
                guard inParagraph > 0 && skipped == 0 else { return }
                for b in bytes {
                    if b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D {
                        if !lastWasSpace { out.append(0x20) }
                        lastWasSpace = true
                    } else {
                        out.append(b)
                        lastWasSpace = false
                    }
                }
            }
        }
        if out.last == 0x0A { out.removeLast() }
        return out
    }
}

/// A small non-validating XML scanner over UTF-8 bytes: start and end tags with their qualified
/// names, and character data with the five predefined entities and character references
/// resolved. No DTDs or external entities are ever read (nothing to resolve, nothing to fetch).
enum XMLScanner {
    enum Event {
        case start(name: String, attributes: ArraySlice<UInt8>, selfClosing: Bool)
        case end(name: String)
        case text(ArraySlice<UInt8>)
    }

    static func scan(_ xml: [UInt8], _ handle: (Event) -> Void) {
        var i = 0
        let n = xml.count
        var text: [UInt8] = []
        func flush() {
            if !text.isEmpty { handle(.text(text[...])); text.removeAll(keepingCapacity: true) }
        }
        while i < n {
            let b = xml[i]
            if b == UInt8(ascii: "&") {
                let end = xml[i..<min(n, i + 12)].firstIndex(of: UInt8(ascii: ";"))
                if let end, let decoded = entity(xml[(i + 1)..<end]) {
                    text.append(contentsOf: decoded)
                    i = end + 1
                } else {
                    text.append(b)
                    i += 1
                }
                continue
            }
            if b != UInt8(ascii: "<") {
                text.append(b)
                i += 1
                continue
            }
            flush()
            if starts(xml, i, "<!--") {
                i = find(xml, from: i + 4, "-->").map { $0 + 3 } ?? n
            } else if starts(xml, i, "<![CDATA[") {
                let end = find(xml, from: i + 9, "]]>") ?? n
                handle(.text(xml[(i + 9)..<end]))
                i = min(n, end + 3)
            } else if starts(xml, i, "<?") {
                i = find(xml, from: i + 2, "?>").map { $0 + 2 } ?? n
            } else if starts(xml, i, "<!") {
                // A DOCTYPE (never expanded): skip to its end, past an internal subset.
                var depth = 0
                var j = i + 2
                while j < n {
                    if xml[j] == UInt8(ascii: "[") { depth += 1 } else if xml[j] == UInt8(ascii: "]") { depth -= 1 } else if xml[j] == UInt8(ascii: ">") && depth <= 0 { break }
                    j += 1
                }
                i = j + 1
            } else {
                // A tag: find its end outside quoted attribute values.
                var j = i + 1
                var quote: UInt8 = 0
                while j < n {
                    let c = xml[j]
                    if quote != 0 { if c == quote { quote = 0 } } else if c == UInt8(ascii: "\"") || c == UInt8(ascii: "'") { quote = c } else if c == UInt8(ascii: ">") { break }
                    j += 1
                }
                guard j < n else { break }
                let closing = xml[i + 1] == UInt8(ascii: "/")
                var nameStart = i + (closing ? 2 : 1)
                while nameStart < j && isSpace(xml[nameStart]) { nameStart += 1 }
                var nameEnd = nameStart
                while nameEnd < j && !isSpace(xml[nameEnd]) && xml[nameEnd] != UInt8(ascii: "/") { nameEnd += 1 }
                let name = String(decoding: xml[nameStart..<nameEnd], as: UTF8.self)
                if closing {
                    handle(.end(name: name))
                } else {
                    let selfClosing = j > i + 1 && xml[j - 1] == UInt8(ascii: "/")
                    handle(.start(name: name, attributes: xml[nameEnd..<(selfClosing ? j - 1 : j)], selfClosing: selfClosing))
                }
                i = j + 1
            }
        }
        flush()
    }

    /// The value of an attribute in a tag's attribute bytes (entities resolved).
    static func attribute(_ name: String, in attributes: ArraySlice<UInt8>) -> String? {
        let key = Array(name.utf8)
        var i = attributes.startIndex
        let end = attributes.endIndex
        while i < end {
            while i < end && isSpace(attributes[i]) { i += 1 }
            let nameStart = i
            while i < end && attributes[i] != UInt8(ascii: "=") && !isSpace(attributes[i]) { i += 1 }
            let found = attributes[nameStart..<i].elementsEqual(key)
            while i < end && (isSpace(attributes[i]) || attributes[i] == UInt8(ascii: "=")) { i += 1 }
            guard i < end else { return nil }
            let quote = attributes[i]
            guard quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") else { return nil }
            let valueStart = i + 1
            var valueEnd = valueStart
            while valueEnd < end && attributes[valueEnd] != quote { valueEnd += 1 }
            if found {
                var value: [UInt8] = []
                scan(Array(attributes[valueStart..<valueEnd])) { if case .text(let t) = $0 { value.append(contentsOf: t) } }
                return String(decoding: value, as: UTF8.self)
            }
            i = valueEnd + 1
        }
        return nil
    }

    static func entity(_ name: ArraySlice<UInt8>) -> [UInt8]? {
        switch String(decoding: name, as: UTF8.self) {
        case "amp": return [UInt8(ascii: "&")]
        case "lt": return [UInt8(ascii: "<")]
        case "gt": return [UInt8(ascii: ">")]
        case "quot": return [UInt8(ascii: "\"")]
        case "apos": return [UInt8(ascii: "'")]
        case let s where s.hasPrefix("#x") || s.hasPrefix("#X"):
            return UInt32(s.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init).map { Array(String($0).utf8) }
        case let s where s.hasPrefix("#"):
            return UInt32(s.dropFirst(1)).flatMap(Unicode.Scalar.init).map { Array(String($0).utf8) }
        default: return nil
        }
    }

    static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }

    static func starts(_ xml: [UInt8], _ i: Int, _ s: StaticString) -> Bool {
        let count = s.utf8CodeUnitCount
        guard i + count <= xml.count else { return false }
        let p = s.utf8Start
        for k in 0..<count where xml[i + k] != p[k] { return false }
        return true
    }

    static func find(_ xml: [UInt8], from: Int, _ s: StaticString) -> Int? {
        var i = from
        while i + s.utf8CodeUnitCount <= xml.count {
            if starts(xml, i, s) { return i }
            i += 1
        }
        return nil
    }
}
