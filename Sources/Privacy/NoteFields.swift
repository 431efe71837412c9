import DiepgangCore
import DiepgangNotes

/// A finding in some field of a note other than its text: the author, a passed-through field,
/// a front-matter key, or the file name (`jantje-bakker-2025-03-01.txt`). Offsets are into that
/// field's value (for an extra field: its JSON text; for the file name: the name without folders).
public struct FieldFinding: Sendable, Hashable {
    /// "author", the extra field's own name, or "file_name".
    public var field: String
    public var finding: PrivacyFinding
}

extension PrivacyScanner {
    public static let fileNameField = "file_name"

    /// Findings in every field the note passes on besides its text. `fileName` is checked when
    /// the note is a file of its own (a .txt, .docx or .odt note).
    /// `author: false` leaves the author out: in a corpus it is a pseudonym by contract, and
    /// counting every pseudonym as a name would make `batch --privacy refuse` refuse every corpus.
    public func scanFields(of note: Note, fileName: String?, author: Bool = true) -> [FieldFinding] {
        var out: [FieldFinding] = []
        if author, let author = note.author, !author.isEmpty {
            // An author field holds a person: the name check needs no context there.
            for f in scanPersonField(author) { out.append(FieldFinding(field: "author", finding: f)) }
        }
        for e in note.extra {
            let findings = e.json.withUnsafeBufferPointer { scan($0) }
            for f in findings { out.append(FieldFinding(field: e.name, finding: f)) }
        }
        if let fileName {
            for f in scanFileName(fileName) { out.append(FieldFinding(field: Self.fileNameField, finding: f)) }
        }
        return out
    }

    /// A field that names a person ("author"): the value is one name, whatever its case, unless
    /// it is a code ("team-3", "a17") or holds only ordinary words.
    func scanPersonField(_ value: String) -> [PrivacyFinding] {
        let found = scan(value)
        if !found.isEmpty { return found }
        var text = value
        return text.withUTF8 { p -> [PrivacyFinding] in
            let s = Scan(p: p, lex: lexicons.tables)
            s.splitWords()
            let named = s.words.indices.filter { w in
                let r = s.range(w)
                return (s.listedName(w) && !s.ambiguousName(w)) || (r.count >= 3 && !s.lex.commonWords.contains(p, r) && !s.lex.notNames.contains(p, r))
            }
            guard let first = named.first, let last = named.last else { return [] }
            let r = s.words[first].start..<s.words[last].end
            var offsets = ScalarOffsets(p)
            return [PrivacyFinding(kind: .naam, start: offsets.scalarOffset(ofByte: r.lowerBound), end: offsets.scalarOffset(ofByte: r.upperBound),
                                   text: String(decoding: UnsafeBufferPointer(rebasing: p[r]), as: UTF8.self), confidence: 0.8, utf8Range: r)]
        }
    }

    /// Names in a file name: words split at '-', '_' and '.', a listed name (not an ordinary
    /// word) and the listed or unknown words right after it ("jantje-bakker").
    public func scanFileName(_ name: String) -> [PrivacyFinding] {
        var bytes = Array(name.utf8)
        for i in bytes.indices where bytes[i] == 0x2D || bytes[i] == 0x5F || bytes[i] == 0x2E { bytes[i] = 0x20 }
        return bytes.withUnsafeBufferPointer { p -> [PrivacyFinding] in
            let s = Scan(p: p, lex: lexicons.tables)
            s.splitWords()
            var spans: [Range<Int>] = []
            var w = 0
            while w < s.words.count {
                guard s.listedName(w) && !s.ambiguousName(w) else { w += 1; continue }
                var last = w
                // The next word right after one separator: "jantje-bakker", not "…-2025-03-01-txt".
                while last + 1 < s.words.count && s.words[last + 1].start == s.words[last].end + 1 {
                    let r = s.range(last + 1)
                    let surname = s.listedName(last + 1) || s.lex.particles.contains(p, r) || (r.count >= 3 && !s.lex.commonWords.contains(p, r))
                    if !surname { break }
                    last += 1
                }
                // Trailing particles are not part of the name.
                while last > w && s.lex.particles.contains(p, s.range(last)) { last -= 1 }
                spans.append(s.words[w].start..<s.words[last].end)
                w = last + 1
            }
            var offsets = ScalarOffsets(p)
            let original = Array(name.utf8)
            return spans.map { r in
                PrivacyFinding(kind: .naam, start: offsets.scalarOffset(ofByte: r.lowerBound), end: offsets.scalarOffset(ofByte: r.upperBound),
                               text: String(decoding: original[r], as: UTF8.self), confidence: 0.8, utf8Range: r)
            }
        }
    }

    /// The file name of a note that is a file of its own (`.txt`, `.docx`, `.odt`), without folders;
    /// nil for a record of a JSON Lines or CSV file.
    public static func ownFileName(of note: Note) -> String? {
        let name = note.source.file.split(separator: "/").last.map(String.init) ?? note.source.file
        let lower = name.lowercased()
        return lower.hasSuffix(".txt") || lower.hasSuffix(".docx") || lower.hasSuffix(".odt") ? name : nil
    }

    /// What `batch` counts: the text and every field passed on with it (extra fields,
    /// front matter, the file name), the author pseudonym aside.
    public func scanPassedOn(_ note: Note) -> [PrivacyFinding] {
        scan(note.text) + scanFields(of: note, fileName: Self.ownFileName(of: note), author: false).map(\.finding)
    }
}
