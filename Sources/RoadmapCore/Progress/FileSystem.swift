#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The few POSIX file operations the progress store needs, with errors as text.
enum FileSystem {
    enum Kind { case missing, file, folder, other }

    static func kind(of path: String) -> Kind {
        var info = stat()
        guard stat(path, &info) == 0 else { return .missing }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return .file
        case S_IFDIR: return .folder
        default: return .other
        }
    }

    /// The size in bytes of a file, if it can be read.
    static func size(of path: String) -> Int? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return Int(info.st_size)
    }

    static var lastError: String { String(cString: strerror(errno)) }

    /// Reads a whole file, or throws the system's reason. A file of `threshold` bytes or more
    /// is read in two halves at once, on this thread and one other (``readInHalves(_:size:)``).
    static func contents(of path: String, inParallelFrom threshold: Int = .max) throws(SystemError) -> [UInt8] {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw SystemError(lastError) }
        defer { close(descriptor) }
        var info = stat()
        let size = fstat(descriptor, &info) == 0 ? max(Int(info.st_size), 0) : 0
        if size >= threshold, size >= 2 {
            // Before the second thread is made, whose heap is sized when it first allocates.
            HeapGrowth.useLargeSteps()
            HeapGrowth.adviseHugePagesOnThisThread(forDocumentOf: size)
            if let bytes = try readInHalves(descriptor, size: size) { return bytes }
        }
        // Read straight into an array of the file's size (the progress file can be 16 MB); a
        // byte more, so a file that grew meanwhile is noticed and read on below.
        var failure: Int32?
        var bytes = [UInt8](unsafeUninitializedCapacity: size + 1) { buffer, count in
            while count < buffer.count {
                let got = read(descriptor, buffer.baseAddress! + count, buffer.count - count)
                if got < 0, errno == EINTR { continue }
                if got < 0 { failure = errno }
                if got <= 0 { return }
                count += got
            }
        }
        if let failure { throw SystemError(String(cString: strerror(failure))) }
        guard bytes.count > size else { return bytes }
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw SystemError(lastError)
            }
            if count == 0 { return bytes }
            bytes.append(contentsOf: buffer[0..<count])
        }
    }

    /// The `size` bytes of an open file read in two halves at once, each by the thread that
    /// then owns its half of the array: most of the cost of reading a large file is the kernel
    /// giving the array its pages, which two threads do in half the time. Nil when the file
    /// is not `size` bytes long any more, to be read again from its start.
    private static func readInHalves(_ descriptor: Int32, size: Int) throws(SystemError) -> [UInt8]? {
        var failure: Int32?
        var isWhole = true
        let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
            // Filled at once: a page fault every 2 MiB rather than every 4 KiB costs the kernel
            // about 8 ms less for the 10 MB benchmark document (BENCHMARKS.md).
            HugePages.advise(UnsafeMutableRawBufferPointer(buffer))
            let target = HalfTarget(base: buffer.baseAddress!)
            let halves = SharedJobs.run(2) { half in
                HeapGrowth.adviseHugePagesOnThisThread(forDocumentOf: size)
                let range = half == 0 ? 0..<(size / 2) : (size / 2)..<size
                return readFully(descriptor, into: target.base + range.lowerBound, count: range.count, at: range.lowerBound)
            }
            for half in halves {
                switch half {
                case .whole: break
                case .short: isWhole = false
                case .failed(let code): failure = code
                }
            }
            count = failure == nil && isWhole ? size : 0
        }
        if let failure { throw SystemError(String(cString: strerror(failure))) }
        // A file that grew meanwhile has a byte past `size`.
        var extra: UInt8 = 0
        guard isWhole, pread(descriptor, &extra, 1, off_t(size)) == 0 else { return nil }
        return bytes
    }

    /// Where the halves of a file are read to: one array, each half written by one thread.
    private struct HalfTarget: @unchecked Sendable {
        let base: UnsafeMutablePointer<UInt8>
    }

    private enum ReadResult: Sendable {
        case whole, short, failed(Int32)
    }

    /// Reads `count` bytes at `offset` into `target`: all of them, fewer when the file ends
    /// sooner, or an error.
    private static func readFully(_ descriptor: Int32, into target: UnsafeMutablePointer<UInt8>, count: Int, at offset: Int) -> ReadResult {
        var done = 0
        while done < count {
            let got = pread(descriptor, target + done, count - done, off_t(offset + done))
            if got < 0, errno == EINTR { continue }
            if got < 0 { return .failed(errno) }
            if got == 0 { return .short }
            done += got
        }
        return .whole
    }

    /// Creates a folder and its parents, like `mkdir -p`.
    static func createFolder(_ path: String) throws(SystemError) {
        switch kind(of: path) {
        case .folder: return
        case .file, .other: throw SystemError("exists and is not a folder")
        case .missing: break
        }
        let parent = path.lastIndex(of: "/").map { String(path[..<$0]) } ?? ""
        if !parent.isEmpty { try createFolder(parent) }
        if mkdir(path, 0o755) != 0, errno != EEXIST { throw SystemError(lastError) }
    }

    /// Replaces `path` with `bytes` atomically: writes a temporary file beside it, flushes
    /// it to disk and renames it over the old one, so readers see the old or new file whole.
    ///
    /// With `durably` false nothing is flushed (for files that can be made again), and the
    /// temporary file is `<path>.tmp`, so one left by a killed writer is reused, not piled up.
    static func writeAtomically(_ bytes: [UInt8], to path: String, durably: Bool = true) throws(SystemError) {
        try writeAtomically(to: path, durably: durably) { file in
            bytes.withUnsafeBufferPointer { file.write($0) }
        }
    }

    /// Like ``writeAtomically(_:to:durably:)`` for bytes that `produce` hands to the file
    /// piece by piece, so a large file never has to be whole in memory.
    static func writeAtomically(to path: String, durably: Bool = true, _ produce: (inout Output) -> Void) throws(SystemError) {
        let temporary = durably ? "\(path).tmp-\(getpid())" : "\(path).tmp"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw SystemError(lastError) }
        // The file replaced keeps its permissions: a progress file made private (`chmod 600`)
        // stays private.
        var existing = stat()
        if stat(path, &existing) == 0 { fchmod(descriptor, existing.st_mode & 0o7777) }
        var output = Output(descriptor: descriptor)
        produce(&output)
        if let failure = output.failure {
            close(descriptor)
            unlink(temporary)
            throw SystemError(String(cString: strerror(failure)))
        }
        // Closed even when the flush fails, so no descriptor is left open.
        let flushFailure: Int32? = durably && fsync(descriptor) != 0 ? errno : nil
        let closeFailure: Int32? = close(descriptor) != 0 ? errno : nil
        if let failure = flushFailure ?? closeFailure {
            unlink(temporary)
            throw SystemError(String(cString: strerror(failure)))
        }
        guard rename(temporary, path) == 0 else {
            let reason = lastError
            unlink(temporary)
            throw SystemError(reason)
        }
        // Make the rename itself durable.
        guard durably else { return }
        let folder = path.lastIndex(of: "/").map { String(path[..<$0]) } ?? "."
        let folderDescriptor = open(folder.isEmpty ? "/" : folder, O_RDONLY | O_CLOEXEC)
        if folderDescriptor >= 0 {
            fsync(folderDescriptor)
            close(folderDescriptor)
        }
    }

    /// A file open for writing. It keeps the first failure, and writes nothing after it.
    struct Output {
        let descriptor: Int32
        /// The `errno` of the first write that failed.
        fileprivate(set) var failure: Int32?

        init(descriptor: Int32) {
            self.descriptor = descriptor
        }

        mutating func write(_ bytes: UnsafeBufferPointer<UInt8>) {
            guard failure == nil, var start = bytes.baseAddress else { return }
            var left = bytes.count
            while left > 0 {
                let count = writeSome(descriptor, start, left)
                if count < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                start += count
                left -= count
            }
        }
    }

    /// The absolute path of `path` with symbolic links and `.`/`..` resolved, if it exists.
    static func canonicalPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// The names of the entries of a folder (none when it cannot be read).
    static func names(in folder: String) -> [String] {
        guard let directory = opendir(folder) else { return [] }
        defer { closedir(directory) }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name != ".", name != ".." { names.append(name) }
        }
        return names
    }

    /// Deletes a file.
    static func remove(_ path: String) throws(SystemError) {
        if unlink(path) != 0 { throw SystemError(lastError) }
    }

    /// Removes `<path>.tmp-*` files that a writer killed mid-save left behind. Only call this
    /// while holding the lock, when no other writer can be using one.
    static func removeStaleTemporaries(of path: String) {
        let slash = path.lastIndex(of: "/")
        let folder = slash.map { String(path[..<$0]) } ?? "."
        let prefix = (slash.map { String(path[path.index(after: $0)...]) } ?? path) + ".tmp-"
        for name in names(in: folder.isEmpty ? "/" : folder) where name.hasPrefix(prefix) {
            unlink(folder + "/" + name)
        }
    }

    /// Runs `body` holding an exclusive advisory lock on `path` (created if needed).
    static func withExclusiveLock<T, E: Error>(on path: String, _ body: () throws(E) -> T) throws(SystemError) -> Result<T, E> {
        let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw SystemError(lastError) }
        defer { close(descriptor) }
        while flock(descriptor, LOCK_EX) != 0 {
            if errno != EINTR { throw SystemError(lastError) }
        }
        defer { flock(descriptor, LOCK_UN) }
        do {
            return .success(try body())
        } catch {
            return .failure(error)
        }
    }
}

/// The system's `write`, under a name that a method called `write` does not hide.
private func writeSome(_ descriptor: Int32, _ start: UnsafePointer<UInt8>, _ count: Int) -> Int {
    write(descriptor, start, count)
}

/// A failed system call, described in the system's words.
struct SystemError: Error {
    let reason: String
    init(_ reason: String) { self.reason = reason }
}
