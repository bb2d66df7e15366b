namespace HerstelWerk.Web.Gateway;

/// <summary>The one progress shape every service answers (README, "Progress").</summary>
public sealed record ProgressReport(int Year, IReadOnlyList<ProgressFigure> Figures);

/// <summary>One figure; <c>Unit</c> is Count, Percent, Share or Days; months are cumulative.</summary>
public sealed record ProgressFigure(
    string Id,
    string Label,
    string CountingRule,
    double? Target,
    double? Value,
    string Unit,
    IReadOnlyDictionary<string, double?> ByFacility,
    IReadOnlyList<MonthFigure> ByMonth);

public sealed record MonthFigure(int Month, double? Value);
