#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Which build of roadmap is running. The parse cache keys models by it, so a model is
/// never read by a parser other than the one that made it.
///
/// On Linux it is the build ID the linker wrote into the executable, a hash of the program.
/// Without one it is the executable's device, inode, size and modification and change
/// times, which a rebuild or reinstall changes.
enum ProgramIdentity {
    /// The identity, or nil when the executable cannot be found (then nothing is cached).
    static var current: String? {
        guard let path = executablePath else { return nil }
        if let buildID = ELFBuildID.read(from: path) { return "build-id \(buildID)" }
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        #if canImport(Darwin)
        let (modified, changed) = (info.st_mtimespec, info.st_ctimespec)
        #else
        let (modified, changed) = (info.st_mtim, info.st_ctim)
        #endif
        return "file \(info.st_dev) \(info.st_ino) \(info.st_size) \(modified.tv_sec).\(modified.tv_nsec) \(changed.tv_sec).\(changed.tv_nsec)"
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
