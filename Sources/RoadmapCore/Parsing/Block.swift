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

    /// The block `lines` lines further down: a piece of a document is scanned numbering its
    /// lines from 1, and its blocks are moved down by the lines before it when read.
    func movedDown(by lines: Int) -> Block {
        guard lines != 0 else { return self }
        return switch self {
        case .heading(let level, let text, let line): .heading(level: level, text: text, line: line + lines)
        case .paragraph(let text, let line): .paragraph(text: text, line: line + lines)
        case .listItem(let indent, let text, let checked, let line): .listItem(indent: indent, text: text, checked: checked, line: line + lines)
        case .table(let header, let rows, let line): .table(header: header, rows: rows, line: line + lines)
        case .linkDefinition(let label, let url, let line): .linkDefinition(label: label, url: url, line: line + lines)
        case .metadataTitle(let title, let line): .metadataTitle(title, line: line + lines)
        }
    }

    var line: Int {
        switch self {
        case .heading(_, _, let line), .paragraph(_, let line), .listItem(_, _, _, let line),
            .table(_, _, let line), .linkDefinition(_, _, let line), .metadataTitle(_, let line):
            line
        }
    }
}
