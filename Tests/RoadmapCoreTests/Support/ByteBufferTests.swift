import Testing
import TestSupport

@testable import RoadmapCore

/// ``ByteBuffer`` holds exactly the bytes appended, in order, however often it grows.
@Suite struct ByteBufferTests {
    /// Pieces of random lengths (single bytes, runs, and room written in part) appended to a
    /// buffer that starts small, checked against an array built the same way.
    @Test(arguments: [1, 16, 1_000])
    func holdsWhatWasAppendedAcrossGrowth(startingCapacity: Int) {
        var random = SplitMix64(seed: UInt64(startingCapacity))
        var buffer = ByteBuffer(capacity: startingCapacity)
        var expected: [UInt8] = []
        for step in 0..<2_000 {
            let byte = UInt8(truncatingIfNeeded: step)
            switch random.next() % 3 {
            case 0:
                buffer.append(byte)
                expected.append(byte)
            case 1:
                let run = [UInt8](repeating: byte, count: Int(random.next() % 300))
                run.withUnsafeBufferPointer { buffer.append($0) }
                expected += run
            default:
                let room = Int(random.next() % 40)
                let used = room == 0 ? 0 : Int(random.next() % UInt64(room + 1))
                buffer.append(atMost: room) { space in
                    for index in 0..<used { space[index] = byte &+ UInt8(truncatingIfNeeded: index) }
                    return used
                }
                expected += (0..<used).map { byte &+ UInt8(truncatingIfNeeded: $0) }
            }
        }
        #expect(buffer.count == expected.count)
        #expect(buffer.bytes == expected)
    }
}
