/// Why a file could not be read as a roadmap.
public enum RoadmapError: Error, Equatable, Sendable {
    /// The document has no section the parser reads as a phase.
    case noPhases(file: String)
    /// The file is larger than the parser reads (``RoadmapParser/maximumBytes``).
    case tooLarge(file: String, bytes: Int, limit: Int)
    /// The roadmap file could not be read.
    case cannotRead(file: String, reason: String)
    /// A roadmap file could not be written or removed.
    case cannotWrite(file: String, reason: String)
    /// No roadmap with this id is available.
    case unknownRoadmap(id: String, available: [String])
    /// A file named with `--roadmap` whose name gives a bundled roadmap's id, whose progress
    /// it would share.
    case bundledID(file: String, id: String)
    /// A file named with `--roadmap` whose name gives an added roadmap's id but is not that
    /// roadmap's file, whose progress it would share.
    case addedID(file: String, id: String)
}
