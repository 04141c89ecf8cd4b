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

    /// A parenthesised estimate leaves the title, and so does a separator it stood before;
    /// other parentheses stay.
    @Test(arguments: [("Phase 1: Foundations (1-2 months)", "Foundations", "1-2 months"),
                      ("Month 3: Deep Learning (4 weeks) (optional)", "Deep Learning", "Month 3"),
                      ("Phase 4: Practice (2–3 weeks, 10 hours/week)", "Practice", "2–3 weeks at 10 hours/week"),
                      ("Phase 2: Models (CS 229)", "Models (CS 229)", nil),
                      // The estimate's text joins "six" and ")weeks"; the parenthesis is read on its own, and is none.
                      ("Phase 1: Intro (sixweeks) six)weeks", "Intro (sixweeks) six)weeks", "sixweeks"),
                      ("Week 5 (ongoing): Projects", "Projects", "Week 5")] as [(String, String, String?)])
    func estimatesInParenthesesLeaveTheTitle(text: String, title: String, estimate: String?) throws {
        let heading = try #require(PhaseHeading(text))
        #expect(heading.title == title)
        #expect(heading.estimate?.text == estimate)
    }

    /// The words of an estimate or period as written, one space where the text had any.
    @Test(arguments: [("Week 9, 10, 11, 12", "Week 9, 10, 11, 12"), ("Weeks   3 –  6", "Weeks 3 – 6"), ("~15–20 hrs/week", "15–20 hrs/week"),
                      ("", ""), ("(2 months)", "2 months")])
    func sourceTextJoinsTokensAsWritten(text: String, joined: String) {
        #expect(Token.sourceText(Tokenizer.tokens(of: text)[...]) == joined)
    }
}
