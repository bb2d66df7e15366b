namespace HerstelWerk.Placement.Progress;

/// <summary>
/// Placement's targets for a year, from configuration (<c>Targets:2026:JobStarts</c> and so on), so next
/// year's numbers need no release. A target left out (null) is reported as not set.
/// </summary>
public sealed class YearTargets
{
    /// <summary>Prisoners mediated to work (the factsheet's 41 for 2026).</summary>
    public decimal? JobStarts { get; set; }

    /// <summary>The share of jobs still held after the retention months, in percent.</summary>
    public decimal? RetentionRatePercent { get; set; }

    /// <summary>Average days from CAO completion to job start; lower is better.</summary>
    public decimal? AverageDaysFromCaoToJobStart { get; set; }
}
