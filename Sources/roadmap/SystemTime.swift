#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import RoadmapCore

/// The system's clock and time zone. Only the CLI reads them; the core takes them as values.
enum SystemTime {
    /// The time now, from the real-time clock.
    static func now() -> Timestamp {
        var spec = timespec()
        clock_gettime(CLOCK_REALTIME, &spec)
        return Timestamp(secondsSince1970: Double(spec.tv_sec) + Double(spec.tv_nsec) / 1_000_000_000)
    }

    /// The local time zone (`TZ`, else `/etc/localtime`), asked for the offset at each moment
    /// so that daylight saving is right for every date. The zone files are read the first time
    /// a date is placed in local time, not at start-up.
    static let zone = LocalZone(name: "local") { moment in
        let seconds = moment.secondsSince1970
        // time_t holds any moment a roadmap meets; anything else is placed as if it were now.
        var clock = seconds.isFinite && abs(seconds) < 1e15 ? time_t(seconds.rounded(.down)) : time(nil)
        var parts = tm()
        guard localtime_r(&clock, &parts) != nil else { return 0 }
        return Int(parts.tm_gmtoff)
    }
}
