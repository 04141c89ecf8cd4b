/// Parses Markdown study plans into ``Roadmap`` values.
///
/// Parsing runs in two passes: a line scanner classifies lines into blocks (headings,
/// paragraphs, list items, tables) with their line numbers, then a builder reads phases,
/// topics, resources and estimates from those blocks. Text stored with double-encoded
/// UTF-8 is repaired first.
public enum RoadmapParser {
    /// The largest document read, 32 MiB: far beyond any study plan, small enough that a
    /// wrong file is refused at once rather than half-read.
    public static let maximumBytes = 32 << 20

    /// The roadmap `source` describes. A document of 256 KiB or more is parsed on two threads
    /// and, with glibc, sets the process's allocator to take memory in large steps and keep what
    /// is freed (`HeapGrowth`).
    ///
    /// - Throws: ``RoadmapError/noPhases(file:)`` when nothing in the document reads as a phase.
    public static func parse(_ source: RoadmapSource) throws(RoadmapError) -> Roadmap {
        try RoadmapBuilder.build(source, collectingWarnings: false).0
    }

    /// The roadmap with warnings, in line order, for what the parser could not place: text
    /// outside any phase, estimates it could not read, links without a target, empty phases.
    public static func lint(_ source: RoadmapSource) throws(RoadmapError) -> (roadmap: Roadmap, warnings: [ParseWarning]) {
        let (roadmap, warnings) = try RoadmapBuilder.build(source)
        return (roadmap, warnings)
    }
}
