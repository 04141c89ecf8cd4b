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
    let clock: @Sendable () -> Timestamp
    let style: RenderStyle
    let environment: Environment
    /// Writes a warning to standard error at once, for a command that goes on regardless.
    let warn: (String) -> Void

    /// The current time, read when a command asks for it (those that record a change or
    /// report a pace), not at start-up.
    var now: Timestamp { clock() }

    /// The user's time zone, which decides where a day starts. Only `status` asks it for an
    /// offset, so nothing is read at start-up.
    let zone: LocalZone

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
        let named = namedRoadmap { $0 }
        let progress = KeptUntilExit.keep(try store.load())
        return (KeptUntilExit.keep(try named?.value() ?? activeRoadmap(in: progress)), progress)
    }

    /// The roadmap named with `--roadmap` (by id or as a path), or nil when none is named;
    /// loaded here, for a command with nothing to do meanwhile.
    func roadmapNamedOnCommandLine() throws -> Roadmap? {
        guard let name = invocation.roadmapOverride else { return nil }
        return KeptUntilExit.keep(try Self.roadmap(named: name, in: catalog))
    }

    /// The id of the roadmap named with `--roadmap`, or nil when none is named, for a command
    /// that reads only the history (`log`, `undo`). The id of an available roadmap, or one that
    /// the progress holds changes or entries for, is taken as it is, without reading the
    /// roadmap (so a removed roadmap's history stays reachable); any other name is loaded, so
    /// a file gives its id and an unknown name is refused as `next` refuses it. `progress` is
    /// called only for a name that is neither a path nor an available id.
    func roadmapIDNamedOnCommandLine(progress: () throws -> StudyProgress) throws -> String? {
        guard let name = invocation.roadmapOverride else { return nil }
        if !RoadmapSource.isPath(name) {
            if catalog.ids.contains(name) { return name }
            let progress = try progress()
            if progress.roadmaps[name] != nil || progress.history.contains(where: { $0.roadmap == name }) { return name }
        }
        return try roadmapNamedOnCommandLine()?.id
    }

    /// The roadmap `name` names on the command line: a Markdown file when it is a path,
    /// else a bundled or added roadmap's id.
    private static func roadmap(named name: String, in catalog: RoadmapCatalog) throws(RoadmapError) -> Roadmap {
        try RoadmapSource.isPath(name) ? catalog.roadmap(atPath: name) : catalog.roadmap(id: name)
    }

    /// The roadmap named with `--roadmap`, if any, loading and then handed to `use`. A file
    /// or an added roadmap loads on a second thread while the command reads the progress
    /// (at 100,000 topics each takes tens of milliseconds); a bundled one is unpacked when
    /// asked for.
    private func namedRoadmap<Value: Sendable>(then use: @escaping @Sendable (Roadmap) throws -> Value) -> Background<Value>? {
        guard let name = invocation.roadmapOverride else { return nil }
        let catalog = self.catalog
        return Background(onThread: RoadmapSource.isPath(name) || !catalog.isBundled(name)) {
            try use(Self.roadmap(named: name, in: catalog))
        }
    }

    /// Every roadmap of the catalog that can be read, in order. An added roadmap whose file
    /// was since edited into something without phases, or deleted, is left out with a warning,
    /// so that one damaged file does not stop a command about all of them.
    func readableRoadmaps() -> [Roadmap] {
        catalog.ids.compactMap { id in
            do {
                return try catalog.roadmap(id: id)
            } catch {
                warn(ErrorReport.skipped(roadmap: id, error))
                return nil
            }
        }
    }

    /// The active roadmap recorded in `progress`, else the default one. An active roadmap that
    /// is gone is an error that says how to go on, never a quiet switch to another.
    private func activeRoadmap(in progress: StudyProgress) throws -> Roadmap {
        guard let id = catalog.selectedID(named: nil, progress: progress) else {
            throw CLIError.failure("no roadmaps are available")
        }
        guard catalog.ids.contains(id) else {
            throw CLIError.failure(
                "the active roadmap '\(id)' is gone; add its file again with 'roadmap add <file> --id \(id)', "
                    + "or choose another with 'roadmap use <id>' ('roadmap roadmaps' lists them)")
        }
        return try catalog.roadmap(id: id)
    }

    /// Resolves each query to a topic (all must match), applies `action` to them under the
    /// store's lock, and reports what changed. The progress is read once, under the lock,
    /// and also decides the roadmap when `--roadmap` names none; a named roadmap is loaded
    /// and the queries matched on a second thread meanwhile.
    func record(_ action: TopicAction, on queries: [String]) throws -> String {
        let named = namedRoadmap { roadmap in (roadmap, try Self.topics(matching: queries, in: roadmap)) }
        let choose = { (progress: StudyProgress) throws -> (Roadmap, [Topic]) in
            if let named { return try named.value() }
            let roadmap = try activeRoadmap(in: progress)
            return (roadmap, try Self.topics(matching: queries, in: roadmap))
        }
        // Before anything is recorded, check the topics before the data folder is created,
        // so a mistyped first command leaves nothing behind.
        if !store.folderExists { _ = try choose(StudyProgress()) }
        return try record(action, choosing: choose)
    }

    /// Applies `action` to `topics` under the store's lock and reports what changed.
    func record(_ action: TopicAction, on topics: [Topic], in roadmap: Roadmap) throws -> String {
        try record(action) { _ in (roadmap, topics) }
    }

    /// Applies `action` to the topics `choose` picks, given the progress read under the lock.
    private func record(_ action: TopicAction, choosing choose: (StudyProgress) throws -> (Roadmap, [Topic])) throws -> String {
        let style = self.style
        let (report, progress, roadmap) = try store.update(reportingChanges: { progress in
            let (roadmap, topics) = try choose(progress)
            let outcome = progress.apply(action, to: topics, in: roadmap.id, at: now)
            // For a large roadmap the report is drawn on a second thread while the store
            // writes the file (tens of milliseconds each at 100,000 topics).
            let changed = progress
            let report = Background(onThread: roadmap.topicCount >= 5_000) {
                TextRenderer.actionReport(
                    action, outcome: outcome, report: ProgressReport(roadmap: roadmap, progress: changed), style: style)
            }
            return ((report, changed, roadmap), !outcome.changed.isEmpty)
        })
        _ = KeptUntilExit.keep((progress, roadmap))
        return try report.value()
    }
}
