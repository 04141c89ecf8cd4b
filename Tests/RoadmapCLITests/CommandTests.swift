import Foundation
import Testing

@Suite struct ListCommandTests {
    @Test func listsThePhasesOfTheActiveRoadmap() throws {
        let cli = try CLI()
        try cli.run("use", "ml-mastery")
        let result = try cli.run("list")
        #expect(result.status == 0 && result.stderr.isEmpty)
        #expect(result.stdout == """
            Machine Learning Mastery Roadmap (ml-mastery) - 12-18 months

            > 1  Mathematical Foundations       2-3 months  0/4
              2  Programming Foundations        1-2 months  0/3
              3  Machine Learning Fundamentals  3-4 months  0/5
              4  Deep Learning                  3-4 months  0/6
              5  Natural Language Processing    2-3 months  0/2
              6  Advanced Topics                Ongoing     0/6
              7  Practical Experience           Ongoing     0/4

            Progress: 0/30 topics done (0%)

            """)
    }

    @Test func listsOnePhaseWithMarks() throws {
        let cli = try CLI()
        try cli.run("done", "1.2", "--roadmap", "ml-mastery")
        let result = try cli.run("list", "1", "--roadmap", "ml-mastery")
        #expect(result.status == 0)
        #expect(result.stdout == """
            Machine Learning Mastery Roadmap (ml-mastery)

            Phase 1: Mathematical Foundations - 2-3 months - 1/4 done
              [ ] 1.1  Linear Algebra              linear-algebra
              [x] 1.2  Calculus                    calculus
              [ ] 1.3  Probability and Statistics  probability-and-statistics
              [ ] 1.4  Optimization                optimization

            """)
    }

    @Test func listAllShowsEveryTopic() throws {
        let result = try CLI().run("list", "--all", "--roadmap", "ml-mastery")
        #expect(result.status == 0)
        #expect(result.stdout.contains("Phase 7: Practical Experience - Ongoing - 0/4 done"))
        #expect(result.stdout.contains("[ ] 7.4  Open Source Contribution"))
        #expect(result.stdout.components(separatedBy: "\n").filter { $0.hasPrefix("  [ ]") }.count == 30)
    }

    @Test func unknownPhaseIsAFailureNamingTheRange() throws {
        let result = try CLI().run("list", "9", "--roadmap", "ml-mastery")
        #expect(result.status == 1)
        #expect(result.stderr == "error: ml-mastery has no phase 9; its phases are 1-7\n")
    }

    /// `list <phase> --json` holds that phase alone, with the roadmap's own counts and no
    /// progress on other phases taken for unmatched; a phase that does not exist is the same
    /// error with `--json` as without.
    @Test func listingOnePhaseAsJSON() throws {
        let cli = try CLI()
        try cli.run("done", "1.1")
        try cli.run("done", "2.1")
        let result = try cli.run("list", "2", "--json")
        #expect(result.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let phases = try #require(json["phases"] as? [[String: Any]])
        #expect(phases.map { $0["id"] as? String } == ["2"])
        #expect((phases[0]["topics"] as? [[String: Any]])?.first?["status"] as? String == "done")
        #expect((json["unmatchedEntries"] as? [String])?.isEmpty == true)
        #expect((json["progress"] as? [String: Any])?["done"] as? Int == 2)
        let missing = try cli.run("list", "99", "--json")
        #expect(missing == CLI.Result(stdout: "", stderr: try cli.run("list", "99").stderr, status: 1))
        #expect(missing.stderr == "error: ml-6-months has no phase 99; its phases are 1-6\n")
    }

    @Test func jsonHasTheDocumentedKeys() throws {
        let cli = try CLI()
        try cli.run("done", "linear-algebra", "--roadmap", "ml-mastery")
        let result = try cli.run("list", "--json", "--roadmap", "ml-mastery")
        #expect(result.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(json["id"] as? String == "ml-mastery")
        #expect(json["title"] as? String == "Machine Learning Mastery Roadmap")
        let estimate = try #require(json["estimate"] as? [String: Any])
        #expect(Set(estimate.keys).isSuperset(of: ["text", "minWeeks", "maxWeeks", "ongoing", "minHoursPerWeek", "maxHoursPerWeek"]))
        #expect(estimate["minWeeks"] as? Double == 52)
        #expect(estimate["minHoursPerWeek"] is NSNull)
        let phases = try #require(json["phases"] as? [[String: Any]])
        #expect(phases.count == 7)
        #expect(Set(phases[0].keys).isSuperset(of: ["id", "title", "estimate", "resources", "topics"]))
        #expect(phases[0]["id"] as? String == "1")
        let topic = try #require((phases[0]["topics"] as? [[String: Any]])?.first)
        #expect(Set(topic.keys).isSuperset(of: ["id", "slug", "title", "status", "subtopics", "resources"]))
        #expect(topic["id"] as? String == "1.1")
        #expect(topic["slug"] as? String == "linear-algebra")
        #expect(topic["status"] as? String == "done")
        let resource = try #require((topic["resources"] as? [[String: Any]])?.first)
        #expect(resource["title"] as? String == "MIT OpenCourseWare: Linear Algebra by Gilbert Strang")
        #expect(resource["url"] is NSNull)
        #expect(phases[5]["estimate"].flatMap { ($0 as? [String: Any])?["ongoing"] as? Bool } == true)
    }
}

@Suite struct NextCommandTests {
    @Test func freshUserGetsTheFirstTopicOfTheDefaultRoadmap() throws {
        let result = try CLI().run("next")
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("Next in 6-Month Machine Learning Roadmap (ml-6-months):\n\n  1.1  Mathematics for ML\n"))
        #expect(result.stdout.contains("phase 1: Fundamentals - Month 1"))
        #expect(result.stdout.contains("    - Khan Academy - Linear Algebra -\n      https://www.khanacademy.org/math/linear-algebra\n"))
        #expect(result.stdout.hasSuffix("Progress: 0/20 topics done (0%) - phase 1: 0/3\n"))
    }

    @Test func showsTheNextTopicWithSubtopicsAndResources() throws {
        let cli = try CLI()
        try cli.run("use", "ml-mastery")
        try cli.run("done", "1.1")
        let result = try cli.run("next")
        #expect(result.stdout == """
            Next in Machine Learning Mastery Roadmap (ml-mastery):

              1.2  Calculus
              slug: calculus
              phase 1: Mathematical Foundations - 2-3 months

              Subtopics:
                - Derivatives and partial derivatives
                - Gradient, Jacobian, Hessian matrices
                - Chain rule
                - Optimization techniques
                - Multivariable calculus
                - Vector calculus
                - Taylor series expansion

              Resources:
                - MIT OpenCourseWare: Single Variable Calculus
                - MIT OpenCourseWare: Multivariable Calculus
                - 3Blue1Brown: Essence of Calculus (YouTube)
                - Khan Academy: Calculus

            Progress: 1/30 topics done (3%) - phase 1: 1/4

            """)
    }

    @Test func everythingDoneSaysSoAndExitsZero() throws {
        let cli = try CLI()
        let json = try cli.run("list", "--json", "--roadmap", "python-ml-steps").stdout
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        let phases = object?["phases"] as? [[String: Any]] ?? []
        let all = phases.flatMap { ($0["topics"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String } }
        #expect(all.count == 18)
        let done = try cli.run(arguments: ["done"] + all + ["--roadmap", "python-ml-steps"])
        #expect(done.status == 0)
        let result = try cli.run("next", "--roadmap", "python-ml-steps")
        #expect(result.status == 0)
        #expect(result.stdout == """
            Nothing left in Machine Learning Roadmap Using Python (python-ml-steps): all 18 topics are done or skipped.
            Progress: 18/18 topics done (100%)

            """)
        let jsonResult = try cli.run("next", "--json", "--roadmap", "python-ml-steps")
        let next = try JSONSerialization.jsonObject(with: Data(jsonResult.stdout.utf8)) as? [String: Any]
        #expect(next?["topic"] is NSNull)
    }
}
