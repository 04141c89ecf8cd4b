/// Writes ``StudyProgress`` as the very bytes Foundation's `JSONEncoder` gave for it with the
/// options the store used (`.prettyPrinted`, `.sortedKeys`, `.withoutEscapingSlashes`, `.iso8601`
/// dates), and ``JSONTextEncoder`` gives now, without Codable's boxes and containers.
///
/// Their layout: two spaces per level, `"key" : value`, an empty object or array as an opening
/// line, an empty line and the closing bracket, keys sorted by their UTF-8 bytes, only `"`, `\`
/// and control characters escaped, numbers as Swift prints them without a trailing `.0`, dates
/// as `2026-11-22T10:05:00Z`. ProgressWriterTests compare the two on varied progress.
struct ProgressWriter {
    /// Where the bytes gather before they go to `flush` a chunk at a time (the file is 16 MB at
    /// 100,000 topics, and is never whole in memory).
    private let chunk: UnsafeMutableBufferPointer<UInt8>
    private var count = 0
    private let flush: (UnsafeBufferPointer<UInt8>) -> Void
    private var depth = 0
    /// The last date written and its text: a topic's dates are often the same. The text is
    /// kept in place, not in an array, so writing it again costs no reference counting.
    private var lastDate: Timestamp?
    private var lastDateText: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
    private var lastDateLength = 0
    /// Where a new date's text is made.
    private var dateText: [UInt8] = []

    /// The size of the chunks handed to a sink.
    static let chunkSize = 65536

    /// Whether the writer can write `progress`: not when it holds a number JSON cannot hold
    /// (an infinite hoursPerWeek), which the caller leaves to ``JSONTextEncoder`` to refuse in
    /// its words.
    static func canWrite(_ progress: StudyProgress) -> Bool {
        progress.settings.hoursPerWeek?.isFinite ?? true
    }

    /// Hands the bytes of `progress`, which the writer must be able to write, to `sink` in
    /// order, at most ``chunkSize`` at a time, except a piece that would fill a chunk by itself
    /// (a large roadmap's second half, or a very long note), which goes as it is.
    static func write(_ progress: StudyProgress, to sink: (UnsafeBufferPointer<UInt8>) -> Void) {
        precondition(canWrite(progress), "JSON cannot hold hoursPerWeek \(progress.settings.hoursPerWeek ?? 0)")
        writing(depth: 0, to: sink) { $0.write(progress) }
    }

    /// Runs `write` with a writer that starts at `depth` and hands its bytes to `sink`.
    private static func writing(depth: Int, to sink: (UnsafeBufferPointer<UInt8>) -> Void, _ write: (inout ProgressWriter) -> Void) {
        let chunk = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: chunkSize)
        defer { chunk.deallocate() }
        withoutActuallyEscaping(sink) { sink in
            var writer = ProgressWriter(chunk: chunk, flush: sink, depth: depth)
            write(&writer)
            writer.flushChunk()
        }
    }

    private init(chunk: UnsafeMutableBufferPointer<UInt8>, flush: @escaping (UnsafeBufferPointer<UInt8>) -> Void, depth: Int) {
        self.chunk = chunk
        self.flush = flush
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
            number(JSONText.number(hours))
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
            var bytes: [UInt8] = []
            bytes.reserveCapacity(indices.count * 192)
            writing(depth: depth, to: { bytes.append(contentsOf: $0) }) { writer in
                var first = false
                writer.write(indices, of: topics, first: &first)
            }
            return bytes
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
        JSONText.writeString(text) { put($0) }
    }

    private mutating func date(_ date: Timestamp) {
        put(UInt8(ascii: "\""))
        if date != lastDate {
            dateText.removeAll(keepingCapacity: true)
            ISO8601.append(date, to: &dateText)
            guard dateText.count <= MemoryLayout.size(ofValue: lastDateText) else {
                // Not expected (a date's text is about 20 bytes), but a longer one is
                // written as it is and not kept.
                lastDate = nil
                let text = dateText
                text.withUnsafeBufferPointer { put($0) }
                return put(UInt8(ascii: "\""))
            }
            lastDate = date
            lastDateLength = dateText.count
            withUnsafeMutableBytes(of: &lastDateText) { $0.copyBytes(from: dateText) }
        }
        let text = lastDateText
        let length = lastDateLength
        withUnsafeBytes(of: text) { raw in
            raw.withMemoryRebound(to: UInt8.self) { put(UnsafeBufferPointer(rebasing: $0[..<length])) }
        }
        put(UInt8(ascii: "\""))
    }

    private mutating func number(_ text: String) {
        var text = text
        text.withUTF8 { put($0) }
    }

    // MARK: - Output

    @inline(__always)
    private mutating func put(_ byte: UInt8) {
        if count == chunk.count { flushChunk() }
        chunk[count] = byte
        count += 1
    }

    @inline(__always)
    private mutating func put(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard bytes.count <= chunk.count - count else { return putBeyondChunk(bytes) }
        guard let start = bytes.baseAddress else { return }
        UnsafeMutableRawPointer(chunk.baseAddress! + count).copyMemory(from: start, byteCount: bytes.count)
        count += bytes.count
    }

    /// Bytes that do not fit in what is left of the chunk: the chunk goes first, then they
    /// start a new one, or go as they are when they would fill it.
    private mutating func putBeyondChunk(_ bytes: UnsafeBufferPointer<UInt8>) {
        flushChunk()
        if bytes.count < chunk.count {
            put(bytes)
        } else {
            flush(bytes)
        }
    }

    private mutating func flushChunk() {
        guard count > 0 else { return }
        flush(UnsafeBufferPointer(rebasing: chunk[..<count]))
        count = 0
    }
}
