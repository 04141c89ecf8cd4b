/// A topic's or phase's resources in the order found, each link or named book once.
///
/// Each resource's identity is kept beside it, so that merging one draft into another does
/// not work the identities out again.
struct DraftResources {
    private(set) var all: [Resource] = []
    private var identities: [String] = []
    private var seen: Set<String> = []

    mutating func add(_ resource: Resource) {
        add(resource, identity: resource.identity)
    }

    mutating func add(contentsOf other: DraftResources) {
        for (resource, identity) in zip(other.all, other.identities) { add(resource, identity: identity) }
    }

    private mutating func add(_ resource: Resource, identity: String) {
        guard seen.insert(identity).inserted else { return }
        all.append(resource)
        identities.append(identity)
    }
}

extension Resource {
    /// Equal for the same link, or the same named book or course.
    var identity: String {
        url.map { "url " + $0 } ?? "name " + title.lowercased()
    }
}
