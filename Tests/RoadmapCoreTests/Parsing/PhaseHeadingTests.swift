import Testing

@testable import RoadmapCore

@Suite struct PhaseHeadingTests {
    /// Every stage word starts a phase heading, in any case, after decoration, Markdown
    /// markers or an HTML tag.
    @Test(arguments: PhaseHeading.keywords.sorted())
    func everyStageWordStartsAPhase(keyword: String) throws {
        let unit = keyword.hasSuffix("s") ? String(keyword.dropLast()) : keyword
        for text in ["\(keyword) 3: Basics", "🧠 **\(keyword.uppercased()) 3** – Basics", "<b>\(keyword.capitalized) 3</b> Basics"] {
            let heading = try #require(PhaseHeading(text), "\(text)")
            #expect(heading.keyword == unit)
            #expect(heading.periodKey == "\(unit) 3")
            #expect(heading.title == "Basics")
        }
    }

    @Test(arguments: ["Weekend 2: Rest", "Milestones 2", "Stepping 1 forward", "Introduction", "2 weeks of review", "Supercalifragilistic 1",
                      "Week: no number", "## ", ""])
    func otherHeadingsAreNoPhase(text: String) {
        #expect(PhaseHeading(text) == nil)
    }

    @Test(arguments: [("Phase 5: Reinforcement Learning (Optional)", true), ("Phase 5: RL (OPTIONAL, 2 weeks)", false),
                      ("Month 6 (optional)", true), ("Phase 2: Options", false)])
    func optionalPhasesAreNoted(text: String, isOptional: Bool) throws {
        #expect(try #require(PhaseHeading(text)).isOptional == isOptional)
    }

    /// A period is the number after the stage word, or a list or range of them.
    @Test(arguments: [("Weeks 3 to 6: Models", "week 3-6", "Models"), ("Week 9, 10, 11, 12: Numpy, Pandas", "week 9-12", "Numpy, Pandas"),
                      ("Months 1 & 2 – Basics", "month 1-2", "Basics"), ("Days 1 and 2", "day 1-2", "Days 1 and 2"),
                      ("Phase 1.5: Review", "phase 1.5", "Review"), ("Step 4 then 5", "step 4", "then 5")])
    func periodsReadNumberListsAndRanges(text: String, periodKey: String, title: String) throws {
        let heading = try #require(PhaseHeading(text))
        #expect(heading.periodKey == periodKey)
        #expect(heading.title == title)
    }
}
