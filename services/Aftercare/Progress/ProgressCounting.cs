using HerstelWerk.Aftercare.Model;
using HerstelWerk.SharedDomain.Progress;

namespace HerstelWerk.Aftercare.Progress;

/// <summary>
/// The aftercare figures for one year, counted from trajectory facts and jobs, in total, per facility of
/// release and per month. Each record counts on one day: a trajectory started on its start date, completed
/// on its closing date, coached during work on the first day in the year it was open while a job ran; the
/// share and the median follow the trajectories started. Pure, so the counting rules are tested on chosen dates.
/// </summary>
public static class ProgressCounting
{
    public static readonly ProgressDefinition CoachedDuringWork = new("coachedDuringWork", "Coached during work",
        "Distinct ex-prisoners whose trajectory was open on a day in the year on which a job Placement reported (JobStartedV1) was running.");

    public static readonly ProgressDefinition TrajectoriesStarted = new("trajectoriesStarted", "Trajectories started",
        "Trajectories that started in the year.");

    public static readonly ProgressDefinition TrajectoriesCompleted = new("trajectoriesCompleted", "Trajectories completed",
        "Trajectories closed as Completed in the year.");

    public static readonly ProgressDefinition ShareWithoutOverdue = new("shareWithoutOverdue", "Share without overdue contact",
        "Of the trajectories started in the year, the share (0 to 1) that has had no overdue contact period so far.", ProgressUnit.Share);

    public static readonly ProgressDefinition MedianDaysToFirstContact = new("medianDaysToFirstContact", "Median days to first contact",
        "Of the trajectories started in the year, the median number of days from release to the first contact that reached the participant.", ProgressUnit.Days);

    public static IReadOnlyList<ProgressDefinition> Definitions { get; } =
        [CoachedDuringWork, TrajectoriesStarted, TrajectoriesCompleted, ShareWithoutOverdue, MedianDaysToFirstContact];

    /// <param name="targetOf">The year's target of a figure, by its id; null when none is set.</param>
    /// <param name="today">The business date: months after it are not reported yet.</param>
    public static ProgressReport Count(int year, Func<string, double?> targetOf, IReadOnlyList<TrajectoryFacts> trajectories,
        IReadOnlyList<Employment> employments, DateOnly today)
    {
        var first = new DateOnly(year, 1, 1);
        var last = new DateOnly(year, 12, 31);
        var jobs = employments.ToLookup(e => e.ParticipantId);
        var coached = trajectories
            .Select(t => (Trajectory: t, On: FirstDayCoached(t, jobs[t.ParticipantId], first, last)))
            .Where(c => c.On is not null)
            .Select(c => (c.Trajectory, On: c.On!.Value))
            .ToList();
        var started = trajectories.Where(t => t.StartedOn >= first && t.StartedOn <= last).ToList();
        var completed = trajectories.Where(t => t.Outcome == TrajectoryOutcome.Completed && t.ClosedOn >= first && t.ClosedOn <= last).ToList();

        ProgressFigure Figure(ProgressDefinition definition, IReadOnlyList<TrajectoryFacts> records, Func<TrajectoryFacts, DateOnly> countsOn,
            Func<IReadOnlyCollection<TrajectoryFacts>, double?> value) =>
            ProgressFigures.Of(definition, year, targetOf(definition.Id), records, countsOn, t => t.FacilityId, value, today);

        return new ProgressReport(year,
        [
            ProgressFigures.Of(CoachedDuringWork, year, targetOf(CoachedDuringWork.Id), coached, c => c.On, c => c.Trajectory.FacilityId,
                cs => cs.Select(c => c.Trajectory.ParticipantId).Distinct().Count(), today),
            Figure(TrajectoriesStarted, started, t => t.StartedOn, ts => ts.Count),
            Figure(TrajectoriesCompleted, completed, t => t.ClosedOn!.Value, ts => ts.Count),
            Figure(ShareWithoutOverdue, started, t => t.StartedOn, ShareWithoutOverdueOf),
            Figure(MedianDaysToFirstContact, started, t => t.StartedOn, MedianDaysToFirstContactOf),
        ]);
    }

    public static double? ShareWithoutOverdueOf(IReadOnlyCollection<TrajectoryFacts> trajectories) =>
        trajectories.Count == 0 ? null : Math.Round(trajectories.Count(t => t.OverduePeriods == 0) / (double)trajectories.Count, 3);

    public static double? MedianDaysToFirstContactOf(IReadOnlyCollection<TrajectoryFacts> trajectories)
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

    /// <summary>The first day in the year on which the trajectory was open and one of the participant's jobs was running; null when there was none.</summary>
    private static DateOnly? FirstDayCoached(TrajectoryFacts trajectory, IEnumerable<Employment> jobs, DateOnly first, DateOnly last)
    {
        var from = Max(trajectory.StartedOn, first);
        var to = Min(trajectory.ClosedOn ?? last, last);
        return from > to ? null : jobs.Where(job => job.RanBetween(from, to)).Select(job => (DateOnly?)Max(job.StartedOn!.Value, from)).Min();
    }

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}
