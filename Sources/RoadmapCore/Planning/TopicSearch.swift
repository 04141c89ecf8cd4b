/// Finds topics across roadmaps by words in their titles, subtopics and resources.
public enum TopicSearch {
    /// Where a search matched a topic.
    public enum Field: Equatable, Sendable {
        case title
        case subtopic(String)
        case resource(Resource)
    }

    public struct Hit: Equatable, Sendable {
        public let roadmap: Roadmap
        public let phase: Phase
        public let topic: Topic
        /// The best-matching field of the topic.
        public let field: Field
        public let score: Int
    }

    /// Topics where every word of `query` starts a word of one field, best first: titles
    /// above subtopics above resources, whole phrases and earlier roadmaps first among equals.
    /// Words are read as slugs read them (``TopicSlug/allWords(of:)``), accents folded
    /// (``LatinFolding``), every word of a long text counting; a query without a letter or
    /// digit finds nothing.
    public static func search(_ query: String, in roadmaps: [Roadmap]) -> [Hit] {
        let words = TopicSlug.matchingWords(of: query)
        guard !words.isEmpty else { return [] }
        let phrase = words.joined(separator: " ")
        // A word that starts a word of an ASCII text without apostrophes (which a word is read
        // without: "don't" gives "dont") is in it, in any case: most texts lack one of the
        // words, which a search of their bytes shows without splitting them.
        let asciiWords = words.allSatisfy(\.isASCIIText) ? words.map { Array($0.utf8) } : nil
        func mayHoldEveryWord(_ text: String) -> Bool {
            guard let asciiWords, text.isASCIIText else { return true }
            return text.withUTF8Bytes { bytes in
                UTF8Bytes.firstIndex(of: UInt8(ascii: "'"), in: bytes, from: 0) != nil
                    || asciiWords.allSatisfy { word in word.withUnsafeBufferPointer { UTF8Bytes.contains($0, ignoringASCIICaseIn: bytes) } }
            }
        }
        /// The score of `text`, or nil when it lacks one of the words: `weight`, plus half of it
        /// when it holds the words as a phrase, plus all of it when it is just that phrase.
        func score(of text: String, weight: Int) -> Int? {
            guard mayHoldEveryWord(text) else { return nil }
            let textWords = TopicSlug.matchingWords(of: text)
            guard words.allSatisfy({ word in textWords.contains { $0.hasPrefix(word) } }) else { return nil }
            var score = weight
            let joined = textWords.joined(separator: " ")
            if joined.contains(text: phrase) { score += weight / 2 }
            if joined == phrase { score += weight }
            return score
        }
        var hits: [Hit] = []
        for roadmap in roadmaps {
            for phase in roadmap.phases {
                for topic in phase.topics {
                    var best: (field: Field, score: Int)?
                    func consider(_ field: @autoclosure () -> Field, _ text: String, weight: Int) {
                        if let score = score(of: text, weight: weight), score > best?.score ?? 0 { best = (field(), score) }
                    }
                    consider(.title, topic.title, weight: 100)
                    for subtopic in topic.subtopics { consider(.subtopic(subtopic), subtopic, weight: 40) }
                    for resource in topic.resources { consider(.resource(resource), resource.title, weight: 20) }
                    if let best { hits.append(Hit(roadmap: roadmap, phase: phase, topic: topic, field: best.field, score: best.score)) }
                }
            }
        }
        // A stable sort keeps roadmap order among equal scores.
        return hits.enumerated().sorted { ($0.element.score, -$0.offset) > ($1.element.score, -$1.offset) }.map(\.element)
    }
}

extension TopicSearch {
    /// `text` cut to at most `length` characters so that the first word the query's words
    /// start stays in view: its beginning when the word ends within it, else a window from a
    /// little before the word, with `…` where text is left out. A `length` under 20 leaves
    /// too little to cut: the text is returned as it is.
    public static func excerpt(of text: String, matching query: String, length: Int = 60) -> String {
        let characters = Array(text)
        guard characters.count > length, length >= 20 else { return text }
        let words = TopicSlug.matchingWords(of: query)
        func isWordCharacter(_ index: Int) -> Bool { characters[index].isLetter || characters[index].isNumber }
        func isWordStart(_ index: Int) -> Bool { isWordCharacter(index) && (index == 0 || !isWordCharacter(index - 1)) }
        // The first word, apostrophes included, that starts with one of the query's words.
        var match = (start: 0, end: 0)
        var index = 0
        while index < characters.count {
            guard isWordCharacter(index) else {
                index += 1
                continue
            }
            var end = index
            while end < characters.count, isWordCharacter(end) || characters[end] == "'" || characters[end] == "’" { end += 1 }
            if words.contains(where: TopicSlug.matchingWords(of: String(characters[index..<end])).joined().hasPrefix) {
                match = (index, end)
                break
            }
            index = end
        }
        var start = 0
        if match.end > length - 1 {
            // A quarter of the window before the word, or more when the text ends sooner; then
            // on to a word's start if one is near (the matched word is one), else mid-word.
            start = max(0, min(match.start - length / 4, characters.count - (length - 1)))
            if let word = (start...match.start).first(where: isWordStart), word - start <= length / 4 { start = word }
        }
        // The rest of the text when it fits after a leading `…`, else room for a trailing one.
        let lead = start > 0 ? 1 : 0
        let end = lead + characters.count - start <= length ? characters.count : start + length - lead - 1
        var window = String(characters[start..<end])
        if end < characters.count {
            while let last = window.last, last == " " || last == "," || last == ";" || last == ":" { window.removeLast() }
            window += "…"
        }
        return (start > 0 ? "…" : "") + window
    }
}

extension TopicSlug {
    /// The words of `text` as a search compares them: ``allWords(of:)`` with accents folded.
    static func matchingWords(of text: String) -> [String] {
        allWords(of: LatinFolding.folded(text))
    }
}
