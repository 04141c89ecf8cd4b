/// Keeps large values a command loaded alive until the process exits, instead of freeing
/// them piece by piece when the command returns. Freeing a roadmap of 100,000 topics and
/// their progress entry by entry was a tenth of `roadmap next`'s work; the system takes the
/// memory back at exit in one go.
enum KeptUntilExit {
    private final class Box<Value> {
        let value: Value
        init(_ value: Value) { self.value = value }
    }

    /// Holds `value` until exit (its box is retained once more and never released); returns
    /// it, so a load reads `KeptUntilExit.keep(load())`.
    static func keep<Value>(_ value: Value) -> Value {
        _ = Unmanaged.passRetained(Box(value))
        return value
    }
}
