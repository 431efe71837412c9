import Foundation

/// Results written by index from concurrent workers (`DispatchQueue.concurrentPerform`) and read
/// once they are all in, in index order; a slot nobody wrote stays nil.
public final class IndexedResults<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [Value?]

    public init(count: Int) { slots = Array(repeating: nil, count: count) }

    public func set(_ i: Int, _ value: Value?) {
        lock.lock()
        slots[i] = value
        lock.unlock()
    }

    public var values: [Value?] {
        lock.lock()
        defer { lock.unlock() }
        return slots
    }
}
