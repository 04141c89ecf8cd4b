import Foundation
import Testing

@Suite struct StatusCommandTests {
    /// A progress file with topics finished every other day up to yesterday.
    func cliWithHistory() throws -> CLI {
        let cli = try CLI()
        try FileManager.default.createDirectory(at: cli.dataFolder, withIntermediateDirectories: true)
        let slugs = ["linear-algebra", "calculus", "probability-and-statistics", "optimization", "python-programming"]
        let formatter = ISO8601DateFormatter()
        let entries = slugs.enumerated().map { offset, slug in
            let date = formatter.string(from: Date().addingTimeInterval(-Double(9 - 2 * offset) * 86_400))
            return "\"\(slug)\": {\"status\": \"done\", \"updated\": \"\(date)\", \"finished\": \"\(date)\"}"
        }
        try Data("""
            {"version": 2, "activeRoadmap": "ml-mastery",
             "roadmaps": {"ml-mastery": {"topics": {\(entries.joined(separator: ", "))}}}}
            """.utf8).write(to: cli.progressFile)
        return cli
    }

    @Test func plainStatusWhenPiped() throws {
        let result = try cliWithHistory().run("status")
        #expect(result.status == 0 && result.stderr.isEmpty)
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines[0] == "Machine Learning Mastery Roadmap (ml-mastery)")
        #expect(lines[2] == "  1  Mathematical Foundations       [############]  4/4  2-3 months")
        #expect(lines[3] == "> 2  Programming Foundations        [####--------]  1/3  1-2 months")
        #expect(lines.contains("Topics: 5 done, 0 skipped, 25 left of 30 (16% done)"))
        #expect(lines.contains { $0.hasPrefix("Time left: about ") && $0.hasSuffix(" months by the roadmap's estimates") })
        #expect(lines.contains("  not counted: phase 6 Advanced Topics (ongoing), phase 7 Practical Experience"))
        #expect(lines.contains("Pace: 3.5 topics a week over the last 10 days (5 finished)"))
        #expect(lines.contains { $0.hasPrefix("  at this pace the 25 topics left take about 7 weeks: done around ") })
        let streak = lines.contains("Streak: 1 day (longest 1)") || lines.contains("Streak: 0 days (longest 1)")
        #expect(streak)
        #expect(result.stdout.unicodeScalars.allSatisfy { $0.isASCII })
        #expect(lines.allSatisfy { $0.count <= 80 })
    }

    @Test func freshLearnerIsToldThereIsNoPaceYet() throws {
        let result = try CLI().run("status", "--roadmap", "ml-engineer-24-weeks")
        #expect(result.stdout.contains("Time left: about 6 months by the roadmap's estimates\n"))
        #expect(result.stdout.contains("  not counted: phase 9 Additional skills that will be helpful (no estimate)\n"))
        #expect(result.stdout.contains("Pace: not enough history yet (it needs 2 topics finished over at least 7 days)\n"))
        #expect(result.stdout.hasSuffix("Streak: 0 days (longest 0)\n"))
    }

    @Test func columnsEnvironmentSetsTheWidth() throws {
        let result = try cliWithHistory().run("status", environment: ["COLUMNS": "50"])
        #expect(result.stdout.split(separator: "\n").allSatisfy { $0.count <= 50 })
    }

    @Test func jsonGivesTheSameNumbers() throws {
        let result = try cliWithHistory().run("status", "--json")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(json["currentPhase"] as? String == "2")
        #expect((json["totals"] as? [String: Int])?["done"] == 5)
        let pace = try #require(json["pace"] as? [String: Any])
        #expect(pace["finishedInWindow"] as? Int == 5 && pace["measuredDays"] as? Int == 10)
        #expect(pace["projectedFinish"] is String)
        let time = try #require(json["timeLeft"] as? [String: Any])
        #expect(Set(time.keys) == ["minWeeks", "maxWeeks", "openEnded", "notCounted", "hoursPerWeek", "scaled"])
    }

    @Test func weeklyHoursScaleTheEstimate() throws {
        let cli = try CLI()
        let before = try cli.run("config")
        #expect(before.stdout == "hours-per-week = none\n")
        let set = try cli.run("config", "hours-per-week", "10")
        #expect(set.stdout == "hours-per-week = 10\n")
        let status = try cli.run("status", "--roadmap", "ml-6-months")
        #expect(status.stdout.contains("Time left: about 9-12 months by the roadmap's estimates\n  scaled to your 10 hours a week\n"))
        try cli.run("config", "hours-per-week", "none")
        let unscaled = try cli.run("status", "--roadmap", "ml-6-months")
        #expect(unscaled.stdout.contains("Time left: about 6 months by the roadmap's estimates\n"))
    }

    /// Hours outside 1-168, and numbers `Double` reads but a person does not write as hours
    /// (`0x10`, `1e1`, `nan`), are refused, and nothing is saved.
    @Test(arguments: [
        ["config", "hours-per-week", "lots"], ["config", "hours-per-week", "0"], ["config", "speed", "3"],
        ["config", "hours-per-week", "0.5"], ["config", "hours-per-week", "0.0001"], ["config", "hours-per-week", "169"],
        ["config", "hours-per-week", "0x10"], ["config", "hours-per-week", "1e1"], ["config", "hours-per-week", "nan"],
        ["config", "hours-per-week", "1.2.3"], ["config", "hours-per-week", "--", "-5"],
    ])
    func badSettingsAreUsageErrors(arguments: [String]) throws {
        let cli = try CLI()
        let result = try cli.run(arguments: arguments)
        #expect(result.status == 64)
        #expect(result.stderr.hasPrefix("error: "))
        #expect(try cli.run("config").stdout == "hours-per-week = none\n")
    }

    @Test(arguments: [("1", "1"), ("7.5", "7.5"), ("168", "168"), ("010", "10")])
    func hoursFromOneTo168AreTaken(given: String, shown: String) throws {
        let cli = try CLI()
        #expect(try cli.run("config", "hours-per-week", given).stdout == "hours-per-week = \(shown)\n")
        #expect(try cli.run("config").stdout == "hours-per-week = \(shown)\n")
    }

    /// One hour and one topic are said in the singular.
    @Test func oneIsSingular() throws {
        let cli = try CLI()
        try cli.run("config", "hours-per-week", "1")
        #expect(try cli.run("status", "--roadmap", "ml-6-months").stdout.contains("  scaled to your 1 hour a week\n"))
        #expect(try cli.run("status", "--roadmap", "ml-mastery").stdout.contains(
            "  the roadmap states no weekly hours, so your 1 hour a week does not change it\n"))
        try cli.run("config", "hours-per-week", "1.04")
        #expect(try cli.run("status", "--roadmap", "ml-6-months").stdout.contains("  scaled to your 1 hour a week\n"))
        try cli.run("done", "2.1")
        let reset = try cli.run("reset", "--phase", "2")
        #expect(reset.status == 1)
        #expect(reset.stderr.hasPrefix("error: not resetting 1 topic of phase 2 "))
    }

    /// A weekly figure outside 1-168 in the progress file (an earlier version took 0.0001 and
    /// 1e-17; the second made `status` trap) is shown as unused, and estimates are not scaled to it.
    @Test(arguments: [0.0001, 1e-17, 500])
    func storedHoursOutsideTheRangeAreNotUsed(hours: Double) throws {
        let cli = try CLI()
        try cli.run("config", "hours-per-week", "10")
        var text = try String(contentsOf: cli.progressFile, encoding: .utf8)
        text = text.replacingOccurrences(of: "\"hoursPerWeek\" : 10", with: "\"hoursPerWeek\" : \(hours)")
        #expect(text.contains("\(hours)"))
        try text.write(to: cli.progressFile, atomically: true, encoding: .utf8)
        #expect(try cli.run("config").stdout == "hours-per-week = \(hours) (not from 1 to 168, so not used; set it again)\n")
        let status = try cli.run("status", "--roadmap", "ml-6-months")
        #expect(status.status == 0)
        #expect(status.stdout.contains("Time left: about 6 months by the roadmap's estimates\n"))
        #expect(!status.stdout.contains("scaled"))
    }
}
