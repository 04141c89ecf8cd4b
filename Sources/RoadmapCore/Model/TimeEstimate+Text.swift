/// Short human wording for lengths of time, used wherever estimates are shown.
public enum EstimateFormatter {
    /// `4 weeks`, `9-13 weeks`, `2-3 months`: days under a week, weeks up to 16, months beyond,
    /// whole numbers past 10 of a unit.
    public static func weeks(min: Double, max: Double, dash: String = "-") -> String {
        if max < 1 {
            return range(min * 7, max * 7, unit: "day", dash: dash)
        }
        if max <= 16 {
            return range(min, max, unit: "week", dash: dash)
        }
        return range(min / TimeEstimate.weeksPerMonth, max / TimeEstimate.weeksPerMonth, unit: "month", dash: dash)
    }

    private static func range(_ low: Double, _ high: Double, unit: String, dash: String) -> String {
        let lowText = amount(low), highText = amount(high)
        if lowText == highText { return "\(lowText) \(unit)\(lowText == "1" ? "" : "s")" }
        return "\(lowText)\(dash)\(highText) \(unit)s"
    }

    /// Rounded as a person would say it: one decimal below 3, whole numbers above.
    private static func amount(_ value: Double) -> String {
        value >= 3 ? whole(value.rounded()) : number(value)
    }

    /// Whole numbers as they are; others to one decimal place.
    public static func number(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        if rounded == rounded.rounded() { return whole(rounded) }
        return String(rounded)
    }

    /// A whole number without its `.0`; any other, or one too large for an `Int` (a document
    /// may state `99999999999999999999 months`), as `Double` writes it. Period keys
    /// (``PhaseHeading/periodKey``) are written with it too.
    static func whole(_ value: Double) -> String {
        Int(exactly: value).map(String.init) ?? String(value)
    }
}
