/// What a labelled part of a phase holds, read from its label ("Topics:", "📚 Resources:").
enum SectionRole: Equatable {
    case topics(Topic.Kind)
    case resources
    case goals
    case estimate
    case ignored

    /// The role of a label that names a known kind of content, such as `Core Topics` or `Books`.
    init?(label: String) {
        self.init(cleanLabel: Title.clean(label))
    }

    /// The role of a label already cleaned with ``Title/clean(_:)``.
    init?(cleanLabel clean: String) {
        // Longer text, or text with a digit, is no label: skip lower-casing it.
        guard clean.utf8.count <= Self.longestLabel + 1, !clean.containsByte(where: \.isASCIIDigit) else { return nil }
        // Most labels pack (letters, spaces and a few marks), and are found without a `String`.
        let packed = clean.withUTF8Bytes { bytes in
            PackedText(bytes.last == UInt8(ascii: ":") ? UnsafeBufferPointer(rebasing: bytes.dropLast()) : bytes)
        }
        if let packed {
            guard let role = Self.packedLabels[packed] else { return nil }
            self = role
            return
        }
        var key = clean.lowercasedText
        if key.hasSuffix(":") { key.removeLast() }
        guard let role = Self.labels[key] else { return nil }
        self = role
    }

    /// ``labels`` by their packed text: every label packs (`SectionRoleTests` check it).
    private static let packedLabels: [PackedText: SectionRole] = Dictionary(
        uniqueKeysWithValues: labels.compactMap { label, role in PackedText(label).map { ($0, role) } })

    private static let longestLabel = labels.keys.map(\.utf8.count).max() ?? 0

    static let labels: [String: SectionRole] = {
        var labels: [String: SectionRole] = [:]
        for word in ["topics", "topic", "core topics", "key topics", "subtopics", "concepts", "key concepts",
                     "what to learn", "what you will learn", "what you'll learn", "learn", "skills", "syllabus",
                     "curriculum", "content", "contents", "study", "learning objectives", "focus areas"] {
            labels[word] = .topics(.study)
        }
        for word in ["practice", "practice ideas", "exercises", "exercise", "hands-on", "hands on",
                     "assignments", "challenges", "tasks", "activities", "practice tasks"] {
            labels[word] = .topics(.practice)
        }
        for word in ["projects", "project", "project ideas", "mini projects", "mini-projects", "capstone",
                     "capstone project", "build"] {
            labels[word] = .topics(.project)
        }
        for word in ["resources", "resource", "references", "reference", "reading", "further reading",
                     "books", "book", "courses", "course", "links", "materials", "learning resources",
                     "recommended resources", "videos", "video", "tutorials", "documentation", "tools and resources"] {
            labels[word] = .resources
        }
        for word in ["goal", "goals", "objective", "objectives", "outcome", "outcomes", "why", "aim", "aims",
                     "milestone", "milestones", "deliverables", "deliverable"] {
            labels[word] = .goals
        }
        for word in ["time", "duration", "estimate", "time estimate", "time estimation", "estimated time",
                     "timeline", "time required", "time needed", "how long", "total time", "time commitment"] {
            labels[word] = .estimate
        }
        for word in ["tips", "tip", "notes", "note", "n.b", "nb", "remember", "advice", "summary", "faq",
                     "warning", "caution", "pro tip", "pro tips"] {
            labels[word] = .ignored
        }
        return labels
    }()

    /// Whether a top-level section with this title is something other than a study step:
    /// tips, resource lists, summaries, introductions, FAQs, licences and the like.
    static func isNonStudySection(_ title: String) -> Bool {
        let ascii: Bool? = title.withUTF8Bytes { bytes in
            guard !UTF8Bytes.containsNonASCII(bytes) else { return nil }
            // By byte: each word looked up packed, in either case, and each phrase searched for
            // in either case (which in ASCII is the same as in the text lower-cased).
            var start = 0
            for index in 0...bytes.count where index == bytes.count || !bytes[index].isASCIILetter && !bytes[index].isASCIIDigit {
                if index > start, let word = PackedText(UnsafeBufferPointer(rebasing: bytes[start..<index])),
                    packedNonStudyWords.contains(word)
                {
                    return true
                }
                start = index + 1
            }
            return mentionsNonStudyPhrase(bytes)
        }
        if let ascii { return ascii }
        let lower = title.lowercasedText
        for word in lower.unicodeScalars.split(whereSeparator: { !$0.properties.isAlphabetic && !$0.isASCIIDigit })
        where nonStudyWords.contains(String(word)) {
            return true
        }
        return lower.withUTF8Bytes(mentionsNonStudyPhrase)
    }

    /// Whether `bytes` hold a phrase of ``nonStudyPhrases`` in either ASCII case (text
    /// lower-cased has no ASCII capital left, so it is then an exact search).
    private static func mentionsNonStudyPhrase(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        nonStudyPhrases.contains { UTF8Bytes.contains($0, ignoringASCIICaseIn: bytes) }
    }

    /// A table of contents (`Contents`, `TOC`): a list of the document's own headings, never
    /// its title.
    static func isTableOfContents(_ clean: String) -> Bool {
        ["table of contents", "contents", "toc"].contains(clean.trimmingSpace.lowercasedText)
    }

    /// ``nonStudyWords`` packed: every one packs (`SectionRoleTests` check it).
    private static let packedNonStudyWords = Set(nonStudyWords.compactMap(PackedText.init))

    static let nonStudyWords: Set<String> = [
        "tip", "tips", "resources", "resource", "summary", "introduction", "intro", "overview", "conclusion",
        "conclusions", "thoughts", "references", "faq", "faqs", "license", "licence", "about", "contributing",
        "contributors", "credits", "acknowledgements", "acknowledgments", "contents", "toc", "community",
        "communities", "notes", "note", "preface", "changelog", "disclaimer", "author", "contact", "support",
        "glossary", "appendix", "advice", "motivation", "prerequisite", "prerequisites",
    ]
    private static let nonStudyPhrases: [StaticString] = [
        "how to use", "learning path", "n.b", "table of contents", "final words", "what's next", "further reading",
        "useful links", "getting help",
    ]
}

extension Unicode.Scalar {
    /// `0`…`9`: the only ASCII scalars with a numeric type.
    var isASCIIDigit: Bool { value >= 0x30 && value <= 0x39 }
}
