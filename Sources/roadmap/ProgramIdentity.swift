#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Which build of roadmap is running: the size, modification time and inode of its
/// executable. The parse cache keys models by it, so a model is never read by a parser
/// other than the one that made it (every build changes at least the time).
enum ProgramIdentity {
    /// The identity, or nil when the executable cannot be found (then nothing is cached).
    static var current: String? {
        guard let path = executablePath else { return nil }
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        #if canImport(Darwin)
        let modified = info.st_mtimespec
        #else
        let modified = info.st_mtim
        #endif
        return "\(Help.version) \(info.st_size) \(modified.tv_sec).\(modified.tv_nsec) \(info.st_ino)"
    }

    private static var executablePath: String? {
        #if canImport(Darwin)
        var size: UInt32 = 4096
        var buffer = [CChar](repeating: 0, count: Int(size))
        guard _NSGetExecutablePath(&buffer, &size) == 0 else { return nil }
        return String(cString: buffer)
        #else
        // The link's target rather than the link itself: under valgrind only reading the link
        // names the program (a stat of the link would describe valgrind).
        var buffer = [CChar](repeating: 0, count: 4097)
        let length = readlink("/proc/self/exe", &buffer, 4096)
        guard length > 0 else { return nil }
        return String(decoding: buffer[..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
        #endif
    }
}
