namespace HerstelWerk.SharedDomain.Progress;

/// <summary>What a figure's value counts, so a front end can write it (17, 75 %, 0.85, 12 days).</summary>
public enum ProgressUnit
{
    /// <summary>A number of runs, people or trajectories.</summary>
    Count,

    /// <summary>A percentage, 0 to 100.</summary>
    Percent,

    /// <summary>A share, 0 to 1.</summary>
    Share,

    /// <summary>A number of days (an average or a median).</summary>
    Days,
}
