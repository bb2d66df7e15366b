using HerstelWerk.SharedDomain.Progress;

namespace HerstelWerk.Placement.Progress;

/// <summary>
/// Placement's figures on the dashboard: the three target figures per facility, and
/// <c>retentionChecksAwaiting</c>, the jobs whose adviser has yet to answer the six-month check.
/// </summary>
internal sealed class PlacementProgressFigures(ProgressCalculator calculator, TimeProvider time) : IProgressFigures
{
    public const string RetentionChecksAwaiting = "retentionChecksAwaiting";

    public async Task<ProgressSnapshot> CountThisYearAsync(CancellationToken cancellationToken)
    {
        var report = await calculator.CalculateAsync(time.GetUtcNow().Year, cancellationToken);
        var awaiting = await calculator.AwaitingRetentionConfirmationAsync(cancellationToken);
        return new ProgressSnapshot(report.Year,
        [
            .. report.Figures.Select(f => new GaugeFigure(f.Figure, (double?)f.Total,
                f.ByFacility.ToDictionary(p => p.Key, p => (double?)p.Value), (double?)f.Target)),
            new GaugeFigure(RetentionChecksAwaiting, awaiting, new Dictionary<string, double?>(), Target: null),
        ]);
    }
}
