namespace HerstelWerk.SharedDomain.Progress;

/// <summary>One figure of a service's yearly progress, as the dashboard shows it.</summary>
/// <param name="Figure">A stable key, e.g. <c>sosGroupRunsHeld</c>; the gauges' <c>figure</c> tag.</param>
/// <param name="Value">The figure for all facilities together; null when there is nothing to count it over yet (a rate of nothing).</param>
/// <param name="ByFacility">The same figure per facility id; null values are left off the gauge.</param>
/// <param name="Target">The year's target, when the figure has one.</param>
public sealed record GaugeFigure(string Figure, double? Value, IReadOnlyDictionary<string, double?> ByFacility, double? Target);
