/// The learner's recent rate of finishing topics, where it leads, and their streaks.
///
/// Computed from the moments topics were finished, the time now and the time zone (for local
/// days), all passed in, so the same history always gives the same answer.
public struct Pace: Equatable, Sendable {
    /// The longest window the rate is measured over.
    public static let windowDays = 28
    /// Less history than this gives no rate: a date projected from it would be invented.
    public static let minimumDays = 7
    public static let minimumTopics = 2

    /// Topics finished per week over the window, or nil when there is too little history.
    public let topicsPerWeek: Double?
    /// The days the rate was measured over (up to ``windowDays``; fewer for a newer learner).
    public let measuredDays: Int
    /// Topics finished within those days.
    public let finishedInWindow: Int
    /// When the remaining topics would be done at this rate; nil without a rate or with nothing left.
    public let projectedFinish: Timestamp?
    /// Consecutive local days, up to today, with at least one topic finished. A streak that
    /// reached yesterday still counts until today ends.
    public let currentStreak: Int
    public let longestStreak: Int

    public init(finishDates: [Timestamp], topicsLeft: Int, now: Timestamp, zone: LocalZone) {
        let today = zone.dayNumber(of: now)
        let days = finishDates.map { zone.dayNumber(of: $0) }.filter { $0 <= today }
        let firstDay = days.min()

        // Rate over the last up-to-28 days, counting today.
        let span = firstDay.map { min(Self.windowDays, today - $0 + 1) } ?? 0
        let inWindow = days.filter { $0 > today - span }.count
        measuredDays = span
        finishedInWindow = inWindow
        if span >= Self.minimumDays, inWindow >= Self.minimumTopics {
            let rate = Double(inWindow) * 7 / Double(span)
            topicsPerWeek = rate
            projectedFinish = topicsLeft > 0 ? now.adding(seconds: Double(topicsLeft) / rate * 7 * 86_400) : nil
        } else {
            topicsPerWeek = nil
            projectedFinish = nil
        }

        // Streaks over distinct days.
        let distinct = Set(days).sorted()
        var longest = 0, run = 0
        var previous: Int?
        for day in distinct {
            run = (previous.map { day == $0 + 1 } ?? false) ? run + 1 : 1
            longest = max(longest, run)
            previous = day
        }
        var current = 0
        if let last = distinct.last, last >= today - 1 {
            current = 1
            var day = last - 1
            let set = Set(distinct)
            while set.contains(day) {
                current += 1
                day -= 1
            }
        }
        currentStreak = current
        longestStreak = longest
    }
}

extension StudyProgress {
    /// The dates topics of a roadmap were finished, for those that are done now.
    public func finishDates(in roadmapID: String) -> [Timestamp] {
        (roadmaps[roadmapID]?.topics.values ?? [:].values).compactMap { entry in
            entry.status == .done ? (entry.finished ?? entry.updated) : nil
        }
    }
}
