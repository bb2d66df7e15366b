using HerstelWerk.ServiceDefaults.Progress;

namespace HerstelWerk.Courses.Progress;

/// <summary>The four course figures, as the dashboard's progress gauges show them.</summary>
internal sealed class CoursesProgressFigures(ProgressCalculator calculator) : IProgressFigures
{
    public async Task<IReadOnlyList<GaugeFigure>> CountAsync(int year, CancellationToken cancellationToken)
    {
        var report = await calculator.CalculateAsync(year, cancellationToken);
        return [.. report.Figures.Select(f => new GaugeFigure(f.Figure, f.Total, f.ByFacility.ToDictionary(p => p.Key, p => (double)p.Value), f.Target))];
    }
}
