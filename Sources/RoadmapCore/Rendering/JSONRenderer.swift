/// Renders the model as JSON for scripts: sorted keys, pretty-printed, absent values as `null`.
///
/// The shapes are documented in the README; keys are only ever added, never renamed.
public enum JSONRenderer {
    /// The roadmap with every phase and topic and each topic's status (`roadmap list --json`);
    /// with `phase`, only that phase in `phases` (`roadmap list 2 --json`), the counts and
    /// unmatched entries still the whole roadmap's.
    public static func roadmap(_ report: ProgressReport, progress: StudyProgress, phase: Int? = nil) -> String {
        encode(RoadmapView(report, progress: progress, phase: phase))
    }

    /// The next topic, or `"topic": null` when everything is done (`roadmap next --json`).
    public static func next(_ report: ProgressReport, progress: StudyProgress) -> String {
        struct NextView: Encodable {
            let roadmap: RoadmapSummaryView
            let phase: PhaseSummaryView?
            let topic: TopicView?
            let progress: CountView

            func encode(to encoder: any Encoder) throws {
                enum Key: String, CodingKey { case roadmap, phase, topic, progress }
                var container = encoder.container(keyedBy: Key.self)
                try container.encode(roadmap, forKey: .roadmap)
                try container.encode(phase, forKey: .phase)  // null when all is done
                try container.encode(topic, forKey: .topic)
                try container.encode(progress, forKey: .progress)
            }
        }
        let view = NextView(
            roadmap: RoadmapSummaryView(report, active: nil),
            phase: report.next.map { PhaseSummaryView($0.phase, report: report) },
            topic: report.next.map { TopicView($0.topic, roadmapID: report.roadmap.id, progress: progress) },
            progress: CountView(report))
        return encode(view)
    }

    /// One topic with its phase and status (`roadmap show --json`).
    public static func topic(_ topic: Topic, report: ProgressReport, progress: StudyProgress) -> String {
        struct ShowView: Encodable {
            let roadmap: RoadmapSummaryView
            let phase: PhaseSummaryView?
            let topic: TopicView
        }
        let phase = report.roadmap.topic(withSlug: topic.slug)?.phase
        return encode(ShowView(
            roadmap: RoadmapSummaryView(report, active: nil),
            phase: phase.map { PhaseSummaryView($0, report: report) },
            topic: TopicView(topic, roadmapID: report.roadmap.id, progress: progress)))
    }

    /// The available roadmaps (`roadmap roadmaps --json`).
    public static func roadmaps(_ reports: [ProgressReport], active: String?) -> String {
        encode(reports.map { RoadmapSummaryView($0, active: active) })
    }

    /// Everything `roadmap status` shows, as numbers (`roadmap status --json`).
    public static func status(_ status: StatusReport) -> String {
        encode(StatusView(status))
    }

    /// Search results, best first (`roadmap search --json`).
    public static func searchHits(_ hits: [TopicSearch.Hit]) -> String {
        struct HitView: Encodable {
            let roadmap: String
            let id: String
            let slug: String
            let title: String
            let field: String
            let match: String
            let score: Int
        }
        return encode(hits.map { hit -> HitView in
            let (field, match): (String, String) = switch hit.field {
            case .title: ("title", hit.topic.title)
            case .subtopic(let text): ("subtopic", text)
            case .resource(let resource): ("resource", resource.title)
            }
            return HitView(roadmap: hit.roadmap.id, id: hit.topic.position, slug: hit.topic.slug.rawValue, title: hit.topic.title,
                           field: field, match: match, score: hit.score)
        })
    }

    /// The roadmap with its progress entries and history (`roadmap export --format json`).
    public static func export(_ roadmap: Roadmap, progress: StudyProgress) -> String {
        struct ExportView: Encodable {
            let roadmap: RoadmapView
            let progress: RoadmapProgress
            let history: [ProgressChange]
        }
        let report = ProgressReport(roadmap: roadmap, progress: progress)
        return encode(ExportView(
            roadmap: RoadmapView(report, progress: progress),
            progress: progress.roadmaps[roadmap.id] ?? RoadmapProgress(),
            history: progress.history.filter { $0.roadmap == roadmap.id }))
    }

    /// What `roadmap lint --json` prints: the roadmap as `list --json` shows it, with the
    /// file and the warnings.
    public static func lint(_ roadmap: Roadmap, warnings: [ParseWarning], file: String) -> String {
        struct WarningView: Encodable {
            let line: Int
            let message: String
        }
        struct LintView: Encodable {
            let roadmap: RoadmapView
            let file: String
            let warnings: [WarningView]

            func encode(to encoder: any Encoder) throws {
                try roadmap.encode(to: encoder)
                enum Key: String, CodingKey { case file, warnings }
                var container = encoder.container(keyedBy: Key.self)
                try container.encode(file, forKey: .file)
                try container.encode(warnings, forKey: .warnings)
            }
        }
        let progress = StudyProgress()
        return encode(LintView(
            roadmap: RoadmapView(ProgressReport(roadmap: roadmap, progress: progress), progress: progress), file: file,
            warnings: warnings.map { WarningView(line: $0.line, message: $0.message) }))
    }

    /// The history of changes, newest first (`roadmap log --json`).
    public static func history(_ history: [ProgressChange]) -> String {
        encode(Array(history.reversed()))
    }

    static func encode(_ value: some Encodable) -> String {
        // Every view here is plain strings, finite numbers and arrays: encoding cannot fail.
        guard let bytes = try? JSONTextEncoder().encode(value) else { return "null\n" }
        return String(decoding: bytes, as: UTF8.self) + "\n"
    }
}

// MARK: - Views

struct EstimateView: Encodable {
    let estimate: TimeEstimate

    func encode(to encoder: any Encoder) throws {
        enum Key: String, CodingKey { case text, minWeeks, maxWeeks, ongoing, minHoursPerWeek, maxHoursPerWeek }
        var container = encoder.container(keyedBy: Key.self)
        try container.encode(estimate.text, forKey: .text)
        try container.encode(estimate.minWeeks.map(Self.rounded), forKey: .minWeeks)
        try container.encode(estimate.maxWeeks.map(Self.rounded), forKey: .maxWeeks)
        try container.encode(estimate.isOngoing, forKey: .ongoing)
        try container.encode(estimate.minHoursPerWeek, forKey: .minHoursPerWeek)
        try container.encode(estimate.maxHoursPerWeek, forKey: .maxHoursPerWeek)
    }

    /// Weeks to three decimals: `4.333`, not `4.333333333333333`.
    static func rounded(_ value: Double) -> Double { (value * 1000).rounded() / 1000 }
}

struct ResourceView: Encodable {
    let resource: Resource

    func encode(to encoder: any Encoder) throws {
        enum Key: String, CodingKey { case title, url }
        var container = encoder.container(keyedBy: Key.self)
        try container.encode(resource.title, forKey: .title)
        try container.encode(resource.url, forKey: .url)
    }
}

struct CountView: Encodable {
    let done: Int
    let skipped: Int
    let inProgress: Int
    let total: Int

    init(_ count: ProgressReport.PhaseCount) {
        done = count.done
        skipped = count.skipped
        inProgress = count.inProgress
        total = count.total
    }

    init(_ report: ProgressReport) {
        done = report.doneCount
        skipped = report.skippedCount
        inProgress = report.inProgressCount
        total = report.topicCount
    }
}

struct TopicView: Encodable {
    let id: String
    let slug: String
    let title: String
    let kind: String
    let status: String
    let started: Timestamp?
    let finished: Timestamp?
    let notes: [Note]
    let subtopics: [String]
    let resources: [ResourceView]

    init(_ topic: Topic, roadmapID: String, progress: StudyProgress) {
        let entry = progress.entry(for: topic.slug, in: roadmapID)
        id = topic.position
        slug = topic.slug.rawValue
        title = topic.title
        kind = topic.kind.rawValue
        status = (entry?.status ?? .notStarted).rawValue
        started = entry?.started
        finished = entry?.finished
        notes = entry?.notes ?? []
        subtopics = topic.subtopics
        resources = topic.resources.map(ResourceView.init)
    }

    func encode(to encoder: any Encoder) throws {
        enum Key: String, CodingKey { case id, slug, title, kind, status, started, finished, notes, subtopics, resources }
        var container = encoder.container(keyedBy: Key.self)
        try container.encode(id, forKey: .id)
        try container.encode(slug, forKey: .slug)
        try container.encode(title, forKey: .title)
        try container.encode(kind, forKey: .kind)
        try container.encode(status, forKey: .status)
        try container.encode(started, forKey: .started)
        try container.encode(finished, forKey: .finished)
        try container.encode(notes, forKey: .notes)
        try container.encode(subtopics, forKey: .subtopics)
        try container.encode(resources, forKey: .resources)
    }
}

struct PhaseSummaryView: Encodable {
    let id: String
    let title: String
    let estimate: EstimateView?
    let optional: Bool
    let progress: CountView

    init(_ phase: Phase, report: ProgressReport) {
        self.init(phase, count: report.count(for: phase))
    }

    init(_ phase: Phase, count: ProgressReport.PhaseCount?) {
        id = phase.id
        title = phase.title
        estimate = phase.estimate.map(EstimateView.init)
        optional = phase.isOptional
        progress = CountView(count ?? ProgressReport.PhaseCount(phase: phase))
    }

    func encode(to encoder: any Encoder) throws {
        enum Key: String, CodingKey { case id, title, estimate, optional, progress }
        var container = encoder.container(keyedBy: Key.self)
        try container.encode(id, forKey: .id)
        try container.encode(title, forKey: .title)
        try container.encode(estimate, forKey: .estimate)
        try container.encode(optional, forKey: .optional)
        try container.encode(progress, forKey: .progress)
    }
}

struct PhaseView: Encodable {
    let summary: PhaseSummaryView
    let goals: [String]
    let resources: [ResourceView]
    let topics: [TopicView]

    func encode(to encoder: any Encoder) throws {
        try summary.encode(to: encoder)
        enum Key: String, CodingKey { case goals, resources, topics }
        var container = encoder.container(keyedBy: Key.self)
        try container.encode(goals, forKey: .goals)
        try container.encode(resources, forKey: .resources)
        try container.encode(topics, forKey: .topics)
    }
}

struct RoadmapSummaryView: Encodable {
    let id: String
    let title: String
    let estimate: EstimateView?
    let phases: Int
    let topics: Int
    let progress: CountView
    let active: Bool?

    init(_ report: ProgressReport, active: String?) {
        id = report.roadmap.id
        title = report.roadmap.title
        estimate = report.roadmap.estimate.map(EstimateView.init)
        phases = report.roadmap.phases.count
        topics = report.topicCount
        progress = CountView(report)
        self.active = active.map { $0 == report.roadmap.id }
    }

    func encode(to encoder: any Encoder) throws {
        enum Key: String, CodingKey { case id, title, estimate, phases, topics, progress, active }
        var container = encoder.container(keyedBy: Key.self)
        try container.encode(id, forKey: .id)
        try container.encode(title, forKey: .title)
        try container.encode(estimate, forKey: .estimate)
        try container.encode(phases, forKey: .phases)
        try container.encode(topics, forKey: .topics)
        try container.encode(progress, forKey: .progress)
        try container.encodeIfPresent(active, forKey: .active)
    }
}

struct RoadmapView: Encodable {
    let id: String
    let title: String
    let estimate: EstimateView?
    let progress: CountView
    let unmatchedEntries: [String]
    let phases: [PhaseView]

    init(_ report: ProgressReport, progress: StudyProgress, phase number: Int? = nil) {
        let roadmap = report.roadmap
        id = roadmap.id
        title = roadmap.title
        estimate = roadmap.estimate.map(EstimateView.init)
        self.progress = CountView(report)
        unmatchedEntries = report.unmatchedEntries
        // By the report's counts, which hold the phases in order: no phase is looked up.
        phases = report.phases.filter { number == nil || $0.phase.number == number }.map { count in
            let phase = count.phase
            return PhaseView(
                summary: PhaseSummaryView(phase, count: count),
                goals: phase.goals,
                resources: phase.resources.map(ResourceView.init),
                topics: phase.topics.map { TopicView($0, roadmapID: roadmap.id, progress: progress) })
        }
    }

    func encode(to encoder: any Encoder) throws {
        enum Key: String, CodingKey { case id, title, estimate, progress, unmatchedEntries, phases }
        var container = encoder.container(keyedBy: Key.self)
        try container.encode(id, forKey: .id)
        try container.encode(title, forKey: .title)
        try container.encode(estimate, forKey: .estimate)
        try container.encode(progress, forKey: .progress)
        try container.encode(unmatchedEntries, forKey: .unmatchedEntries)
        try container.encode(phases, forKey: .phases)
    }
}

struct StatusView: Encodable {
    struct TimeLeftView: Encodable {
        let minWeeks: Double
        let maxWeeks: Double
        let openEnded: Bool
        let notCounted: [[String: String]]
        let hoursPerWeek: Double?
        let scaled: Bool

        func encode(to encoder: any Encoder) throws {
            enum Key: String, CodingKey { case minWeeks, maxWeeks, openEnded, notCounted, hoursPerWeek, scaled }
            var container = encoder.container(keyedBy: Key.self)
            try container.encode(minWeeks, forKey: .minWeeks)
            try container.encode(maxWeeks, forKey: .maxWeeks)
            try container.encode(openEnded, forKey: .openEnded)
            try container.encode(notCounted, forKey: .notCounted)
            try container.encode(hoursPerWeek, forKey: .hoursPerWeek)
            try container.encode(scaled, forKey: .scaled)
        }
    }

    struct PaceView: Encodable {
        let topicsPerWeek: Double?
        let measuredDays: Int
        let finishedInWindow: Int
        let projectedFinish: Timestamp?
        let currentStreak: Int
        let longestStreak: Int

        func encode(to encoder: any Encoder) throws {
            enum Key: String, CodingKey { case topicsPerWeek, measuredDays, finishedInWindow, projectedFinish, currentStreak, longestStreak }
            var container = encoder.container(keyedBy: Key.self)
            try container.encode(topicsPerWeek.map(EstimateView.rounded), forKey: .topicsPerWeek)
            try container.encode(measuredDays, forKey: .measuredDays)
            try container.encode(finishedInWindow, forKey: .finishedInWindow)
            try container.encode(projectedFinish, forKey: .projectedFinish)
            try container.encode(currentStreak, forKey: .currentStreak)
            try container.encode(longestStreak, forKey: .longestStreak)
        }
    }

    let roadmap: RoadmapSummaryView
    let currentPhase: String?
    let phases: [PhaseSummaryView]
    let totals: [String: Int]
    let timeLeft: TimeLeftView
    let pace: PaceView

    init(_ status: StatusReport) {
        let report = status.progress
        roadmap = RoadmapSummaryView(report, active: nil)
        currentPhase = status.currentPhase?.id
        phases = report.phases.map { PhaseSummaryView($0.phase, count: $0) }
        totals = ["done": report.doneCount, "skipped": report.skippedCount, "inProgress": report.inProgressCount,
                  "left": report.leftCount, "total": report.topicCount, "percentDone": report.percentDone]
        let time = status.timeLeft
        timeLeft = TimeLeftView(
            minWeeks: EstimateView.rounded(time.minWeeks), maxWeeks: EstimateView.rounded(time.maxWeeks), openEnded: time.isOpenEnded,
            notCounted: time.omitted.map { ["phase": $0.phase.id, "title": $0.phase.title, "reason": $0.reason.rawValue] },
            hoursPerWeek: time.hoursPerWeek, scaled: time.isScaled)
        let pace = status.pace
        self.pace = PaceView(
            topicsPerWeek: pace.topicsPerWeek, measuredDays: pace.measuredDays, finishedInWindow: pace.finishedInWindow,
            projectedFinish: pace.projectedFinish, currentStreak: pace.currentStreak, longestStreak: pace.longestStreak)
    }

    func encode(to encoder: any Encoder) throws {
        enum Key: String, CodingKey { case roadmap, currentPhase, phases, totals, timeLeft, pace }
        var container = encoder.container(keyedBy: Key.self)
        try container.encode(roadmap, forKey: .roadmap)
        try container.encode(currentPhase, forKey: .currentPhase)
        try container.encode(phases, forKey: .phases)
        try container.encode(totals, forKey: .totals)
        try container.encode(timeLeft, forKey: .timeLeft)
        try container.encode(pace, forKey: .pace)
    }
}
