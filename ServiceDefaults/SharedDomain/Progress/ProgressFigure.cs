using HerstelWerk.ServiceDefaults.OpenApi;

namespace HerstelWerk.SharedDomain.Progress;

/// <summary>One figure of a year, the same shape in every service.</summary>
/// <param name="Id">A stable key, e.g. <c>sosGroupRunsHeld</c>.</param>
/// <param name="Label">A short name for people.</param>
/// <param name="CountingRule">How the figure is counted, in words.</param>
/// <param name="Target">The year's target from configuration (<c>Targets:{year}:{id}</c>); null when none is set.</param>
/// <param name="Value">The figure for all facilities together; null while there is nothing to count it over.</param>
/// <param name="Unit">What the value counts.</param>
/// <param name="ByFacility">The same figure per facility id ("unknown" where a record no longer says); facilities without any are left out.</param>
/// <param name="ByMonth">The figure at the end of each month so far (cumulative from January): all twelve for a past year, up to this month for the current one.</param>
public sealed record ProgressFigure(
    string Id,
    string Label,
    string CountingRule,
    double? Target,
    double? Value,
    ProgressUnit Unit,
    IReadOnlyDictionary<string, double?> ByFacility,
    IReadOnlyList<MonthFigure> ByMonth) : IOpenApiExample<ProgressFigure>
{
    public static ProgressFigure Example => new("sosGroupRunsHeld", "Group SOS courses held",
        "Group SOS runs whose last session was held in the year.", 17, 9, ProgressUnit.Count,
        new Dictionary<string, double?> { ["pi-vught"] = 4, ["pi-zwolle"] = 3, ["fpc-veldzicht"] = 2 },
        [new(1, 0), new(2, 1), new(3, 2), new(4, 4), new(5, 5), new(6, 7), new(7, 7), new(8, 8), new(9, 9)]);
}
