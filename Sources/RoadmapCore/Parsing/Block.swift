/// One structural piece of a Markdown document, as the line scanner classifies it.
///
/// This is the first parsing pass: it knows Markdown syntax but nothing about roadmaps.
/// ``RoadmapBuilder`` reads meaning from a sequence of blocks.
enum Block: Equatable, Sendable {
    /// An ATX (`## Title`), setext (`Title` over `===`), HTML (`<h1>`) heading, or a paragraph
    /// that is one line wholly in bold (`**Step 1: Python**`), which gets level 7.
    case heading(level: Int, text: String, line: Int)
    /// Consecutive lines of text, joined with single spaces.
    case paragraph(text: String, line: Int)
    /// One list item with the text of its first line and any lazy continuation lines.
    /// `indent` is the column of its marker (tabs count to the next multiple of 4).
    case listItem(indent: Int, text: String, checked: Bool?, line: Int)
    /// A pipe table: header cells, then the rows' cells.
    case table(header: [String], rows: [[String]], line: Int)
    /// A link reference definition, `[label]: https://…`.
    case linkDefinition(label: String, url: String, line: Int)
    /// The `title:` of YAML front matter.
    case metadataTitle(String, line: Int)

    /// The level a bold one-line paragraph gets: below every real heading.
    static let boldHeadingLevel = 7

    var line: Int {
        switch self {
        case .heading(_, _, let line), .paragraph(_, let line), .listItem(_, _, _, let line),
            .table(_, _, let line), .linkDefinition(_, _, let line), .metadataTitle(_, let line):
            line
        }
    }
}
