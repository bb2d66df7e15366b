namespace HerstelWerk.Aftercare.Progress;

/// <summary>The charity's aftercare target for a year, from configuration (<c>Targets:2026:CoachedDuringWork</c>).</summary>
public sealed class YearTargets
{
    public int CoachedDuringWork { get; set; }
}
