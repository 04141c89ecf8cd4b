/// The learner's preferences, kept in the progress file.
public struct Settings: Codable, Equatable, Sendable {
    /// How many hours a week the learner studies; estimates planned at another intensity are
    /// scaled to it. Nil: take the roadmap's estimates as they are.
    public var hoursPerWeek: Double?

    public init(hoursPerWeek: Double? = nil) {
        self.hoursPerWeek = hoursPerWeek
    }
}
