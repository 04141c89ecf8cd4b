#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The system program that opens links: `xdg-open` on Linux, `open` on macOS, found on `PATH`.
struct Opener {
    #if os(macOS)
    static let candidates = ["open"]
    #else
    static let candidates = ["xdg-open"]
    #endif

    let path: String

    /// The first opener found in the folders of `PATH`.
    static func find(environment: Environment) -> Opener? {
        let folders = (environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin").split(separator: ":")
        for name in candidates {
            for folder in folders where !folder.isEmpty {
                let path = "\(folder)/\(name)"
                if access(path, X_OK) == 0 { return Opener(path: path) }
            }
        }
        return nil
    }

    /// Starts the opener with `url` as its one argument, directly (no shell), and waits.
    func open(_ url: String) throws(CLIError) {
        var pid: pid_t = 0
        let arguments = [path, url]
        let argv = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        #if canImport(Darwin)
        let environment = _NSGetEnviron().pointee
        #else
        let environment = environ
        #endif
        let status = posix_spawn(&pid, path, nil, nil, argv, environment)
        guard status == 0 else {
            throw .failure("could not start \(path): \(String(cString: strerror(status)))")
        }
        var exitStatus: Int32 = 0
        while waitpid(pid, &exitStatus, 0) == -1, errno == EINTR {}
        if exitStatus != 0 {
            throw .failure("\(path) failed to open \(url)")
        }
    }
}
