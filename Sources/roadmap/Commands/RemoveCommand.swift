import RoadmapCore

struct RemoveCommand: Command {
    static let name = "remove"
    static let summary = "Remove a roadmap you added (its progress is kept)."
    static let acceptsRoadmap = false
    static let usage = "roadmap remove <id> [--forget-progress]"
    static let details = """
        Arguments:
          <id>  The id of a roadmap added with 'roadmap add'. Bundled roadmaps cannot be
                removed.

        Options:
          --forget-progress  Also delete the roadmap's progress ('roadmap undo
                             --roadmap <id>' restores it).

        Progress is kept by default, so adding the roadmap again with the same id picks
        up where you left off.

        Example:
          roadmap remove rust
        """
    static let flags: [String] = ["--forget-progress"]

    private let id: String
    private let forget: Bool

    init(_ invocation: Invocation) throws(UsageError) {
        try invocation.checkFlags(for: Self.self)
        guard let id = invocation.arguments.first else { throw UsageError("missing <id>: say which roadmap to remove", command: Self.name) }
        try invocation.checkArgumentCount(atMost: 1, for: Self.self)
        self.id = id
        forget = invocation.flags.contains("--forget-progress")
    }

    func run(in context: Context) throws -> String {
        if context.catalog.isBundled(id) {
            throw CLIError.failure("'\(id)' is a bundled roadmap and cannot be removed")
        }
        guard let added = context.catalog.added, added.ids.contains(id) else {
            // An active roadmap whose file is gone already: removing it lets go of it.
            if let message = try handOverActive(id, in: context) { return "'\(id)' was already gone. \(message)\n" }
            let list = context.catalog.added?.ids ?? []
            throw CLIError.failure("no added roadmap '\(id)'" + (list.isEmpty ? "; none have been added" : "; added: \(list.joined(separator: ", "))"))
        }
        context.catalog.cache?.removeEntry(id: id, fileName: added.path(of: id))
        try added.remove(id)
        var message = "Removed '\(id)'."
        if forget {
            let count = try context.store.update { $0.forgetProgress(of: id, at: context.now) }
            message += " Forgot \(count) progress entr\(count == 1 ? "y" : "ies") ('roadmap undo --roadmap \(id)' brings them back)."
        } else {
            message += " Its progress is kept."
        }
        if let handedOver = try handOverActive(id, in: context) { message += " " + handedOver }
        return message + "\n"
    }

    /// When `id` is the active roadmap, makes the default one active (checked and changed under
    /// the store's lock) and says so; nil when it is not.
    private func handOverActive(_ id: String, in context: Context) throws -> String? {
        guard context.store.folderExists else { return nil }
        let wasActive = try context.store.update(reportingChanges: { progress in
            guard progress.activeRoadmap == id else { return (false, false) }
            progress.activeRoadmap = nil
            return (true, true)
        })
        guard wasActive, let next = context.catalog.defaultID else { return nil }
        return "It was the active roadmap: commands now use '\(next)' ('roadmap use <id>' to choose another)."
    }
}
