namespace HerstelWerk.SharedDomain.Progress;

/// <summary>What a figure is: its stable id, its name, how it is counted and in what unit. Declared once per figure.</summary>
/// <param name="Id">A stable key, e.g. <c>sosGroupRunsHeld</c>; also the configuration key of its target and the gauges' <c>figure</c> tag.</param>
/// <param name="Label">A short name for people, e.g. "Group SOS courses held".</param>
/// <param name="CountingRule">How the figure is counted, in words.</param>
public sealed record ProgressDefinition(string Id, string Label, string CountingRule, ProgressUnit Unit = ProgressUnit.Count);
