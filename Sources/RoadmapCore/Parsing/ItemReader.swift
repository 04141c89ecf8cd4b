/// Reads list items inside a phase as topics, subtopics and resources.
enum ItemReader {
    /// Adds the topics one phase-level item stands for.
    ///
    /// Usually one item is one topic and its nested items are subtopics. A label that names
    /// a kind of content (`Resources:`, `Topics:`) sorts its nested items by that kind, and an
    /// item that introduces nested items that are all bare links (`Start with these
    /// packages:` → `[NumPy](…)`) stands for those linked items. An item that names a thing
    /// (`Git & GitHub` → `[Pro Git](…)`) is the topic, and its links are its resources.
    static func addTopics(from node: ListNode, kind: Topic.Kind, to phase: inout DraftPhase) {
        if let label = node.label, let role = SectionRole(label: label), !node.children.isEmpty {
            switch role {
            case .resources:
                for child in node.children { for resource in resources(in: child) { phase.addResource(resource) } }
            case .topics(let labelledKind):
                for child in node.children { addTopics(from: child, kind: labelledKind, to: &phase) }
            case .goals:
                for child in node.children { phase.addGoal(child.flattened) }
            case .estimate:
                phase.estimate = phase.estimate ?? EstimateReader.estimate(in: node.flattened)
            case .ignored:
                break
            }
            return
        }
        if !node.children.isEmpty, node.children.allSatisfy({ $0.inline.isOnlyLinks && $0.children.isEmpty }),
            introducesItems(node.inline.plain)
        {
            for child in node.children {
                let link = child.inline.links[0]
                var topic = DraftTopic(title: Title.clean(link.title), kind: kind, line: child.line)
                for resource in child.inline.links { topic.addResource(resource) }
                phase.addTopic(consume topic)
            }
            return
        }
        let inline = node.inline
        if isNoteAboutTheDocument(inline.plain) { return }
        var kind = kind
        // The item's readable text and links, the topic's own.
        var (plain, links) = (inline.plain, inline.links)
        var labelled = RoadmapBuilder.labelled(node.text)
        var isLabelledTopic = false
        if let (label, rest) = labelled, !rest.isEmpty, let role = SectionRole(label: label) {
            // "**Book:** Programming Rust", "**Project:** a URL shortener": a label that names a
            // kind of content says what the rest of the item is, as it does for nested items. A
            // task item stays a topic, keeping its tick; so does text a label cannot place.
            switch role {
            case .topics(let labelledKind):
                // The rest is the topic, of the kind the label names.
                kind = labelledKind
                let restInline = InlineText(rest)
                (plain, links) = (restInline.plain, restInline.links)
                labelled = nil
                isLabelledTopic = true
            case .resources where node.checked == nil:
                for resource in resources(labelled: label, text: rest, leadsIntoItems: !node.children.isEmpty) { phase.addResource(resource) }
                for child in node.children { for resource in resources(in: child) { phase.addResource(resource) } }
                return
            case .goals where node.checked == nil:
                phase.addGoal(Title.clean(rest))
                for child in node.children { phase.addGoal(child.flattened) }
                return
            case .estimate where node.checked == nil:
                if let estimate = EstimateReader.estimate(in: rest) {
                    phase.estimate = phase.estimate ?? estimate
                    return
                }
            default:
                break
            }
        }
        // `Statistics book: Practical Statistics`: a named book or course, not a thing to study.
        if !isLabelledTopic, node.checked == nil, isNamedResource(node) {
            for resource in resources(in: node) { phase.addResource(resource) }
            return
        }
        var topic: DraftTopic
        // What the item says beyond its title, added before its links and nested items.
        var firstSubtopic: String?
        if let (label, rest) = labelled, !rest.isEmpty, label.utf8.count <= 60 || label.count <= 60 {
            // "**SQL:** joins, indexes": the bold label is the topic, the rest describes it;
            // "**RL:** *(Optional)*" is a remark on the title.
            let remark = Title.clean(rest)
            if remark.hasPrefix("("), remark.hasSuffix(")") {
                topic = DraftTopic(title: Title.clean(label) + " " + remark, kind: kind, line: node.line)
            } else {
                topic = DraftTopic(title: Title.clean(label), kind: kind, line: node.line)
                firstSubtopic = InlineText(rest).plain
            }
        } else if node.checked != nil {
            // A task item: "- [x] Linear Algebra (done 2026-11-22)" names "Linear Algebra".
            topic = DraftTopic(title: topicTitle(removingStatusRemark(plain)), kind: kind, line: node.line)
        } else {
            let text = Title.removingDecoration(plain)
            topic = DraftTopic(title: topicTitle(undecorated: text), kind: kind, line: node.line)
            firstSubtopic = detail(ofUndecorated: text, title: topic.title)
        }
        topic.checked = node.checked == true
        // The topic is entered with its title alone and its details added where it stands:
        // a topic met before (a plan that repeats a section) takes them directly, rather than
        // from a second topic holding them all, built and then merged into it.
        guard let index = phase.addTopic(consume topic) else { return }
        phase.updateTopic(at: index) { topic in
            if let firstSubtopic { topic.addSubtopic(firstSubtopic) }
            for link in links { topic.addResource(link) }
            for child in node.children { addDetails(of: child, to: &topic) }
        }
    }

    /// Adds what an item nested under a topic says: a resource, a subtopic, or a labelled group.
    static func addDetails(of node: ListNode, to topic: inout DraftTopic) {
        if let label = node.label, let role = SectionRole(label: label), !node.children.isEmpty {
            switch role {
            case .resources:
                for child in node.children { for resource in resources(in: child) { topic.addResource(resource) } }
            case .topics:
                for child in node.children { addDetails(of: child, to: &topic) }
            case .goals, .estimate, .ignored:
                break
            }
            return
        }
        if node.isResource || isNamedResource(node) {
            for resource in resources(in: node) { topic.addResource(resource) }
            return
        }
        for link in node.inline.links { topic.addResource(link) }
        if node.children.contains(where: { $0.isResource }) {
            topic.addSubtopic(node.clean)
            for child in node.children { addDetails(of: child, to: &topic) }
        } else {
            topic.addSubtopic(node.flattened)
        }
    }

    /// Whether an item's text leads into the items nested under it rather than naming a thing to
    /// learn: it ends with a colon or a question mark (`Packages like:`), it is a sentence of
    /// six words or more (`Start with some basic Python packages as follows`), or its last word
    /// names a kind of thing that its items are examples of (`Python libraries`, `Useful
    /// links`). `Git & GitHub` and `Docker` name things: their links are their resources.
    static func introducesItems(_ plain: String) -> Bool {
        let text = plain.trimmingSpace
        if text.hasSuffix(":") || text.hasSuffix("?") { return true }
        // Words with a letter or digit: `Version control — Git & GitHub` has four.
        let words = TopicSlug.allWords(of: text)
        return words.count >= 6 || words.last.map(kindsOfThings.contains) == true
    }

    /// Plural words for kinds of things to learn or of resources, the last word of an item
    /// that lists examples of them.
    private static let kindsOfThings: Set<String> = [
        "links", "resources", "libraries", "packages", "frameworks", "tools", "courses", "books", "videos",
        "tutorials", "articles", "papers", "sites", "websites", "channels", "playlists", "repos", "repositories",
        "docs", "references", "readings", "languages", "technologies", "examples", "topics", "modules",
    ]

    /// The resources an item names: its links, or the item itself when it names a book or
    /// course without a link. Nested items are read too.
    static func resources(in node: ListNode) -> [Resource] {
        var found: [Resource] = []
        let inline = node.inline
        if !inline.links.isEmpty {
            found = inline.links
        } else if node.label == nil || node.children.isEmpty {
            let title = node.clean
            if !title.isEmpty { found = [Resource(title: title)] }
        }
        for child in node.children { found += resources(in: child) }
        return found
    }

    /// What text after a label for resources names (`**Book:** Programming Rust`,
    /// `**Resources:** [A](…)`): its links, and after a label for one kind of resource (a book,
    /// a course), its words as the name of one when they say more than the links' own titles
    /// (`*Programming Rust* (see [errata](…))`) and lead into no nested items (`see below`).
    static func resources(labelled label: String, text: String, leadsIntoItems: Bool) -> [Resource] {
        let inline = InlineText(text)
        let title = Title.cleanPlainText(inline.plain)
        let lastWord = label.lowercasedText.split(whereSeparator: { !$0.isLetter }).last.map(String.init) ?? ""
        guard !title.isEmpty, isKindOfResource(lastWord), !inline.isOnlyLinks, !inline.links.contains(where: { $0.title == title }),
            !(leadsIntoItems && inline.links.isEmpty)
        else { return inline.links }
        return [Resource(title: title)] + inline.links
    }

    /// Whether a lower-cased word names a kind of resource, singular or plural: `book`, `courses`.
    private static func isKindOfResource(_ word: some StringProtocol) -> Bool {
        resourceKinds.contains(String(word)) || (word.hasSuffix("s") && resourceKinds.contains(String(word.dropLast())))
    }

    private static let resourceKinds: Set<String> = [
        "book", "course", "playlist", "video", "tutorial", "paper", "documentation", "docs", "website",
    ]

    /// `Statistics book: Practical Statistics for Data Scientists`: a named book or course.
    private static func isNamedResource(_ node: ListNode) -> Bool {
        guard node.children.isEmpty else { return false }
        let plain = node.inline.plain
        guard let colon = plain.firstByteIndex(of: UInt8(ascii: ":")) else { return false }
        // "Statistics book: …" names a book; "Read foundational papers: …" is a thing to do.
        // Counted by byte first: most items with a colon have more than two words before it.
        var words = 0
        var inWord = false
        for byte in plain[..<colon].utf8 {
            if byte == UInt8(ascii: " ") {
                inWord = false
            } else if !inWord {
                inWord = true
                words += 1
                if words > 2 { return false }
            }
        }
        // The last word, whole: "Jupyter notebooks: …" and "Facebook: …" name no book.
        guard let last = String(plain[..<colon]).lowercasedText.split(separator: " ").last else { return false }
        return isKindOfResource(last)
    }

    /// A task item's title without a closing `(done …)`, `(in progress …)` or `(skipped)` remark.
    static func removingStatusRemark(_ plain: String) -> String {
        guard plain.hasSuffix(")"), let open = plain.lastIndex(of: "(") else { return plain }
        let remark = plain[plain.index(after: open)...].lowercased()
        guard ["done", "in progress", "skipped", "started"].contains(where: { remark.hasPrefix($0) }) else { return plain }
        return String(plain[..<open]).trimmingSpace
    }

    /// "Send an edit request to the list": words to the document's contributors, not a study item.
    private static func isNoteAboutTheDocument(_ plain: String) -> Bool {
        // Each phrase has "request", "contribut" or "star this" in it: most items have none
        // of those letters in a row, which ASCII text shows without being lower-cased.
        if plain.isASCIIText, !plain.withUTF8Bytes({ bytes in
            ["request", "contribut", "star this"].contains { UTF8Bytes.contains($0, ignoringASCIICaseIn: bytes) }
        }) {
            return false
        }
        let lower = plain.lowercasedText
        return ["edit request", "pull request", "contributions welcome", "contributions are welcome", "star this repo",
                "feel free to contribute"].contains { lower.firstByteRange(of: $0) != nil }
    }

    /// A topic's title: its text, or the first sentence of a long item.
    static func topicTitle(_ plain: String) -> String {
        topicTitle(undecorated: Title.removingDecoration(plain))
    }

    /// ``topicTitle(_:)`` of text whose decoration is removed already.
    private static func topicTitle(undecorated text: String) -> String {
        Title.clean(text.isLong ? Title.firstSentence(of: text) : text)
    }

    /// What a long item says beyond its title, kept as a subtopic so nothing is lost: `text`
    /// is the item's plain text with its decoration removed.
    private static func detail(ofUndecorated text: String, title: String) -> String? {
        guard text.isLong, text.hasPrefix(title) else { return nil }
        var rest = String(text.dropFirst(title.count)).trimmingSpace
        while let first = rest.first, ".:;,".contains(first) { rest = String(rest.dropFirst()).trimmingSpace }
        return rest.isEmpty ? nil : rest
    }
}

private extension String {
    /// Longer than 80 characters: an item to shorten to its first sentence. (No more bytes
    /// than that means no more characters, so most items are not counted.)
    var isLong: Bool { utf8.count > 80 && count > 80 }
}
