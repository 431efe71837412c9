extension Array {
    /// `count` copies of `value`, in the array's existing memory when it is large enough: the
    /// per-token arrays of an analysis are refilled for every note.
    ///
    /// The elements already there are overwritten with a plain fill and only the part beyond them
    /// is appended: appending a repeated value goes element by element, through the generic path.
    @inlinable
    public mutating func reset(repeating value: Element, count: Int) {
        let kept = Swift.min(self.count, count)
        if self.count > count { removeLast(self.count - count) }
        withUnsafeMutableBufferPointer { $0.update(repeating: value) }
        if count > kept { append(contentsOf: repeatElement(value, count: count - kept)) }
    }
}
