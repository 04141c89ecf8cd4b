#if canImport(Glibc)
import Glibc
#endif

/// Asks glibc's allocator to take memory from the system in large steps, once a roadmap file
/// large enough to be read on two threads is read (``FileSystem/contents(of:inParallelFrom:)``)
/// or such a document parsed, before the second thread first allocates: its heap is sized then.
///
/// Left to its defaults, the second thread's heap grows a page at a time, each page by a system
/// call (about a thousand of them for the 10 MB benchmark document), and memory freed after
/// each piece is given back to the system and taken again, page fault by page fault, for the
/// next. Larger steps leave both to the first pieces: on the 10 MB document, about 1,200 fewer
/// page faults and 3–4 ms less system time (BENCHMARKS.md). The setting lasts for the process,
/// which a command that reads such a document is about to end anyway. Elsewhere (macOS, other C
/// libraries) nothing changes.
enum HeapGrowth {
    /// Applies the setting, the first time only, and tells whether the allocator took it.
    @discardableResult
    static func useLargeSteps() -> Bool {
        applied
    }

    private static let applied: Bool = {
        #if canImport(Glibc)
        // `mallopt` is declared in <malloc.h>, which the Glibc module does not import; looked up
        // by name, it is simply not found where the C library has none.
        typealias Mallopt = @convention(c) (Int32, Int32) -> Int32
        guard let symbol = dlsym(nil, "mallopt") else { return false }
        let mallopt = unsafeBitCast(symbol, to: Mallopt.self)
        // M_TOP_PAD (-2): memory taken beyond each request when a heap grows.
        // M_TRIM_THRESHOLD (-1): free memory at a heap's top kept rather than given back.
        // M_MMAP_THRESHOLD (-3): blocks below it (a piece's blocks, a few MB) come from the
        // heap, reused piece after piece, rather than each from a mapping of its own.
        return mallopt(-2, 16 << 20) == 1 && mallopt(-1, 64 << 20) == 1 && mallopt(-3, 32 << 20) == 1
        #else
        return false
        #endif
    }()
}
