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
