namespace HerstelWerk.SharedDomain.Progress;

/// <summary>A service's figures for the current year (by the service's own clock), counted for the dashboard's gauges.</summary>
public interface IProgressFigures
{
    Task<ProgressSnapshot> CountThisYearAsync(CancellationToken cancellationToken);
}
