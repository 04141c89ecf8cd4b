#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// Linux's transparent huge pages, asked for where memory is about to be filled in bulk.
enum HugePages {
    /// 2 MiB, the huge page of x86-64 and most 64-bit ARM systems.
    static let size = 2 << 20

    /// Asks Linux to back the whole 2 MiB pages inside `memory` with huge pages, so that
    /// filling it takes a page fault every 2 MiB rather than every 4 KiB. Only a hint: where
    /// it is refused (huge pages turned off, another system) nothing changes. Tells the memory
    /// it asked for, if any.
    @discardableResult
    static func advise(_ memory: UnsafeMutableRawBufferPointer) -> UnsafeMutableRawBufferPointer? {
        #if os(Linux)
        let address = Int(bitPattern: memory.baseAddress)
        let start = (address + size - 1) & ~(size - 1)
        let end = (address + memory.count) & ~(size - 1)
        guard end > start else { return nil }
        // MADV_HUGEPAGE, which the C headers define with a macro Swift does not import.
        guard madvise(UnsafeMutableRawPointer(bitPattern: start), end - start, 14) == 0 else { return nil }
        return UnsafeMutableRawBufferPointer(start: UnsafeMutableRawPointer(bitPattern: start), count: end - start)
        #else
        return nil
        #endif
    }
}
