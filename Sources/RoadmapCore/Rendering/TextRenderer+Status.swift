extension TextRenderer {
    /// The `roadmap status` screen: a line per phase with a progress bar, totals, time left,
    /// pace and streak, fitted to `style.width`.
    public static func status(_ status: StatusReport, style: RenderStyle) -> String {
        let report = status.progress
        var lines = [style.bold(style.fit(name(of: report.roadmap), style.width)), ""]
        lines += phaseLines(status, style: style)
        lines.append("")
        var notes = ["Topics: \(report.doneCount) done, \(report.skippedCount) skipped, \(report.leftCount) left of \(report.topicCount) (\(report.percentDone)% done)"]
        notes += timeLeftLines(status, style: style)
        notes += paceLines(status, style: style)
        notes += unmatchedNote(report)
        lines += notes.flatMap { style.wrap($0) }
        return lines.joinedLines()
    }

    private static func phaseLines(_ status: StatusReport, style: RenderStyle) -> [String] {
        let report = status.progress
        let barWidth = 12
        let numberWidth = String(report.phases.count).count
        let countWidth = report.phases.map { "\($0.done)/\($0.total)".count }.max() ?? 3
        let estimates = report.phases.map { estimate($0.phase.estimate) }
        let estimateWidth = estimates.map(\.count).max() ?? 0
        // "> 12  title  [bar]  3/4  2-3 months": the title takes what is left of the width.
        let fixed = 2 + numberWidth + 2 + 2 + (barWidth + 2) + 2 + countWidth + 2 + estimateWidth
        let titleWidth = max(8, min(report.phases.map { $0.phase.title.count }.max() ?? 8, style.width - fixed))
        return zip(report.phases, estimates).map { count, estimateText in
            let isCurrent = count.phase.number == status.currentPhase?.number
            let marker = isCurrent ? (style.unicode ? "▶ " : "> ") : "  "
            let title = pad(style.fit(count.phase.title, titleWidth), titleWidth)
            let number = String(repeating: " ", count: numberWidth - String(count.phase.number).count) + String(count.phase.number)
            let counts = pad("\(count.done)/\(count.total)", countWidth)
            // The current line is coloured whole, so its bar must not reset the colour midway.
            let barStyle = isCurrent ? style.uncoloured : style
            var line = "\(marker)\(number)  \(title)  \(bar(count, width: barWidth, style: barStyle))  \(counts)  \(estimateText)"
            line = trimmingTrailingSpaces(line)
            return isCurrent ? style.bold(style.cyan(line)) : line
        }
    }

    /// `[#####~~-----]` in ASCII, `█████▒▒░░░░░` in Unicode: done, skipped, left.
    static func bar(_ count: ProgressReport.PhaseCount, width: Int, style: RenderStyle) -> String {
        guard count.total > 0 else { return String(repeating: style.unicode ? "░" : "-", count: width) }
        let done = Int((Double(count.done) / Double(count.total) * Double(width)).rounded(.down))
        let skipped = min(width - done, Int((Double(count.skipped) / Double(count.total) * Double(width)).rounded()))
        let left = width - done - skipped
        if style.unicode {
            return style.green(String(repeating: "█", count: done)) + style.dim(String(repeating: "▒", count: skipped))
                + String(repeating: "░", count: left)
        }
        return "[" + String(repeating: "#", count: done) + String(repeating: "~", count: skipped)
            + String(repeating: "-", count: left) + "]"
    }

    private static func timeLeftLines(_ status: StatusReport, style: RenderStyle) -> [String] {
        let time = status.timeLeft
        let report = status.progress
        guard report.leftCount > 0 else { return ["Time left: nothing, every topic is done or skipped."] }
        var lines: [String] = []
        if time.minWeeks > 0 || time.maxWeeks > 0 {
            let range = EstimateFormatter.weeks(min: time.minWeeks, max: time.maxWeeks, dash: style.dash)
            lines.append("Time left: about \(range)\(time.isOpenEnded ? " or more" : "") by the roadmap's estimates")
        } else if time.omitted.isEmpty {
            lines.append("Time left: the roadmap gives no time estimates.")
        } else {
            lines.append("Time left: no estimate covers the topics left.")
        }
        if !time.omitted.isEmpty {
            let names = time.omitted.map { "phase \($0.phase.number) \($0.phase.title) (\($0.reason.rawValue))" }
            lines.append("  not counted: " + names.joined(separator: ", "))
        }
        if let hours = time.hoursPerWeek {
            let shown = EstimateFormatter.number(hours)
            let yours = "your \(shown) hour\(shown == "1" ? "" : "s") a week"
            lines.append(time.isScaled ? "  scaled to \(yours)" : "  the roadmap states no weekly hours, so \(yours) \(shown == "1" ? "does" : "do") not change it")
        }
        return lines
    }

    private static func paceLines(_ status: StatusReport, style: RenderStyle) -> [String] {
        let pace = status.pace
        var lines: [String] = []
        if let rate = pace.topicsPerWeek {
            lines.append("Pace: \(EstimateFormatter.number(rate)) topics a week over the last \(pace.measuredDays) days (\(pace.finishedInWindow) finished)")
            if let finish = pace.projectedFinish {
                let weeks = (finish.secondsSince1970 - status.now.secondsSince1970) / (7 * 86_400)
                let left = status.progress.leftCount
                lines.append("  at this pace the \(left) topic\(left == 1 ? "" : "s") left take about "
                    + "\(EstimateFormatter.weeks(min: weeks, max: weeks, dash: style.dash)): done around \(style.day(finish))")
            }
        } else {
            lines.append("Pace: not enough history yet (it needs \(Pace.minimumTopics) topics finished over at least \(Pace.minimumDays) days)")
        }
        lines.append("Streak: \(pace.currentStreak) day\(pace.currentStreak == 1 ? "" : "s") (longest \(pace.longestStreak))")
        return lines
    }
}
