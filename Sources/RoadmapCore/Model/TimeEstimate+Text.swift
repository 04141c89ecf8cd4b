/// Short human wording for lengths of time, used wherever estimates are shown.
public enum EstimateFormatter {
    /// `4 weeks`, `9–13 weeks`, `2–3 months`, `1 year`: weeks up to 16, months beyond.
    public static func weeks(min: Double, max: Double) -> String {
        if max <= 16 {
            return range(min, max, unit: "week")
        }
        let months = (min / TimeEstimate.weeksPerMonth, max / TimeEstimate.weeksPerMonth)
        return range(months.0, months.1, unit: "month")
    }

    private static func range(_ low: Double, _ high: Double, unit: String) -> String {
        let lowText = number(low), highText = number(high)
        if lowText == highText { return "\(lowText) \(unit)\(lowText == "1" ? "" : "s")" }
        return "\(lowText)–\(highText) \(unit)s"
    }

    /// Whole numbers as they are; others to one decimal place.
    static func number(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        if rounded == rounded.rounded() { return String(Int(rounded)) }
        return String(rounded)
    }
}
