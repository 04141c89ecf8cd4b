/// How long something takes, as the roadmap states it and normalised to weeks.
///
/// A month counts as 52/12 weeks and a day as 1/7 of a week. `minWeeks` and `maxWeeks`
/// are nil when the roadmap gives no length (an ongoing phase); `maxWeeks` alone is nil for
/// open-ended estimates such as `12+ weeks`.
public struct TimeEstimate: Sendable, Hashable {
    /// The words the roadmap used, such as `2-3 months`.
    public var text: String
    public var minWeeks: Double?
    public var maxWeeks: Double?
    /// True for work without an end, such as `(Ongoing)`.
    public var isOngoing: Bool
    /// The study intensity the estimate assumes, when the roadmap says so.
    public var minHoursPerWeek: Double?
    public var maxHoursPerWeek: Double?

    public init(
        text: String, minWeeks: Double? = nil, maxWeeks: Double? = nil, isOngoing: Bool = false,
        minHoursPerWeek: Double? = nil, maxHoursPerWeek: Double? = nil
    ) {
        self.text = text
        self.minWeeks = minWeeks
        self.maxWeeks = maxWeeks
        self.isOngoing = isOngoing
        self.minHoursPerWeek = minHoursPerWeek
        self.maxHoursPerWeek = maxHoursPerWeek
    }
}

extension TimeEstimate {
    public static let weeksPerMonth = 52.0 / 12.0
    public static let weeksPerDay = 1.0 / 7.0
    public static let weeksPerYear = 52.0

    /// The sum of several estimates, or nil when any of them has no length.
    static func total(of estimates: [TimeEstimate], text: String) -> TimeEstimate? {
        guard !estimates.isEmpty else { return nil }
        var low = 0.0, high = 0.0
        for estimate in estimates {
            guard let min = estimate.minWeeks, let max = estimate.maxWeeks, !estimate.isOngoing else { return nil }
            low += min
            high += max
        }
        return TimeEstimate(text: text, minWeeks: low, maxWeeks: high)
    }
}
