import RoadmapCore

struct ConfigCommand: Command {
    static let name = "config"
    static let summary = "Show or change settings (hours-per-week)."
    static let acceptsRoadmap = false
    static let usage = "roadmap config [hours-per-week [<hours> | none]]"
    static let details = """
        Settings:
          hours-per-week  How many hours a week you study. Estimates a roadmap plans at
                          another intensity ("6 months at 15-20 hours a week") are
                          scaled to it in 'roadmap status'. 'none' clears it.

        Examples:
          roadmap config
          roadmap config hours-per-week 10
        """

    private let key: String?
    private let value: String?

    init(_ invocation: Invocation) throws(UsageError) {
        try invocation.checkFlags(for: Self.self)
        try invocation.checkArgumentCount(atMost: 2, for: Self.self)
        key = invocation.arguments.first
        value = invocation.arguments.dropFirst().first
        if let key, key != "hours-per-week" {
            throw UsageError("unknown setting '\(key)'; settings: hours-per-week", command: Self.name)
        }
        if let value, value != "none", Double(value).map({ $0 > 0 && $0 <= 168 }) != true {
            throw UsageError("hours-per-week must be a number of hours from 1 to 168, or 'none'", command: Self.name)
        }
    }

    func run(in context: Context) throws -> String {
        guard key != nil, let value else {
            let hours = try context.store.load().settings.hoursPerWeek
            return "hours-per-week = \(hours.map(EstimateFormatter.number) ?? "none")\n"
        }
        let hours = value == "none" ? nil : Double(value)
        try context.store.update { $0.settings.hoursPerWeek = hours }
        return "hours-per-week = \(hours.map(EstimateFormatter.number) ?? "none")\n"
    }
}
