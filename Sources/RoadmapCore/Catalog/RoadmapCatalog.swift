/// The roadmaps a learner can choose from: the bundled ones and those added with
/// `roadmap add`, and which one a command works on.
public struct RoadmapCatalog: Sendable {
    /// The roadmaps compiled into the binary.
    public let bundled: [RoadmapSource]
    /// The roadmaps the learner added, kept as files in the data folder.
    public let added: AddedRoadmaps?
    /// Bundled roadmaps already parsed (when the package was built), by id.
    private let preparsed: @Sendable (String) -> Roadmap?
    /// Where the models of roadmap files are kept between commands, if anywhere.
    public let cache: ParseCache?

    public init(
        bundled: [RoadmapSource], added: AddedRoadmaps? = nil,
        preparsed: @escaping @Sendable (String) -> Roadmap? = { _ in nil }, cache: ParseCache? = nil
    ) {
        self.bundled = bundled.sorted { $0.id < $1.id }
        self.added = added
        self.preparsed = preparsed
        self.cache = cache
    }

    /// Every available id: bundled ones first, then added ones, each sorted.
    public var ids: [String] {
        bundled.map(\.id) + (added?.ids.filter { !isBundled($0) } ?? [])
    }

    /// Whether `id` names a bundled roadmap. A search of five, not a `Set`: hashing would
    /// bring in code `roadmap next` does not otherwise run.
    public func isBundled(_ id: String) -> Bool { bundled.contains { $0.id == id } }

    /// The roadmap a fresh user starts with: the first bundled one by id.
    public var defaultID: String? { bundled.first?.id ?? ids.first }

    /// The source with this id, or ``RoadmapError/unknownRoadmap(id:available:)``.
    public func source(id: String) throws(RoadmapError) -> RoadmapSource {
        if let source = bundled.first(where: { $0.id == id }) { return source }
        if let added, added.ids.contains(id) { return try RoadmapSource(path: added.path(of: id), id: id) }
        throw .unknownRoadmap(id: id, available: ids)
    }

    /// The id a command should use: the one named on the command line, else the active one
    /// recorded in progress, else the default. An active roadmap that is gone (its added file
    /// deleted) is still the one returned: a command must not record progress on another
    /// roadmap without saying so.
    public func selectedID(named override: String?, progress: StudyProgress) -> String? {
        if let override { return override }
        if let active = progress.activeRoadmap { return active }
        return defaultID
    }

    /// The roadmap with this id: bundled ones as the build parsed them, added ones through
    /// the cache.
    public func roadmap(id: String) throws(RoadmapError) -> Roadmap {
        if isBundled(id), let roadmap = preparsed(id) { return roadmap }
        return try roadmap(from: source(id: id))
    }

    /// The roadmap in the Markdown file at `path` (`--roadmap <path>`), through the cache.
    /// A file whose name gives a bundled roadmap's id, or an added one's without being its
    /// file, is refused: progress is kept by id, so the two would share it.
    public func roadmap(atPath path: String) throws(RoadmapError) -> Roadmap {
        let source = try RoadmapSource(path: path)
        if isBundled(source.id) { throw .bundledID(file: path, id: source.id) }
        if let added, added.ids.contains(source.id),
            FileSystem.canonicalPath(path) != FileSystem.canonicalPath(added.path(of: source.id))
        {
            throw .addedID(file: path, id: source.id)
        }
        return try roadmap(from: source)
    }

    private func roadmap(from source: RoadmapSource) throws(RoadmapError) -> Roadmap {
        guard let cache else { return try RoadmapParser.parse(source) }
        return try cache.roadmap(from: source)
    }
}
