using HerstelWerk.ServiceDefaults.OpenApi;

namespace HerstelWerk.SharedDomain.Progress;

/// <summary>
/// A service's figures for one year: the one answer of every <c>GET /api/{service}/progress?year=</c>, and
/// what the dashboard's gauges show for the current year.
/// </summary>
public sealed record ProgressReport(int Year, IReadOnlyList<ProgressFigure> Figures) : IOpenApiExample<ProgressReport>
{
    public static ProgressReport Example => new(2026, [ProgressFigure.Example]);
}
