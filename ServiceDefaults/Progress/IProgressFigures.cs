namespace HerstelWerk.ServiceDefaults.Progress;

/// <summary>A service's yearly figures, counted for the dashboard's gauges.</summary>
public interface IProgressFigures
{
    Task<IReadOnlyList<GaugeFigure>> CountAsync(int year, CancellationToken cancellationToken);
}
