#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import BundledRoadmaps
import RoadmapCore

/// What a command needs from the world: the roadmaps, the progress store, the time and the
/// parsed command line. Built once in `main`; commands never read the environment themselves.
struct Context {
    let invocation: Invocation
    let terminal: Terminal
    let catalog: RoadmapCatalog
    let store: ProgressStore
    /// Reads the clock; see ``now``.
    let clock: @Sendable () -> Date
    let style: RenderStyle
    let environment: Environment

    /// The current time, read when a command asks for it (those that record a change or
    /// report a pace), not at start-up.
    var now: Date { clock() }

    /// The calendar of the user's time zone, which decides where a day starts. Only `status`
    /// needs it, so it is not read at start-up.
    var calendar: Calendar { Calendar.current }

    /// The program that opens links, if one is installed; looked for only by `open`.
    var opener: Opener? { Opener.find(environment: environment) }

    /// The data folder: `$ROADMAP_HOME`, else `$HOME/.roadmap`.
    static func dataFolder(environment: Environment) throws(CLIError) -> String {
        if let home = environment["ROADMAP_HOME"], !home.isEmpty { return home }
        guard let home = environment["HOME"], !home.isEmpty else {
            throw .failure("cannot find your home folder: set HOME, or ROADMAP_HOME to the folder for roadmap's data")
        }
        return home + "/.roadmap"
    }

    /// The roadmap the command works on (named with `--roadmap` by id or as a path to a
    /// Markdown file, else the active one) and the stored progress.
    func selectedRoadmap() throws -> (Roadmap, StudyProgress) {
        let progress = try store.load()
        if let path = invocation.roadmapOverride, RoadmapSource.isPath(path) {
            return (try RoadmapParser.parse(RoadmapSource(path: path)), progress)
        }
        guard let id = catalog.selectedID(named: invocation.roadmapOverride, progress: progress) else {
            throw CLIError.failure("no roadmaps are available")
        }
        return (try catalog.roadmap(id: id), progress)
    }

    /// The roadmap the command works on, as ``selectedRoadmap()`` chooses it, reading the
    /// progress only when it decides (when `--roadmap` names none).
    func selectedRoadmapOnly() throws -> Roadmap {
        guard let override = invocation.roadmapOverride else { return try selectedRoadmap().0 }
        if RoadmapSource.isPath(override) { return try RoadmapParser.parse(RoadmapSource(path: override)) }
        guard let id = catalog.selectedID(named: override, progress: StudyProgress()) else {
            throw CLIError.failure("no roadmaps are available")
        }
        return try catalog.roadmap(id: id)
    }

    /// Resolves each query to a topic (all must match), applies `action` to them under the
    /// store's lock, and reports what changed.
    func record(_ action: TopicAction, on queries: [String]) throws -> String {
        let roadmap = try selectedRoadmapOnly()
        var topics: [Topic] = []
        for query in queries {
            let topic = try topic(matching: query, in: roadmap)
            if !topics.contains(topic) { topics.append(topic) }
        }
        return try record(action, on: topics, in: roadmap)
    }

    /// Applies `action` to `topics` under the store's lock and reports what changed.
    func record(_ action: TopicAction, on topics: [Topic], in roadmap: Roadmap) throws -> String {
        let (outcome, progress) = try store.update(reportingChanges: { progress in
            let outcome = progress.apply(action, to: topics, in: roadmap.id, at: now)
            return ((outcome, progress), !outcome.changed.isEmpty)
        })
        let report = ProgressReport(roadmap: roadmap, progress: progress)
        return TextRenderer.actionReport(action, outcome: outcome, report: report, style: style)
    }

    /// Resolves what the user typed to one topic, or throws a message listing candidates.
    func topic(matching query: String, in roadmap: Roadmap) throws(CLIError) -> Topic {
        switch roadmap.topic(matching: query) {
        case .found(let topic):
            return topic
        case .ambiguous(let candidates):
            let list = candidates.prefix(10).map { "  \($0.position)  \($0.title)  (\($0.slug))" }
            let more = candidates.count > 10 ? ["  … and \(candidates.count - 10) more"] : []
            throw .failure(
                "\"\(query)\" matches \(candidates.count) topics in \(roadmap.id); say which one:\n"
                    + (list + more).joined(separator: "\n"))
        case .notFound(let closest):
            var message = "no topic matches \"\(query)\" in \(roadmap.id)"
            if !closest.isEmpty {
                message += "; closest:\n" + closest.map { "  \($0.position)  \($0.title)  (\($0.slug))" }.joined(separator: "\n")
            }
            message += "\n(see all topics with: roadmap list --all)"
            throw .failure(message)
        }
    }
}
