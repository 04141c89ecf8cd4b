#if canImport(Glibc)
import Glibc
#endif

/// Asks glibc's allocator to take memory from the system in large steps, once a roadmap file
/// large enough to be read on two threads (256 KiB) is read
/// (``FileSystem/contents(of:inParallelFrom:)``) or such a document parsed.
///
/// glibc grows a thread's heap by what each request needs, a page at a time and each page by a
/// system call (about a thousand of them for the 10 MB benchmark document), and gives memory
/// freed after each piece back to the system, to fault it in again for the next. With these
/// settings the main heap grows 16 MiB at a time, a thread's heap made afterwards starts with
/// 16 MiB (glibc pads a thread's heap only when it makes it, so this is asked for before the
/// file is read and its second thread made), and freed memory is kept. On the 10 MB document
/// read by `parse-bench`: about 1,200 fewer page faults, 3 ms less system time and 2% less wall
/// time (BENCHMARKS.md). The setting is the whole process's and lasts for it: a program using
/// RoadmapCore that reads such a file keeps up to 64 MiB of freed memory instead of giving it
/// back. Elsewhere (macOS, other C libraries) nothing changes.
///
/// Each thread that then reads such a file, or parses such a document piece by piece, also
/// asks for huge pages where its heap grows next, once (``adviseHugePagesOnThisThread(forDocumentOf:)``;
/// the two-pass reading of a document with reference links does not). On the 10 MB benchmark
/// document: page faults about 4,600 → 1,000, system time 16 → 8 ms, wall time 2–8% less on
/// two cores or one, for 10 MB more at the peak (35 → 45 MB), as memory is taken 2 MiB at a
/// time (BENCHMARKS.md, "2026-12-07, evening"). Ten times the document's size, not three: a
/// plan of short topic lines takes about twenty times its size while it is read (60 MB for
/// the 2.9 MB roadmap of 100,000 topics, whose page faults fall 13,800 → 4,300 and parse 9%;
/// BENCHMARKS.md, "2026-12-07, night"). The advised memory keeps asking for huge pages for the
/// life of the process.
enum HeapGrowth {
    /// Applies the setting, the first time only, and tells whether the allocator took it.
    @discardableResult
    static func useLargeSteps() -> Bool {
        applied
    }

    /// Readies the heap of the calling thread for reading a document of `size` bytes, the first
    /// time it is asked on this thread: takes a block of ten times the document's size (at
    /// most 30 MiB) from the heap, asks for huge pages for the block's whole 2 MiB pages
    /// (``HugePages``) and frees it at once. The block is below the mmap threshold set here,
    /// so it comes from the thread's own heap; freed, it stays there as the heap's top (the
    /// trim threshold keeps it), where the allocations that follow are made, faulting in 2 MiB
    /// at a time rather than 4 KiB. Applies the setting first (``useLargeSteps()``), and does
    /// nothing if the allocator refused it. Only a hint. Tells what memory it advised, if any.
    @discardableResult
    static func adviseHugePagesOnThisThread(forDocumentOf size: Int) -> UnsafeMutableRawBufferPointer? {
        #if canImport(Glibc)
        let bytes = min(maximumAdvice, size.multipliedReportingOverflow(by: 10).overflow ? maximumAdvice : size * 10)
        // Room for a whole huge page wherever the block starts.
        guard bytes >= 2 * HugePages.size, applied, let key = advisedThreads, pthread_getspecific(key) == nil else { return nil }
        _ = pthread_setspecific(key, UnsafeRawPointer(bitPattern: 1))
        guard let block = malloc(bytes) else { return nil }
        defer { free(block) }
        return HugePages.advise(UnsafeMutableRawBufferPointer(start: block, count: bytes))
        #else
        return nil
        #endif
    }

    /// 30 MiB: below the 32 MiB mmap threshold, and room for the 10 MB benchmark document.
    static let maximumAdvice = 30 << 20

    #if canImport(Glibc)
    /// Set on each thread that has advised its heap (``adviseHugePagesOnThisThread(forDocumentOf:)``).
    private static let advisedThreads: pthread_key_t? = {
        var key = pthread_key_t()
        return pthread_key_create(&key, nil) == 0 ? key : nil
    }()
    #endif

    private static let applied: Bool = {
        #if canImport(Glibc)
        // `mallopt` is declared in <malloc.h>, which the Glibc module does not import; looked up
        // by name, it is simply not found where the C library has none.
        typealias Mallopt = @convention(c) (Int32, Int32) -> Int32
        guard let symbol = dlsym(nil, "mallopt") else { return false }
        let mallopt = unsafeBitCast(symbol, to: Mallopt.self)
        // The numbers are <malloc.h>'s (glibc accepts numbers it does not know, returning 1).
        // M_TOP_PAD (-2): memory taken beyond a request when the main heap grows, and the room
        // a thread's heap starts with.
        // M_TRIM_THRESHOLD (-1): free memory at a heap's top kept rather than given back.
        // M_MMAP_THRESHOLD (-3): blocks below it (a piece's blocks, a few MB) come from the
        // heap, reused piece after piece, rather than each from a mapping of its own. 32 MiB is
        // the most glibc takes on 64-bit systems; where it refuses, the other two still apply.
        return mallopt(-2, 16 << 20) == 1 && mallopt(-1, 64 << 20) == 1 && mallopt(-3, 32 << 20) == 1
        #else
        return false
        #endif
    }()
}
