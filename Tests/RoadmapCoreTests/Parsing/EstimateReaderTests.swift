import Testing

@testable import RoadmapCore

@Suite struct EstimateReaderTests {
    static let month = 52.0 / 12

    static let durations: [(String, Double, Double)] = [
        ("2-3 months", 2 * month, 3 * month),
        ("Week 1, 2, 3, 4", 4, 4),
        ("Week 9, 10, 11, 12: Numpy, Pandas", 4, 4),
        ("Weeks 3–6", 4, 4),
        ("Week 1-4", 4, 4),
        ("Months 1–2", 2 * month, 2 * month),
        ("Month 12", month, month),
        ("45 - 50 days", 45.0 / 7, 50.0 / 7),
        ("6 Weeks", 6, 6),
        ("6-Month Machine Learning Roadmap", 6 * month, 6 * month),
        ("Phase 1: Foundations (1-2 months)", month, 2 * month),
        ("two to three weeks", 2, 3),
        ("1 year", 52, 52),
        // Units in any case and short forms (the reader's quick test looks for them by byte).
        ("3 MONTHS", 3 * month, 3 * month),
        ("2 Wks", 2, 2),
        ("1 YR", 52, 52),
        ("10 DAYS at 2 HOURS a day", 10.0 / 7, 10.0 / 7),
    ]

    @Test(arguments: durations)
    func readsDurations(text: String, minWeeks: Double, maxWeeks: Double) throws {
        let estimate = try #require(EstimateReader.estimate(in: text))
        #expect(abs((estimate.minWeeks ?? -1) - minWeeks) < 1e-9)
        #expect(abs((estimate.maxWeeks ?? -1) - maxWeeks) < 1e-9)
        #expect(!estimate.isOngoing)
    }

    @Test func openEndedDurationHasNoMaximum() throws {
        let estimate = try #require(EstimateReader.estimate(in: "12+ weeks"))
        #expect(estimate.minWeeks == 12 && estimate.maxWeeks == nil)
    }

    @Test(arguments: ["(Ongoing)", "Phase 5: Specialization & Research (ongoing)", "ONGOING"])
    func readsOngoing(text: String) throws {
        let estimate = try #require(EstimateReader.estimate(in: text))
        #expect(estimate.isOngoing && estimate.minWeeks == nil && estimate.maxWeeks == nil)
    }

    static let intensities: [(String, Double, Double, String)] = [
        ("if we use daily 5 - 6 hours a day then we may need approx 45 - 50 days", 35.0, 42.0, "45 - 50 days at 5 - 6 hours a day"),
        ("This roadmap spans 6 months, assuming approximately 15-20 hours per week.", 15, 20, "6 months at 15-20 hours per week"),
        ("3 months at ~15–20 hrs/week", 15, 20, "3 months at 15–20 hrs/week"),
    ]

    @Test(arguments: intensities)
    func readsStudyIntensity(text: String, low: Double, high: Double, wording: String) throws {
        let estimate = try #require(EstimateReader.estimate(in: text))
        #expect(estimate.minHoursPerWeek == low && estimate.maxHoursPerWeek == high)
        #expect(estimate.text == wording)
    }

    @Test(arguments: [
        "CS 294: Deep Reinforcement Learning", "TensorFlow 2.0", "Neural networks in 4 Minutes", "CIFAR-10",
        "Tutorial 18 to 25", "50+ Essential Concepts", "Deep Learning with PyTorch: A 60 Minute Blitz", "Step 3",
    ])
    func numbersThatAreNotDurations(text: String) {
        #expect(EstimateReader.estimate(in: text) == nil)
    }

    @Test func periodsInProseAreNotCounted() {
        #expect(EstimateReader.estimate(in: "by month 2 you will know", countingPeriods: false) == nil)
    }

    /// Every unit, hour and number word is read (the reader tests a word's first letter
    /// before looking it up).
    @Test func everyUnitAndNumberWordIsRead() throws {
        let units: [(String, Double)] = [
            ("day", 1.0 / 7), ("days", 1.0 / 7), ("week", 1), ("weeks", 1), ("wk", 1), ("wks", 1), ("month", Self.month),
            ("months", Self.month), ("mo", Self.month), ("year", 52), ("years", 52), ("yr", 52), ("yrs", 52),
        ]
        for (unit, weeks) in units {
            let estimate = try #require(EstimateReader.estimate(in: "3 \(unit)"), "\(unit)")
            #expect(abs((estimate.minWeeks ?? -1) - 3 * weeks) < 1e-9, "\(unit)")
        }
        let numbers = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"]
        for (offset, word) in numbers.enumerated() {
            let estimate = try #require(EstimateReader.estimate(in: "\(word) weeks"), "\(word)")
            #expect(estimate.minWeeks == Double(offset + 1), "\(word)")
        }
        for hours in ["hour", "hours", "hr", "hrs", "h"] {
            let estimate = try #require(EstimateReader.estimate(in: "2 weeks at 5 \(hours) per week"), "\(hours)")
            #expect(estimate.minHoursPerWeek == 5, "\(hours)")
        }
    }
}

/// ASCII text is tokenized by byte; the tokens must be those the scalar-by-scalar reading
/// gives, which still reads any text with a non-ASCII character.
@Suite struct TokenizerTests {
    @Test(arguments: [
        "Week 9, 10, 11, 12: Numpy", "Phase 1: Foundations (1-2 months)", "45 - 50 days at 5 - 6 hours a day",
        "**Step 3.** Practice ~2 weeks", "v1.2.3 and 4.. then 5.", "A/B & C+D", "\tTabs\nand  spaces ", "(Optional)", "",
        "MiXeD CaSe 12h/week", "#1 @home $5 100%",
    ])
    func asciiTextGivesTheTokensOfTheScalarReading(text: String) {
        // " é" forces the scalar reading and adds one word at the end.
        let scalarReading = Tokenizer.tokens(of: text + " é")
        #expect(scalarReading.last?.kind == .word("é"))
        #expect(Tokenizer.tokens(of: text) == Array(scalarReading.dropLast()))
    }
}
