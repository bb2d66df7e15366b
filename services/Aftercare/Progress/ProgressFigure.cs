using HerstelWerk.ServiceDefaults.OpenApi;

namespace HerstelWerk.Aftercare.Progress;

/// <param name="Figure">A stable key: coachedDuringWork, trajectoriesStarted, trajectoriesCompleted, shareWithoutOverdue, medianDaysToFirstContact.</param>
/// <param name="CountingRule">How the figure is counted, in words.</param>
/// <param name="Target">The year's target from configuration, for figures that have one.</param>
/// <param name="Value">The figure; null when there is nothing to count it over (a share or median of no trajectories).</param>
/// <param name="ByFacility">The same figure per facility of release ("unknown" when Courses never reported it).</param>
public sealed record ProgressFigure(string Figure, string CountingRule, int? Target, double? Value, IReadOnlyDictionary<string, double?> ByFacility)
    : IOpenApiExample<ProgressFigure>
{
    public static ProgressFigure Example => new("coachedDuringWork", ProgressCounting.CoachedRule, 25, 14,
        new Dictionary<string, double?> { ["pi-vught"] = 6, ["pi-zwolle"] = 5, ["fpc-veldzicht"] = 3 });
}
