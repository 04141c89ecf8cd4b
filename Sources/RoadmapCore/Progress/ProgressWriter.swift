#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Writes ``StudyProgress`` as the very bytes `JSONEncoder` gave for it with the options the
/// store used (`.prettyPrinted`, `.sortedKeys`, `.withoutEscapingSlashes`, `.iso8601` dates),
/// without Codable's boxes and containers.
///
/// Their layout: two spaces per level, `"key" : value`, an empty object or array as an opening
/// line, an empty line and the closing bracket, keys sorted by their UTF-8 bytes, only `"`, `\`
/// and control characters escaped, numbers as Swift prints them without a trailing `.0`, dates
/// as `2026-11-22T10:05:00Z`. ProgressWriterTests compare the two on varied progress.
struct ProgressWriter {
    /// Where the bytes go: the new array's memory, written in place (the file is 16 MB at
    /// 100,000 topics, and appending to an array checks its storage at every byte).
    private let output: UnsafeMutableBufferPointer<UInt8>
    private var count = 0
    /// Set when `output` turned out too small; the caller tries again with more room.
    private var overflowed = false
    private var depth = 0
    /// The last date written and its text: a topic's dates are often the same.
    private var lastDate: Date?
    private var lastDateText: [UInt8] = []

    /// The file's bytes; nil when the progress holds a number JSON cannot hold (an infinite
    /// hoursPerWeek), which the caller leaves to `JSONEncoder` to refuse in its words.
    ///
    /// The array has room to spare (only what is written is touched), so a byte appended to it
    /// is not a copy of the whole.
    static func bytes(for progress: StudyProgress) -> [UInt8]? {
        if let hours = progress.settings.hoursPerWeek, !hours.isFinite { return nil }
        let topicCount = progress.roadmaps.values.reduce(0) { $0 + $1.topics.count }
        return written(capacity: 4096 + topicCount * 256 + progress.history.count * 1024, depth: 0) { $0.write(progress) }
    }

    /// What `write` writes, starting at `depth`, into an array that grows until it fits.
    private static func written(capacity: Int, depth: Int, _ write: (inout ProgressWriter) -> Void) -> [UInt8] {
        var capacity = capacity
        while true {
            var complete = false
            let bytes = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, initialized in
                var writer = ProgressWriter(output: buffer, depth: depth)
                write(&writer)
                complete = !writer.overflowed
                initialized = complete ? writer.count : 0
            }
            if complete { return bytes }
            capacity *= 2
        }
    }

    private init(output: UnsafeMutableBufferPointer<UInt8>, depth: Int) {
        self.output = output
        self.depth = depth
    }

    /// Roadmaps with at least this many topics have the second half of their entries written
    /// on another thread meanwhile (half of 100,000 entries is about 30 ms).
    static let parallelTopicCount = 10_000

    private mutating func write(_ progress: StudyProgress) {
        var first = open(UInt8(ascii: "{"))
        if let active = progress.activeRoadmap {
            key("\"activeRoadmap\" : ", &first)
            string(active)
        }
        key("\"history\" : ", &first)
        var firstChange = open(UInt8(ascii: "["))
        for change in progress.history {
            element(&firstChange)
            write(change)
        }
        close(UInt8(ascii: "]"))
        key("\"roadmaps\" : ", &first)
        var firstRoadmap = open(UInt8(ascii: "{"))
        for index in Self.sortedIndices(progress.roadmaps) {
            let (id, roadmap) = progress.roadmaps[index]
            element(&firstRoadmap)
            string(id)
            raw(" : ")
            var firstField = open(UInt8(ascii: "{"))
            key("\"topics\" : ", &firstField)
            var firstTopic = open(UInt8(ascii: "{"))
            let order = Self.sortedIndices(roadmap.topics)
            let half = order.count >= Self.parallelTopicCount ? order.count / 2 : order.count
            let secondHalf = half < order.count ? Self.writing(order[half...], of: roadmap.topics, depth: depth) : nil
            write(order[..<half], of: roadmap.topics, first: &firstTopic)
            if let secondHalf, let bytes = try? secondHalf.value() {
                bytes.withUnsafeBufferPointer { put($0) }
            } else {
                write(order[half...], of: roadmap.topics, first: &firstTopic)
            }
            close(UInt8(ascii: "}"))
            close(UInt8(ascii: "}"))
        }
        close(UInt8(ascii: "}"))
        key("\"settings\" : ", &first)
        var firstSetting = open(UInt8(ascii: "{"))
        if let hours = progress.settings.hoursPerWeek {
            key("\"hoursPerWeek\" : ", &firstSetting)
            var text = hours.description
            if text.hasSuffix(".0") { text.removeLast(2) }
            number(text)
        }
        close(UInt8(ascii: "}"))
        key("\"version\" : ", &first)
        number(String(progress.version))
        close(UInt8(ascii: "}"))
    }

    /// The entries at `indices`, in that order, each after a separator unless it is `first`.
    private mutating func write(
        _ indices: ArraySlice<Dictionary<String, TopicProgress>.Index>, of topics: [String: TopicProgress], first: inout Bool
    ) {
        for index in indices {
            let (slug, topic) = topics[index]
            element(&first)
            string(slug)
            raw(" : ")
            write(topic)
        }
    }

    /// The entries at `indices` written on another thread as they follow earlier ones.
    private static func writing(
        _ indices: ArraySlice<Dictionary<String, TopicProgress>.Index>, of topics: [String: TopicProgress], depth: Int
    ) -> Background<[UInt8]> {
        Background(onThread: true) {
            written(capacity: 4096 + indices.count * 256, depth: depth) { writer in
                var first = false
                writer.write(indices, of: topics, first: &first)
            }
        }
    }

    private mutating func write(_ topic: TopicProgress) {
        var first = open(UInt8(ascii: "{"))
        if let finished = topic.finished {
            key("\"finished\" : ", &first)
            date(finished)
        }
        if !topic.notes.isEmpty {
            key("\"notes\" : ", &first)
            var firstNote = open(UInt8(ascii: "["))
            for note in topic.notes {
                element(&firstNote)
                var firstField = open(UInt8(ascii: "{"))
                key("\"date\" : ", &firstField)
                date(note.date)
                key("\"text\" : ", &firstField)
                string(note.text)
                close(UInt8(ascii: "}"))
            }
            close(UInt8(ascii: "]"))
        }
        if let started = topic.started {
            key("\"started\" : ", &first)
            date(started)
        }
        key("\"status\" : ", &first)
        string(topic.status.rawValue)
        key("\"updated\" : ", &first)
        date(topic.updated)
        close(UInt8(ascii: "}"))
    }

    private mutating func write(_ change: ProgressChange) {
        var first = open(UInt8(ascii: "{"))
        key("\"action\" : ", &first)
        string(change.action.rawValue)
        key("\"date\" : ", &first)
        date(change.date)
        key("\"entries\" : ", &first)
        var firstEntry = open(UInt8(ascii: "["))
        for entry in change.entries {
            element(&firstEntry)
            var firstField = open(UInt8(ascii: "{"))
            if let after = entry.after {
                key("\"after\" : ", &firstField)
                write(after)
            }
            if let before = entry.before {
                key("\"before\" : ", &firstField)
                write(before)
            }
            key("\"slug\" : ", &firstField)
            string(entry.slug)
            close(UInt8(ascii: "}"))
        }
        close(UInt8(ascii: "]"))
        key("\"roadmap\" : ", &first)
        string(change.roadmap)
        key("\"summary\" : ", &first)
        string(change.summary)
        close(UInt8(ascii: "}"))
    }

    /// The positions of a dictionary's entries in the order `JSONEncoder` writes them: by the
    /// UTF-8 bytes of their keys.
    static func sortedIndices<Value>(_ dictionary: [String: Value]) -> [Dictionary<String, Value>.Index] {
        let indices = Array(dictionary.indices)
        return KeyOrder.indices(sorting: indices.map { dictionary[$0].key }).map { indices[$0] }
    }

    // MARK: - Layout

    /// Writes an opening bracket; returns the flag that says no member has been written yet.
    private mutating func open(_ bracket: UInt8) -> Bool {
        put(bracket)
        put(UInt8(ascii: "\n"))
        depth += 1
        return true
    }

    private mutating func close(_ bracket: UInt8) {
        put(UInt8(ascii: "\n"))
        depth -= 1
        indent()
        put(bracket)
    }

    /// Starts a member or element: the separator after the one before, and the indentation.
    private mutating func element(_ first: inout Bool) {
        if !first { raw(",\n") }
        first = false
        indent()
    }

    /// Starts a member with a fixed key, written with its quotes and `" : "`.
    private mutating func key(_ quotedKey: StaticString, _ first: inout Bool) {
        element(&first)
        raw(quotedKey)
    }

    private mutating func indent() {
        let spaces: StaticString = "                                                                "
        var count = depth * 2
        while count > 0 {
            let run = min(count, spaces.utf8CodeUnitCount)
            put(UnsafeBufferPointer(start: spaces.utf8Start, count: run))
            count -= run
        }
    }

    private mutating func raw(_ text: StaticString) {
        put(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    // MARK: - Values

    private mutating func string(_ text: String) {
        put(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { utf8 in
            var start = 0
            var index = 0
            while index < utf8.count {
                // Eight bytes at a time up to one that must be escaped.
                if utf8.count - index >= 8 {
                    let marks = ByteWords.specialMarks(ByteWords.load(utf8, at: index))
                    guard marks != 0 else {
                        index += 8
                        continue
                    }
                    index += ByteWords.offset(ofFirst: marks)
                }
                let byte = utf8[index]
                index += 1
                guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
                put(UnsafeBufferPointer(rebasing: utf8[start..<index - 1]))
                start = index
                put(UInt8(ascii: "\\"))
                switch byte {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"): put(byte)
                case 0x08: put(UInt8(ascii: "b"))
                case 0x0C: put(UInt8(ascii: "f"))
                case 0x0A: put(UInt8(ascii: "n"))
                case 0x0D: put(UInt8(ascii: "r"))
                case 0x09: put(UInt8(ascii: "t"))
                default:
                    let hex: StaticString = "0123456789abcdef"
                    raw("u00")
                    put(hex.utf8Start[Int(byte >> 4)])
                    put(hex.utf8Start[Int(byte & 0x0F)])
                }
            }
            put(UnsafeBufferPointer(rebasing: utf8[start...]))
        }
        put(UInt8(ascii: "\""))
    }

    private mutating func date(_ date: Date) {
        if date != lastDate {
            lastDate = date
            lastDateText.removeAll(keepingCapacity: true)
            ISO8601.append(date, to: &lastDateText)
        }
        put(UInt8(ascii: "\""))
        let text = lastDateText  // a copy of the reference: `put` mutates self
        text.withUnsafeBufferPointer { put($0) }
        put(UInt8(ascii: "\""))
    }

    private mutating func number(_ text: String) {
        var text = text
        text.withUTF8 { put($0) }
    }

    // MARK: - Output

    @inline(__always)
    private mutating func put(_ byte: UInt8) {
        guard count < output.count else { return overflowed = true }
        output[count] = byte
        count += 1
    }

    @inline(__always)
    private mutating func put(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard bytes.count <= output.count - count else { return overflowed = true }
        guard let start = bytes.baseAddress else { return }
        UnsafeMutableRawPointer(output.baseAddress! + count).copyMemory(from: start, byteCount: bytes.count)
        count += bytes.count
    }
}
