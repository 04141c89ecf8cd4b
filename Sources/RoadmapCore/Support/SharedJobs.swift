#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Numbered jobs done on this thread and one other, each thread taking the next job not yet
/// taken.
///
/// On a shared host one core can run at half the speed of the other for a whole parse. Fixed
/// halves then leave the faster thread waiting for the slower one; with many jobs taken in
/// turn, the slower core simply does fewer of them.
enum SharedJobs {
    /// `job(index)` for each index in `0..<count`, in index order. Without a thread (`onThread`
    /// false, or the system refuses one) every job runs here, in order.
    static func run<Value: Sendable>(_ count: Int, onThread: Bool = true, _ job: @escaping @Sendable (Int) -> Value) -> [Value] {
        var values: [Value] = []
        values.reserveCapacity(count)
        return run(count, onThread: onThread, into: values, job) { $0.append($1) }
    }

    /// `initial` with `job(index)` for each index in `0..<count` folded in, in index order.
    ///
    /// The jobs' values are folded in as soon as every value before them has been, by the
    /// thread that finds them ready, while the other thread goes on with the next job: when
    /// the last job is done, little folding is left. Folds never run at the same time, so `fold`
    /// needs no lock of its own.
    static func run<Value: Sendable, Folded: Sendable>(
        _ count: Int, onThread: Bool = true, into initial: Folded, _ job: @escaping @Sendable (Int) -> Value,
        folding fold: @escaping @Sendable (inout Folded, consuming Value) -> Void
    ) -> Folded {
        let queue = Queue(count: count, folding: fold, into: initial)
        let helper = Background(onThread: onThread && count > 1) { queue.work(job) }
        queue.work(job)
        // The helper's work does not throw; without a thread, asking for its value finds no
        // job left.
        try? helper.value()
        return queue.finish()
    }

    /// Where part `part` of `count` starts, for work of size `total` to be cut into jobs:
    /// parts that shrink from the first to the last, each a constant ratio of the one before,
    /// so that whichever thread takes the last job finishes soon after the other. (Both
    /// threads start on large jobs; the small ones at the end even them out.) From seven
    /// parts on the last is an eighth of the first; fewer shrink by 0.7 a part, since steeper
    /// shrinking would leave the first part more than half the work. Two parts are halves:
    /// each thread takes one.
    static func start(ofPart part: Int, of count: Int, in total: Int) -> Int {
        guard count > 2 else { return total * part / max(count, 1) }
        guard part < count else { return total }
        // Part `index` weighs `ratio` to the power `index`.
        let ratio = max(pow(lastToFirst, 1 / Double(count - 1)), 0.7)
        let before = (1 - pow(ratio, Double(part))) / (1 - pow(ratio, Double(count)))
        return Int(Double(total) * before)
    }

    /// How much smaller the last part is than the first, with seven parts or more
    /// (``start(ofPart:of:in:)``).
    static let lastToFirst = 1.0 / 8
}

/// The jobs' next index and their values not yet folded, behind a lock, and the folded value,
/// which only the thread that holds the right to fold (`isFolding`) touches.
private final class Queue<Value, Folded>: @unchecked Sendable {
    private let count: Int
    private var next = 0
    /// The index of the next value to fold: every value before it is folded.
    private var nextToFold = 0
    private var isFolding = false
    private let lock = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
    private let slots: Slots<Value>
    private let fold: (inout Folded, consuming Value) -> Void
    private var folded: Folded

    init(count: Int, folding fold: @escaping (inout Folded, consuming Value) -> Void, into initial: Folded) {
        self.count = count
        self.fold = fold
        folded = initial
        pthread_mutex_init(lock, nil)
        slots = Slots(emptyCount: count)
    }

    deinit {
        pthread_mutex_destroy(lock)
        lock.deallocate()
    }

    /// Does jobs until none is left to take, folding in the values that are ready.
    func work(_ job: (Int) -> Value) {
        while let index = locked({ () -> Int? in
            guard next < count else { return nil }
            next += 1
            return next - 1
        }) {
            // Handed to its slot rather than copied into it, so that the fold that takes it
            // holds the only copy and may change it in place.
            var value: Value? = job(index)
            locked { slots.put(value.take()!, at: index) }
            foldReadyValues()
        }
    }

    /// Folds in values in order while the next one is ready, unless another thread is already
    /// doing so (it then folds this thread's value too, if it is next).
    private func foldReadyValues() {
        var value = locked { () -> Value? in
            guard !isFolding, nextToFold < count, let value = slots.take(nextToFold) else { return nil }
            isFolding = true
            return value
        }
        // Each value is handed over, not copied: a fold may change what it is given.
        while let ready = value.take() {
            fold(&folded, consume ready)
            value = locked {
                nextToFold += 1
                if nextToFold < count, let value = slots.take(nextToFold) { return value }
                isFolding = false
                return nil
            }
        }
    }

    /// The folded value, once every job is done and no other thread works.
    func finish() -> Folded {
        foldReadyValues()
        precondition(nextToFold == count, "job \(nextToFold) was not done")
        return folded
    }

    private func locked<Result>(_ body: () -> Result) -> Result {
        pthread_mutex_lock(lock)
        defer { pthread_mutex_unlock(lock) }
        return body()
    }
}

/// A fixed number of slots, each holding a value or none, written and emptied by index. The
/// jobs of ``SharedJobs`` leave their values in them, and take what is handed to them
/// (``handOver(_:)``): a job then holds the only copy, so what it frees is freed on its thread.
/// Different threads may use different slots at once; one slot is used by one thread at a
/// time (the job of its index, or the queue's lock holder).
final class Slots<Value>: @unchecked Sendable {
    private let count: Int
    private let slots: UnsafeMutablePointer<Value?>

    /// Slots holding `values`, in order.
    init(_ values: [Value]) {
        count = values.count
        slots = .allocate(capacity: count)
        for (index, value) in values.enumerated() { (slots + index).initialize(to: value) }
    }

    /// `count` empty slots.
    init(emptyCount count: Int) {
        self.count = count
        slots = .allocate(capacity: count)
        slots.initialize(repeating: nil, count: count)
    }

    deinit {
        slots.deinitialize(count: count)
        slots.deallocate()
    }

    func put(_ value: Value, at index: Int) {
        slots[index] = value
    }

    /// The value at `index`, leaving the slot empty, or nil when it is empty.
    func take(_ index: Int) -> Value? {
        slots[index].take()
    }

    /// The value handed to the job of `index`; called once for each index, by that job.
    func handOver(_ index: Int) -> Value {
        guard let value = take(index) else { preconditionFailure("value \(index) was taken twice") }
        return value
    }
}
