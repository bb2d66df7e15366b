using HerstelWerk.Aftercare.Infrastructure;
using HerstelWerk.ServiceDefaults;
using HerstelWerk.SharedDomain.Progress;

namespace HerstelWerk.Aftercare.Progress;

/// <summary>Aftercare's five figures on the dashboard, for the year of Aftercare's own clock.</summary>
internal sealed class AftercareProgressFigures(ProgressCalculator calculator, BusinessClock clock) : IProgressFigures
{
    public async Task<ProgressSnapshot> CountThisYearAsync(CancellationToken cancellationToken)
    {
        var report = await calculator.CalculateAsync(clock.Today.Year, cancellationToken);
        return new ProgressSnapshot(report.Year,
            [.. report.Figures.Select(f => new GaugeFigure(f.Figure, f.Value, f.ByFacility, f.Target))]);
    }
}
