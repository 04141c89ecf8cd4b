import RoadmapCore

struct UndoCommand: Command {
    static let name = "undo"
    static let summary = "Revert the last change; repeat to go further back."
    static let usage = "roadmap undo [--roadmap <id>]"
    static let details = """
        Reverts the most recent start, done, skip, reset or note, on whichever roadmap
        it was made, and says what it reverted. 'roadmap log' shows what is left to
        undo.

        Options:
          --roadmap <id>  Revert the most recent change made on this roadmap (an id,
                          even of a removed roadmap, or a Markdown file); later
                          changes on other roadmaps stay.

        Examples:
          roadmap undo
          roadmap undo --roadmap ml-mastery
        """

    init(_ invocation: Invocation) throws(UsageError) {
        try invocation.checkFlags(for: Self.self)
        try invocation.checkArgumentCount(atMost: 0, for: Self.self)
    }

    func run(in context: Context) throws -> String {
        // The roadmap is made sure of before the store is locked, so that a mistyped name
        // leaves nothing behind; with no data folder yet there is nothing to undo either.
        let roadmapID = try context.roadmapIDNamedOnCommandLine { try context.store.load() }
        guard context.store.folderExists else { return TextRenderer.undoReport(nil, in: roadmapID, style: context.style) }
        let change = try context.store.update { $0.undoLastChange(in: roadmapID) }
        return TextRenderer.undoReport(change, in: roadmapID, style: context.style)
    }
}
