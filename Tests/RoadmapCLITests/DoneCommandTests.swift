import Foundation
import Testing

@Suite struct DoneCommandTests {
    @Test(arguments: [
        ("1.3", "1.3 Probability and Statistics"),
        ("probability-and-statistics", "1.3 Probability and Statistics"),
        ("Probability", "1.3 Probability and Statistics"),
        ("prob stat", "1.3 Probability and Statistics"),
        ("LINEAR ALGEBRA", "1.1 Linear Algebra"),
    ])
    func marksATopicGivenByIdSlugOrWords(query: String, recorded: String) throws {
        let cli = try CLI()
        let result = try cli.run("done", query, "--roadmap", "ml-mastery")
        #expect(result.status == 0 && result.stderr.isEmpty)
        #expect(result.stdout.hasPrefix("Machine Learning Mastery Roadmap (ml-mastery)\nDone: \(recorded)\nProgress: 1/30 topics done (3%)\nNext: "))
    }

    @Test func progressSurvivesBetweenRunsInTheDataFolder() throws {
        let cli = try CLI()
        try cli.run("use", "ml-mastery")
        try cli.run("done", "linear-algebra", "calculus")
        let again = try cli.run("done", "linear-algebra")
        #expect(again.status == 0)
        #expect(again.stdout.hasPrefix("Machine Learning Mastery Roadmap (ml-mastery)\nUnchanged: 1.1 Linear Algebra is already done since "))
        #expect(again.stdout.hasSuffix("\nProgress: 2/30 topics done (6%)\nNext: 1.3 Probability and Statistics\n"))
        let stored = try String(contentsOf: cli.progressFile, encoding: .utf8)
        #expect(stored.contains("\"version\" : 2"))
        #expect(stored.contains("\"linear-algebra\""))
        // Nothing is written outside the data folder.
        let homeEntries = try FileManager.default.contentsOfDirectory(atPath: cli.home.path)
        #expect(homeEntries == ["data"])
    }

    @Test func ambiguousInputListsCandidatesAndRecordsNothing() throws {
        let cli = try CLI()
        let result = try cli.run("done", "supervised", "--roadmap", "ml-mastery")
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr == """
            error: "supervised" matches 2 topics in ml-mastery; say which one:
              3.2  Supervised Learning - Regression  (supervised-learning-regression)
              3.3  Supervised Learning - Classification  (supervised-learning-classification)

            """)
        #expect(!FileManager.default.fileExists(atPath: cli.progressFile.path))
    }

    @Test func unknownInputSuggestsTheClosestTopics() throws {
        let result = try CLI().run("done", "calclus", "--roadmap", "ml-mastery")
        #expect(result.status == 1)
        #expect(result.stderr == """
            error: no topic matches "calclus" in ml-mastery; closest:
              1.2  Calculus  (calculus)
            (see all topics with: roadmap list --all)

            """)
    }

    /// A word that names no topic but one's subtopics (`linear` in a plan whose topic
    /// "Mathematics for ML" lists "Linear Algebra") is shown where it is mentioned.
    @Test func unknownInputShowsTheTopicsThatMentionIt() throws {
        let cli = try CLI()
        let result = try cli.run("start", "linear")
        #expect(result.status == 1)
        #expect(result.stderr == """
            error: no topic matches "linear" in ml-6-months
            Topics that mention it:
              1.1  Mathematics for ML  (subtopic: Linear Algebra: Vectors, matrices, matrix multiplication, e…)
              2.1  Supervised Learning  (subtopic: Linear Regression: Predicting continuous values.)
            (see all topics with: roadmap list --all)

            """)
        #expect(!FileManager.default.fileExists(atPath: cli.dataFolder.path))
        // A word far into a subtopic is shown with the text around it.
        let far = try cli.run("show", "eigenvectors")
        #expect(far.stderr.contains("\n  1.1  Mathematics for ML  (subtopic: …matrices, matrix multiplication, eigenvalues/eigenvectors.)\n"))
    }

    /// A topic listed as closest by spelling is not listed again as mentioning the words.
    @Test func aTopicIsSuggestedOnce() throws {
        let cli = try CLI()
        let file = cli.home.appending(path: "plan.md")
        try "# Plan\n\n## Phase 1: Basics\n\n- Numpy\n  - numpi arrays\n- Pandas\n  - numpi frames\n".write(to: file, atomically: true, encoding: .utf8)
        let result = try cli.run("done", "numpi", "--roadmap", file.path)
        #expect(result.status == 1)
        #expect(result.stderr == """
            error: no topic matches "numpi" in plan; closest:
              1.1  Numpy  (numpy)
            Topics that mention it:
              1.2  Pandas  (subtopic: numpi frames)
            (see all topics with: roadmap list --all)

            """)
        let phase = try cli.run("done", "2.1", "--roadmap", file.path)
        #expect(phase.stderr.hasPrefix("error: no topic matches \"2.1\" in plan; it has one phase, 1\n"))
    }

    /// An id past the end of a phase, or in a phase that does not exist, says how the
    /// roadmap numbers its topics there.
    @Test(arguments: [
        ("1.3", "phase 1 has topics 1.1-1.2"),
        ("4.2", "phase 4 has one topic, 4.1"),
        ("1.0", "phase 1 has topics 1.1-1.2"),
        ("9.1", "its phases are numbered 1-6"),
        ("0.1", "its phases are numbered 1-6"),
        ("99999999999999999999.1", "its phases are numbered 1-6"),
        (" 1.9 ", "phase 1 has topics 1.1-1.2"),
        // Zeros in front: the id it names.
        ("01.2", "did you mean 1.2?"),
        ("5.001", "did you mean 5.1?"),
        // A phase's number alone.
        ("1", "1 is a phase; its topics are 1.1-1.2 (roadmap list 1)"),
        ("4", "4 is a phase; its topic is 4.1 (roadmap list 4)"),
        ("7", "its phases are numbered 1-6"),
    ])
    func anIDOutOfRangeSaysWhichIDsThereAre(query: String, numbering: String) throws {
        let result = try CLI().run("done", query, "--roadmap", "python-ml-steps")
        #expect(result.status == 1)
        #expect(result.stderr == """
            error: no topic matches "\(query)" in python-ml-steps; \(numbering)
            (see all topics with: roadmap list --all)

            """)
    }

    /// A number alone never marks a topic by a part of its title: `2` in python-ml-steps
    /// marked 5.2 "H2O", and `10` marked "CIFAR-10". The topics with the number as a word
    /// of their title are named instead, and nothing is recorded.
    @Test(arguments: [
        ("ml-beginner-to-expert", "10", "its phases are numbered 1-5\nTopics with 10 in their titles:\n  3.7  Try image classification on CIFAR-10  (try-image-classification-on-cifar-10)"),
        ("ml-engineer-24-weeks", "2", "2 is a phase; its topic is 2.1 (roadmap list 2)\nTopics with 2 in their titles:\n  3.1  Level 2 Coding Tutorials  (level-2-coding-tutorials)"),
        ("python-ml-steps", "2", "2 is a phase; its topics are 2.1-2.5 (roadmap list 2)"),
        // Marked as numbers are in lists and headings.
        ("python-ml-steps", "#2", "2 is a phase; its topics are 2.1-2.5 (roadmap list 2)"),
        ("python-ml-steps", "2.", "2 is a phase; its topics are 2.1-2.5 (roadmap list 2)"),
        ("python-ml-steps", "(2)", "2 is a phase; its topics are 2.1-2.5 (roadmap list 2)"),
        ("ml-beginner-to-expert", "10)", "its phases are numbered 1-5\nTopics with 10 in their titles:\n  3.7  Try image classification on CIFAR-10  (try-image-classification-on-cifar-10)"),
    ])
    func aNumberAloneNeverMarksATopicByPartOfItsTitle(roadmap: String, query: String, message: String) throws {
        let cli = try CLI()
        let result = try cli.run("done", "--roadmap", roadmap, "--", query)
        #expect(result.status == 1)
        #expect(result.stderr == "error: no topic matches \"\(query)\" in \(roadmap); \(message)\n(see all topics with: roadmap list --all)\n")
        #expect(!FileManager.default.fileExists(atPath: cli.progressFile.path))
    }

    @Test func oneBadTopicRecordsNoneOfTheOthers() throws {
        let cli = try CLI()
        let result = try cli.run("done", "calculus", "nonsense-topic", "--roadmap", "ml-mastery")
        #expect(result.status == 1)
        #expect(!FileManager.default.fileExists(atPath: cli.progressFile.path))
    }

    @Test func missingTopicIsAUsageError() throws {
        let result = try CLI().run("done")
        #expect(result.status == 64)
        #expect(result.stderr == """
            error: missing <topic>: say which topic
            usage: roadmap done <topic>... [--roadmap <id>]
            See 'roadmap done --help'.

            """)
    }
}

@Suite struct RoadmapsAndUseTests {
    @Test func listsEveryBundledRoadmapWithTheActiveOneMarked() throws {
        let cli = try CLI()
        try cli.run("done", "1.1", "--roadmap", "ml-mastery")
        let result = try cli.run("roadmaps")
        #expect(result.status == 0)
        #expect(result.stdout == """
            * ml-6-months            6-Month Machine Learning Roadmap
                                     0/20 done; 6 phases, 20 topics, 6 months at 15-20 hours
                                     per week
              ml-beginner-to-expert  This is a ML Roadmap from Chatgpt
                                     0/36 done; 5 phases, 36 topics, no estimate
              ml-engineer-24-weeks   Step by step roadmap for machine learning engineer
                                     0/18 done; 9 phases, 18 topics, 6 months
              ml-mastery             Machine Learning Mastery Roadmap
                                     1/30 done; 7 phases, 30 topics, 12-18 months
              python-ml-steps        Machine Learning Roadmap Using Python
                                     0/18 done; 6 phases, 18 topics, 45 - 50 days at 5 - 6
                                     hours a day

            * active. Switch with: roadmap use <id>

            """)
    }

    @Test func useSwitchesTheActiveRoadmapAndRoadmapOptionDoesNot() throws {
        let cli = try CLI()
        let use = try cli.run("use", "python-ml-steps")
        #expect(use.stdout == "Now using Machine Learning Roadmap Using Python (python-ml-steps).\nProgress: 0/18 topics done (0%)\n")
        let other = try cli.run("next", "--roadmap", "ml-mastery")
        #expect(other.stdout.hasPrefix("Next in Machine Learning Mastery Roadmap (ml-mastery):"))
        let active = try cli.run("next")
        #expect(active.stdout.hasPrefix("Next in Machine Learning Roadmap Using Python (python-ml-steps):"))
        let json = try cli.run("roadmaps", "--json")
        let list = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]]
        #expect(list?.first { $0["active"] as? Bool == true }?["id"] as? String == "python-ml-steps")
    }

    @Test func unknownRoadmapSuggestsAClose() throws {
        let result = try CLI().run("use", "ml-master")
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("error: no roadmap named 'ml-master'; did you mean 'ml-mastery'?\navailable: ml-6-months, "))
    }
}

@Suite struct ShowCommandTests {
    @Test func showsEverythingAboutATopic() throws {
        let cli = try CLI()
        try cli.run("done", "numpy", "--roadmap", "python-ml-steps")
        let result = try cli.run("show", "numpy", "--roadmap", "python-ml-steps")
        #expect(result.status == 0)
        #expect(result.stdout.contains("  2.2  NumPy\n  slug: numpy\n  status: done on "))
        #expect(result.stdout.contains("phase 2: Learn some basic Machine Learning Python Packages - no estimate"))
        #expect(result.stdout.contains("    - NumPy - https://docs.scipy.org/doc/numpy-1.15.1/reference/"))
        let json = try cli.run("show", "numpy", "--json", "--roadmap", "python-ml-steps")
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        let topic = object?["topic"] as? [String: Any]
        #expect(topic?["status"] as? String == "done")
        #expect(topic?["finished"] is String)
    }
}
