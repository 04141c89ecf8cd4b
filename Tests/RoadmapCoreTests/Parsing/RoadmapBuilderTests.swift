import Foundation
import Testing
import TestSupport

@testable import RoadmapCore

@Suite struct RoadmapBuilderTests {
    @Test(arguments: [0, 1, 9, 10, 11, 99, 100, 101, 12_345, 100_000, Int.max])
    func positionsAreWrittenInDecimal(number: Int) {
        for phase in [0, 1, 9, 10, 123, Int.max] {
            #expect(RoadmapBuilder.position(phase: phase, topic: number) == "\(phase).\(number)")
        }
    }

    /// Positions count topics within each phase; a phase of more than nine topics reads 1.10.
    @Test func positionsNumberPhasesAndTopics() throws {
        let topics = (1...11).map { "- Topic \($0)" }.joined(separator: "\n")
        let roadmap = try TestFiles.parse("# Plan\n\n## Phase 1: A\n\(topics)\n\n## Phase 2: B\n- Last\n")
        #expect(roadmap.topics.map(\.position) == (1...11).map { "1.\($0)" } + ["2.1"])
    }

    /// The phase level is the level with the most phase headings, ties going to the higher
    /// level; its stage word the most common there, ties going to the word that sorts first.
    /// With no phase heading, the level with the most study sections, and no stage word.
    @Test(arguments: [
        ("## Week 1\n## Week 2\n### Step 1\n", 2, "week"),
        ("## Week 1\n### Step 1\n", 2, "week"),
        ("### Step 1\n## Week 1\n", 2, "week"),
        ("### Step 1\n## Week 1\n### Step 2\n", 3, "step"),
        ("## Week 1\n## Phase 1\n", 2, "phase"),
        ("## Week 1\n## Week 2\n## Phase 1\n", 2, "week"),
        ("**Step 1: A**\n\n**Step 2: B**\n\n## Phase 1\n", Block.boldHeadingLevel, "step"),
        ("# Plan\n## Basics\n- a\n### Detail\n## More\n- b\n", 2, nil),
    ] as [(String, Int?, String?)])
    func phaseLevelIsTheMostCommon(text: String, level: Int?, keyword: String?) {
        let document = ScannedDocument.scan(Array(text.utf8))
        let found = RoadmapBuilder.phaseLevel(in: document.blocks, phaseHeadings: document.phaseHeadings)
        #expect(found.level == level)
        #expect(found.keyword == keyword)
    }

    /// A bold label and what follows it; items that start otherwise are not labelled.
    @Test(arguments: [
        ("**Goal:** Build your basics", "Goal", "Build your basics"),
        ("  **SQL**: joins, indexes ", "SQL", "joins, indexes"),
        ("__Note:__ read first", "Note", "read first"),
        ("\u{A0}**Goal:** after a no-break space", "Goal", "after a no-break space"),
        ("Goal: no bold", nil, nil),
        ("**Bold** without a colon", nil, nil),
        ("*Goal:* one star", nil, nil),
        ("", nil, nil),
        ("   ", nil, nil),
    ] as [(String, String?, String?)])
    func boldLabels(text: String, label: String?, rest: String?) {
        let found = RoadmapBuilder.labelled(text)
        #expect(found?.label == label)
        #expect(found?.rest == rest)
    }

    /// ASCII text is read by byte; the same text after a no-break space (trimmed, but not
    /// ASCII) takes the reading by character, and finds the same label and rest.
    @Test func asciiLabelsAreReadAsAnyTextIs() {
        var random = SplitMix64(seed: 31)
        let pieces = ["**", "__", "*", "_", ":", " ", "\t", "Goal", "a b", "SQL", "x:y"]
        for _ in 0..<5_000 {
            let text = (0..<Int(random.next() % 7)).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }.joined()
            let byByte = RoadmapBuilder.labelled(text)
            let byCharacter = RoadmapBuilder.labelled("\u{A0}" + text)
            #expect(byByte?.label == byCharacter?.label, "\(text)")
            #expect(byByte?.rest == byCharacter?.rest, "\(text)")
        }
    }

    /// `parse` writes no warnings, and reads every document exactly as `lint` does: the
    /// bundled roadmaps, the fixtures, and a document with three kinds of warning, whole and
    /// in pieces and chunks on two threads.
    @Test func parseReadsAsLintDoesWithoutWarnings() throws {
        var sources: [RoadmapSource] = []
        for id in TestFiles.bundledIDs {
            let url = TestFiles.packageFolder.appending(path: "Roadmaps/\(id).md")
            sources.append(RoadmapSource(id: id, fileName: "\(id).md", bytes: try [UInt8](Data(contentsOf: url))))
        }
        for name in ChunksTests.fixtureNames {
            let url = TestFiles.testsFolder.appending(path: "Fixtures/\(name).md")
            sources.append(RoadmapSource(id: name, fileName: "\(name).md", bytes: try [UInt8](Data(contentsOf: url))))
        }
        let warned = "# Plan\n\n- a list before any phase\n\n## Week 1 (a few weeks)\n\n## Week 2\n- Topic [x][missing]\n\n## Tips\n- a list outside\n"
        sources.append(RoadmapSource(id: "warned", fileName: "warned.md", text: warned))
        for source in sources {
            let (roadmap, warnings) = try RoadmapParser.lint(source)
            #expect(try RoadmapParser.parse(source) == roadmap, "\(source.id)")
            for threshold in [0, Int.max] {
                let (quiet, none) = try RoadmapBuilder.build(source, inParallelFrom: threshold, collectingWarnings: false)
                #expect(quiet == roadmap, "\(source.id)")
                #expect(none.isEmpty || none.allSatisfy { warnings.contains($0) }, "\(source.id)")
            }
        }
        #expect(try RoadmapParser.lint(sources.last!).warnings.count == 3)
    }

    /// Phases made in two halves at once get the slugs, positions and warnings one pass
    /// gives: a name repeated on both sides of the cut, a slug that a suffix would also make
    /// (`basics-2` named outright), and phases with no topics in each half.
    @Test func finishingOnTwoThreadsNumbersAsOnePass() throws {
        var text = "# Plan\n"
        for phase in 1...12 {
            text += "\n## Phase \(phase): Part \(phase)\n"
            if phase % 5 == 0 { continue }  // no topics: tracked as one topic, with a warning
            text += "- Basics\n- Topic \(phase)\n"
            if phase == 3 { text += "- Basics 2\n" }
            if phase == 9 { text += "- Basics 3\n- Basics\n" }
        }
        let source = RoadmapSource(id: "plan", fileName: "plan.md", text: text)
        let (one, oneWarnings) = try RoadmapBuilder.build(source, finishingOnTwoThreadsFrom: .max)
        let (two, twoWarnings) = try RoadmapBuilder.build(source, finishingOnTwoThreadsFrom: 0)
        #expect(two == one)
        #expect(twoWarnings == oneWarnings)
        #expect(oneWarnings.filter { $0.message.contains("lists no topics") }.count == 2)
        let basics = one.topics.map(\.slug.rawValue).filter { $0.hasPrefix("basics") }
        #expect(basics.prefix(4) == ["basics", "basics-2", "basics-3", "basics-2-2"])
        #expect(Set(one.topics.map(\.slug)).count == one.topics.count)
        #expect(one.phases[11].topics.map(\.position) == ["12.1", "12.2"])
    }

    /// Numbers too large for an `Int` in a stage heading or its estimate are read as text,
    /// not trapped on.
    @Test(arguments: [
        "## Phase 1: A (Week 99999999999999999999)", "## A (Month 99999999999999999999)",
        "## Phase 1: A - Weeks 1, 99999999999999999999", "## Phase 1: A - Weeks 1 and 99999999999999999999",
        "## Week 99999999999999999999", "## Weeks 3-99999999999999999999", "## Phase 1: A (99999999999999999999 months)",
    ])
    func hugeNumbersInHeadingsAreNoTrap(heading: String) throws {
        let source = RoadmapSource(id: "huge", fileName: "huge.md", text: "# Huge\n\n\(heading)\n- a\n")
        let (roadmap, _) = try RoadmapParser.lint(source)
        #expect(roadmap.phases.count == 1)
        #expect(roadmap.topics.map(\.title) == ["a"])
        #expect(TextRenderer.lint(roadmap, warnings: [], file: "huge.md", style: .plain).hasPrefix("huge.md: Huge\n"))
    }

    /// A phase heading that speaks of time in words the estimate reader cannot read is named
    /// by `lint`; a heading with no time, or one it reads, is not. Parsing without warnings
    /// gives the same roadmap.
    @Test func aPhaseHeadingsUnreadTimeIsNamed() throws {
        let markdown = "# Plan\n## Phase 1: Basics (two-ish months)\n- a\n## Phase 2: More (3 months)\n- b\n## Phase 3: Last\n- c\n"
        let source = RoadmapSource(id: "plan", fileName: "plan.md", text: markdown)
        let (roadmap, warnings) = try RoadmapParser.lint(source)
        #expect(warnings.map { "\($0.line): \($0.message)" } == ["2: could not read an estimate in \"Phase 1: Basics (two-ish months)\""])
        #expect(roadmap.phases.map { $0.estimate?.text } == [nil, "3 months", nil])
        #expect(try RoadmapParser.parse(source) == roadmap)
    }

    /// The title is the first heading that starts no phase; in a plan of numbered phases a
    /// table of contents is none. In a plan without stage numbers the first heading stays the
    /// title, and a list under it is named in the warning, with how to read it as a section.
    @Test(arguments: [
        ("# Front-End Path\n## HTML\n- tags\n## CSS\n- flexbox\n", "Front-End Path", ["HTML", "CSS"], nil),
        ("## Overview\nWhat this plan covers.\n## HTML\n- tags\n## CSS\n- flexbox\n", "Overview", ["HTML", "CSS"], nil),
        ("## Table of Contents\n- [Phase 1](#phase-1)\n## Phase 1: Basics\n- a\n## Phase 2: More\n- b\n", "test", ["Basics", "More"], nil),
        ("# Plan\n## Table of Contents\n- [Phase 1](#phase-1)\n## Phase 1: Basics\n- a\n", "Plan", ["Basics"], nil),
        ("## Table of Contents\n- [Basics](#basics)\n## Basics\n- Ownership\n## Async\n- Tokio\n", "Table of Contents", ["Basics", "Async"], nil),
        ("## HTML\n- tags\n## CSS\n- flexbox\n## JavaScript\n- DOM\n", "HTML", ["CSS", "JavaScript"],
         "2: a list under the title \"HTML\", not read as topics (if it is a section, put a '# Title' line above it)"),
    ] as [(String, String, [String], String?)])
    func theTitleAndAListUnderIt(markdown: String, title: String, phases: [String], warning: String?) throws {
        let source = RoadmapSource(id: "test", fileName: "test.md", text: markdown)
        let (roadmap, warnings) = try RoadmapParser.lint(source)
        #expect(roadmap.title == title)
        #expect(roadmap.phases.map(\.title) == phases)
        #expect(warnings.map { "\($0.line): \($0.message)" } == (warning.map { [$0] } ?? []))
    }
}
