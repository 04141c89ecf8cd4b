import Foundation
import Testing
import TestSupport

@testable import RoadmapCore

/// Packed text reads back as exactly the roadmap that was packed, and damaged text is
/// refused rather than read as something else or crashing.
@Suite struct PackedRoadmapTests {
    static let fixtureNames = [
        "bold-weeks", "code-and-front-matter", "estimates", "html-emoji", "links", "mixed-levels",
        "overview-wrapped", "tables", "task-list", "unnumbered-sections",
    ]

    @Test(arguments: TestFiles.bundledIDs)
    func bundledRoadmapsRoundTrip(id: String) throws {
        let roadmap = try TestFiles.bundled(id)
        #expect(try PackedRoadmap.unpack(PackedRoadmap.pack(roadmap)) == roadmap)
    }

    @Test(arguments: fixtureNames)
    func fixturesRoundTrip(name: String) throws {
        let roadmap = try TestFiles.fixture(name)
        #expect(try PackedRoadmap.unpack(PackedRoadmap.pack(roadmap)) == roadmap)
    }

    /// Values the parser rarely makes: empty and non-ASCII strings, text that looks like the
    /// layout itself, every optional absent and present, zero and extreme numbers.
    @Test func awkwardValuesRoundTrip() throws {
        let estimate = TimeEstimate(
            text: "", minWeeks: 0.1 + 0.2, maxWeeks: .greatestFiniteMagnitude, isOngoing: true, minHoursPerWeek: -0.0,
            maxHoursPerWeek: nil)
        let topic = Topic(
            position: "1.1", slug: TopicSlug(rawValue: "x"), title: "12,:~ \n«Ünïcødé» 🧠", kind: .project,
            subtopics: ["", "3:abc", "~"], resources: [Resource(title: "book"), Resource(title: "", url: "https://e.x/?a=1,2")],
            isCheckedInSource: true, line: Int.max)
        let roadmap = Roadmap(
            id: "awkward", title: "", estimate: estimate,
            phases: [
                Phase(number: 0, title: "~", estimate: nil, goals: [], topics: [topic], resources: [], isOptional: true, line: 0),
                Phase(number: 0, title: "empty", topics: []),
            ])
        let unpacked = try PackedRoadmap.unpack(PackedRoadmap.pack(roadmap))
        #expect(unpacked == roadmap)
        #expect(unpacked.estimate?.minWeeks == 0.1 + 0.2)
        #expect(unpacked.estimate?.minHoursPerWeek?.sign == .minus)
    }

    /// A topic's kind is read from its name's bytes: each kind comes back, and a name that is
    /// not one (however close) is refused.
    @Test(arguments: Topic.Kind.allCases)
    func everyKindRoundTripsAndNoOtherNameIsRead(kind: Topic.Kind) throws {
        let topic = Topic(position: "1.1", slug: TopicSlug(rawValue: "t"), title: "t", kind: kind)
        let roadmap = Roadmap(id: "k", title: "k", phases: [Phase(number: 1, title: "p", topics: [topic])])
        let packed = PackedRoadmap.pack(roadmap)
        #expect(try PackedRoadmap.unpack(packed) == roadmap)
        let name = "\(kind.rawValue.utf8.count):\(kind.rawValue)"
        #expect(packed.contains(name))
        for other in [String(kind.rawValue.dropLast()) + "x", kind.rawValue.uppercased(), kind.rawValue + "s", "x" + kind.rawValue.dropFirst()] {
            let damaged = packed.replacingOccurrences(of: name, with: "\(other.utf8.count):\(other)")
            #expect(throws: PackedRoadmap.Malformed.self, "\(other)") { try PackedRoadmap.unpack(damaged) }
        }
    }

    /// Numbers are written as `String` would write them: decimal with a comma, doubles as
    /// their bit pattern in lower-case hex.
    @Test(arguments: [0, 1, 9, 10, 255, 1_000_000, Int.max, -1, Int.min])
    func numbersAreWrittenAsStringWouldWriteThem(number: Int) {
        var writer = PackedWriter()
        writer.write(number)
        writer.write(Double(number))
        writer.write(String(repeating: "x", count: max(0, min(number, 1_000))))
        let length = max(0, min(number, 1_000))
        let expected = "\(number),\(String(Double(number).bitPattern, radix: 16)),\(length):" + String(repeating: "x", count: length)
        #expect(String(decoding: writer.bytes, as: UTF8.self) == expected)
    }

    /// Every cut of a packed roadmap is refused: a cache entry written halfway is never
    /// read as a shorter roadmap.
    @Test func everyTruncationIsRefused() throws {
        let bytes = Array(PackedRoadmap.pack(try TestFiles.fixture("links")).utf8)
        for length in 0..<bytes.count {
            let cut = bytes[..<length].withUnsafeBufferPointer { try? PackedRoadmap.unpack($0) }
            #expect(cut == nil, "a packed roadmap cut to \(length) of \(bytes.count) bytes was accepted")
        }
    }

    /// Numbers the parser never makes would trap later (an infinite estimate cannot become a
    /// whole number of days), so unpacking refuses them however the entry came to hold them.
    @Test(arguments: [
        Roadmap(id: "x", title: "x", estimate: TimeEstimate(text: "", minWeeks: .infinity), phases: [Phase(number: 1, title: "p")]),
        Roadmap(id: "x", title: "x", estimate: TimeEstimate(text: "", maxWeeks: .nan), phases: [Phase(number: 1, title: "p")]),
        Roadmap(id: "x", title: "x", estimate: TimeEstimate(text: "", minHoursPerWeek: -1), phases: [Phase(number: 1, title: "p")]),
        Roadmap(id: "x", title: "x", phases: [Phase(number: -1, title: "p")]),
        Roadmap(id: "x", title: "x", phases: [Phase(number: 1, title: "p", line: -5)]),
    ])
    func numbersTheParserNeverMakesAreRefused(roadmap: Roadmap) {
        #expect(throws: PackedRoadmap.Malformed.self) { try PackedRoadmap.unpack(PackedRoadmap.pack(roadmap)) }
    }

    /// A length or count too large for 64 bits is refused, not wrapped round to a small one.
    @Test func overflowingNumbersAreRefused() throws {
        let packed = PackedRoadmap.pack(Roadmap(id: "big", title: "t", phases: []))
        #expect(packed.hasPrefix("roadmap-packed \(PackedRoadmap.formatVersion)\n3:big"))
        let wrapped = packed.replacingOccurrences(of: "\n3:big", with: "\n18446744073709551619:big")
        #expect(throws: PackedRoadmap.Malformed.self) { try PackedRoadmap.unpack(wrapped) }
        let manyPhases = packed.replacingOccurrences(of: "1:t~0,", with: "1:t~30000000,")
        #expect(manyPhases != packed)
        #expect(throws: PackedRoadmap.Malformed.self) { try PackedRoadmap.unpack(manyPhases + String(repeating: "0,", count: 1000)) }
        // A double's 64 bits are at most 16 hexadecimal digits.
        let weeks = PackedRoadmap.pack(Roadmap(id: "w", title: "t", estimate: TimeEstimate(text: "", minWeeks: 2), phases: []))
        #expect(weeks.contains("4000000000000000,"))
        #expect(throws: PackedRoadmap.Malformed.self) {
            try PackedRoadmap.unpack(weeks.replacingOccurrences(of: "4000000000000000,", with: "14000000000000000,"))
        }
    }

    @Test func otherVersionsAndTrailingBytesAreRefused() throws {
        let packed = PackedRoadmap.pack(try TestFiles.fixture("tables"))
        let otherVersion = packed.replacingOccurrences(
            of: "roadmap-packed \(PackedRoadmap.formatVersion)\n", with: "roadmap-packed \(PackedRoadmap.formatVersion + 1)\n")
        #expect(throws: PackedRoadmap.Malformed.self) { try PackedRoadmap.unpack(otherVersion) }
        #expect(throws: PackedRoadmap.Malformed.self) { try PackedRoadmap.unpack(packed + "1,") }
    }

    /// Random damage to the layout either is refused or still gives a roadmap; it never
    /// traps, reads out of bounds or reserves memory for a made-up count.
    @Test(arguments: [UInt64(1), 2, 3])
    func damagedTextNeverCrashes(seed: UInt64) throws {
        var random = SplitMix64(seed: seed)
        let original = Array(PackedRoadmap.pack(try TestFiles.bundled("ml-mastery")).utf8)
        let junk: [[UInt8]] = [[0x2C], [0x3A], [0x7E], [0x2D], Array("99999999999999999999,".utf8), Array("9223372036854775807:".utf8)]
        var refused = 0
        for _ in 0..<500 {
            var bytes = original
            for _ in 0..<(1 + random.next() % 4) {
                let position = Int(random.next() % UInt64(bytes.count))
                switch random.next() % 3 {
                case 0: bytes[position] = UInt8(truncatingIfNeeded: random.next())
                case 1: bytes.insert(contentsOf: junk[Int(random.next() % UInt64(junk.count))], at: position)
                default: bytes.removeSubrange(position..<min(bytes.count, position + 1 + Int(random.next() % 20)))
                }
            }
            if (bytes.withUnsafeBufferPointer { try? PackedRoadmap.unpack($0) }) == nil { refused += 1 }
        }
        #expect(refused > 250)
    }
}
