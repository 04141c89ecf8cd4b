import Testing

@testable import RoadmapCore

/// Jobs shared between two threads give their values, and fold them, in job order, whichever
/// thread did each job and however long it took.
@Suite struct SharedJobsTests {
    @Test(arguments: [0, 1, 2, 7, 64])
    func valuesComeInJobOrder(count: Int) {
        for onThread in [true, false] {
            let values = SharedJobs.run(count, onThread: onThread) { index in index * index }
            #expect(values == (0..<count).map { $0 * $0 })
        }
    }

    /// Jobs of uneven length, so that the threads finish them out of order: folding still sees
    /// them in order, exactly once each.
    @Test func foldingSeesEveryValueOnceInOrder() {
        for _ in 0..<20 {
            let folded = SharedJobs.run(40, into: [Int]()) { index in
                // Busy work of uneven length: the optimiser cannot drop a sum it returns.
                var sum = 0
                for step in 0..<((index * 7_919) % 13 * 2_000) { sum &+= step }
                return (index, sum)
            } folding: { folded, value in
                folded.append(value.0)
            }
            #expect(folded == Array(0..<40))
        }
    }

    /// Each value handed over is taken by the job of its index, whole.
    @Test func handedOverValuesReachTheirJobs() {
        let handoffs = Slots((0..<30).map { Array(repeating: $0, count: $0) })
        let taken = SharedJobs.run(30) { index in handoffs.handOver(index) }
        #expect(taken == (0..<30).map { Array(repeating: $0, count: $0) })
    }

    /// Work cut into more than two jobs is cut into shrinking parts that together cover it:
    /// each 0.7 of the one before with few parts, the last an eighth of the first from seven on.
    @Test(arguments: [(3, 0.47...0.51), (4, 0.33...0.36), (5, 0.23...0.25), (9, 0.11...0.14), (12, 0.11...0.14), (32, 0.11...0.14)])
    func partsShrinkAndCoverTheWork(count: Int, lastToFirst: ClosedRange<Double>) {
        let total = 1_000_000
        let starts = (0...count).map { SharedJobs.start(ofPart: $0, of: count, in: total) }
        #expect(starts.first == 0 && starts.last == total)
        let sizes = zip(starts, starts.dropFirst()).map { $1 - $0 }
        #expect(zip(sizes, sizes.dropFirst()).allSatisfy { $0 >= $1 }, "\(sizes)")
        let ratio = Double(sizes.last!) / Double(sizes.first!)
        #expect(lastToFirst.contains(ratio), "\(sizes)")
    }

    /// Two threads of the same speed, each taking the next part when it is free, share the
    /// work nearly evenly however many parts it is cut into: neither does more than 55%.
    @Test func equalThreadsShareTheWork() {
        let total = 1_000_000
        for count in 2...40 {
            let starts = (0...count).map { SharedJobs.start(ofPart: $0, of: count, in: total) }
            var busy = [0, 0]
            for (start, end) in zip(starts, starts.dropFirst()) {
                let free = busy[0] <= busy[1] ? 0 : 1
                busy[free] += end - start
            }
            #expect(Double(busy.max()!) / Double(total) <= 0.55, "\(count) parts: \(busy)")
        }
    }

    @Test func twoJobsAreHalves() {
        #expect((0...2).map { SharedJobs.start(ofPart: $0, of: 2, in: 1_001) } == [0, 500, 1_001])
    }
}
