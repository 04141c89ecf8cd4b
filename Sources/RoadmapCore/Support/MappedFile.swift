#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A file's bytes mapped read-only into memory, unmapped when the last reference goes.
///
/// Reading a large file copies it into pages the kernel must first find and zero for the
/// array, most of the time `read` takes (6–8 ms for 10 MB here); mapping it shares the pages
/// the file already has in the page cache, about 1.5 ms. (On Linux every page is mapped at
/// once, `MAP_POPULATE`, rather than one fault at a time as it is first read.)
///
/// The price is the one every program that maps its input pays, compilers among them: a file
/// cut short by another program while it is mapped makes reading past its new end a
/// `SIGBUS`. Roadmaps are read from a mapping only when large (``ScannedDocument/parallelThreshold``)
/// and for as long as one command, and a file written by an editor is replaced, which leaves
/// the mapped one whole.
final class MappedFile: @unchecked Sendable {
    // Immutable after `init`, and the memory is read-only: safe to share between threads.
    private let base: UnsafePointer<UInt8>
    let count: Int

    /// Maps the file at `path`, or returns nil when it cannot be mapped (it is empty, or its
    /// file system does not map files): the caller reads it instead. Throws when the file
    /// cannot be opened.
    init?(path: String) throws(SystemError) {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw SystemError(FileSystem.lastError) }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, info.st_size > 0 else { return nil }
        let size = Int(info.st_size)
        #if os(Linux)
        let flags = MAP_PRIVATE | MAP_POPULATE
        #else
        let flags = MAP_PRIVATE
        #endif
        guard let address = mmap(nil, size, PROT_READ, flags, descriptor, 0),
            address != UnsafeMutableRawPointer(bitPattern: -1)
        else { return nil }
        base = UnsafePointer(address.bindMemory(to: UInt8.self, capacity: size))
        count = size
    }

    deinit {
        munmap(UnsafeMutableRawPointer(mutating: base), count)
    }

    /// Calls `body` with the file's bytes, which stay mapped while it runs.
    func withBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        try withExtendedLifetime(self) {
            try body(UnsafeBufferPointer(start: base, count: count))
        }
    }
}
