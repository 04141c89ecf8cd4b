/// Writes the fields of ``PackedRoadmap``'s layout; ``PackedReader`` reads them in the same order.
struct PackedWriter {
    /// The packed bytes so far.
    private(set) var bytes: [UInt8] = []

    mutating func write(raw text: String) {
        bytes.append(contentsOf: text.utf8)
    }

    mutating func write(_ string: String) {
        appendDecimal(UInt64(string.utf8.count))
        bytes.append(UInt8(ascii: ":"))
        // Through `withUTF8`: a small string's bytes are otherwise appended one by one.
        var string = string
        string.withUTF8 { bytes.append(contentsOf: $0) }
    }

    mutating func write(_ number: Int) {
        if number < 0 { bytes.append(UInt8(ascii: "-")) }
        appendDecimal(UInt64(number.magnitude))
        bytes.append(UInt8(ascii: ","))
    }

    mutating func write(_ flag: Bool) {
        write(flag ? 1 : 0)
    }

    /// A double by its bit pattern, so it reads back exactly.
    mutating func write(_ number: Double) {
        appendHex(number.bitPattern)
        bytes.append(UInt8(ascii: ","))
    }

    /// The decimal digits of `value`, as `String(value)` writes them, appended one by one
    /// (a large roadmap packs hundreds of thousands of numbers, most of them short).
    private mutating func appendDecimal(_ value: UInt64) {
        var divisor: UInt64 = 1
        while value / divisor >= 10 { divisor *= 10 }
        repeat {
            bytes.append(UInt8(ascii: "0") + UInt8(value / divisor % 10))
            divisor /= 10
        } while divisor > 0
    }

    /// The lower-case hex digits of `value`, as `String(value, radix: 16)` writes them.
    private mutating func appendHex(_ value: UInt64) {
        var shift = 0
        while shift < 60, value >> (shift + 4) != 0 { shift += 4 }
        while shift >= 0 {
            let digit = UInt8(value >> shift & 0xF)
            bytes.append(digit < 10 ? UInt8(ascii: "0") + digit : UInt8(ascii: "a") + digit - 10)
            shift -= 4
        }
    }

    mutating func write<Value>(_ value: Value?, _ writeValue: (inout PackedWriter, Value) -> Void) {
        guard let value else {
            bytes.append(UInt8(ascii: "~"))
            return
        }
        writeValue(&self, value)
    }

    mutating func write<Element>(_ elements: [Element], _ writeElement: (inout PackedWriter, Element) -> Void) {
        write(elements.count)
        for element in elements { writeElement(&self, element) }
    }
}

extension PackedWriter {
    mutating func write(_ roadmap: Roadmap) {
        write(roadmap.id)
        write(roadmap.title)
        write(roadmap.estimate) { $0.write($1) }
        write(roadmap.phases) { $0.write($1) }
    }

    mutating func write(_ phase: Phase) {
        write(phase.number)
        write(phase.title)
        write(phase.estimate) { $0.write($1) }
        write(phase.goals) { $0.write($1) }
        write(phase.topics) { $0.write($1) }
        write(phase.resources) { $0.write($1) }
        write(phase.isOptional)
        write(phase.line)
    }

    mutating func write(_ topic: Topic) {
        write(topic.position)
        write(topic.slug.rawValue)
        write(topic.title)
        write(topic.kind.rawValue)
        write(topic.subtopics) { $0.write($1) }
        write(topic.resources) { $0.write($1) }
        write(topic.isCheckedInSource)
        write(topic.line)
    }

    mutating func write(_ resource: Resource) {
        write(resource.title)
        write(resource.url) { $0.write($1) }
    }

    mutating func write(_ estimate: TimeEstimate) {
        write(estimate.text)
        write(estimate.minWeeks) { $0.write($1) }
        write(estimate.maxWeeks) { $0.write($1) }
        write(estimate.isOngoing)
        write(estimate.minHoursPerWeek) { $0.write($1) }
        write(estimate.maxHoursPerWeek) { $0.write($1) }
    }
}
