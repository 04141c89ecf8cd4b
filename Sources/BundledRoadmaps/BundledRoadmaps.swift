import RoadmapCore

/// The roadmaps compiled into the binary from the package's `Roadmaps/` folder.
public enum BundledRoadmaps {
    /// Every bundled roadmap's source, sorted by id.
    public static var all: [RoadmapSource] { embedded }

    /// The source of the bundled roadmap with this id.
    public static func source(id: String) -> RoadmapSource? {
        embedded.first { $0.id == id }
    }

    /// The roadmap with this id as the parser read it when the package was built, so that
    /// commands on a bundled roadmap start without parsing. Equal to parsing its source
    /// (a test checks).
    public static func roadmap(id: String) -> Roadmap? {
        guard let packed = packed(id: id) else { return nil }
        // The build wrote this text, so it always unpacks; a failure would be a build bug,
        // and the caller then parses the source instead.
        return packed.withUTF8Buffer { try? PackedRoadmap.unpack($0) }
    }
}
