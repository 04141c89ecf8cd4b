extension TextRenderer {
    /// Search results, best first: roadmap id, topic id and title, and where a match that
    /// is not in the title was found.
    public static func searchHits(_ hits: [TopicSearch.Hit], limit: Int?, style: RenderStyle) -> String {
        let shown = hits.prefix(limit ?? hits.count)
        let idWidth = shown.map(\.roadmap.id.count).max() ?? 0
        let positionWidth = shown.map(\.topic.position.count).max() ?? 0
        var lines = shown.map { hit -> String in
            var line = "\(pad(hit.roadmap.id, idWidth))  \(pad(hit.topic.position, positionWidth))  \(hit.topic.title)"
            switch hit.field {
            case .title: break
            case .subtopic(let text): line += "  (subtopic: \(text))"
            case .resource(let resource): line += "  (resource: \(resource.title))"
            }
            return style.fit(line, style.width)
        }
        if shown.count < hits.count {
            lines.append("… \(hits.count - shown.count) more (roadmap search --all)".replacing(every: "…", with: style.ellipsis))
        }
        return lines.joinedLines()
    }
}
