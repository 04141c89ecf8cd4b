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
        if let value, value != "none", Self.hours(value) == nil {
            throw UsageError("hours-per-week must be a number of hours from 1 to 168, or 'none'", command: Self.name)
        }
    }

    /// Hours written as decimal digits with at most one point (`10`, `7.5`), from 1 to 168.
    /// (`Double` alone would also take `0x10`, `1e1` and `nan`.)
    static func hours(_ text: String) -> Double? {
        guard text.utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") || $0 == UInt8(ascii: ".") }),
            text.utf8.count(where: { $0 == UInt8(ascii: ".") }) <= 1, let hours = Double(text),
            Settings.hoursPerWeekRange.contains(hours)
        else { return nil }
        return hours
    }

    func run(in context: Context) throws -> String {
        guard key != nil, let value else {
            let settings = try context.store.load().settings
            guard let hours = settings.hoursPerWeek else { return "hours-per-week = none\n" }
            guard settings.usableHoursPerWeek != nil else {
                // As stored: rounded, 0.0001 would read as 0.
                return "hours-per-week = \(hours) (not from 1 to 168, so not used; set it again)\n"
            }
            return "hours-per-week = \(EstimateFormatter.number(hours))\n"
        }
        let hours = value == "none" ? nil : Self.hours(value)
        try context.store.update { $0.settings.hoursPerWeek = hours }
        return "hours-per-week = \(hours.map(EstimateFormatter.number) ?? "none")\n"
    }
}
