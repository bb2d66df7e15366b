using HerstelWerk.Aftercare.Model;

namespace HerstelWerk.Aftercare.Progress;

/// <summary>
/// The aftercare figures for one year, counted from trajectory facts and jobs, in total and per facility
/// of release. Pure, so the counting rules are tested on chosen dates.
/// </summary>
public static class ProgressCounting
{
    public const string CoachedRule = "Distinct ex-prisoners whose trajectory was open on a day in the year on which a job Placement reported (JobStartedV1) was running.";
    public const string StartedRule = "Trajectories that started in the year.";
    public const string CompletedRule = "Trajectories closed as Completed in the year.";
    public const string ShareRule = "Of the trajectories started in the year, the share (0 to 1) that has had no overdue contact period so far.";
    public const string MedianRule = "Of the trajectories started in the year, the median number of days from release to the first contact that reached the participant.";

    public static ProgressReport Count(int year, int coachedTarget, IReadOnlyList<TrajectoryFacts> trajectories, IReadOnlyList<Employment> employments)
    {
        var first = new DateOnly(year, 1, 1);
        var last = new DateOnly(year, 12, 31);
        var jobs = employments.ToLookup(e => e.ParticipantId);
        var coached = trajectories
            .Where(t => t.StartedOn <= last && (t.ClosedOn ?? last) >= first)
            .Where(t => jobs[t.ParticipantId].Any(job => job.RanBetween(Max(t.StartedOn, first), Min(t.ClosedOn ?? last, last))))
            .ToList();
        var started = trajectories.Where(t => t.StartedOn >= first && t.StartedOn <= last).ToList();
        var completed = trajectories.Where(t => t.Outcome == TrajectoryOutcome.Completed && t.ClosedOn >= first && t.ClosedOn <= last).ToList();

        return new ProgressReport(year,
        [
            Figure("coachedDuringWork", CoachedRule, coachedTarget, coached, ts => ts.Select(t => t.ParticipantId).Distinct().Count()),
            Figure("trajectoriesStarted", StartedRule, null, started, ts => ts.Count),
            Figure("trajectoriesCompleted", CompletedRule, null, completed, ts => ts.Count),
            Figure("shareWithoutOverdue", ShareRule, null, started, ShareWithoutOverdue),
            Figure("medianDaysToFirstContact", MedianRule, null, started, MedianDaysToFirstContact),
        ]);
    }

    public static double? ShareWithoutOverdue(IReadOnlyCollection<TrajectoryFacts> trajectories) =>
        trajectories.Count == 0 ? null : Math.Round(trajectories.Count(t => t.OverduePeriods == 0) / (double)trajectories.Count, 3);

    public static double? MedianDaysToFirstContact(IReadOnlyCollection<TrajectoryFacts> trajectories)
    {
        var days = trajectories.Where(t => t.FirstContactOn is not null)
            .Select(t => t.FirstContactOn!.Value.DayNumber - t.ReleasedOn.DayNumber)
            .Order()
            .ToList();
        if (days.Count == 0)
        {
            return null;
        }

        var middle = days.Count / 2;
        return days.Count % 2 == 1 ? days[middle] : (days[middle - 1] + days[middle]) / 2.0;
    }

    private static ProgressFigure Figure(string key, string rule, int? target, IReadOnlyList<TrajectoryFacts> trajectories, Func<IReadOnlyCollection<TrajectoryFacts>, double?> value) =>
        new(key, rule, target, value(trajectories),
            trajectories.GroupBy(t => t.Facility).OrderBy(g => g.Key, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => value([.. g])));

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}
