using HerstelWerk.Aftercare.Model;
using HerstelWerk.Aftercare.Progress;
using HerstelWerk.SharedDomain.Progress;
using HerstelWerk.Testing;
using Microsoft.Extensions.Configuration;
using Xunit;

namespace HerstelWerk.Aftercare.Tests;

/// <summary>The counting rules of the 2026 figures, on chosen trajectories and jobs.</summary>
public sealed class ProgressCountingTests
{
    private static readonly DateOnly EndOf2026 = new(2026, 12, 31);

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

        var report = Count(2026, trajectories, jobs, EndOf2026, CoachedTarget(26));

        Assert.Equal((26.0, 2.0), (report["coachedDuringWork"].Target, report["coachedDuringWork"].Value));
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
        Assert.Equal(new[] { ProgressUnit.Count, ProgressUnit.Count, ProgressUnit.Count, ProgressUnit.Share, ProgressUnit.Days },
            report.Values.Select(f => f.Unit));
    }

    [Fact]
    public void By_month_each_figure_counts_from_January_up_to_the_day_each_record_counts_on()
    {
        var workingBeforeRelease = Guid.NewGuid();
        var workingLater = Guid.NewGuid();
        TrajectoryFacts[] trajectories =
        [
            new(workingLater, "pi-vught", D(2026, 1, 10), D(2026, 1, 10), D(2026, 7, 12), TrajectoryOutcome.Completed, D(2026, 1, 12), 1),
            new(workingBeforeRelease, "pi-vught", D(2026, 3, 15), D(2026, 3, 15), null, null, D(2026, 3, 20), 0),
        ];
        // A job from before the trajectory counts from the trajectory's start; a later one from its own start.
        Employment[] jobs = [Job(workingBeforeRelease, D(2025, 11, 1), null), Job(workingLater, D(2026, 5, 4), null)];

        var report = Count(2026, trajectories, jobs, today: D(2026, 8, 20), CoachedTarget(26));

        Assert.Equal(new double?[] { 0, 0, 1, 1, 2, 2, 2, 2 }, ByMonth(report["coachedDuringWork"]));
        Assert.Equal(new double?[] { 1, 1, 2, 2, 2, 2, 2, 2 }, ByMonth(report["trajectoriesStarted"]));
        Assert.Equal(new double?[] { 0, 0, 0, 0, 0, 0, 1, 1 }, ByMonth(report["trajectoriesCompleted"]));
        Assert.Equal(new double?[] { 0, 0, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5 }, ByMonth(report["shareWithoutOverdue"]));
        Assert.Equal(new double?[] { 2, 2, 3.5, 3.5, 3.5, 3.5, 3.5, 3.5 }, ByMonth(report["medianDaysToFirstContact"]));
        Assert.All(report.Values, figure => Assert.Equal(figure.Value, figure.ByMonth[^1].Value));
    }

    [Fact]
    public void A_year_without_trajectories_counts_zero_and_has_no_share_or_median()
    {
        var report = Count(2030, [], [], new DateOnly(2030, 12, 31), _ => null);

        Assert.Equal(new double?[] { 0, 0, 0, null, null }, report.Values.Select(f => f.Value));
        Assert.Equal(new double?[] { 0, 0, 0, null, null }, report.Values.Select(f => f.ByMonth[0].Value));
    }

    [Fact]
    public void The_configured_target_holds_for_its_year_and_a_target_not_set_is_null()
    {
        var targets = new ProgressTargets(new ConfigurationBuilder().AddJsonFile(RepositoryFiles.Path("services/Aftercare/appsettings.json")).Build());

        var with2026 = Count(2026, [], [], EndOf2026, figure => targets.For(2026, figure));
        var with2027 = Count(2027, [], [], new DateOnly(2027, 12, 31), figure => targets.For(2027, figure));

        Assert.Equal(26.0, with2026["coachedDuringWork"].Target);
        Assert.Null(with2026["trajectoriesStarted"].Target);
        Assert.All(with2027.Values, figure => Assert.Null(figure.Target));
    }

    private static Dictionary<string, ProgressFigure> Count(
        int year, IReadOnlyList<TrajectoryFacts> trajectories, IReadOnlyList<Employment> jobs, DateOnly today, Func<string, double?> targets) =>
        ProgressCounting.Count(year, targets, trajectories, jobs, today).Figures.ToDictionary(f => f.Id);

    private static Func<string, double?> CoachedTarget(double target) => figure => figure == "coachedDuringWork" ? target : null;

    private static double?[] ByMonth(ProgressFigure figure) => [.. figure.ByMonth.Select(m => m.Value)];

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
