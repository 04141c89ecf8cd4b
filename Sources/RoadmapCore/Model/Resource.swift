/// Something to study from: a link, or a named book or course without one.
public struct Resource: Sendable, Hashable, Codable {
    public var title: String
    /// The link target, when the roadmap gives one.
    public var url: String?

    public init(title: String, url: String? = nil) {
        self.title = title
        self.url = url
    }
}

extension Resource {
    /// Whether the link is an `http` or `https` address, the only kind `roadmap open` opens.
    public var isWebLink: Bool {
        guard let url else { return false }
        let lower = url.lowercased()
        return lower.hasPrefix("http://") || lower.hasPrefix("https://")
    }
}
