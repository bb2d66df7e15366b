using HerstelWerk.ServiceDefaults.OpenApi;

namespace HerstelWerk.Placement.Progress;

public sealed record ProgressReport(int Year, IReadOnlyList<ProgressFigure> Figures) : IOpenApiExample<ProgressReport>
{
    /// <summary>Every figure the counting reports, with its real counting rule, so the example shows all three keys.</summary>
    public static ProgressReport Example => new(2026,
    [
        ProgressFigure.Example,
        new("retentionRatePercent", ProgressCounting.RetentionRule, 70, 75.0m,
            new Dictionary<string, decimal?> { ["pi-vught"] = 80.0m, ["pi-zwolle"] = 66.7m }),
        new("averageDaysFromCaoToJobStart", ProgressCounting.AverageDaysRule, 120, 96.5m,
            new Dictionary<string, decimal?> { ["pi-vught"] = 88.0m, ["pi-zwolle"] = 104.2m }),
    ]);
}
