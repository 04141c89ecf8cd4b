/// A topic as the builder collects it, before positions and unique slugs are assigned.
struct DraftTopic: Sendable {
    private(set) var title: String
    /// The slug of the title, before it is made unique.
    private(set) var slug: String
    /// Two drafts with the same key describe the same topic: parenthesised asides and
    /// punctuation do not count ("Reinforcement Learning (Optional)" is "Reinforcement Learning").
    let mergeKey: String
    var kind: Topic.Kind
    private(set) var subtopics: [String] = []
    private(set) var resources: [Resource] = []
    var line: Int
    /// The subtopics' keys in their order, and which resources are in, so that adding stays
    /// linear however many a topic has.
    private var subtopicKeys = KeyIndex()
    private var resourceKeys = KeyIndex()

    init(title: String, kind: Topic.Kind, resources: [Resource] = [], line: Int) {
        self.title = title
        self.kind = kind
        self.line = line
        let slug = TopicSlug(title: title).rawValue
        self.slug = slug
        mergeKey = Self.slugWithoutParentheses(of: title) ?? slug
        for resource in resources { addResource(resource) }
    }
    /// True for a task item ticked in the roadmap (`- [x]`).
    var checked = false

    mutating func addSubtopic(_ text: String) {
        let text = text.trimmingSpace
        guard !text.isEmpty else { return }
        Self.withSubtopicKey(of: text) { addSubtopic(text, key: $0) }
    }

    /// Adds trimmed, non-empty `text` whose ``subtopicKey(_:)`` has the bytes `key`.
    private mutating func addSubtopic(_ text: String, key: UnsafeBufferPointer<UInt8>) {
        let next = subtopics.count
        let index = subtopicKeys.position(entering: key)
        if index == next {
            subtopics.append(text)
        } else if text.isLonger(than: subtopics[index]) {
            // Keep the richer wording: "Linear Algebra: Vectors, matrices" over "Linear Algebra".
            subtopics[index] = text
        }
    }

    mutating func addResource(_ resource: Resource) {
        // One key for each resource kept, so a new key stands where the resource goes.
        guard resource.withIdentityBytes({ resourceKeys.position(entering: $0) }) == resources.count else { return }
        resources.append(resource)
    }

    mutating func merge(_ other: DraftTopic) {
        if other.title.isLonger(than: title), mergeKey == other.mergeKey {
            title = other.title
            slug = other.slug
        }
        // The other's keys, rather than computed again.
        for (position, subtopic) in other.subtopics.enumerated() {
            other.subtopicKeys.withKey(at: position) { addSubtopic(subtopic, key: $0) }
        }
        for resource in other.resources { addResource(resource) }
        checked = checked || other.checked
    }

    /// Two subtopics with the same key say the same thing: the slug of the words before the
    /// first colon (or up to the second, when the text starts with one), parenthesised asides
    /// left out (`Vectors (basics): dot products` is `vectors`).
    static func subtopicKey(_ text: String) -> String {
        withSubtopicKey(of: text) { String(decoding: $0, as: UTF8.self) }
    }

    /// Calls `body` with the bytes of ``subtopicKey(_:)``: for ASCII text, written on the
    /// stack without making a `String`.
    static func withSubtopicKey<Result>(of text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        if text.isASCIIText {
            // By byte, in one pass: the words before the first colon, parenthesised asides left out.
            let result: Result? = text.withUTF8Bytes { bytes in
                let end = UTF8Bytes.firstIndex(of: UInt8(ascii: ":"), in: bytes, from: 0) ?? bytes.endIndex
                return end > 0 ? TopicSlug.withASCIISlug(of: bytes[..<end], droppingParentheses: true, body) : nil
            }
            if let result { return result }
        }
        var key = generalSubtopicKey(text)
        return key.withUTF8 { body($0) }
    }

    /// ``subtopicKey(_:)`` by the general rule, for any text.
    private static func generalSubtopicKey(_ text: String) -> String {
        var head = text
        if let colon = text.firstByteIndex(of: UInt8(ascii: ":")) {
            head = colon > text.startIndex ? String(text[..<colon]) : text.split(separator: ":", maxSplits: 1).first.map(String.init) ?? text
        }
        return TopicSlug(title: removingParentheses(head)).rawValue
    }

    /// The slug of `title` with its parenthesised asides left out, or nil when it has no
    /// parentheses (and so the slug is the title's own).
    private static func slugWithoutParentheses(of title: String) -> String? {
        guard title.containsByte(where: { $0 == UInt8(ascii: "(") || $0 == UInt8(ascii: ")") }) else { return nil }
        guard title.isASCIIText else { return TopicSlug(title: removingParentheses(title)).rawValue }
        return title.withUTF8Bytes { TopicSlug.asciiSlug(of: $0[...], droppingParentheses: true) }
    }

    static func removingParentheses(_ text: String) -> String {
        guard text.containsByte(where: { $0 == UInt8(ascii: "(") || $0 == UInt8(ascii: ")") }) else { return text }
        // By byte: parentheses are ASCII, and what stays is copied whole.
        return text.withUTF8Bytes { bytes in
            var result: [UInt8] = []
            result.reserveCapacity(bytes.count)
            var depth = 0
            for byte in bytes {
                if byte == UInt8(ascii: "(") {
                    depth += 1
                } else if byte == UInt8(ascii: ")") {
                    depth = max(0, depth - 1)
                } else if depth == 0 {
                    result.append(byte)
                }
            }
            return String(decoding: result, as: UTF8.self)
        }
    }
}

/// A phase as the builder collects it.
struct DraftPhase: Sendable {
    var title: String
    var line: Int
    var periodKey: String?
    var estimate: TimeEstimate?
    private(set) var goals: [String] = []
    private(set) var topics: [DraftTopic] = []
    private(set) var resources: [Resource] = []
    private var resourceKeys = KeyIndex()
    var isOptional = false
    /// The topics' merge keys in their order, so adding stays linear in large roadmaps.
    private var topicKeys = KeyIndex()

    init(title: String, line: Int, periodKey: String? = nil, estimate: TimeEstimate? = nil, isOptional: Bool = false) {
        self.title = title
        self.line = line
        self.periodKey = periodKey
        self.estimate = estimate
        self.isOptional = isOptional
    }

    /// Adds a topic, or merges it into the one with the same key; returns where it stands.
    @discardableResult
    mutating func addTopic(_ topic: consuming DraftTopic) -> Int? {
        // Consumed, so that a new topic is moved into `topics` rather than copied field by field.
        guard !topic.title.isEmpty else { return nil }
        // One lookup: a key not seen yet is entered at the next position.
        let index = topic.mergeKey.withUTF8Bytes { topicKeys.position(entering: $0) }
        if index == topics.count {
            topics.append(topic)
        } else {
            topics[index].merge(topic)
        }
        return index
    }

    mutating func updateTopic(at index: Int, _ change: (inout DraftTopic) -> Void) {
        change(&topics[index])
    }

    /// Turns a phase that names no topics into one topic named after the phase.
    mutating func addPhaseAsTopic() {
        addTopic(DraftTopic(title: title, kind: .study, resources: resources, line: line))
        resources = []
        resourceKeys = KeyIndex()
    }

    mutating func addResource(_ resource: Resource) {
        // One key for each resource kept, so a new key stands where the resource goes.
        guard resource.withIdentityBytes({ resourceKeys.position(entering: $0) }) == resources.count else { return }
        resources.append(resource)
    }

    /// Adds a goal the phase does not state already.
    mutating func addGoal(_ goal: String) {
        if !goals.contains(goal) { goals.append(goal) }
    }

    /// The phase and its topics `lines` lines further down: read from a piece of a document
    /// that numbers its lines from 1, and moved once the lines before the piece are counted.
    mutating func moveLines(by lines: Int) {
        line += lines
        for index in topics.indices { topics[index].line += lines }
    }

    /// Folds in another description of the same period, such as a detailed section that
    /// follows a summary table row.
    mutating func merge(_ other: DraftPhase) {
        if other.title.isLonger(than: title) { title = other.title }
        estimate = estimate ?? other.estimate
        for goal in other.goals { addGoal(goal) }
        for topic in other.topics { addTopic(topic) }
        for resource in other.resources { addResource(resource) }
    }
}

extension String {
    /// Whether the text has more characters than `other`; ASCII text is measured by byte,
    /// without reading characters.
    func isLonger(than other: String) -> Bool {
        // No more bytes than `other` has characters (ASCII without a carriage return, which
        // with a line feed makes one character) means no more characters: the usual case, a
        // text met again, is settled without reading this one.
        if utf8.count <= other.utf8.count,
            other.withUTF8Bytes({ !UTF8Bytes.containsNonASCII($0) && UTF8Bytes.firstIndex(of: 0x0D, in: $0, from: 0) == nil })
        {
            return false
        }
        return isASCIIText && other.isASCIIText ? utf8.count > other.utf8.count : count > other.count
    }
}

extension Resource {
    /// Calls `body` with bytes that are equal for the same link, or the same named book or
    /// course: a mark for which it is (1 or 2), then the link or the name lower-cased.
    func withIdentityBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        let (mark, text) = url.map { (UInt8(1), $0) } ?? (2, title.lowercasedText)
        return text.withUTF8Bytes { bytes in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count + 1) { identity in
                identity[0] = mark
                _ = UnsafeMutableBufferPointer(rebasing: identity[1...]).initialize(from: bytes)
                return body(UnsafeBufferPointer(identity))
            }
        }
    }
}
