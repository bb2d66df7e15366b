using HerstelWerk.SharedDomain.Progress;

namespace HerstelWerk.Placement.Progress;

/// <summary>
/// The counting rules of Placement's figures, on plain records so they are tested on chosen dates. Each
/// figure counts per facility where the candidate was held at the job start; the figures are anonymous,
/// so a later erasure changes only which facility a job counts for ("unknown").
/// </summary>
public static class ProgressCounting
{
    public static readonly ProgressDefinition JobStarts = new("jobStarts", "Mediated to work",
        "Candidates whose first job start (mediated to work) falls in the year; a second job of the same candidate does not count again.");

    public static readonly ProgressDefinition RetentionRate = new("retentionRatePercent", "Jobs still held after the retention months",
        "Of the jobs whose retention date (start plus the retention months) fell in the year and has passed: the percentage still held then " +
        "(confirmed by the adviser, or ended only after that date). Jobs awaiting the adviser's answer are left out until answered.",
        ProgressUnit.Percent);

    public static readonly ProgressDefinition AverageDaysFromCao = new("averageDaysFromCaoToJobStart", "Days from CAO to job start",
        "Average days from CAO completion to the first job start, over the candidates counted in jobStarts who completed a CAO course.",
        ProgressUnit.Days);

    public static readonly ProgressDefinition RetentionChecksAwaiting = new("retentionChecksAwaiting", "Retention checks awaiting the adviser",
        "Jobs whose retention months are up and whose adviser has not yet confirmed them or recorded their end, today (the business date). " +
        "A figure of today: it has a value in the current year only, and no months.");

    public static IReadOnlyList<ProgressDefinition> Definitions { get; } = [JobStarts, RetentionRate, AverageDaysFromCao, RetentionChecksAwaiting];

    /// <param name="records">Every placement that reached a job start, of any year: a first start or a retention date may fall in this one.</param>
    public static ProgressReport Count(int year, IReadOnlyCollection<JobStartRecord> records, int retentionMonths, DateOnly today, ProgressTargets targets)
    {
        var firstStarts = records
            .GroupBy(r => r.CandidateId)
            .Select(g => g.OrderBy(r => r.StartedOn).First())
            .Where(r => r.StartedOn.Year == year)
            .ToList();
        var decided = records
            .Select(r => (Job: r, RetentionDate: r.StartedOn.AddMonths(retentionMonths)))
            .Where(r => r.RetentionDate.Year == year && r.RetentionDate <= today)
            .Select(r => (r.Job, r.RetentionDate, Retained: r.Job.RetainedOn is not null || r.Job.EmploymentEndedOn >= r.RetentionDate, Lost: r.Job.EmploymentEndedOn < r.RetentionDate))
            .Where(r => r.Retained || r.Lost)
            .Select(r => new RetentionOutcome(r.Job, r.RetentionDate, r.Retained))
            .ToList();
        var withCao = firstStarts.Where(r => r.CaoCompletedOn is { } cao && cao <= r.StartedOn).ToList();

        return new ProgressReport(year,
        [
            ProgressFigures.Of(JobStarts, year, targets.For(year, JobStarts.Id), firstStarts, r => r.StartedOn, r => r.FacilityId, rs => rs.Count, today),
            ProgressFigures.Of(RetentionRate, year, targets.For(year, RetentionRate.Id), decided, r => r.RetentionDate, r => r.Job.FacilityId,
                rs => rs.Count == 0 ? null : Math.Round(100.0 * rs.Count(r => r.Retained) / rs.Count, 1), today),
            ProgressFigures.Of(AverageDaysFromCao, year, targets.For(year, AverageDaysFromCao.Id), withCao, r => r.StartedOn, r => r.FacilityId,
                rs => rs.Count == 0 ? null : Math.Round(rs.Average(r => r.StartedOn.DayNumber - r.CaoCompletedOn!.Value.DayNumber), 1), today),
            Awaiting(year, records, today, targets.For(year, RetentionChecksAwaiting.Id)),
        ]);
    }

    /// <summary>How many checks wait now. Only today is known, so another year has no value and no month has one.</summary>
    private static ProgressFigure Awaiting(int year, IReadOnlyCollection<JobStartRecord> records, DateOnly today, double? target)
    {
        var awaiting = year == today.Year ? records.Where(r => r.AwaitsRetentionConfirmation).ToList() : [];
        var figure = ProgressFigures.Of(RetentionChecksAwaiting, year, target, awaiting, r => r.StartedOn, r => r.FacilityId, rs => rs.Count, today);
        return figure with { Value = year == today.Year ? figure.Value : null, ByMonth = [] };
    }
}
