/// Large values a command loaded, held until the process exits instead of being freed
/// piece by piece when the command returns. Freeing a roadmap of 100,000 topics and their
/// progress entry by entry was a fifth of `roadmap next`'s work; the system takes the
/// memory back at exit in one go.
enum KeptUntilExit {
    nonisolated(unsafe) private static var values: [Any] = []

    /// Holds `value` until exit; returns it, so a load reads `KeptUntilExit.keep(load())`.
    static func keep<Value>(_ value: Value) -> Value {
        values.append(value)
        return value
    }
}
