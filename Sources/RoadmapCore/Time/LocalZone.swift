/// The learner's time zone, as far as the core needs one: how many seconds local clocks are
/// ahead of UTC at a given moment. It decides the day a topic was finished on (for streaks and
/// pace) and how dates are shown.
///
/// The core never looks the zone up itself: the CLI passes the system's (from `localtime_r`),
/// and tests pass a fixed offset or a rule of their own. The rule is asked only when a date is
/// placed in local time, so a command that shows none pays nothing for it.
public struct LocalZone: Sendable, CustomStringConvertible {
    /// A name for messages and comparisons: `UTC`, `+01:00`, `local`.
    public let name: String
    private let offset: @Sendable (Timestamp) -> Int

    /// - Parameter secondsFromUTC: the offset in force at a moment, daylight saving included.
    public init(name: String, secondsFromUTC: @escaping @Sendable (Timestamp) -> Int) {
        self.name = name
        self.offset = secondsFromUTC
    }

    /// A zone that is always `seconds` ahead of UTC (behind it when negative).
    public init(fixedSecondsFromUTC seconds: Int) {
        var name: [UInt8] = [UInt8(ascii: seconds < 0 ? "-" : "+")]
        let minutes = Int(seconds.magnitude / 60)
        CivilTime.append(minutes / 60, digits: 2, to: &name)
        name.append(UInt8(ascii: ":"))
        CivilTime.append(minutes % 60, digits: 2, to: &name)
        self.init(name: seconds == 0 ? "UTC" : String(decoding: name, as: UTF8.self), secondsFromUTC: { _ in seconds })
    }

    public static let utc = LocalZone(fixedSecondsFromUTC: 0)

    public func secondsFromUTC(at moment: Timestamp) -> Int { offset(moment) }

    /// What a local wall clock shows at `moment`.
    func civilTime(at moment: Timestamp) -> CivilTime {
        CivilTime(secondsSince1970: moment.wholeSeconds + secondsFromUTC(at: moment))
    }

    /// A count of local calendar days (days since 1970-01-01, local): consecutive days differ by one.
    func dayNumber(of moment: Timestamp) -> Int {
        CivilTime.floorDivide(moment.wholeSeconds + secondsFromUTC(at: moment), 86_400)
    }

    public var description: String { name }
}

extension LocalZone: Equatable {
    /// Zones are told apart by name: the rule itself cannot be compared.
    public static func == (left: LocalZone, right: LocalZone) -> Bool { left.name == right.name }
}
