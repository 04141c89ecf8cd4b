import Testing

@testable import RoadmapCore

/// The allocator setting a large parse relies on for its speed: found by name and accepted
/// where glibc is the C library, and asked for again without harm.
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
