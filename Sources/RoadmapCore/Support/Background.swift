#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Work started on a second thread, whose result is collected with ``value()``.
///
/// Commands use it to load a large roadmap file while the progress file is read, the progress
/// writer to write the second half of a large roadmap's entries, and the progress report to
/// tally the second half of a large roadmap's phases: each takes milliseconds to tens of
/// milliseconds at 100,000 topics. Work not worth a
/// thread, or for which the system refuses one, runs when its value is first asked for.
/// A value never asked for (the command failed first) is still waited for when the
/// `Background` goes away, so no thread outlives the command into the program's exit.
public final class Background<Value: Sendable> {
    /// Where the thread leaves its result: written before the thread ends and read after
    /// `pthread_join`, which orders the two, so no lock is needed.
    private final class Slot: @unchecked Sendable {
        var result: Result<Value, any Error>?
    }

    private let slot = Slot()
    private let work: @Sendable () throws -> Value
    private var thread: Thread?

    public init(onThread: Bool, _ work: @escaping @Sendable () throws -> Value) {
        self.work = work
        if onThread {
            let slot = self.slot
            thread = Thread.start { slot.result = Result { try work() } }
        }
    }

    deinit {
        thread?.join()
    }

    /// Waits for the work to finish and returns its value or rethrows its error.
    public func value() throws -> Value {
        if let thread {
            thread.join()
            self.thread = nil
        }
        if slot.result == nil { slot.result = Result { try work() } }
        return try slot.result!.get()
    }
}

/// A POSIX thread running one closure.
private struct Thread {
    /// The closure, passed to the thread as its argument (a C function cannot capture it).
    private final class Job {
        let body: @Sendable () -> Void
        init(_ body: @escaping @Sendable () -> Void) { self.body = body }
    }

    private let handle: pthread_t

    /// Starts `body` on a new thread, or returns nil when the system refuses one.
    /// 8 MiB, the usual main-thread stack on Linux and macOS.
    static let stackSize = 8 << 20

    static func start(_ body: @escaping @Sendable () -> Void) -> Thread? {
        let job = Unmanaged.passRetained(Job(body)).toOpaque()
        #if canImport(Darwin)
        var handle: pthread_t?
        #else
        var handle = pthread_t()
        #endif
        // The main thread's 8 MiB of stack, not the system's default for other threads
        // (512 KiB on macOS): parsing a large roadmap runs here, as it does on the main thread.
        var attributes = pthread_attr_t()
        pthread_attr_init(&attributes)
        defer { pthread_attr_destroy(&attributes) }
        pthread_attr_setstacksize(&attributes, stackSize)
        let status = pthread_create(&handle, &attributes, { argument in
            #if canImport(Darwin)
            Unmanaged<Job>.fromOpaque(argument).takeRetainedValue().body()
            #else
            Unmanaged<Job>.fromOpaque(argument!).takeRetainedValue().body()
            #endif
            return nil
        }, job)
        guard status == 0 else {
            Unmanaged<Job>.fromOpaque(job).release()
            return nil
        }
        #if canImport(Darwin)
        guard let handle else { return nil }
        #endif
        return Thread(handle: handle)
    }

    func join() {
        pthread_join(handle, nil)
    }
}
