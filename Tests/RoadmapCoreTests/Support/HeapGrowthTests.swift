import Testing

@testable import RoadmapCore

/// The allocator setting a large parse relies on for its speed: found by name and accepted
/// where glibc is the C library, and asked for again without harm. (glibc also accepts
/// parameter numbers it does not know, so the numbers themselves are checked against
/// <malloc.h> in review, not here.)
@Suite struct HeapGrowthTests {
    @Test func glibcTakesTheLargeSteps() {
        #if canImport(Glibc)
        #expect(HeapGrowth.useLargeSteps())
        #expect(HeapGrowth.useLargeSteps())
        #else
        #expect(!HeapGrowth.useLargeSteps())
        #endif
    }
}

#if os(Linux)
import Glibc

/// Where Linux offers transparent huge pages on request, the memory a large parse allocates
/// next on a thread lies where huge pages were asked for (`hg` among the mapping's flags in
/// /proc/self/smaps).
private func hugePagesAreOffered() -> Bool {
    guard let setting = try? FileSystem.contents(of: "/sys/kernel/mm/transparent_hugepage/enabled") else { return false }
    return !String(decoding: setting, as: UTF8.self).contains("[never]")
}

@Suite(.enabled(if: hugePagesAreOffered())) struct HugePageAdviceTests {
    /// On a thread of its own, which has not advised its heap yet: the memory advised is
    /// marked, and a second request on the same thread advises nothing more.
    @Test func aThreadsHeapIsAdvisedOnce() throws {
        let advised = try Background(onThread: true) { () -> (first: UInt?, second: Bool) in
            let first = HeapGrowth.adviseHugePagesOnThisThread(forDocumentOf: 10_000_000)
            let second = HeapGrowth.adviseHugePagesOnThisThread(forDocumentOf: 10_000_000)
            return (first.map { UInt(bitPattern: $0.baseAddress) }, second != nil)
        }.value()
        let start = try #require(advised.first)
        #expect(try Self.flags(ofMappingHolding: start).contains("hg"))
        #expect(!advised.second)
    }

    /// A document too small for a huge page's worth of advice asks for none.
    @Test func aSmallDocumentAsksForNothing() throws {
        let advised = try Background(onThread: true) { HeapGrowth.adviseHugePagesOnThisThread(forDocumentOf: 300_000) != nil }.value()
        #expect(!advised)
    }

    /// The `VmFlags` of the mapping in /proc/self/smaps that holds `address`.
    static func flags(ofMappingHolding address: UInt) throws -> [Substring] {
        let smaps = String(decoding: try FileSystem.contents(of: "/proc/self/smaps"), as: UTF8.self)
        var holds = false
        for line in smaps.split(separator: "\n") {
            if let dash = line.firstIndex(of: "-"), let space = line.firstIndex(of: " "), dash < space,
                let start = UInt(line[..<dash], radix: 16), let end = UInt(line[line.index(after: dash)..<space], radix: 16)
            {
                holds = (start..<end).contains(address)
            } else if holds, line.hasPrefix("VmFlags:") {
                return line.dropFirst("VmFlags:".count).split(separator: " ")
            }
        }
        return []
    }
}
#endif
