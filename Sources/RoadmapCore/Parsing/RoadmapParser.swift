/// Parses Markdown study plans into ``Roadmap`` values.
///
/// Parsing runs in two passes: a line scanner classifies lines into blocks (headings,
/// paragraphs, list items, tables) with their line numbers, then a builder reads phases,
/// topics, resources and estimates from those blocks. Text stored with double-encoded
/// UTF-8 is repaired first.
public enum RoadmapParser {
    /// The roadmap `source` describes.
    ///
    /// - Throws: ``RoadmapError/noPhases(file:)`` when nothing in the document reads as a phase.
    public static func parse(_ source: RoadmapSource) throws(RoadmapError) -> Roadmap {
        try RoadmapBuilder.build(source)
    }
}
