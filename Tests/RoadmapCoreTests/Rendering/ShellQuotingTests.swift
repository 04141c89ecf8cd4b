import RoadmapCore
import Testing

@Suite struct ShellQuotingTests {
    @Test(arguments: [
        ("ml-mastery", "ml-mastery"),
        ("plan_2.v1", "plan_2.v1"),
        ("/home/me/my plan.md", "'/home/me/my plan.md'"),
        ("my plan", "'my plan'"),
        ("it's", "'it'\\''s'"),
        // An apostrophe with a combining mark is one Character, but still a quote to the shell.
        ("it'\u{301}s", "'it'\\''\u{301}s'"),
        ("$(rm -rf x)", "'$(rm -rf x)'"),
        ("é", "'é'"),
        ("", "''"),
    ])
    func aWordIsQuotedOnlyWhenTheShellWouldReadItOtherwise(text: String, quoted: String) {
        #expect(text.quotedForShell == quoted)
    }
}
