/// Reads the fields ``PackedWriter`` wrote, checking each one: damaged text throws
/// ``PackedRoadmap/Malformed`` and never traps.
struct PackedReader {
    typealias Malformed = PackedRoadmap.Malformed

    private let bytes: UnsafeBufferPointer<UInt8>
    private var index = 0

    init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    private var failure: Malformed { Malformed(offset: index) }

    mutating func expect(raw text: String) throws(Malformed) {
        for byte in text.utf8 {
            guard index < bytes.count, bytes[index] == byte else { throw failure }
            index += 1
        }
    }

    func expectEnd() throws(Malformed) {
        guard index == bytes.count else { throw failure }
    }

    /// Lower-case hexadecimal digits up to the terminator `end`, which is consumed.
    private mutating func hexadecimal(until end: UInt8) throws(Malformed) -> UInt64 {
        let start = index
        var value: UInt64 = 0
        while index < bytes.count, bytes[index] != end {
            let byte = bytes[index]
            let digit: UInt64
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt64(byte &- UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt64(byte &- UInt8(ascii: "a") &+ 10)
            default: throw failure
            }
            guard value >> 60 == 0 else { throw failure }
            value = value << 4 | digit
            index += 1
        }
        guard index < bytes.count, index > start else { throw failure }
        index += 1
        return value
    }

    /// Decimal digits up to the terminator `end`, which is consumed: at most 19 of them, which
    /// cannot overflow (the writer writes no more than `Int.max` has).
    private mutating func decimal(until end: UInt8) throws(Malformed) -> UInt64 {
        // Most are one digit: counts of none, flags, short lengths.
        if bytes.count - index >= 2, bytes[index + 1] == end, case let digit = bytes[index] &- UInt8(ascii: "0"), digit < 10 {
            index += 2
            return UInt64(digit)
        }
        let start = index
        let limit = min(bytes.count, start + 19)
        var value: UInt64 = 0
        while index < limit {
            let digit = bytes[index] &- UInt8(ascii: "0")
            guard digit < 10 else { break }
            value = value &* 10 &+ UInt64(digit)
            index += 1
        }
        guard index > start, index < bytes.count, bytes[index] == end else { throw failure }
        index += 1
        return value
    }

    /// A whole number that is not negative: counts, flags, phase and line numbers.
    mutating func natural() throws(Malformed) -> Int {
        let number = try decimal(until: UInt8(ascii: ","))
        guard number <= UInt64(Int.max) else { throw failure }
        return Int(number)
    }

    /// A count of elements that follow, each packed in at least `minimumBytes`: a count the
    /// bytes left cannot hold is damage, and must not reserve memory for it.
    mutating func count(minimumBytes: Int) throws(Malformed) -> Int {
        let count = try natural()
        guard count <= (bytes.count - index) / minimumBytes else { throw failure }
        return count
    }

    mutating func bool() throws(Malformed) -> Bool {
        switch try natural() {
        case 0: return false
        case 1: return true
        default: throw failure
        }
    }

    /// A number of weeks or hours: finite and not negative, as the parser makes them.
    mutating func double() throws(Malformed) -> Double {
        let number = Double(bitPattern: try hexadecimal(until: UInt8(ascii: ",")))
        guard number.isFinite, number >= 0 else { throw failure }
        return number
    }

    mutating func string() throws(Malformed) -> String {
        String(decoding: try stringBytes(), as: UTF8.self)
    }

    /// A string's bytes, where they are.
    private mutating func stringBytes() throws(Malformed) -> UnsafeBufferPointer<UInt8> {
        let declared = try decimal(until: UInt8(ascii: ":"))
        guard declared <= UInt64(bytes.count - index) else { throw failure }
        let start = index
        index += Int(declared)
        return UnsafeBufferPointer(rebasing: bytes[start..<index])
    }

    /// A topic's kind, from its name's bytes (no string is made for it).
    mutating func kind() throws(Malformed) -> Topic.Kind {
        let name = try stringBytes()
        let (kind, expected): (Topic.Kind, StaticString) =
            switch name.count {
            case 5: (.study, "study")
            case 7: (.project, "project")
            case 8: (.practice, "practice")
            default: throw failure
            }
        guard ByteWords.same(name, expected) else { throw failure }
        return kind
    }

    mutating func optional<Value>(_ readValue: (inout PackedReader) throws(Malformed) -> Value) throws(Malformed) -> Value? {
        if index < bytes.count, bytes[index] == UInt8(ascii: "~") {
            index += 1
            return nil
        }
        return try readValue(&self)
    }

    mutating func array<Element>(
        minimumBytes: Int, _ readElement: (inout PackedReader) throws(Malformed) -> Element
    ) throws(Malformed) -> [Element] {
        let count = try count(minimumBytes: minimumBytes)
        var elements: [Element] = []
        elements.reserveCapacity(min(count, 1 << 16))
        for _ in 0..<count { elements.append(try readElement(&self)) }
        return elements
    }
}

extension PackedReader {
    mutating func roadmap() throws(Malformed) -> Roadmap {
        Roadmap(
            id: try string(), title: try string(),
            estimate: try optional { reader throws(Malformed) in try reader.estimate() },
            phases: try array(minimumBytes: 15) { reader throws(Malformed) in try reader.phase() })
    }

    mutating func phase() throws(Malformed) -> Phase {
        Phase(
            number: try natural(), title: try string(),
            estimate: try optional { reader throws(Malformed) in try reader.estimate() },
            goals: try array(minimumBytes: 2) { reader throws(Malformed) in try reader.string() },
            topics: try array(minimumBytes: 21) { reader throws(Malformed) in try reader.topic() },
            resources: try array(minimumBytes: 3) { reader throws(Malformed) in try reader.resource() },
            isOptional: try bool(), line: try natural())
    }

    mutating func topic() throws(Malformed) -> Topic {
        let position = try string()
        let slug = TopicSlug(rawValue: try string())
        let title = try string()
        let kind = try kind()
        return Topic(
            position: position, slug: slug, title: title, kind: kind,
            subtopics: try array(minimumBytes: 2) { reader throws(Malformed) in try reader.string() },
            resources: try array(minimumBytes: 3) { reader throws(Malformed) in try reader.resource() },
            isCheckedInSource: try bool(), line: try natural())
    }

    mutating func resource() throws(Malformed) -> Resource {
        Resource(title: try string(), url: try optional { reader throws(Malformed) in try reader.string() })
    }

    mutating func estimate() throws(Malformed) -> TimeEstimate {
        TimeEstimate(
            text: try string(),
            minWeeks: try optional { reader throws(Malformed) in try reader.double() },
            maxWeeks: try optional { reader throws(Malformed) in try reader.double() },
            isOngoing: try bool(),
            minHoursPerWeek: try optional { reader throws(Malformed) in try reader.double() },
            maxHoursPerWeek: try optional { reader throws(Malformed) in try reader.double() })
    }
}
