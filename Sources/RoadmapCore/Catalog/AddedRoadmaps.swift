/// The roadmaps a learner added: Markdown files in the `roadmaps` folder of the data
/// folder, one per roadmap, named `<id>.md`.
public struct AddedRoadmaps: Sendable {
    /// The folder holding the files.
    public let folder: String
    /// The ids found there, sorted.
    public let ids: [String]

    /// Lists the folder; a missing folder holds no roadmaps.
    public init(folder: String) {
        self.folder = folder
        self.ids = FileSystem.names(in: folder).filter { $0.hasSuffix(".md") && !$0.hasPrefix(".") }
            .map { String($0.dropLast(3)) }.sorted()
    }

    public func path(of id: String) -> String { "\(folder)/\(id).md" }

    /// Whether an id can name an added roadmap: letters, digits, `-`, `_` and `.`, not
    /// starting with a dot (a hidden file) or a dash (read as an option on a command line).
    /// Such an id is one word of a command line as it is, unquoted.
    public static func isValidID(_ id: String) -> Bool {
        !id.isEmpty && id.count <= 100 && !id.hasPrefix(".") && !id.hasPrefix("-")
            && id.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "-_.".contains($0)) }
    }

    /// Stores a copy of `source`'s text as the roadmap `id`, atomically.
    public func add(_ source: RoadmapSource, as id: String) throws(RoadmapError) {
        do {
            try FileSystem.createFolder(folder)
            try FileSystem.writeAtomically(Array(source.text.utf8), to: path(of: id))
        } catch {
            throw .cannotWrite(file: path(of: id), reason: error.reason)
        }
    }

    /// Deletes the file of the roadmap `id`.
    public func remove(_ id: String) throws(RoadmapError) {
        do {
            try FileSystem.remove(path(of: id))
        } catch {
            throw .cannotWrite(file: path(of: id), reason: error.reason)
        }
    }
}
