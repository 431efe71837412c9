extension UnsafeMutableBufferPointer {
    /// Sorts the elements from `start` on into the (already ordered) ones before them, one by one,
    /// keeping equal elements in their order. Meant for runs that are nearly in order (the cues by
    /// position, with a few proposals or ties out of place) or short (a sentence's cues by weight):
    /// there it costs a few comparisons an element, where the library's sort sets up runs, allocates
    /// and merges. When more than a few moves per element are needed it
    /// stops and returns false: the buffer then holds the same elements, equal ones still in their
    /// first order, so a stable sort of it gives the same result as one of the original.
    func insertionSort(from start: Int, by areInIncreasingOrder: (Element, Element) -> Bool) -> Bool {
        var budget = 8 * count + 64
        var i = Swift.max(start, 1)
        while i < count {
            let x = self[i]
            var j = i
            while j > 0 && areInIncreasingOrder(x, self[j - 1]) {
                self[j] = self[j - 1]
                j -= 1
            }
            self[j] = x
            budget -= i - j
            if budget < 0 { return false }
            i += 1
        }
        return true
    }
}
