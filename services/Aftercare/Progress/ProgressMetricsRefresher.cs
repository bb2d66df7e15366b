using HerstelWerk.Aftercare.Infrastructure;

namespace HerstelWerk.Aftercare.Progress;

/// <summary>Recounts the current year's figures for the gauges; counting in the gauge callback would block the exporter.</summary>
internal sealed class ProgressMetricsRefresher(
    IServiceScopeFactory scopes, ProgressMetrics metrics, AftercareClock clock, TimeProvider time, IConfiguration configuration,
    ILogger<ProgressMetricsRefresher> logger) : BackgroundService
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
                var calculator = scope.ServiceProvider.GetRequiredService<ProgressCalculator>();
                metrics.Update(await calculator.CalculateAsync(clock.Today.Year, stoppingToken));
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogWarning("Could not count this year's aftercare figures for the dashboard: {Reason}", exception.Message);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
