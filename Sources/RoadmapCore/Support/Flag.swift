#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A flag any thread may raise and any thread may read: the jobs of one piece of work stop
/// early once one of them finds that the work cannot succeed
/// (``RoadmapBuilder/readInPipeline(_:pieceBytes:collectingWarnings:)``).
final class Flag: @unchecked Sendable {
    private var raised = false
    private let mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)

    init() {
        pthread_mutex_init(mutex, nil)
    }

    deinit {
        pthread_mutex_destroy(mutex)
        mutex.deallocate()
    }

    func raise() {
        pthread_mutex_lock(mutex)
        raised = true
        pthread_mutex_unlock(mutex)
    }

    var isRaised: Bool {
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        return raised
    }
}
