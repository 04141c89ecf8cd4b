#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A value set once by one thread and waited for by others.
///
/// The pieces of a large document are read on two threads, and every piece after the first
/// needs what the first one found (``RoadmapBuilder/readInPipeline(_:pieceBytes:collectingWarnings:)``).
final class Latch<Value: Sendable>: @unchecked Sendable {
    private var value: Value?
    private var isSet = false
    private let mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
    private let condition = UnsafeMutablePointer<pthread_cond_t>.allocate(capacity: 1)

    init() {
        pthread_mutex_init(mutex, nil)
        pthread_cond_init(condition, nil)
    }

    deinit {
        pthread_cond_destroy(condition)
        pthread_mutex_destroy(mutex)
        condition.deallocate()
        mutex.deallocate()
    }

    /// Sets the value and wakes every thread waiting for it. Called once.
    func set(_ newValue: Value) {
        pthread_mutex_lock(mutex)
        precondition(!isSet, "a latch is set once")
        value = newValue
        isSet = true
        pthread_cond_broadcast(condition)
        pthread_mutex_unlock(mutex)
    }

    /// The value, once it is set.
    func wait() -> Value {
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        while !isSet { pthread_cond_wait(condition, mutex) }
        return value!
    }
}
