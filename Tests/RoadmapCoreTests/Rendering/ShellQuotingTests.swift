import RoadmapCore
import Testing

@Suite struct ShellQuotingTests {
    @Test(arguments: [
        ("ml-mastery", "ml-mastery"),
        ("plan_2.v1", "plan_2.v1"),
        ("~/notes/plan.md", "'~/notes/plan.md'"),
        ("my plan", "'my plan'"),
        ("it's", "'it'\\''s'"),
        ("$(rm -rf x)", "'$(rm -rf x)'"),
        ("é", "'é'"),
        ("", "''"),
    ])
    func aWordIsQuotedOnlyWhenTheShellWouldReadItOtherwise(text: String, quoted: String) {
        #expect(text.quotedForShell == quoted)
    }
}
