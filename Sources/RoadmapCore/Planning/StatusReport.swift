/// Everything `roadmap status` shows: progress per phase, time left by the roadmap's
/// estimates, the learner's pace and streaks.
public struct StatusReport: Equatable, Sendable {
    public let progress: ProgressReport
    public let timeLeft: TimeLeft
    public let pace: Pace
    public let now: Timestamp

    /// - Parameters:
    ///   - now: the current time, passed in so results are reproducible.
    ///   - zone: the time zone that decides where a day starts.
    public init(roadmap: Roadmap, progress: StudyProgress, now: Timestamp, zone: LocalZone) {
        let report = ProgressReport(roadmap: roadmap, progress: progress)
        self.progress = report
        self.timeLeft = TimeLeft(report: report, hoursPerWeek: progress.settings.usableHoursPerWeek)
        self.pace = Pace(finishDates: progress.finishDates(in: roadmap.id), topicsLeft: report.leftCount, now: now, zone: zone)
        self.now = now
    }

    /// The phase of the topic to study next.
    public var currentPhase: Phase? { progress.next?.phase }
}
