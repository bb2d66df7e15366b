using HerstelWerk.ServiceDefaults.OpenApi;

namespace HerstelWerk.Placement.Progress;

/// <param name="Figure">A stable key: jobStarts, retentionRatePercent, averageDaysFromCaoToJobStart.</param>
/// <param name="CountingRule">How the figure is counted, in words.</param>
/// <param name="Target">The year's target from configuration; null when none is set.</param>
/// <param name="Total">The figure; null when nothing could be counted yet (a rate without any decided job).</param>
/// <param name="ByFacility">The same figure per facility id where the candidate was held at the job start ("unknown" after an erasure).</param>
public sealed record ProgressFigure(string Figure, string CountingRule, decimal? Target, decimal? Total, IReadOnlyDictionary<string, decimal?> ByFacility)
    : IOpenApiExample<ProgressFigure>
{
    public static ProgressFigure Example => new("jobStarts", ProgressCounting.JobStartsRule, 41, 17,
        new Dictionary<string, decimal?> { ["pi-vught"] = 7, ["pi-zwolle"] = 6, ["fpc-veldzicht"] = 4 });
}
