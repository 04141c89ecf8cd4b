/// Bytes borrowed for the length of one call and handed to the jobs it shares with another
/// thread (``SharedJobs``), which are all done before the call returns: the caller keeps the
/// memory alive and unchanged meanwhile, so the threads may read it.
struct BorrowedBytes: @unchecked Sendable {
    let buffer: UnsafeBufferPointer<UInt8>

    init(_ buffer: UnsafeBufferPointer<UInt8>) {
        self.buffer = buffer
    }

    var count: Int { buffer.count }

    /// The bytes in `range`, indexed from 0.
    subscript(range: Range<Int>) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(rebasing: buffer[range])
    }
}
