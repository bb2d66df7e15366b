using HerstelWerk.Aftercare.Model;
using HerstelWerk.Aftercare.Progress;
using Xunit;

namespace HerstelWerk.Aftercare.Tests;

/// <summary>The counting rules of the 2026 figures, on chosen trajectories and jobs.</summary>
public sealed class ProgressCountingTests
{
    [Fact]
    public void Figures_are_counted_per_facility_of_release_by_their_rules()
    {
        var employed = Guid.NewGuid();
        var employedTwice = Guid.NewGuid();
        var jobAfterClosing = Guid.NewGuid();
        TrajectoryFacts[] trajectories =
        [
            new(employed, "pi-vught", D(2026, 2, 1), D(2026, 2, 1), D(2026, 8, 3), TrajectoryOutcome.Completed, D(2026, 2, 4), 0),
            new(employedTwice, "pi-vught", D(2026, 5, 1), D(2026, 5, 1), null, null, D(2026, 5, 11), 1),
            new(jobAfterClosing, "pi-zwolle", D(2026, 1, 10), D(2026, 1, 10), D(2026, 3, 1), TrajectoryOutcome.LostContact, null, 2),
            new(Guid.NewGuid(), null, D(2025, 10, 1), D(2025, 10, 1), D(2026, 4, 1), TrajectoryOutcome.Completed, D(2025, 10, 2), 0),
        ];
        Employment[] jobs =
        [
            Job(employed, D(2026, 6, 1), null),
            Job(employedTwice, D(2026, 6, 1), D(2026, 7, 1)),
            Job(employedTwice, D(2026, 9, 1), null),
            Job(jobAfterClosing, D(2026, 3, 2), null),
        ];

        var report = ProgressCounting.Count(2026, 26, trajectories, jobs).Figures.ToDictionary(f => f.Figure);

        Assert.Equal((26, 2.0), (report["coachedDuringWork"].Target, report["coachedDuringWork"].Value));
        Assert.Equal(2.0, report["coachedDuringWork"].ByFacility["pi-vught"]);
        Assert.False(report["coachedDuringWork"].ByFacility.ContainsKey("pi-zwolle"), "facilities without any are left out");
        Assert.Equal(3.0, report["trajectoriesStarted"].Value);
        Assert.Equal(2.0, report["trajectoriesCompleted"].Value);
        Assert.Equal(1.0, report["trajectoriesCompleted"].ByFacility["unknown"]);
        Assert.Equal(0.333, report["shareWithoutOverdue"].Value);
        Assert.Equal(0.5, report["shareWithoutOverdue"].ByFacility["pi-vught"]);
        Assert.Equal(6.5, report["medianDaysToFirstContact"].Value); // 3 and 10 days; the third had no contact yet
        Assert.Null(report["medianDaysToFirstContact"].ByFacility["pi-zwolle"]);
        Assert.Null(report["trajectoriesStarted"].Target);
    }

    [Fact]
    public void A_year_without_trajectories_counts_zero_and_has_no_share_or_median() =>
        Assert.Equal(new double?[] { 0, 0, 0, null, null }, ProgressCounting.Count(2030, 0, [], []).Figures.Select(f => f.Value));

    private static DateOnly D(int year, int month, int day) => new(year, month, day);

    private static Employment Job(Guid participantId, DateOnly startedOn, DateOnly? endedOn)
    {
        var job = new Employment(Guid.NewGuid(), participantId, Guid.NewGuid());
        job.Start(startedOn);
        if (endedOn is { } ended)
        {
            job.End(ended, "ContractEnded");
        }

        return job;
    }
}
