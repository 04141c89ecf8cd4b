/// A growing run of bytes written through a pointer, for writers that append many short
/// pieces (``PackedWriter`` appends over a million for a roadmap of 100,000 topics).
///
/// Appending checks the capacity and copies; `Array.append(contentsOf:)` also checks that the
/// storage is unique and goes through generic code, several times the cost for a few bytes.
/// Not copyable: it owns its memory, which it frees when it goes away.
struct ByteBuffer: ~Copyable {
    private var start: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    /// How many bytes are written.
    private(set) var count = 0

    init(capacity: Int = 4096) {
        self.capacity = max(capacity, 16)
        start = .allocate(capacity: self.capacity)
    }

    deinit {
        start.deallocate()
    }

    /// The bytes written, copied into an array.
    var bytes: [UInt8] {
        withUnsafeBytes { Array($0) }
    }

    /// Calls `body` with the bytes written, where they lie.
    func withUnsafeBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        try body(UnsafeBufferPointer(start: start, count: count))
    }

    mutating func append(_ byte: UInt8) {
        reserve(1)
        start[count] = byte
        count += 1
    }

    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return }
        reserve(bytes.count)
        (start + count).initialize(from: base, count: bytes.count)
        count += bytes.count
    }

    /// Lets `write` put at most `maximum` bytes after those written; it returns how many it put.
    mutating func append(atMost maximum: Int, _ write: (UnsafeMutableBufferPointer<UInt8>) -> Int) {
        reserve(maximum)
        let written = write(UnsafeMutableBufferPointer(start: start + count, count: maximum))
        precondition(written >= 0 && written <= maximum, "wrote outside the room given")
        count += written
    }

    /// Makes room for `extra` more bytes. Inlined: it is asked for with every append.
    @inline(__always)
    private mutating func reserve(_ extra: Int) {
        if count + extra > capacity { grow(toFit: extra) }
    }

    /// Moves the bytes to new memory with room for `extra` more, at least doubling the capacity.
    private mutating func grow(toFit extra: Int) {
        let newCapacity = max(capacity * 2, count + extra)
        let newStart = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        newStart.moveInitialize(from: start, count: count)
        start.deallocate()
        start = newStart
        capacity = newCapacity
    }
}
