import Testing

@testable import RoadmapCore

/// What a careful reader finds in each bundled roadmap.
@Suite struct BundledRoadmapTests {
    @Test func pythonStepsReadsBoldStepParagraphs() throws {
        let roadmap = try TestFiles.bundled("python-ml-steps")
        #expect(roadmap.title == "Machine Learning Roadmap Using Python")
        #expect(roadmap.phases.map(\.title) == [
            "Learn basic Python",
            "Learn some basic Machine Learning Python Packages",
            "Practice Linear Algebra, Statistics and Probability with Python",
            "Let's Start with Machine Learning",
            "Let's Start implementing Machine Learning Algorithms",
            "Let's Start learning and implementing Neural Network Machine Learning Algorithms",
        ])
        // The linked packages under "Start with some basic Python packages" are the topics.
        let packages = roadmap.phases[1].topics
        #expect(packages.map(\.title) == ["SciPy", "NumPy", "Pandas", "Matplotlib", "Scikit Learn"])
        #expect(packages[1].resources == [Resource(title: "NumPy", url: "https://docs.scipy.org/doc/numpy-1.15.1/reference/")])
        // "Time Estimation" is the roadmap's estimate, "N.B." is no phase.
        let estimate = try #require(roadmap.estimate)
        #expect(estimate.text == "45 - 50 days at 5 - 6 hours a day")
        #expect(isClose(estimate.minWeeks, 45.0 / 7) && isClose(estimate.maxWeeks, 50.0 / 7))
        #expect(estimate.minHoursPerWeek == 35 && estimate.maxHoursPerWeek == 42)
        #expect(!roadmap.phases.contains { $0.title.contains("N.B") || $0.title.contains("Time") })
        // Notes to the document's contributors are not topics.
        #expect(!roadmap.topics.contains { $0.title.contains("edit request") })
    }

    @Test func engineerWeeksReadsSetextWeekHeadings() throws {
        let roadmap = try TestFiles.bundled("ml-engineer-24-weeks")
        #expect(roadmap.title == "Step by step roadmap for machine learning engineer")
        let weeks = roadmap.phases.filter { !$0.isOptional }
        #expect(weeks.count == 8)
        #expect(weeks.map { $0.estimate?.minWeeks } == [4, 2, 2, 4, 2, 4, 4, 2])
        #expect(weeks.map { $0.estimate?.maxWeeks } == [4, 2, 2, 4, 2, 4, 4, 2])
        #expect(weeks[3].title == "Numpy, Pandas, Data Visualization Libraries")
        #expect(weeks[0].topics.map(\.title) == ["Computer Science Principals", "Level 1 Coding Tutorials", "Data Structures & Algorithms"])
        // A bare URL after a label is a resource titled by the label.
        #expect(weeks[0].topics[1].resources.first == Resource(
            title: "Python playlist", url: "https://www.youtube.com/playlist?list=PLeo1K3hjS3uv5U-Lmlnucd7gqF-3ehIh0"))
        // A named book without a link is a resource too.
        #expect(weeks[4].topics[0].resources.contains { $0.url == nil && $0.title.contains("Practical Statistics for Data Scientists") })
        // "Additional skills" is an optional phase without estimate; "Useful Tips" is not a phase.
        let additional = try #require(roadmap.phases.last)
        #expect(additional.isOptional && additional.estimate == nil)
        #expect(additional.title == "Additional skills that will be helpful")
        #expect(additional.topics.map(\.title).contains("Docker"))
        #expect(!roadmap.phases.contains { $0.title.contains("Tips") })
        #expect(!roadmap.topics.contains { $0.title.contains("Group Study") })
    }

    @Test func masteryReadsPhaseHeadingsAndNumberedTopics() throws {
        let roadmap = try TestFiles.bundled("ml-mastery")
        #expect(roadmap.title == "Machine Learning Mastery Roadmap")
        #expect(roadmap.phases.map(\.title) == [
            "Mathematical Foundations", "Programming Foundations", "Machine Learning Fundamentals", "Deep Learning",
            "Natural Language Processing", "Advanced Topics", "Practical Experience",
        ])
        #expect(roadmap.phases.map(\.topics.count) == [4, 3, 5, 6, 2, 6, 4])
        #expect(roadmap.phases[0].estimate?.text == "2-3 months")
        #expect(isClose(roadmap.phases[0].estimate?.minWeeks, 2 * 52.0 / 12))
        #expect(isClose(roadmap.phases[0].estimate?.maxWeeks, 3 * 52.0 / 12))
        #expect(roadmap.phases.suffix(2).allSatisfy { $0.estimate?.isOngoing == true })
        let linearAlgebra = roadmap.phases[0].topics[0]
        #expect(linearAlgebra.title == "Linear Algebra" && linearAlgebra.slug.rawValue == "linear-algebra")
        #expect(linearAlgebra.position == "1.1")
        #expect(linearAlgebra.subtopics.count == 7)
        #expect(linearAlgebra.subtopics.first == "Vectors and vector spaces")
        #expect(linearAlgebra.resources.first == Resource(title: "MIT OpenCourseWare: Linear Algebra by Gilbert Strang"))
        #expect(roadmap.estimate?.text == "12-18 months")
        #expect(isClose(roadmap.estimate?.minWeeks, 52) && isClose(roadmap.estimate?.maxWeeks, 78))
        // The double-encoded "RÂ²" reads as "R²".
        let regression = try #require(roadmap.topic(withSlug: TopicSlug(rawValue: "supervised-learning-regression")))
        #expect(regression.topic.subtopics.contains("Cost functions (MSE, MAE, RMSE, R²)"))
    }

    @Test func beginnerReadsEmojiBoldHeadingsAndLabelledSections() throws {
        let roadmap = try TestFiles.bundled("ml-beginner-to-expert")
        #expect(roadmap.phases.map(\.title) == [
            "Foundations", "Core Machine Learning", "Deep Learning", "Advanced Machine Learning", "Specialization & Research",
        ])
        #expect(roadmap.phases.map { $0.estimate?.text } == ["1-2 months", "2-3 months", "2-3 months", "2-3 months", "ongoing"])
        let foundations = roadmap.phases[0]
        #expect(foundations.goals == ["Build your basics in Python, math, and introductory ML concepts."])
        let math = try #require(foundations.topics.first { $0.title == "Math" })
        #expect(math.subtopics.first == "Linear Algebra (Vectors, Matrices)")
        #expect(foundations.topics.filter { $0.kind == .practice }.map(\.title) == [
            "Kaggle: Titanic, Iris, and House Price prediction", "Google Colab or Jupyter Notebooks",
        ])
        #expect(roadmap.phases[4].topics.filter { $0.kind == .project }.count == 3)
        // Resources belong to the phase; genuine accents are left alone.
        #expect(foundations.resources.count == 3)
        #expect(roadmap.phases[1].resources.first?.title == "Book: “Hands-On ML with Scikit-Learn, Keras, and TensorFlow” by Aurélien Géron")
        #expect(!roadmap.phases.contains { $0.title.contains("Tips") })
    }

    @Test func sixMonthsMergesTableAndBreakdownIntoOnePhasePerMonth() throws {
        let roadmap = try TestFiles.bundled("ml-6-months")
        #expect(roadmap.title == "6-Month Machine Learning Roadmap")
        #expect(roadmap.phases.map(\.title) == [
            "Fundamentals", "Machine Learning Basics", "Intermediate ML & Transition to Deep Learning",
            "Deep Learning with PyTorch", "Advanced Topics & Specialization", "Projects & Contribution",
        ])
        #expect(roadmap.phases.allSatisfy { isClose($0.estimate?.minWeeks, 52.0 / 12) && isClose($0.estimate?.maxWeeks, 52.0 / 12) })
        let estimate = try #require(roadmap.estimate)
        #expect(isClose(estimate.minWeeks, 26) && isClose(estimate.maxWeeks, 26))
        #expect(estimate.minHoursPerWeek == 15 && estimate.maxHoursPerWeek == 20)
        // The table's topic list and the detailed breakdown merge.
        let fundamentals = roadmap.phases[0]
        #expect(fundamentals.topics.map(\.title) == ["Mathematics for ML", "Python for Data Science", "Introduction to Machine Learning"])
        #expect(fundamentals.topics[0].subtopics.first == "Linear Algebra: Vectors, matrices, matrix multiplication, eigenvalues/eigenvectors.")
        // Mojibake is repaired.
        let resources = roadmap.phases.flatMap(\.resources).map(\.title)
        #expect(resources.contains("Andrew Ng’s Machine Learning Course (Coursera)"))
        #expect(resources.contains("Hands-On Machine Learning with Scikit-Learn, Keras, and TensorFlow by Aurélien Géron"))
        #expect(!TreeDump.render(roadmap).contains("â€"))
        #expect(!TreeDump.render(roadmap).contains("Ã"))
    }

    @Test(arguments: [
        ("ml-6-months", 6), ("ml-beginner-to-expert", 5), ("ml-engineer-24-weeks", 9), ("ml-mastery", 7), ("python-ml-steps", 6),
    ])
    func phaseCount(id: String, phases: Int) throws {
        #expect(try TestFiles.bundled(id).phases.count == phases)
    }
}
