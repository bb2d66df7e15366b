using HerstelWerk.ServiceDefaults.OpenApi;

namespace HerstelWerk.Aftercare.Progress;

public sealed record ProgressReport(int Year, IReadOnlyList<ProgressFigure> Figures) : IOpenApiExample<ProgressReport>
{
    /// <summary>Every figure the counting reports, with its real counting rule, so the example shows all five keys.</summary>
    public static ProgressReport Example => new(2027,
    [
        ProgressFigure.Example,
        new("trajectoriesStarted", ProgressCounting.StartedRule, null, 26,
            new Dictionary<string, double?> { ["pi-vught"] = 11, ["pi-zwolle"] = 9, ["fpc-veldzicht"] = 6 }),
        new("trajectoriesCompleted", ProgressCounting.CompletedRule, null, 12,
            new Dictionary<string, double?> { ["pi-vught"] = 5, ["pi-zwolle"] = 4, ["fpc-veldzicht"] = 3 }),
        new("shareWithoutOverdue", ProgressCounting.ShareRule, null, 0.846,
            new Dictionary<string, double?> { ["pi-vught"] = 0.909, ["pi-zwolle"] = 0.778, ["fpc-veldzicht"] = 0.833 }),
        new("medianDaysToFirstContact", ProgressCounting.MedianRule, null, 3,
            new Dictionary<string, double?> { ["pi-vught"] = 3, ["pi-zwolle"] = 4, ["fpc-veldzicht"] = 2.5 }),
    ]);
}
