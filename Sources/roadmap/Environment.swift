#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The environment variables the CLI reads, looked up one by one with `getenv` rather than
/// copying the whole environment into a dictionary at start-up.
struct Environment: Sendable {
    private let lookup: @Sendable (String) -> String?

    init(_ lookup: @escaping @Sendable (String) -> String?) {
        self.lookup = lookup
    }

    /// The process's own environment.
    static let process = Environment { name in getenv(name).map { String(cString: $0) } }

    subscript(name: String) -> String? { lookup(name) }
}
