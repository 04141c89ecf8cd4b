import Testing

@testable import RoadmapCore

@Suite struct TopicMatchTests {
    let roadmap: Roadmap

    init() throws {
        roadmap = try TestFiles.bundled("ml-mastery")
    }

    @Test(arguments: [
        ("1.1", "linear-algebra"),
        ("linear-algebra", "linear-algebra"),
        ("Linear Algebra", "linear-algebra"),
        ("LINEAR", "linear-algebra"),
        ("lin alg", "linear-algebra"),
        ("calc", "calculus"),
        ("scikit", "scikit-learn-mastery"),
        ("transformers", "transformers-and-attention"),
        ("6.2", "reinforcement-learning"),
    ])
    func findsOneTopic(query: String, slug: String) {
        guard case .found(let topic) = roadmap.topic(matching: query) else {
            Issue.record("\(query) did not match one topic")
            return
        }
        #expect(topic.slug.rawValue == slug)
    }

    /// A number alone, however it is marked (`#3`, `(3)`, `3.`), names a topic by its position
    /// or its whole title, never by a part: the titles holding it as a word are offered (zeros
    /// in front aside), and `H2O` is not one of them.
    @Test(arguments: [
        ("2", [String]()), ("10", ["1.2"]), ("3", ["1.1", "1.3"]), ("#3", ["1.1", "1.3"]), ("(3)", ["1.1", "1.3"]),
        ("3.", ["1.1", "1.3"]), ("-10", ["1.2"]), ("03", ["1.1", "1.3"]), ("9", ["1.5"]),
    ])
    func aNumberAloneMatchesOnlyAWholeTitle(query: String, offered: [String]) {
        let roadmap = Self.numbered
        #expect(roadmap.topic(matching: query) == .notFound(closest: roadmap.topics.filter { offered.contains($0.position) }))
    }

    @Test func aTitleThatIsTheNumberIsNamedByIt() {
        #expect(Self.numbered.topic(matching: "7") == .found(Self.numbered.topics[3]))
    }

    static let numbered: Roadmap = {
        let titles = ["Python 3 Basics", "CIFAR-10 Classification", "Level 3: H2O", "7", "One two three four five six seven eight 9"]
        let topics = titles.enumerated().map { Topic(position: "1.\($0.offset + 1)", slug: TopicSlug(title: $0.element), title: $0.element) }
        return Roadmap(id: "r", title: "R", phases: [Phase(number: 1, title: "One", topics: topics)])
    }()

    /// Accents on Latin letters are ignored either way round; the slug, which keys progress,
    /// keeps them.
    @Test(arguments: [
        ("algebra", "1.1"), ("ÁLGEBRA LINEAL", "1.1"), ("algebra-lineal", "1.1"), ("álgebra-lineal", "1.1"),
        ("munchner", "1.2"), ("strasse", "1.2"), ("cafe", "1.3"), ("Éco", "1.4"), ("lin alg", "1.1"),
    ])
    func accentsAreIgnored(query: String, position: String) {
        let titles = ["Álgebra Lineal", "Münchner Straße", "Café Culture", "Economics"]
        let topics = titles.enumerated().map { Topic(position: "1.\($0.offset + 1)", slug: TopicSlug(title: $0.element), title: $0.element) }
        let roadmap = Roadmap(id: "r", title: "R", phases: [Phase(number: 1, title: "One", topics: topics)])
        #expect(roadmap.topic(matching: query) == .found(topics.first { $0.position == position }!))
        #expect(topics[0].slug.rawValue == "álgebra-lineal")
    }

    /// A title or slug as typed, accents and all, comes before one that matches only with its
    /// accents folded.
    @Test(arguments: [
        ("resume", "1.1"), ("résumé", "1.2"), ("RÉSUMÉ", "1.2"), ("Resume", "1.1"),
        // A prefix, a part or words as typed, too, before any tier folds.
        ("resume p", "1.3"), ("ano", "1.6"), ("résumé w", "1.4"), ("año", "1.5"), ("anov", "1.6"), ("writing", "1.4"),
    ])
    func anExactMatchComesBeforeAFoldedOne(query: String, position: String) {
        let titles = ["Resume", "Résumé", "Resume parsing", "Résumé writing", "Año nuevo", "ANOVA tests"]
        let topics = titles.enumerated().map { Topic(position: "1.\($0.offset + 1)", slug: TopicSlug(title: $0.element), title: $0.element) }
        let roadmap = Roadmap(id: "r", title: "R", phases: [Phase(number: 1, title: "One", topics: topics)])
        #expect(roadmap.topic(matching: query) == .found(topics.first { $0.position == position }!))
    }

    /// A query with accents is compared with every topic, ASCII or not, across phases; each
    /// topic with its own folded spelling, even where a roadmap made in code repeats a position.
    @Test(arguments: [("résume p", "Resume parsing"), ("résume w", "Résumé writing"), ("budgét", "Budget"), ("ano n", "Año nuevo")])
    func anAccentedQueryMeetsEveryTopicInTurn(query: String, title: String) {
        func topic(_ title: String) -> Topic { Topic(position: "1.1", slug: TopicSlug(title: title), title: title) }
        let roadmap = Roadmap(id: "r", title: "R", phases: [
            Phase(number: 1, title: "One", topics: [topic("Resume parsing"), topic("Résumé writing")]),
            Phase(number: 2, title: "Two", topics: [topic("Budget"), topic("Año nuevo")]),
        ])
        guard case .found(let found) = roadmap.topic(matching: query) else {
            Issue.record("\(query) named no one topic")
            return
        }
        #expect(found.title == title)
    }

    @Test func aMisspeltAccentedTitleIsSuggested() {
        let topics = [Topic(position: "1.1", slug: TopicSlug(title: "Álgebra"), title: "Álgebra")]
        let roadmap = Roadmap(id: "r", title: "R", phases: [Phase(number: 1, title: "One", topics: topics)])
        #expect(roadmap.topic(matching: "algerba") == .notFound(closest: topics))
    }

    @Test func ambiguousInputListsEveryCandidate() {
        guard case .ambiguous(let topics) = roadmap.topic(matching: "supervised learning") else {
            Issue.record("expected ambiguity")
            return
        }
        #expect(topics.map(\.position) == ["3.2", "3.3"])
    }

    @Test func unknownInputSuggestsTheClosestTopics() {
        guard case .notFound(let closest) = roadmap.topic(matching: "calclus") else {
            Issue.record("expected no match")
            return
        }
        #expect(closest.first?.slug.rawValue == "calculus")
    }

    @Test func nonsenseHasNoSuggestions() {
        #expect(roadmap.topic(matching: "zzzzqqqq") == .notFound(closest: []))
    }

    @Test(arguments: [
        ("linear algebra", "1.1"), ("LINEAR ALGEBRA", "1.1"), ("ünïcode title", "1.2"), ("ÜNÏCODE TITLE", "1.2"),
        ("temperature in k", "1.3"), ("TEMPERATURE IN \u{212A}", "1.3"), ("a;b", "1.4"), ("A\u{37E}B", "1.4"),
    ])
    func wholeTitlesMatchWhateverTheirCase(query: String, position: String) {
        // Titles beyond ASCII, and the Kelvin sign, which lower-cases to an ASCII k.
        let titles = ["Linear Algebra", "Ünïcode Title", "Temperature in \u{212A}", "A;B", "Linear Algebra II"]
        let topics = titles.enumerated().map { Topic(position: "1.\($0.offset + 1)", slug: TopicSlug(title: $0.element), title: $0.element) }
        let roadmap = Roadmap(id: "r", title: "R", phases: [Phase(number: 1, title: "One", topics: topics)])
        #expect(roadmap.topic(matching: query) == .found(topics.first { $0.position == position }!))
    }

    /// Positions and slugs match as Strings compare (canonical equivalence): a decomposed é
    /// equals a composed one, the Kelvin sign equals K, and a combining mark after an ASCII
    /// letter makes another character. (Pins the behaviour for any faster comparison.)
    @Test(arguments: [
        ("cafe\u{301}", "caf\u{E9}"), ("CAF\u{C9}", "caf\u{E9}"), ("K1", "k1"), ("2.5", "two-five"), ("kelvin", "kelvin"),
        ("\u{212A}elvin", "kelvin"), ("kelvin-two", "kelvin-two"),
    ])
    func positionsAndSlugsMatchAsStringsCompare(query: String, slug: String) {
        let topics = [
            Topic(position: "1.1", slug: TopicSlug(rawValue: "caf\u{E9}"), title: "Coffee"),
            Topic(position: "\u{212A}1", slug: TopicSlug(rawValue: "k1"), title: "Odd position"),
            Topic(position: "2.5", slug: TopicSlug(rawValue: "two-five"), title: "Two five"),
            Topic(position: "2.6", slug: TopicSlug(rawValue: "kelvin"), title: "Scale"),
            Topic(position: "2.7", slug: TopicSlug(rawValue: "kelvin-two"), title: "Scale again"),
            Topic(position: "2.8", slug: TopicSlug(rawValue: "kelvin\u{301}"), title: "Accented"),
        ]
        let roadmap = Roadmap(id: "r", title: "R", phases: [Phase(number: 1, title: "One", topics: topics)])
        #expect(roadmap.topic(matching: query) == .found(topics.first { $0.slug.rawValue == slug }!))
    }

    /// A name without a letter or digit (`🚀`, `-`, `#`) finds a topic only by its whole title,
    /// never by the stand-in slug `topic` that such text gets ("Special Topics in ML").
    @Test(arguments: [("🚀", nil), ("-", nil), ("#", nil), ("🚀 ", nil), ("🚀 Deploy", "1.2"), ("⭐", "1.3")])
    func namesWithoutLettersMatchOnlyWholeTitles(query: String, position: String?) {
        let titles = ["Setup", "🚀 Deploy", "⭐", "Special Topics in ML", "Topic modelling"]
        let topics = titles.enumerated().map { Topic(position: "1.\($0.offset + 1)", slug: TopicSlug(title: $0.element), title: $0.element) }
        let roadmap = Roadmap(id: "r", title: "R", phases: [Phase(number: 1, title: "One", topics: topics)])
        if let position {
            #expect(roadmap.topic(matching: query) == .found(topics.first { $0.position == position }!))
        } else {
            #expect(roadmap.topic(matching: query) == .notFound(closest: []))
        }
    }
}
