using HerstelWerk.Placement.Progress;
using HerstelWerk.SharedDomain.Progress;
using Microsoft.Extensions.Configuration;
using Xunit;

namespace HerstelWerk.Placement.Tests;

/// <summary>The counting rules of Placement's figures, on chosen records and dates.</summary>
public sealed class ProgressCountingTests
{
    private static readonly DateOnly EndOf2026 = new(2026, 12, 31);

    /// <summary>The targets as services/Placement/appsettings.json spells them (PascalCase, unset ones null).</summary>
    private static readonly ProgressTargets Targets = new(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
    {
        ["Targets:2026:JobStarts"] = "41",
        ["Targets:2026:RetentionRatePercent"] = "70",
        ["Targets:2026:AverageDaysFromCaoToJobStart"] = null,
    }).Build());

    [Fact]
    public void Job_starts_count_each_candidate_once_in_the_year_of_the_first_start_per_facility()
    {
        var a = Guid.NewGuid();
        var b = Guid.NewGuid();
        var c = Guid.NewGuid();
        JobStartRecord[] records =
        [
            Job(a, new DateOnly(2026, 2, 1), "pi-vught", caoCompletedOn: new DateOnly(2026, 1, 2)),
            Job(a, new DateOnly(2026, 9, 1), "pi-vught", caoCompletedOn: new DateOnly(2026, 1, 2)),
            Job(b, new DateOnly(2026, 5, 1), null, caoCompletedOn: new DateOnly(2026, 4, 1)),
            Job(c, new DateOnly(2025, 12, 1), "pi-zwolle"),
            Job(c, new DateOnly(2026, 3, 1), "pi-zwolle"),
        ];

        var report = ProgressCounting.Count(2026, records, 6, EndOf2026, Targets);

        var starts = Figure(report, "jobStarts");
        Assert.Equal((41.0, 2.0, ProgressUnit.Count), (starts.Target!.Value, starts.Value!.Value, starts.Unit));
        Assert.Equal(new Dictionary<string, double?> { ["pi-vught"] = 1, ["unknown"] = 1 }, starts.ByFacility);
        var days = Figure(report, "averageDaysFromCaoToJobStart");
        Assert.Equal((30.0, ProgressUnit.Days), (days.Value, days.Unit));
        Assert.Equal(new Dictionary<string, double?> { ["pi-vught"] = 30, ["unknown"] = 30 }, days.ByFacility);
        Assert.Null(days.Target);
    }

    [Fact]
    public void The_retention_rate_counts_jobs_whose_date_passed_in_the_year_and_leaves_out_unanswered_ones()
    {
        JobStartRecord[] records =
        [
            Job(Guid.NewGuid(), new DateOnly(2026, 1, 10), "pi-vught", retainedOn: new DateOnly(2026, 7, 10)),
            Job(Guid.NewGuid(), new DateOnly(2026, 1, 10), "pi-vught", endedOn: new DateOnly(2026, 3, 1)),
            Job(Guid.NewGuid(), new DateOnly(2026, 2, 10), "pi-zwolle", endedOn: new DateOnly(2026, 9, 1)),
            Job(Guid.NewGuid(), new DateOnly(2026, 3, 10), "pi-zwolle"),
            Job(Guid.NewGuid(), new DateOnly(2026, 11, 1), "pi-zwolle", endedOn: new DateOnly(2026, 12, 1)),
        ];

        var report = ProgressCounting.Count(2026, records, 6, EndOf2026, Targets);

        var rate = Figure(report, "retentionRatePercent");
        Assert.Equal((70.0, 66.7, ProgressUnit.Percent), (rate.Target!.Value, rate.Value!.Value, rate.Unit));
        Assert.Equal(new Dictionary<string, double?> { ["pi-vught"] = 50, ["pi-zwolle"] = 100 }, rate.ByFacility);
        Assert.Null(Figure(ProgressCounting.Count(2027, [], 6, new DateOnly(2027, 1, 1), Targets), "retentionRatePercent").Value);
    }

    [Fact]
    public void Each_month_shows_the_figure_so_far_counted_on_the_day_each_record_counts_on()
    {
        JobStartRecord[] records =
        [
            // Started in February, held at its retention date in August.
            Job(Guid.NewGuid(), new DateOnly(2026, 2, 3), "pi-vught", caoCompletedOn: new DateOnly(2026, 1, 4), retainedOn: new DateOnly(2026, 8, 3)),
            // Started in April, lost before its retention date in October.
            Job(Guid.NewGuid(), new DateOnly(2026, 4, 20), "pi-vught", caoCompletedOn: new DateOnly(2026, 4, 10), endedOn: new DateOnly(2026, 6, 1)),
        ];

        var report = ProgressCounting.Count(2026, records, 6, new DateOnly(2026, 10, 31), Targets);

        Assert.Equal([0, 1, 1, 2, 2, 2, 2, 2, 2, 2], Figure(report, "jobStarts").ByMonth.Select(m => m.Value));
        Assert.Equal(Enumerable.Range(1, 10), Figure(report, "jobStarts").ByMonth.Select(m => m.Month));
        Assert.Equal([null, null, null, null, null, null, null, 100, 100, 50], Figure(report, "retentionRatePercent").ByMonth.Select(m => m.Value));
        Assert.Equal([null, 30, 30, 20, 20, 20, 20, 20, 20, 20], Figure(report, "averageDaysFromCaoToJobStart").ByMonth.Select(m => m.Value));
        Assert.Equal(12, Figure(ProgressCounting.Count(2025, records, 6, new DateOnly(2026, 10, 31), Targets), "jobStarts").ByMonth.Count);
    }

    [Fact]
    public void A_target_not_set_is_null_not_zero()
    {
        var report = ProgressCounting.Count(2027, [], 6, new DateOnly(2027, 3, 1), Targets);

        Assert.All(report.Figures, figure => Assert.Null(figure.Target));
        Assert.Null(Figure(ProgressCounting.Count(2026, [], 6, EndOf2026, Targets), "averageDaysFromCaoToJobStart").Target);
        Assert.Equal(0.0, Figure(report, "jobStarts").Value);
    }

    [Fact]
    public void Retention_checks_awaiting_is_a_figure_of_today_only()
    {
        JobStartRecord[] records =
        [
            Job(Guid.NewGuid(), new DateOnly(2025, 9, 1), "pi-vught", awaits: true),
            Job(Guid.NewGuid(), new DateOnly(2025, 10, 1), null, awaits: true),
            Job(Guid.NewGuid(), new DateOnly(2025, 10, 1), "pi-vught"),
        ];
        var today = new DateOnly(2026, 5, 15);

        var now = Figure(ProgressCounting.Count(2026, records, 6, today, Targets), "retentionChecksAwaiting");
        var lastYear = Figure(ProgressCounting.Count(2025, records, 6, today, Targets), "retentionChecksAwaiting");

        Assert.Equal((2.0, ProgressUnit.Count), (now.Value, now.Unit));
        Assert.Equal(new Dictionary<string, double?> { ["pi-vught"] = 1, ["unknown"] = 1 }, now.ByFacility);
        Assert.Empty(now.ByMonth);
        Assert.Equal((null, 0, 0), (lastYear.Value, lastYear.ByFacility.Count, lastYear.ByMonth.Count));
    }

    private static JobStartRecord Job(
        Guid candidateId, DateOnly startedOn, string? facilityId, DateOnly? caoCompletedOn = null, DateOnly? retainedOn = null, DateOnly? endedOn = null,
        bool awaits = false) =>
        new(Guid.NewGuid(), candidateId, startedOn, facilityId, caoCompletedOn, retainedOn, endedOn, awaits);

    private static ProgressFigure Figure(ProgressReport report, string id) => report.Figures.Single(f => f.Id == id);
}
