using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace HerstelWerk.ServiceDefaults.Progress;

/// <summary>
/// Recounts the current year's figures for the gauges every <c>Progress:MetricsInterval</c> (default a
/// minute); counting inside the gauge callback would hold up the exporter on a database query.
/// </summary>
internal sealed class ProgressGaugeRefresher(
    IServiceScopeFactory scopes, ProgressGauges gauges, TimeProvider time, IConfiguration configuration, ILogger<ProgressGaugeRefresher> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = configuration.GetValue("Progress:MetricsInterval", TimeSpan.FromMinutes(1));
        using var timer = new PeriodicTimer(interval, time);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                gauges.Update(await scope.ServiceProvider.GetRequiredService<IProgressFigures>().CountThisYearAsync(stoppingToken));
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogWarning("Could not count this year's progress for the dashboard: {Reason}", exception.Message);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
