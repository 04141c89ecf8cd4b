/// How long the rest of a roadmap takes by its own estimates.
///
/// Each phase with an estimate contributes the share of it its remaining topics stand for (a
/// phase half done has half its estimate left; skipped topics need no time). Where only the
/// roadmap has an estimate, it is spread evenly over the topics. Ongoing phases and phases
/// without an estimate are listed, not counted as zero. With the learner's weekly hours set,
/// estimates planned at another intensity are scaled to it.
public struct TimeLeft: Equatable, Sendable {
    /// Why a phase with topics left is not in the sum.
    public enum Omission: String, Equatable, Sendable {
        case ongoing
        case noEstimate = "no estimate"
    }

    public var minWeeks: Double
    public var maxWeeks: Double
    /// True when an open-ended estimate (`12+ weeks`) is in the sum, so the maximum is a floor.
    public var isOpenEnded: Bool
    /// Phases with topics left that the sum leaves out, and why.
    public var omitted: [(phase: Phase, reason: Omission)]
    /// The learner's weekly hours, when set.
    public var hoursPerWeek: Double?
    /// True when estimates were scaled to ``hoursPerWeek``; false when the roadmap states no
    /// weekly hours to scale from (or the learner set none).
    public var isScaled: Bool

    public init(report: ProgressReport, hoursPerWeek: Double?) {
        let roadmap = report.roadmap
        let planned = roadmap.estimate.flatMap(Intensity.init)
        var low = 0.0, high = 0.0
        var openEnded = false
        var omitted: [(Phase, Omission)] = []
        var scaled = false
        let phasesHaveEstimates = roadmap.phases.contains { $0.estimate != nil }

        func add(_ estimate: TimeEstimate, share: Double) {
            guard let min = estimate.minWeeks else { return }
            let max = estimate.maxWeeks ?? min
            if estimate.maxWeeks == nil { openEnded = true }
            let factor = Intensity(estimate) ?? planned
            if let hoursPerWeek, let factor {
                low += share * min * factor.minHours / hoursPerWeek
                high += share * max * factor.maxHours / hoursPerWeek
                scaled = true
            } else {
                low += share * min
                high += share * max
            }
        }

        if !phasesHaveEstimates, let total = roadmap.estimate, total.minWeeks != nil, report.topicCount > 0 {
            add(total, share: Double(report.leftCount) / Double(report.topicCount))
        } else {
            for count in report.phases where count.left > 0 {
                guard let estimate = count.phase.estimate else {
                    omitted.append((count.phase, .noEstimate))
                    continue
                }
                if estimate.isOngoing || estimate.minWeeks == nil {
                    omitted.append((count.phase, .ongoing))
                    continue
                }
                add(estimate, share: Double(count.left) / Double(count.total))
            }
        }
        minWeeks = low
        maxWeeks = high
        isOpenEnded = openEnded
        self.omitted = omitted
        self.hoursPerWeek = hoursPerWeek
        isScaled = scaled
    }

    public static func == (lhs: TimeLeft, rhs: TimeLeft) -> Bool {
        lhs.minWeeks == rhs.minWeeks && lhs.maxWeeks == rhs.maxWeeks && lhs.isOpenEnded == rhs.isOpenEnded
            && lhs.omitted.map(\.phase) == rhs.omitted.map(\.phase) && lhs.omitted.map(\.reason) == rhs.omitted.map(\.reason)
            && lhs.hoursPerWeek == rhs.hoursPerWeek && lhs.isScaled == rhs.isScaled
    }

    /// The study hours a week an estimate was planned at.
    struct Intensity {
        let minHours: Double
        let maxHours: Double

        init?(_ estimate: TimeEstimate) {
            guard let min = estimate.minHoursPerWeek, let max = estimate.maxHoursPerWeek, min > 0 else { return nil }
            minHours = min
            maxHours = max
        }
    }
}
