import RoadmapCore

struct UndoCommand: Command {
    static let name = "undo"
    static let summary = "Revert the last change; repeat to go further back."
    static let usage = "roadmap undo"
    static let details = """
        Reverts the most recent start, done, skip, reset or note, on whichever roadmap
        it was made, and says what it reverted. 'roadmap log' shows what is left to
        undo.

        Example:
          roadmap undo
        """

    init(_ invocation: Invocation) throws(UsageError) {
        try invocation.checkFlags(for: Self.self)
        try invocation.checkArgumentCount(atMost: 0, for: Self.self)
    }

    func run(in context: Context) throws -> String {
        let change = try context.store.update { $0.undoLastChange() }
        return TextRenderer.undoReport(change, style: context.style)
    }
}
