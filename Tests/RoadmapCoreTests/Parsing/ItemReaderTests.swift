import Testing

@testable import RoadmapCore

@Suite struct ItemReaderTests {
    /// Words to the document's contributors are not study items, in any case; items that only
    /// share a word with them are.
    @Test(arguments: [
        ("Send an EDIT REQUEST to add more", false),
        ("Star This Repo if it helped you", false),
        ("Contributions welcome!", false),
        ("Feel free to contribute — café", false),
        ("The Requests library", true),
        ("Contributing to open source", true),
        ("Star schemas in data warehouses", true),
    ])
    func notesAboutTheDocumentAreNotTopics(item: String, isTopic: Bool) throws {
        let roadmap = try TestFiles.parse("# Plan\n\n## Phase 1: Basics\n- Linear algebra\n- \(item)\n")
        #expect(roadmap.topics.count == (isTopic ? 2 : 1))
    }

    /// Subtopics and resources that differ only in how `é` is written (one scalar, or `e` and
    /// an accent) are one, as strings compare.
    @Test func subtopicsAndResourcesCompareAsText() throws {
        let roadmap = try TestFiles.parse("""
            # Plan

            ## Phase 1: Start
            - Topic
              - Café: one
              - Cafe\u{301}: two
              - [Café book](https://x.org/caf\u{E9})
              - [Cafe\u{301} book](https://x.org/cafe\u{301})
            """)
        let topic = try #require(roadmap.topics.first)
        #expect(topic.subtopics == ["Café: one"])
        #expect(topic.resources.count == 1)
    }

    /// A phase's item labelled with a kind of content is that content, as a label over nested
    /// items is: a named book or course is a resource of the phase, `**Project:**` names a
    /// project, a goal or a time is the phase's, and a note is left out. Any other label is
    /// the topic (`**SQL:** joins`).
    @Test(arguments: [
        ("**Book:** *Programming Rust* by Blandy", [String](), ["Programming Rust by Blandy"], nil, nil),
        ("**Books:** [The Book](https://doc.rust-lang.org/book/)", [], ["The Book"], nil, nil),
        ("Course: Rustlings exercises", [], ["Course: Rustlings exercises"], nil, nil),
        ("Statistics book: Practical Statistics", [], ["Statistics book: Practical Statistics"], nil, nil),
        ("**Project:** URL shortener", ["URL shortener"], [], Topic.Kind.project, nil),
        ("**Practice:** [Exercism](https://exercism.org) katas", ["Exercism katas"], [], .practice, nil),
        ("**Time:** 3 weeks", [], [], nil, 3.0),
        ("**SQL:** joins, indexes", ["SQL"], [], .study, nil),
        // What a label cannot place stays a topic, as does a task item, with its tick.
        ("**Time:** complexity and Big-O", ["Time"], [], nil, nil),
        ("**Note:** take it slow", ["Note"], [], nil, nil),
        ("[x] **Book:** Programming Rust", ["Book"], [], nil, nil),
        ("[x] Statistics book: Practical Statistics", ["Statistics book: Practical Statistics"], [], nil, nil),
        // A kind of resource as a whole word only.
        ("Jupyter notebooks: cells and kernels", ["Jupyter notebooks: cells and kernels"], [], nil, nil),
        ("Facebook: the Graph API", ["Facebook: the Graph API"], [], nil, nil),
    ])
    func labelledPhaseItemsAreWhatTheirLabelSays(item: String, topics: [String], resources: [String], kind: Topic.Kind?, weeks: Double?) throws {
        let roadmap = try TestFiles.parse("# Plan\n\n## Phase 1: Rust\n\n- Ownership\n- \(item)\n")
        let phase = try #require(roadmap.phases.first)
        #expect(phase.topics.map(\.title) == ["Ownership"] + topics)
        #expect(phase.resources.map(\.title) == resources)
        if let kind { #expect(phase.topics.last?.kind == kind) }
        #expect(phase.estimate?.minWeeks == weeks)
        #expect(phase.topics.dropFirst().allSatisfy { $0.isCheckedInSource == item.hasPrefix("[x]") })
    }

    /// A labelled item's nested items are read with it: goals under `**Goal:**`, links under
    /// `**Resources:**` (whose own words, leading into them, name nothing).
    @Test func aLabelledPhaseItemReadsItsNestedItems() throws {
        let roadmap = try TestFiles.parse("""
            # Plan

            ## Phase 1: Packaging

            - Wheels
            - **Goal:** ship a package
              - publish to PyPI
            - **Resources:** see below
              - [Packaging guide](https://packaging.python.org)
            - **Book:** *Python Packaging* (see [errata](https://example.org/errata))
            """)
        let phase = try #require(roadmap.phases.first)
        #expect(phase.topics.map(\.title) == ["Wheels"])
        #expect(phase.goals == ["ship a package", "publish to PyPI"])
        #expect(phase.resources.map(\.title) == ["Packaging guide", "Python Packaging (see errata)", "errata"])
    }

    /// A bare link after its label and a dash of any length (`-`, `–`, `—`) is titled by the
    /// label, and the dash does not stay in the topic's title.
    @Test(arguments: ["-", "–", "—"])
    func aBareLinkAfterADashIsTitledByItsLabel(dash: String) throws {
        let roadmap = try TestFiles.parse("# Plan\n\n## Phase 1: Go\n\n- Tour of Go \(dash) https://go.dev/tour/\n")
        let topic = try #require(roadmap.topics.first)
        #expect(topic.title == "Tour of Go")
        #expect(topic.resources.map(\.title) == ["Tour of Go"])
    }

    /// A paragraph in a phase labelled as a resource names one, with or without a link.
    @Test(arguments: [
        ("**Book:** The Go Programming Language by Donovan", ["The Go Programming Language by Donovan"]),
        ("**Book:** [The Go Programming Language](https://gopl.io)", ["The Go Programming Language"]),
        ("**Course:** *Go* on [Exercism](https://exercism.org/tracks/go)", ["Go on Exercism", "Exercism"]),
        ("**Tip:** read the spec", []),
        // A label that titles the link names nothing more; words under a general label
        // (`Resources`) name nothing.
        ("**Resources:** Go docs — https://go.dev/doc/", ["Go docs"]),
        ("**Resources:** see [A](https://a.org) and [B](https://b.org)", ["A", "B"]),
        ("**Resources:** *(optional)*", []),
    ])
    func aLabelledResourceParagraphNamesAResource(paragraph: String, resources: [String]) throws {
        let roadmap = try TestFiles.parse("# Plan\n\n## Phase 1: Go\n\n- Syntax\n\n\(paragraph)\n")
        #expect(roadmap.phases[0].resources.map(\.title) + roadmap.topics[0].resources.map(\.title) == resources)
    }

    /// An item that names a thing to learn is the topic, and the links nested under it are its
    /// resources; an item that leads into its links (a colon, or a sentence) stands for them.
    @Test(arguments: [
        ("Git & GitHub", ["Git & GitHub"]),
        ("Docker", ["Docker"]),
        ("CSS: Flexbox & Grid", ["CSS: Flexbox & Grid"]),
        ("Python packages like:", ["Pro Git", "docs.docker.com/get-started"]),
        ("Useful links", ["Pro Git", "docs.docker.com/get-started"]),
        ("Start with some basic *Python* packages as follows", ["Pro Git", "docs.docker.com/get-started"]),
    ])
    func linksNestedUnderAnItem(item: String, topics: [String]) throws {
        let roadmap = try TestFiles.parse("""
            # Plan

            ## Phase 1: Tools
            - \(item)
              - [Pro Git](https://git-scm.com/book)
              - https://docs.docker.com/get-started/
            """)
        #expect(roadmap.topics.map(\.title) == topics)
        if topics.count == 1 {
            #expect(roadmap.topics[0].resources.map(\.url) == ["https://git-scm.com/book", "https://docs.docker.com/get-started/"])
        }
    }

    @Test(arguments: [
        ("Packages:", true), ("  Start with these packages :  ", true), ("Which editor should you use?", true),
        ("Start with some basic Python packages as follows", true), ("Python libraries", true), ("Useful links", true),
        ("Start with these Python packages", true), ("Frameworks", true),
        ("Git & GitHub", false), ("Docker", false), ("Version control — Git & GitHub", false), ("SciPy", false), ("", false),
    ])
    func itemsThatLeadIntoTheirNestedItems(text: String, introduces: Bool) {
        #expect(ItemReader.introducesItems(text) == introduces)
    }
}
