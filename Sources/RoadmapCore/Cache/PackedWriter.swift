/// Writes the fields of ``PackedRoadmap``'s layout; ``PackedReader`` reads them in the same order.
struct PackedWriter: ~Copyable {
    private var buffer = ByteBuffer(capacity: 64 << 10)

    /// The packed bytes so far.
    var bytes: [UInt8] { buffer.bytes }

    /// Calls `body` with the packed bytes so far, without copying them.
    func withBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        try buffer.withUnsafeBytes(body)
    }

    mutating func write(raw text: String) {
        var text = text
        text.withUTF8 { buffer.append($0) }
    }

    mutating func write(_ string: String) {
        // Through `withUTF8`: a small string's bytes are otherwise appended one by one.
        var string = string
        string.withUTF8 { utf8 in
            appendNumber(UInt64(utf8.count), isNegative: false, then: UInt8(ascii: ":"))
            buffer.append(utf8)
        }
    }

    mutating func write(_ number: Int) {
        appendNumber(UInt64(number.magnitude), isNegative: number < 0, then: UInt8(ascii: ","))
    }

    mutating func write(_ flag: Bool) {
        write(flag ? 1 : 0)
    }

    /// A double by its bit pattern, so it reads back exactly.
    mutating func write(_ number: Double) {
        appendHex(number.bitPattern)
    }

    /// A `-` when negative, the decimal digits of `magnitude` as `String(_:)` writes them, and
    /// `terminator`.
    private mutating func appendNumber(_ magnitude: UInt64, isNegative: Bool, then terminator: UInt8) {
        let digits = DecimalDigits.count(of: magnitude)
        let sign = isNegative ? 1 : 0
        buffer.append(atMost: sign + digits + 1) { room in
            if isNegative { room[0] = UInt8(ascii: "-") }
            DecimalDigits.write(magnitude, digits: digits, to: room, endingAt: sign + digits)
            room[sign + digits] = terminator
            return sign + digits + 1
        }
    }

    /// The lower-case hex digits of `value`, as `String(value, radix: 16)` writes them, and a
    /// comma.
    private mutating func appendHex(_ value: UInt64) {
        let digits = max(1, (value.bitWidth - value.leadingZeroBitCount + 3) / 4)
        buffer.append(atMost: digits + 1) { room in
            var rest = value
            for index in stride(from: digits - 1, through: 0, by: -1) {
                let digit = UInt8(rest & 0xF)
                room[index] = digit < 10 ? UInt8(ascii: "0") + digit : UInt8(ascii: "a") + digit - 10
                rest >>= 4
            }
            room[digits] = UInt8(ascii: ",")
            return digits + 1
        }
    }

    mutating func write<Value>(_ value: Value?, _ writeValue: (inout PackedWriter, Value) -> Void) {
        guard let value else {
            buffer.append(UInt8(ascii: "~"))
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
