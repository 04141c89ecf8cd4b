import RoadmapCore

/// The roadmaps compiled into the binary from the package's `Roadmaps/` folder.
public enum BundledRoadmaps {
    /// Every bundled roadmap's source, sorted by id.
    public static var all: [RoadmapSource] { embedded }

    /// The source of the bundled roadmap with this id.
    public static func source(id: String) -> RoadmapSource? {
        embedded.first { $0.id == id }
    }
}
