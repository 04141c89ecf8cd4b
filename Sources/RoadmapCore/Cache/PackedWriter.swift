/// Writes the fields of ``PackedRoadmap``'s layout; ``PackedReader`` reads them in the same order.
struct PackedWriter {
    private var bytes: [UInt8] = []

    var text: String { String(decoding: bytes, as: UTF8.self) }

    mutating func write(raw text: String) {
        bytes.append(contentsOf: text.utf8)
    }

    mutating func write(_ string: String) {
        bytes.append(contentsOf: String(string.utf8.count).utf8)
        bytes.append(UInt8(ascii: ":"))
        bytes.append(contentsOf: string.utf8)
    }

    mutating func write(_ number: Int) {
        bytes.append(contentsOf: String(number).utf8)
        bytes.append(UInt8(ascii: ","))
    }

    mutating func write(_ flag: Bool) {
        write(flag ? 1 : 0)
    }

    /// A double by its bit pattern, so it reads back exactly.
    mutating func write(_ number: Double) {
        bytes.append(contentsOf: String(number.bitPattern, radix: 16).utf8)
        bytes.append(UInt8(ascii: ","))
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
