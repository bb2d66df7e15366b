namespace HerstelWerk.ServiceDefaults.Progress;

/// <summary>One figure of a service's yearly progress, as the dashboard shows it.</summary>
/// <param name="Figure">A stable key, e.g. <c>sosGroupRunsHeld</c>; the gauges' <c>figure</c> tag.</param>
/// <param name="Value">The figure for all facilities together.</param>
/// <param name="ByFacility">The same figure per facility id.</param>
/// <param name="Target">The year's target, when the figure has one.</param>
public sealed record GaugeFigure(string Figure, double Value, IReadOnlyDictionary<string, double> ByFacility, double? Target);
