using HerstelWerk.SharedDomain.Progress;

namespace HerstelWerk.Courses.Progress;

/// <summary>The four course figures, as the dashboard's progress gauges show them.</summary>
internal sealed class CoursesProgressFigures(ProgressCalculator calculator, TimeProvider time) : IProgressFigures
{
    public async Task<ProgressSnapshot> CountThisYearAsync(CancellationToken cancellationToken)
    {
        var report = await calculator.CalculateAsync(time.GetUtcNow().Year, cancellationToken);
        return new ProgressSnapshot(report.Year,
            [.. report.Figures.Select(f => new GaugeFigure(f.Figure, f.Total, f.ByFacility.ToDictionary(p => p.Key, p => (double?)p.Value), f.Target))]);
    }
}
