namespace HerstelWerk.Placement.Progress;

/// <summary>
/// The counting rules of Placement's figures, on plain records so they are tested on chosen dates.
/// The figures are anonymous, so a later erasure changes only which facility a job counts for.
/// </summary>
public static class ProgressCounting
{
    public const string UnknownFacility = "unknown";

    public const string JobStartsRule =
        "Candidates whose first job start (mediated to work) falls in the year; a second job of the same candidate does not count again.";

    public const string RetentionRule =
        "Of the jobs whose retention date (start plus the retention months) fell in the year and has passed: the percentage still held then " +
        "(confirmed by the adviser, or ended only after that date). Jobs awaiting the adviser's answer are left out until answered.";

    public const string AverageDaysRule =
        "Average days from CAO completion to the first job start, over the candidates counted in jobStarts who completed a CAO course.";

    public static ProgressReport Count(int year, IReadOnlyList<JobStartRecord> records, int retentionMonths, DateOnly today, YearTargets target)
    {
        var firstStarts = records
            .GroupBy(r => r.CandidateId)
            .Select(g => g.OrderBy(r => r.StartedOn).First())
            .Where(r => r.StartedOn.Year == year)
            .ToList();

        var decided = records
            .Select(r => (Record: r, Mark: r.StartedOn.AddMonths(retentionMonths)))
            .Where(r => r.Mark.Year == year && r.Mark <= today)
            .Select(r => (r.Record, Retained: r.Record.RetainedOn is not null || r.Record.EmploymentEndedOn >= r.Mark, Lost: r.Record.EmploymentEndedOn < r.Mark))
            .Where(r => r.Retained || r.Lost)
            .ToList();

        var withCao = firstStarts.Where(r => r.CaoCompletedOn is { } cao && cao <= r.StartedOn).ToList();

        return new ProgressReport(year,
        [
            Figure("jobStarts", JobStartsRule, target.JobStarts, firstStarts, rs => rs.Count),
            Figure("retentionRatePercent", RetentionRule, target.RetentionRatePercent, decided,
                rs => rs.Count == 0 ? null : Math.Round(100m * rs.Count(r => r.Retained) / rs.Count, 1), r => r.Record.FacilityId),
            Figure("averageDaysFromCaoToJobStart", AverageDaysRule, target.AverageDaysFromCaoToJobStart, withCao,
                rs => rs.Count == 0 ? null : Math.Round((decimal)rs.Average(r => r.StartedOn.DayNumber - r.CaoCompletedOn!.Value.DayNumber), 1)),
        ]);
    }

    private static ProgressFigure Figure(string name, string rule, decimal? target, List<JobStartRecord> records, Func<List<JobStartRecord>, decimal?> value) =>
        Figure(name, rule, target, records, value, r => r.FacilityId);

    private static ProgressFigure Figure<T>(string name, string rule, decimal? target, List<T> items, Func<List<T>, decimal?> value, Func<T, string?> facility) =>
        new(name, rule, target, value(items),
            items.GroupBy(i => facility(i) ?? UnknownFacility).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => value([.. g])));
}
