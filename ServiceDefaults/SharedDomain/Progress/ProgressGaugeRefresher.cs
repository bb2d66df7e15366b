using HerstelWerk.ServiceDefaults.Scheduling;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace HerstelWerk.SharedDomain.Progress;

/// <summary>
/// Recounts the current year's figures for the gauges every <c>Progress:MetricsInterval</c> (default a
/// minute); counting inside the gauge callback would hold up the exporter on a database query.
/// </summary>
internal sealed class ProgressGaugeRefresher(
    IServiceScopeFactory scopes, ProgressGauges gauges, TimeProvider time, IConfiguration configuration, ILogger<ProgressGaugeRefresher> logger)
    : RecurringJob(time, logger)
{
    protected override TimeSpan Interval => configuration.GetValue("Progress:MetricsInterval", TimeSpan.FromMinutes(1));

    protected override async Task RunRoundAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        gauges.Update(await scope.ServiceProvider.GetRequiredService<IProgressFigures>().CountThisYearAsync(cancellationToken));
    }
}
