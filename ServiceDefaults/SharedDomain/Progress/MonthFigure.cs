using HerstelWerk.ServiceDefaults.OpenApi;

namespace HerstelWerk.SharedDomain.Progress;

/// <summary>A figure as it stood at the end of a month: counted over the year from January up to and including that month.</summary>
/// <param name="Month">1 to 12.</param>
/// <param name="Value">Null while there is nothing to count it over (a share of no trajectories).</param>
public sealed record MonthFigure(int Month, double? Value) : IOpenApiExample<MonthFigure>
{
    public static MonthFigure Example => new(3, 4);
}
