/// The learner's preferences, kept in the progress file.
public struct Settings: Codable, Equatable, Sendable {
    /// How many hours a week the learner studies; estimates planned at another intensity are
    /// scaled to it. Nil: take the roadmap's estimates as they are.
    public var hoursPerWeek: Double?

    /// The weekly hours `roadmap config` takes: one hour to every hour of the week.
    public static let hoursPerWeekRange: ClosedRange<Double> = 1...168

    /// ``hoursPerWeek`` when it lies in ``hoursPerWeekRange``; nil for a value outside it (one
    /// an earlier version accepted, or a hand edit), which estimates are then not scaled to.
    public var usableHoursPerWeek: Double? {
        hoursPerWeek.flatMap { Self.hoursPerWeekRange.contains($0) ? $0 : nil }
    }

    public init(hoursPerWeek: Double? = nil) {
        self.hoursPerWeek = hoursPerWeek
    }
}
