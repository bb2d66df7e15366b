namespace HerstelWerk.SharedDomain.Progress;

/// <summary>Counts one service's figures for a year; the progress endpoint and the gauges both ask it.</summary>
public interface IProgressCalculator
{
    /// <summary>The figures it reports, in order; the endpoint's description lists their counting rules.</summary>
    IReadOnlyList<ProgressDefinition> Definitions { get; }

    Task<ProgressReport> CalculateAsync(int year, CancellationToken cancellationToken);
}
