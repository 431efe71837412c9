import DiepgangCore
import DiepgangNotes
import Foundation

/// One item of a batch's output, in input order: a processed note, or a record that could not
/// become one (read = processed + rejected; none vanish).
public enum BatchItem<Result: Sendable>: Sendable {
    case processed(Result)
    case rejected(RejectedRecord)
}

/// Counts for the summary at the end.
public struct BatchSummary: Sendable, Equatable {
    public var read = 0
    public var processed = 0
    public var rejected = 0

    public init(read: Int = 0, processed: Int = 0, rejected: Int = 0) {
        self.read = read
        self.processed = processed
        self.rejected = rejected
    }
}

/// The parallel, streaming, ordered batch runner.
///
/// Records are read on the calling thread and grouped in chunks (default 256 notes); `jobs`
/// worker threads process the chunks; the calling thread hands the results to `emit` strictly in
/// input order. At most `2 × jobs + 1` chunks are in flight, so memory stays bounded however
/// large the corpus, and the output is the same byte for byte whatever `jobs` is.
public struct BatchRunner: Sendable {
    public var jobs: Int
    public var chunkSize: Int

    public init(jobs: Int = ProcessInfo.processInfo.activeProcessorCount, chunkSize: Int = 256) {
        self.jobs = max(1, jobs)
        self.chunkSize = max(1, chunkSize)
    }

    public var maxChunksInFlight: Int { 2 * jobs + 1 }

    /// Runs the batch. `next` yields the input records (nil at the end); `process` turns a note
    /// into a result on some worker; `emit` receives every item in input order on the calling
    /// thread; `progress` is told the summary so far after each chunk. Errors thrown by `next`,
    /// `emit` or `progress` stop the workers and are rethrown.
    public func run<Result: Sendable>(
        next: () throws -> NoteRecord?,
        process: @escaping @Sendable (Note) -> Result,
        emit: (BatchItem<Result>) throws -> Void,
        progress: ((BatchSummary) throws -> Void)? = nil
    ) throws -> BatchSummary {
        var summary = BatchSummary()
        func account(_ items: [BatchItem<Result>]) throws {
            for item in items {
                switch item {
                case .processed: summary.processed += 1
                case .rejected: summary.rejected += 1
                }
                summary.read += 1
                try emit(item)
            }
            try progress?(summary)
        }

        if jobs == 1 {
            // One core: no threads at all, the same chunking, so the bytes are the same.
            var chunk: [NoteRecord] = []
            chunk.reserveCapacity(chunkSize)
            while let record = try next() {
                chunk.append(record)
                if chunk.count == chunkSize {
                    try account(BatchRunner.work(chunk, process))
                    chunk.removeAll(keepingCapacity: true)
                }
            }
            if !chunk.isEmpty { try account(BatchRunner.work(chunk, process)) }
            return summary
        }

        let queue = ChunkQueue<Result>()
        let finished = DispatchGroup()
        for i in 0..<jobs {
            finished.enter()
            let thread = Thread {
                queue.workLoop(process)
                finished.leave()
            }
            thread.name = "diepgang-batch-\(i + 1)"
            thread.stackSize = 8 << 20
            thread.start()
        }
        defer {
            queue.close(discardingPending: true)
            finished.wait()
        }

        var submitted = 0
        var emitted = 0
        var chunk: [NoteRecord] = []
        chunk.reserveCapacity(chunkSize)

        func submit() throws {
            // Wait for room, emitting finished chunks (in order) while waiting.
            while submitted - emitted >= maxChunksInFlight {
                try account(queue.waitForResult(emitted))
                emitted += 1
            }
            queue.push(index: submitted, records: chunk)
            submitted += 1
            chunk = []
            chunk.reserveCapacity(chunkSize)
            while let ready = queue.takeResultIfReady(emitted) {
                try account(ready)
                emitted += 1
            }
        }

        while let record = try next() {
            chunk.append(record)
            if chunk.count == chunkSize { try submit() }
        }
        if !chunk.isEmpty { try submit() }
        queue.close(discardingPending: false)
        while emitted < submitted {
            try account(queue.waitForResult(emitted))
            emitted += 1
        }
        return summary
    }

    static func work<Result: Sendable>(_ records: [NoteRecord], _ process: (Note) -> Result) -> [BatchItem<Result>] {
        records.map { record in
            switch record {
            case .note(let note): return .processed(process(note))
            case .rejected(let r): return .rejected(r)
            }
        }
    }
}

/// Chunks waiting for a worker, and results waiting to be emitted, under one lock.
final class ChunkQueue<Result: Sendable>: @unchecked Sendable {
    private let condition = NSCondition()
    private var pending: [(index: Int, records: [NoteRecord])] = []
    private var pendingHead = 0
    private var results: [Int: [BatchItem<Result>]] = [:]
    private var closed = false

    func push(index: Int, records: [NoteRecord]) {
        condition.lock()
        pending.append((index, records))
        condition.broadcast()
        condition.unlock()
    }

    func close(discardingPending: Bool) {
        condition.lock()
        closed = true
        if discardingPending {
            pending.removeAll()
            pendingHead = 0
        }
        condition.broadcast()
        condition.unlock()
    }

    func waitForResult(_ index: Int) -> [BatchItem<Result>] {
        condition.lock()
        defer { condition.unlock() }
        while true {
            if let r = results.removeValue(forKey: index) { return r }
            condition.wait()
        }
    }

    func takeResultIfReady(_ index: Int) -> [BatchItem<Result>]? {
        condition.lock()
        defer { condition.unlock() }
        return results.removeValue(forKey: index)
    }

    func workLoop(_ process: (Note) -> Result) {
        while true {
            condition.lock()
            while pendingHead == pending.count && !closed { condition.wait() }
            if pendingHead == pending.count {
                condition.unlock()
                return
            }
            let job = pending[pendingHead]
            pending[pendingHead].records = []
            pendingHead += 1
            if pendingHead > 64 && pendingHead * 2 > pending.count {
                pending.removeFirst(pendingHead)
                pendingHead = 0
            }
            condition.unlock()

            let out = BatchRunner.work(job.records, process)

            condition.lock()
            results[job.index] = out
            condition.broadcast()
            condition.unlock()
        }
    }
}
