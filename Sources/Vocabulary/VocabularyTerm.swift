import DiepgangCore

/// An enum whose cases are the rows of one kind in `Lexicons/vocabulary.tsv`, in the same order:
/// the cases give the compiler the terms, the file gives them their keys' names.
public protocol VocabularyTerm: CaseIterable, Hashable, Sendable where AllCases == [Self] {
    static var kind: VocabularyKind { get }
    /// The key in the file, in JSON and CSV.
    var key: String { get }
}

extension VocabularyTerm {
    /// Position among the cases (and so among the file's rows of this kind): read from the case
    /// itself, not searched. A case of an enum without payloads is stored as its declaration
    /// index; every vocabulary enum has between 2 and 256 cases, so that index is one byte
    /// (`VocabularyTests` checks it against `allCases` for every case).
    @inlinable
    public var index: Int {
        precondition(MemoryLayout<Self>.size == 1)
        return Int(unsafeBitCast(self, to: UInt8.self))
    }

    /// Position of the kind among `VocabularyKind`'s cases, read the same way (not searched: every
    /// name in every reason passes here, and `allCases` is built anew on each call).
    static var kindIndex: Int {
        precondition(MemoryLayout<VocabularyKind>.size == 1)
        return Int(unsafeBitCast(kind, to: UInt8.self))
    }

    /// This term's row in the built-in vocabulary.
    public var row: VocabularyRow { VocabularyFile.builtIn.row(self) }

    /// The name people read, in Dutch and English.
    public var name: Localized { row.name }
}

extension VocabularyTerm where Self: RawRepresentable, RawValue == String {
    public var key: String { rawValue }
}
