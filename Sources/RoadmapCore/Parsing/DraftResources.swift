/// A topic's or phase's resources in the order found, each link or named book once.
///
/// Each resource's identity is kept beside it, so that merging one draft into another does
/// not work the identities out again.
struct DraftResources {
    private(set) var all: [Resource] = []
    private var identities: [Resource.Identity] = []
    private var seen: Set<Resource.Identity> = []

    mutating func add(_ resource: Resource) {
        add(resource, identity: resource.identity)
    }

    mutating func add(contentsOf other: DraftResources) {
        for (resource, identity) in zip(other.all, other.identities) { add(resource, identity: identity) }
    }

    private mutating func add(_ resource: Resource, identity: Resource.Identity) {
        guard seen.insert(identity).inserted else { return }
        all.append(resource)
        identities.append(identity)
    }
}

extension Resource {
    /// Equal for the same link, or the same named book or course.
    enum Identity: Hashable {
        case link(String)
        case name(String)
    }

    var identity: Identity {
        url.map(Identity.link) ?? .name(title.lowercased())
    }
}
