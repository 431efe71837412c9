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
/// Records are read on the calling thread and grouped in chunks (default 64 notes); `jobs`
/// worker threads process the chunks; the calling thread hands the results to `emit` strictly in
/// input order. At most `2 × jobs + 1` chunks are in flight, so memory stays bounded however
/// large the corpus, and the output is the same byte for byte whatever `jobs` is.
public struct BatchRunner: Sendable {
    public var jobs: Int
    public var chunkSize: Int

    /// Chunks of 64: the lock is taken once per 64 notes, and at the end of a run the other
    /// workers wait for at most one small chunk (with 256, a 10,000-note run lost ~5% that way).
    public init(jobs: Int = ProcessInfo.processInfo.activeProcessorCount, chunkSize: Int = 64) {
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
        try run(workspace: {}, next: next, process: { note, _ in process(note) }, emit: emit, progress: progress)
    }

    /// As `run(next:process:emit:progress:)`, with one workspace per worker thread that `process`
    /// uses from note to note (buffers that keep their capacity: `AnalysisWorkspace`).
    /// `makeWorkspace` is called once per worker.
    public func run<Result: Sendable, Workspace>(
        workspace makeWorkspace: @escaping @Sendable () -> Workspace,
        next: () throws -> NoteRecord?,
        process: @escaping @Sendable (Note, inout Workspace) -> Result,
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

        var chunk: [NoteRecord] = []
        chunk.reserveCapacity(chunkSize)
        try pipeline(
            nextJob: { () throws -> [NoteRecord]? in
                while let record = try next() {
                    chunk.append(record)
                    if chunk.count == chunkSize { break }
                }
                if chunk.isEmpty { return nil }
                defer { chunk = []; chunk.reserveCapacity(chunkSize) }
                return chunk
            },
            workspace: makeWorkspace,
            work: { (records: [NoteRecord], workspace: inout Workspace) -> [BatchItem<Result>] in
                BatchRunner.work(records, &workspace, process)
            },
            consume: account)
        return summary
    }

    /// Runs the batch over the batches of a source: the workers parse the input as well as process
    /// the notes, so no stage runs on one thread alone. Duplicate ids are checked here, in input
    /// order, so the output is the same for any `jobs`. Otherwise as `run(workspace:next:…)`.
    /// Inlinable, so a caller in another module gets it specialised for its result type: the
    /// per-note loops then hold their items directly, not through the generic value witnesses.
    @inlinable
    public func run<Result: Sendable, Workspace>(
        batches: NoteBatches,
        workspace makeWorkspace: @escaping @Sendable () -> Workspace,
        process: @escaping @Sendable (Note, inout Workspace) -> Result,
        emit: (BatchItem<Result>) throws -> Void,
        progress: ((BatchSummary) throws -> Void)? = nil
    ) throws -> BatchSummary {
        var summary = BatchSummary()
        try pipeline(
            nextJob: { batches.next() },
            workspace: makeWorkspace,
            work: { batch, workspace in
                let read = batch.readWithNotices()
                let done = BatchRunner.workKeepingIdentities(read.records, &workspace, process)
                return (done.items, done.identities, read.notices)
            },
            consume: { (items: [BatchItem<Result>], identities: [NoteIdentity], notices: [ReadNotice]) in
                batches.pass(notices)
                var k = 0
                for item in items {
                    switch item {
                    case .processed:
                        let identity = identities[k]
                        k += 1
                        if let duplicate = batches.duplicate(of: identity) {
                            summary.rejected += 1
                            summary.read += 1
                            try emit(.rejected(duplicate))
                            continue
                        }
                        summary.processed += 1
                    case .rejected:
                        summary.rejected += 1
                    }
                    summary.read += 1
                    try emit(item)
                }
                try progress?(summary)
            })
        return summary
    }

    /// The engine: `nextJob` on the calling thread, `work` on `jobs` threads (or inline for one),
    /// `consume` on the calling thread in job order, at most `maxChunksInFlight` jobs at a time.
    @inlinable
    func pipeline<Job: Sendable, Output: Sendable, Workspace>(
        nextJob: () throws -> Job?,
        workspace makeWorkspace: @escaping @Sendable () -> Workspace,
        work: @escaping @Sendable (Job, inout Workspace) -> Output,
        consume: (Output) throws -> Void
    ) throws {
        if jobs == 1 {
            // One core: no threads at all; the output is the same.
            var workspace = makeWorkspace()
            while let job = try nextJob() { try consume(work(job, &workspace)) }
            return
        }

        let queue = ChunkQueue<Job, Output>()
        let finished = DispatchGroup()
        for i in 0..<jobs {
            finished.enter()
            let thread = Thread {
                queue.workLoop(makeWorkspace, work)
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
        while let job = try nextJob() {
            // Wait for room, consuming finished jobs (in order) while waiting.
            while submitted - emitted >= maxChunksInFlight {
                try consume(queue.waitForResult(emitted))
                emitted += 1
            }
            queue.push(index: submitted, job: job)
            submitted += 1
            while let ready = queue.takeResultIfReady(emitted) {
                try consume(ready)
                emitted += 1
            }
        }
        queue.close(discardingPending: false)
        while emitted < submitted {
            try consume(queue.waitForResult(emitted))
            emitted += 1
        }
    }

    @inlinable
    static func work<Result: Sendable, Workspace>(_ records: [NoteRecord], _ workspace: inout Workspace,
                                                  _ process: (Note, inout Workspace) -> Result) -> [BatchItem<Result>] {
        workKeepingIdentities(records, &workspace, process).items
    }

    /// The items, and the identities of the processed notes (for the duplicate check in order).
    @inlinable
    static func workKeepingIdentities<Result: Sendable, Workspace>(_ records: [NoteRecord], _ workspace: inout Workspace,
                                                                   _ process: (Note, inout Workspace) -> Result)
        -> (items: [BatchItem<Result>], identities: [NoteIdentity]) {
        var items: [BatchItem<Result>] = []
        var identities: [NoteIdentity] = []
        items.reserveCapacity(records.count)
        identities.reserveCapacity(records.count)
        for record in records {
            switch record {
            case .note(let note):
                items.append(.processed(process(note, &workspace)))
                identities.append(NoteIdentity(note))
            case .rejected(let r): items.append(.rejected(r))
            }
        }
        return (items, identities)
    }
}

/// Jobs waiting for a worker, and outputs waiting to be consumed, under one lock.
@usableFromInline
final class ChunkQueue<Job: Sendable, Output: Sendable>: @unchecked Sendable {
    private let condition = NSCondition()
    private var pending: [(index: Int, job: Job?)] = []
    private var pendingHead = 0
    private var results: [Int: Output] = [:]
    private var closed = false

    @usableFromInline
    init() {}

    @usableFromInline
    func push(index: Int, job: Job) {
        condition.lock()
        pending.append((index, job))
        condition.broadcast()
        condition.unlock()
    }

    @usableFromInline
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

    @usableFromInline
    func waitForResult(_ index: Int) -> Output {
        condition.lock()
        defer { condition.unlock() }
        while true {
            if let r = results.removeValue(forKey: index) { return r }
            condition.wait()
        }
    }

    @usableFromInline
    func takeResultIfReady(_ index: Int) -> Output? {
        condition.lock()
        defer { condition.unlock() }
        return results.removeValue(forKey: index)
    }

    @usableFromInline
    func workLoop<Workspace>(_ makeWorkspace: () -> Workspace, _ work: (Job, inout Workspace) -> Output) {
        var workspace = makeWorkspace()
        while true {
            condition.lock()
            while pendingHead == pending.count && !closed { condition.wait() }
            if pendingHead == pending.count {
                condition.unlock()
                return
            }
            let (index, job) = pending[pendingHead]
            pending[pendingHead].job = nil
            pendingHead += 1
            if pendingHead > 64 && pendingHead * 2 > pending.count {
                pending.removeFirst(pendingHead)
                pendingHead = 0
            }
            condition.unlock()

            let out = work(job!, &workspace)

            condition.lock()
            results[index] = out
            condition.broadcast()
            condition.unlock()
        }
    }
}
